/**
 * The baseline for the web benchmark: a bare static HTML page served by Fastify and @fastify/static
 * from its own process on loopback, as the real server serves the web app.
 *
 *   node --import tsx bench/baseline/staticServer.ts <port> <folder>
 */
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

const [portText, root] = process.argv.slice(2);
if (!portText || !root) {
  process.stderr.write('usage: staticServer.ts <port> <folder>\n');
  process.exit(2);
}
const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ ok: true }));
await app.register(fastifyStatic, { root });
await app.listen({ port: Number(portText), host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

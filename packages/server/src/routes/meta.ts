import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from './deps';

export const metaRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app) => {
  app.get('/api/health', { config: { auth: 'none' } }, async () => ({ ok: true }));
  app.get('/api/openapi.json', { config: { auth: 'none' } }, async () => app.swagger());
};

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { CdsTrust } from './auth/cdsTrust';
import type { Limits } from './auth/limits';
import { isLoopbackHost, REPO_ROOT, type ServerConfig } from './config';
import { type Db, openDb } from './db';
import { seedDemo } from './demo';
import { lockDataDir } from './lock';
import { RecordService } from './record/service';

export { REPO_ROOT } from './config';
export const DEFAULT_WEB_ROOT = join(REPO_ROOT, 'packages/web/dist');

export interface StartOptions {
  /** Where to listen and store (PostgreSQL when `databaseUrl` is set, else PGlite under `dataDir`). */
  readonly config: ServerConfig;
  readonly webRoot?: string | undefined;
  readonly publicUrl?: string | undefined;
  /** Proxy hops to trust in X-Forwarded-For (0: none). */
  readonly trustProxy?: number;
  readonly cds?: CdsTrust | undefined;
  readonly limits?: Partial<Limits> | undefined;
  readonly demo?: boolean;
  readonly log?: boolean;
}

export interface Running {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly url: string;
  stop(): Promise<void>;
}

/** Opens the database (locking an embedded data folder first), migrates, and listens. */
export async function startServer(opts: StartOptions): Promise<Running> {
  const { config } = opts;
  const publicUrl = opts.publicUrl ?? config.publicUrl;
  if (!publicUrl && !isLoopbackHost(config.host))
    throw new Error(
      `HANDCHECK_PUBLIC_URL is required when listening on ${config.host} (beyond this machine): links are built from it, never from a request's Host header.`,
    );
  const release = config.databaseUrl ? undefined : await lockDataDir(resolve(config.dataDir));
  let db: Db;
  try {
    db = await openDb({
      databaseUrl: config.databaseUrl,
      dataDir: config.databaseUrl ? undefined : join(resolve(config.dataDir), 'pglite'),
    });
  } catch (e) {
    await release?.();
    throw e;
  }
  if (opts.demo)
    await seedDemo(db, {
      record: new RecordService(config.alerts),
      print: (line) => process.stdout.write(`${line}\n`),
    });
  const webRoot = opts.webRoot ?? (existsSync(DEFAULT_WEB_ROOT) ? DEFAULT_WEB_ROOT : undefined);
  const app = await buildApp({
    db,
    config,
    logger: opts.log === false ? false : { level: 'info' },
    webRoot,
    publicUrl,
    trustProxy: opts.trustProxy ?? 0,
    cds: opts.cds,
    limits: opts.limits,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost =
    config.host === '0.0.0.0' || config.host === '127.0.0.1' || config.host === '::'
      ? 'localhost'
      : config.host;
  let stopping: Promise<void> | undefined;
  return {
    app,
    db,
    url: `http://${shownHost}:${port}`,
    stop() {
      stopping ??= (async () => {
        await app.close();
        await db.close();
        await release?.();
      })();
      return stopping;
    },
  };
}

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { CdsTrust } from './auth/cdsTrust';
import { isLoopbackHost } from './auth/deployment';
import type { Limits } from './auth/limits';
import { type Db, openDb } from './db';
import { seedDemo } from './demo';
import { lockDataDir } from './lock';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_WEB_ROOT = join(REPO_ROOT, 'packages/web/dist');

export interface StartOptions {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL when set; otherwise PGlite under `dataDir`. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
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
  if (!opts.publicUrl && !isLoopbackHost(opts.host))
    throw new Error(
      `HANDCHECK_PUBLIC_URL is required when listening on ${opts.host} (beyond this machine): links are built from it, never from a request's Host header.`,
    );
  const release = opts.databaseUrl ? undefined : await lockDataDir(resolve(opts.dataDir));
  let db: Db;
  try {
    db = await openDb({
      databaseUrl: opts.databaseUrl,
      dataDir: opts.databaseUrl ? undefined : join(resolve(opts.dataDir), 'pglite'),
    });
  } catch (e) {
    await release?.();
    throw e;
  }
  if (opts.demo) await seedDemo(db, { print: (line) => process.stdout.write(`${line}\n`) });
  const webRoot = opts.webRoot ?? (existsSync(DEFAULT_WEB_ROOT) ? DEFAULT_WEB_ROOT : undefined);
  const app = await buildApp({
    db,
    logger: opts.log === false ? false : { level: 'info' },
    webRoot,
    publicUrl: opts.publicUrl,
    trustProxy: opts.trustProxy ?? 0,
    cds: opts.cds,
    limits: opts.limits,
  });
  await app.listen({ port: opts.port, host: opts.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const shownHost =
    opts.host === '0.0.0.0' || opts.host === '127.0.0.1' || opts.host === '::' ? 'localhost' : opts.host;
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

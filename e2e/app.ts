/**
 * Starts the real HandCheck server in this process for browser tests: the server's own `buildApp`
 * on an embedded PGlite database in a temporary folder, listening on a random port, serving the
 * built web app (`packages/web/dist`, made by `npm run build`). No fake server: the browser talks
 * to the same routes, cookies and CSRF checks as production.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../packages/server/src/app';
import { type Db, openDb } from '../packages/server/src/db';

export const WEB_DIST = join(import.meta.dirname, '..', 'packages', 'web', 'dist');

export interface RunningApp {
  /** e.g. `http://localhost:41234`: localhost is a secure context, so `Secure` cookies work over http. */
  readonly url: string;
  /** The server's own database, for what no screen can do (e.g. making an administrator, as `add-admin` does). */
  readonly db: Db;
  close(): Promise<void>;
}

export async function startApp(): Promise<RunningApp> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`The web app is not built: run "npm run build" first (looked in ${WEB_DIST}).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'handcheck-e2e-db-'));
  const db = await openDb({ dataDir });
  // Every browser test signs people up from 127.0.0.1: lift the per-address sign-up limit here
  // (the limit itself is tested in the server's hardening tests).
  const app = await buildApp({
    db,
    webRoot: WEB_DIST,
    logger: false,
    limits: { signup_ip: { limit: 100_000, minutes: 60 } },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    db,
    async close() {
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

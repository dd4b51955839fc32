/**
 * The web app reaches phones compressed: the build writes .br/.gz beside each text asset
 * (scripts/precompress.mjs) and the server sends the one the browser accepts, unchanged in content.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { freshDb, type TestDb } from './helpers/db';

const PRECOMPRESS = fileURLToPath(new URL('../../../scripts/precompress.mjs', import.meta.url));
const SCRIPT = `export const words = ${JSON.stringify('numb thumb, index and long fingers at night '.repeat(200))};\n`;

describe('the built web app is sent compressed when the browser accepts it', () => {
  let root: string;
  let t: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hc-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>HandCheck</title>');
    writeFileSync(join(root, 'assets/app-1234.js'), SCRIPT);
    writeFileSync(join(root, 'assets/tiny-1234.js'), 'export {};\n');
    const r = spawnSync(process.execPath, [PRECOMPRESS, root], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    t = await freshDb('pglite');
    app = await buildApp({ db: t.db, webRoot: root });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('the build step writes brotli and gzip copies of the same bytes, and skips files too small to gain', () => {
    const original = readFileSync(join(root, 'assets/app-1234.js'));
    expect(brotliDecompressSync(readFileSync(join(root, 'assets/app-1234.js.br')))).toEqual(original);
    expect(gunzipSync(readFileSync(join(root, 'assets/app-1234.js.gz')))).toEqual(original);
    expect(() => readFileSync(join(root, 'assets/tiny-1234.js.br'))).toThrow();
  });

  it.each([
    ['brotli', 'br, gzip', 'br', brotliDecompressSync],
    ['gzip only', 'gzip', 'gzip', gunzipSync],
    ['nothing', 'identity', undefined, (b: Buffer) => b],
  ] as const)(
    'a browser accepting %s gets that encoding of the same script',
    async (_what, accept, encoding, decode) => {
      const r = await app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': accept } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers.vary).toContain('accept-encoding');
      expect(r.headers['cache-control']).toContain('immutable');
      expect(decode(r.rawPayload).toString()).toBe(SCRIPT);
    },
  );

  it('a file without compressed copies is sent as it is', async () => {
    const r = await app.inject({ url: '/assets/tiny-1234.js', headers: { 'accept-encoding': 'br' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body).toBe('export {};\n');
  });
});

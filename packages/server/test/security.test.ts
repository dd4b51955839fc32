import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { Client, PASSWORD, signedUp, uniqueEmail } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn } from './helpers/fixtures';

describe.each(BACKENDS)('security on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  const logLines: string[] = [];
  beforeAll(async () => {
    t = await freshDb(backend);
    const stream = new Writable({
      write(chunk, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    app = await buildApp({ db: t.db, logger: { level: 'info', stream } });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('sends the security headers, and no-store on every API answer', async () => {
    const c = await signedUp(app);
    for (const url of ['/api/health', '/api/me', '/api/checkins', '/api/nothing-here']) {
      const r = await c.get(url);
      expect(r.headers['cache-control'], url).toBe('no-store');
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(String(r.headers['strict-transport-security'])).toMatch(/max-age=31536000/);
    }
  });

  it('serves the web app with its own routes falling back to index.html, and keeps JSON 404s for the API', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'hc-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>HandCheck</title>');
    writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
    const web = await buildApp({ db: t.db, webRoot });
    try {
      const c = new Client(web);
      const home = await c.get('/');
      expect(home.status).toBe(200);
      expect(home.raw.body).toContain('<title>HandCheck</title>');
      expect(home.headers['cache-control']).toBe('no-cache');
      expect(String(home.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      const deepLink = await c.get('/history');
      expect(deepLink.status).toBe(200);
      expect(deepLink.raw.body).toContain('<title>HandCheck</title>');
      const asset = await c.get('/assets/app-1234.js');
      expect(asset.status).toBe(200);
      expect(asset.headers['cache-control']).toContain('immutable');
      expect((await c.get('/assets/missing.js')).status).toBe(404);
      const api = await c.get('/api/nothing-here');
      expect(api.status).toBe(404);
      expect(api.body.error).toBe('not_found');
      expect((await c.request('POST', '/history')).status).toBe(404);
    } finally {
      await web.close();
      rmSync(webRoot, { recursive: true, force: true });
    }
  });

  it('unknown API routes answer 404 in JSON', async () => {
    const r = await new Client(app).get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error).toBe('not_found');
  });

  it('sets the session cookie __Host-, HttpOnly, Secure, SameSite=Lax, Path=/, without a Domain', async () => {
    const email = uniqueEmail();
    await new Client(app).post('/api/auth/signup', { email, password: PASSWORD });
    const r = await new Client(app).signin(email);
    const cookie = r.raw.cookies.find((k) => k.name === '__Host-hc_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.domain).toBeUndefined();
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    // The database keeps a hash of the token, never the token.
    const rows = await t.db.query('select 1 from sessions where id = $1', [cookie?.value]);
    expect(rows).toEqual([]);
  });

  it.each([
    ['a patient idle for more than 12 hours', 'patient', `last_seen_at = now() - interval '13 hours'`],
    ['a patient after 30 days, however active', 'patient', `expires_at = now() - interval '1 second'`],
    [
      'a clinician idle for more than 30 minutes',
      'clinician',
      `last_seen_at = now() - interval '31 minutes'`,
    ],
  ] as const)('the session of %s has ended', async (_who, role, change) => {
    const c = await signedUp(app, role);
    expect((await c.get('/api/me')).status).toBe(200);
    await t.db.query(`update sessions set ${change} where user_id = $1`, [c.user?.id]);
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('a patient idle for 11 hours is still signed in', async () => {
    const c = await signedUp(app);
    await t.db.query(`update sessions set last_seen_at = now() - interval '11 hours' where user_id = $1`, [
      c.user?.id,
    ]);
    expect((await c.get('/api/me')).status).toBe(200);
  });

  it.each([
    ['missing', undefined],
    ['wrong', 'not-the-token'],
  ])(
    'a state change with the CSRF header %s is refused with 403 and changes nothing',
    async (_what, header) => {
      const c = await signedUp(app);
      const r = await c.request('POST', '/api/checkins', carpalTunnelCheckIn(), {
        csrf: false,
        ...(header ? { headers: { 'x-csrf-token': header } } : {}),
      });
      expect(r.status).toBe(403);
      expect(r.body.error).toBe('csrf');
      expect((await c.get('/api/checkins')).body.items).toEqual([]);
    },
  );

  it('after 10 failed sign-ins for one email, the next is refused with 429 even with the right password', async () => {
    const victim = await signedUp(app);
    const email = victim.user?.email as string;
    const attacker = new Client(app);
    for (let i = 0; i < 10; i++)
      expect((await attacker.signin(email, `wrong password ${i}`)).status).toBe(401);
    const blocked = await attacker.signin(email);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('too_many_attempts');
    // Another account is not affected.
    const other = await signedUp(app);
    expect((await new Client(app).signin(other.user?.email as string)).status).toBe(200);
  });

  it('an unknown email fails the same way as a wrong password', async () => {
    const r = await new Client(app).signin(uniqueEmail('nobody'), 'whatever it is');
    expect(r.status).toBe(401);
    expect(r.body.error).toBe('wrong_credentials');
  });

  it('logs method, route pattern, status and time — never bodies, query strings or ids of data', async () => {
    const c = await signedUp(app);
    const marker = `secret-${Math.random().toString(36).slice(2)}`;
    const made = await c.post('/api/checkins', { ...carpalTunnelCheckIn('2026-04-06'), notes: marker });
    await c.get(`/api/checkins/${made.body.id}`);
    await c.get('/api/checkins?from=2026-04-01');
    const log = logLines.join('');
    expect(log).not.toContain(marker);
    expect(log).not.toContain('2026-04');
    expect(log).not.toContain(made.body.id);
    expect(log).not.toContain(c.user?.email);
    expect(log).toContain('"route":"/api/checkins/:id"');
    expect(log).toContain('"status":201');
  });

  it('the audit log is append-only and records each read and change of health data', async () => {
    const c = await signedUp(app);
    const made = await c.post('/api/checkins', carpalTunnelCheckIn());
    await c.get(`/api/checkins/${made.body.id}`);
    const rows = await t.db.query<{ action: string; target: string }>(
      'select action, target from audit_log where patient = $1 order by id',
      [c.user?.id],
    );
    expect(rows).toEqual([
      { action: 'checkin.create', target: made.body.id },
      { action: 'checkin.read', target: made.body.id },
    ]);
    await expect(t.db.query('update audit_log set action = $1', ['changed'])).rejects.toThrow(/append-only/);
    await expect(t.db.query('delete from audit_log')).rejects.toThrow(/append-only/);
  });
});

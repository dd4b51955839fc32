/**
 * Passkeys: a person adds one while signed in, then signs in without typing. Every refusal a
 * stolen, replayed, late or phished answer should meet, on both databases.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { defaultConfig } from '../src/config';
import { setDisabled } from '../src/repos/accounts';
import { Client, signedUp } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { SoftPasskey } from './helpers/softPasskey';

const PUBLIC_URL = 'https://handcheck.test';
const ORIGIN = PUBLIC_URL;

describe.each(BACKENDS)('passkeys, on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;

  beforeAll(async () => {
    t = await freshDb(backend);
    app = await buildApp({ db: t.db, config: defaultConfig({ publicUrl: PUBLIC_URL }) });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  /** Adds a software passkey to a signed-in person's account through the two register calls. */
  async function addPasskey(person: Client, name = 'My phone'): Promise<SoftPasskey> {
    const key = new SoftPasskey(ORIGIN);
    const options = await person.post('/api/auth/passkeys/register/options');
    expect(options.status).toBe(200);
    const r = await person.post('/api/auth/passkeys/register/verify', {
      response: key.register(options.body),
      name,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return key;
  }

  const signInOptions = async (c = new Client(app)) =>
    (await c.post('/api/auth/passkeys/signin/options')).body;

  describe('a person adds a passkey and signs in with it without typing', () => {
    it('registers, lists, signs in (same answer and cookie as a password), counts and audits', async () => {
      const maria = await signedUp(app);
      const options = await maria.post('/api/auth/passkeys/register/options');
      expect(options.status).toBe(200);
      expect(options.body.rp).toEqual({ id: 'handcheck.test', name: 'HandCheck' });
      expect(options.body.user.name).toBe(maria.user?.email);
      expect(options.body.authenticatorSelection).toMatchObject({
        residentKey: 'required',
        userVerification: 'required',
      });
      const key = new SoftPasskey(ORIGIN);
      const added = await maria.post('/api/auth/passkeys/register/verify', {
        response: key.register(options.body),
        name: 'Pixel phone',
      });
      expect(added.status).toBe(201);
      expect(added.body.passkey).toMatchObject({ id: key.id, name: 'Pixel phone', lastUsedAt: null });

      const list = await maria.get('/api/auth/passkeys');
      expect(list.body.items).toEqual([
        { id: key.id, name: 'Pixel phone', createdAt: expect.any(String), lastUsedAt: null },
      ]);

      // A new browser, nobody signed in, no CSRF token: exempt, like password sign-in.
      const phone = new Client(app);
      const signIn = await phone.post('/api/auth/passkeys/signin/options');
      expect(signIn.status).toBe(200);
      expect(signIn.body.rpId).toBe('handcheck.test');
      expect(signIn.body.userVerification).toBe('required');
      expect(signIn.body.allowCredentials ?? []).toEqual([]);
      const r = await phone.post('/api/auth/passkeys/signin/verify', {
        response: key.signIn({ challenge: signIn.body.challenge }),
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toEqual({ user: maria.user, csrfToken: expect.any(String) });
      const cookie = r.raw.cookies.find((c) => c.name === '__Host-hc_session');
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
      expect((await phone.get('/api/me')).body.user).toEqual(maria.user);

      const [row] = await t.db.query<{ counter: string; last_used_at: Date | null }>(
        'select counter, last_used_at from passkeys where id = $1',
        [key.id],
      );
      expect(Number(row?.counter)).toBe(1);
      expect(row?.last_used_at).not.toBeNull();
      expect((await maria.get('/api/auth/passkeys')).body.items[0].lastUsedAt).toEqual(expect.any(String));
      const audit = await t.db.query<{ action: string }>(
        'select action from audit_log where actor = $1 order by id',
        [maria.user?.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['signup', 'signin', 'passkey.add', 'signin_passkey']);

      // Again the next week: the counter moves on.
      const again = await phone.post('/api/auth/passkeys/signin/verify', {
        response: key.signIn({ challenge: (await signInOptions(phone)).challenge }),
      });
      expect(again.status).toBe(200);
      const [row2] = await t.db.query<{ counter: string }>('select counter from passkeys where id = $1', [
        key.id,
      ]);
      expect(Number(row2?.counter)).toBe(2);
    });

    it('takes the relying party from the request host when no public URL is set', async () => {
      const local = await buildApp({ db: t.db });
      try {
        const host = { host: 'localhost:5173' };
        const maria = new Client(local);
        await maria.signup();
        const options = await maria.request('POST', '/api/auth/passkeys/register/options', undefined, {
          headers: host,
        });
        expect(options.body.rp.id).toBe('localhost');
        const key = new SoftPasskey('http://localhost:5173');
        const added = await maria.request(
          'POST',
          '/api/auth/passkeys/register/verify',
          { response: key.register(options.body) },
          { headers: host },
        );
        expect(added.status, JSON.stringify(added.body)).toBe(201);
        expect(added.body.passkey.name).toBe('Passkey');
        const anon = new Client(local);
        const o = await anon.request('POST', '/api/auth/passkeys/signin/options', undefined, {
          headers: host,
        });
        const r = await anon.request(
          'POST',
          '/api/auth/passkeys/signin/verify',
          { response: key.signIn({ challenge: o.body.challenge }) },
          { headers: host },
        );
        expect(r.status, JSON.stringify(r.body)).toBe(200);
      } finally {
        await local.close();
      }
    });
  });

  describe('signing in with a passkey is refused', () => {
    let maria: Client;
    let key: SoftPasskey;
    beforeAll(async () => {
      maria = await signedUp(app);
      key = await addPasskey(maria);
    });

    const expire = (challenge: string) =>
      t.db.query(
        `update webauthn_challenges set expires_at = now() - interval '1 second'
          where id = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [challenge],
      );

    it.each<[string, () => Promise<unknown>, number, string]>([
      [
        'for a challenge this server never handed out',
        async () => key.signIn({ challenge: 'bm90LWZyb20tdGhpcy1zZXJ2ZXI' }),
        400,
        'passkey_challenge',
      ],
      [
        'for a challenge handed out for adding a passkey',
        async () =>
          key.signIn({ challenge: (await maria.post('/api/auth/passkeys/register/options')).body.challenge }),
        400,
        'passkey_challenge',
      ],
      [
        'after the challenge expired',
        async () => {
          const { challenge } = await signInOptions();
          await expire(challenge);
          return key.signIn({ challenge });
        },
        400,
        'passkey_expired',
      ],
      [
        'for a passkey nobody registered here',
        async () => new SoftPasskey(ORIGIN).signIn({ challenge: (await signInOptions()).challenge }),
        401,
        'unknown_passkey',
      ],
      [
        'when the answer comes from another website (phishing)',
        async () =>
          key.signIn({ challenge: (await signInOptions()).challenge, origin: 'https://handcheck.example' }),
        401,
        'passkey_rejected',
      ],
      [
        'when the passkey was made for another site',
        async () => key.signIn({ challenge: (await signInOptions()).challenge, rpId: 'evil.example' }),
        401,
        'passkey_rejected',
      ],
      [
        'when the fingerprint, face or PIN was not checked',
        async () => key.signIn({ challenge: (await signInOptions()).challenge, userVerified: false }),
        401,
        'passkey_rejected',
      ],
      [
        'when signed by another key',
        async () =>
          key.signIn({ challenge: (await signInOptions()).challenge, signWith: new SoftPasskey(ORIGIN) }),
        401,
        'passkey_rejected',
      ],
      [
        'when the counter goes backwards (a cloned key)',
        async () => {
          const ok = key.signIn({ challenge: (await signInOptions()).challenge });
          expect(
            (await new Client(app).post('/api/auth/passkeys/signin/verify', { response: ok })).status,
          ).toBe(200);
          return key.signIn({ challenge: (await signInOptions()).challenge, counter: key.counter - 1 });
        },
        401,
        'passkey_rejected',
      ],
    ])('%s', async (_, answer, status, code) => {
      const anon = new Client(app);
      const r = await anon.post('/api/auth/passkeys/signin/verify', { response: await answer() });
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.body.error).toBe(code);
      expect(r.body.message).toEqual(expect.any(String));
      expect(anon.cookie).toBeUndefined();
    });

    it('when the same answer is sent twice (replay): the challenge works once', async () => {
      const response = key.signIn({ challenge: (await signInOptions()).challenge });
      expect((await new Client(app).post('/api/auth/passkeys/signin/verify', { response })).status).toBe(200);
      const replay = await new Client(app).post('/api/auth/passkeys/signin/verify', { response });
      expect(replay.status).toBe(400);
      expect(replay.body.error).toBe('passkey_challenge');
    });

    it('names the origin it expected, so a wrong HANDCHECK_PUBLIC_URL is easy to spot', async () => {
      const response = key.signIn({
        challenge: (await signInOptions()).challenge,
        origin: 'https://handcheck.example',
      });
      const r = await new Client(app).post('/api/auth/passkeys/signin/verify', { response });
      expect(r.body.message).toContain('https://handcheck.test');
    });

    it('for a disabled account, as a password sign-in is', async () => {
      const ana = await signedUp(app);
      const anaKey = await addPasskey(ana);
      await setDisabled(t.db, ana.user?.id as string, true);
      const r = await new Client(app).post('/api/auth/passkeys/signin/verify', {
        response: anaKey.signIn({ challenge: (await signInOptions()).challenge }),
      });
      expect(r.status).toBe(403);
      expect(r.body.error).toBe('disabled');
    });

    it('with a malformed answer, naming the field', async () => {
      const r = await new Client(app).post('/api/auth/passkeys/signin/verify', {
        response: { id: 'not base64url!', type: 'public-key' },
      });
      expect(r.status).toBe(400);
      expect(r.body.error).toBe('invalid_input');
      expect(r.body.fields.map((f: { field: string }) => f.field)).toContain('response.id');
    });
  });

  describe('adding a passkey is refused', () => {
    let maria: Client;
    beforeAll(async () => {
      maria = await signedUp(app);
    });
    const registerOptions = async (who = maria) =>
      (await who.post('/api/auth/passkeys/register/options')).body;

    it.each<[string, (key: SoftPasskey) => Promise<unknown>, number, string]>([
      [
        'for a challenge this server never handed out',
        async (key) =>
          key.register({ ...(await registerOptions()), challenge: 'bm90LWZyb20tdGhpcy1zZXJ2ZXI' }),
        400,
        'passkey_challenge',
      ],
      [
        'for a challenge handed out to someone else',
        async (key) => key.register(await registerOptions(await signedUp(app))),
        400,
        'passkey_challenge',
      ],
      [
        'for a challenge handed out for signing in',
        async (key) =>
          key.register({ ...(await registerOptions()), challenge: (await signInOptions()).challenge }),
        400,
        'passkey_challenge',
      ],
      [
        'after the challenge expired',
        async (key) => {
          const options = await registerOptions();
          await t.db.query(
            `update webauthn_challenges set expires_at = now() - interval '1 second'
              where id = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
            [options.challenge],
          );
          return key.register(options);
        },
        400,
        'passkey_expired',
      ],
      [
        'when the answer comes from another website',
        async (key) => key.register(await registerOptions(), { origin: 'https://handcheck.example' }),
        400,
        'passkey_rejected',
      ],
      [
        'when the fingerprint, face or PIN was not checked',
        async (key) => key.register(await registerOptions(), { userVerified: false }),
        400,
        'passkey_rejected',
      ],
    ])('%s', async (_, answer, status, code) => {
      const key = new SoftPasskey(ORIGIN);
      const r = await maria.post('/api/auth/passkeys/register/verify', { response: await answer(key) });
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.body.error).toBe(code);
      expect(
        (await maria.get('/api/auth/passkeys')).body.items.map((p: { id: string }) => p.id),
      ).not.toContain(key.id);
    });

    it('when the same answer is sent twice (replay)', async () => {
      const key = new SoftPasskey(ORIGIN);
      const response = key.register(await registerOptions());
      expect((await maria.post('/api/auth/passkeys/register/verify', { response })).status).toBe(201);
      const replay = await maria.post('/api/auth/passkeys/register/verify', { response });
      expect(replay.status).toBe(400);
      expect(replay.body.error).toBe('passkey_challenge');
    });

    it('when that passkey is registered already, and the options list it to exclude', async () => {
      const key = await addPasskey(maria, 'Tablet');
      const options = await registerOptions();
      expect(options.excludeCredentials.map((c: { id: string }) => c.id)).toContain(key.id);
      const r = await maria.post('/api/auth/passkeys/register/verify', { response: key.register(options) });
      expect(r.status).toBe(409);
      expect(r.body.error).toBe('passkey_exists');
    });
  });

  describe('who may add, see and remove passkeys', () => {
    it.each([
      ['POST', '/api/auth/passkeys/register/options'],
      ['POST', '/api/auth/passkeys/register/verify'],
      ['GET', '/api/auth/passkeys'],
      ['DELETE', '/api/auth/passkeys/abc'],
    ] as const)('someone not signed in cannot %s %s', async (method, url) => {
      const r = await new Client(app).request(method, url, method === 'POST' ? {} : undefined);
      expect(r.status).toBe(401);
    });

    it('adding a passkey needs the x-csrf-token header; passkey sign-in does not, like password sign-in', async () => {
      const maria = await signedUp(app);
      const r = await maria.request('POST', '/api/auth/passkeys/register/options', undefined, {
        csrf: false,
      });
      expect(r.status).toBe(403);
      expect(r.body.error).toBe('csrf');
      const del = await maria.request('DELETE', '/api/auth/passkeys/abc', undefined, { csrf: false });
      expect(del.status).toBe(403);
      const anon = new Client(app);
      expect((await anon.post('/api/auth/passkeys/signin/options')).status).toBe(200);
    });

    it("one person can neither see nor remove another's passkey; the owner can, and it stops working", async () => {
      const maria = await signedUp(app);
      const key = await addPasskey(maria);
      const other = await signedUp(app);
      expect((await other.get('/api/auth/passkeys')).body.items).toEqual([]);
      const stolen = await other.del(`/api/auth/passkeys/${key.id}`);
      expect(stolen.status).toBe(404);
      expect((await maria.get('/api/auth/passkeys')).body.items).toHaveLength(1);

      expect((await maria.del(`/api/auth/passkeys/${key.id}`)).status).toBe(204);
      expect((await maria.get('/api/auth/passkeys')).body.items).toEqual([]);
      const r = await new Client(app).post('/api/auth/passkeys/signin/verify', {
        response: key.signIn({ challenge: (await signInOptions()).challenge }),
      });
      expect(r.status).toBe(401);
      expect(r.body.error).toBe('unknown_passkey');
      const audit = await t.db.query<{ action: string; target: string }>(
        `select action, target from audit_log where actor = $1 and action like 'passkey.%' order by id`,
        [maria.user?.id],
      );
      expect(audit).toEqual([
        { action: 'passkey.add', target: key.id },
        { action: 'passkey.remove', target: key.id },
      ]);
    });

    it('a deleted account takes its passkeys with it', async () => {
      const maria = await signedUp(app);
      const key = await addPasskey(maria);
      expect((await maria.del('/api/account')).status).toBe(204);
      const rows = await t.db.query('select id from passkeys where id = $1', [key.id]);
      expect(rows).toEqual([]);
    });
  });
});

import { fc } from '@fast-check/vitest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { type Client, signedUp } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn } from './helpers/fixtures';

describe.each(BACKENDS)('bad input gets a clear 4xx, never a 5xx, on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  let c: Client;
  let checkInId: string;
  beforeAll(async () => {
    t = await freshDb(backend);
    app = await buildApp({ db: t.db });
    c = await signedUp(app);
    checkInId = (await c.post('/api/checkins', carpalTunnelCheckIn())).body.id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('malformed JSON', async () => {
    const r = await c.request('POST', '/api/checkins', undefined, { rawBody: '{"date": "2026-03-16",' });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'invalid_json', message: 'The request body is not valid JSON.' });
  });

  it('a body that is not JSON at all', async () => {
    const r = await c.request('POST', '/api/checkins', undefined, {
      rawBody: 'date=2026-03-16',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(r.status).toBe(415);
    expect(r.body.error).toBe('unsupported_media_type');
  });

  it('no body where one is needed', async () => {
    const r = await c.post('/api/checkins');
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid_input');
  });

  it.each([
    [
      'a severity written as text',
      { regions: [{ severity: '5' }] },
      'regions[0].severity',
      'must be a number',
    ],
    ['a severity of 14', { regions: [{ severity: 14 }] }, 'regions[0].severity', 'must be 0–10 (got 14)'],
    [
      'a negative number of days',
      { regions: [{ daysPerWeek: -1 }] },
      'regions[0].daysPerWeek',
      'must be 0–7',
    ],
    ['a date that is not a date', { date: '16/03/2026' }, 'date', 'YYYY-MM-DD'],
    [
      'an unknown region',
      { regions: [{ region: 'right.palm.sixth' }] },
      'regions[0].region',
      'known hand region',
    ],
    ['an unknown field', { mood: 'fine' }, '(root)', 'unknown field "mood"'],
  ])('a check-in with %s names the field', async (_what, change, field, words) => {
    const base = carpalTunnelCheckIn();
    const body = {
      ...base,
      ...change,
      ...('regions' in change ? { regions: [{ ...base.regions?.[0], ...change.regions?.[0] }] } : {}),
    };
    const r = await c.post('/api/checkins', body);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid_input');
    expect(r.body.fields).toEqual(
      expect.arrayContaining([{ field, message: expect.stringContaining(words) }]),
    );
    expect(r.body.message).toContain(field === '(root)' ? words : field);
  });

  it('a 1 MB body is refused as too large', async () => {
    const r = await c.post('/api/checkins', { ...carpalTunnelCheckIn(), notes: 'x'.repeat(1024 * 1024) });
    expect(r.status).toBe(413);
    expect(r.body.error).toBe('too_large');
  });

  it.each([
    ['an id that is not an id', 'GET', '/api/checkins/42', 'params.id'],
    ['a date range written wrongly', 'GET', '/api/checkins?from=yesterday', 'query.from'],
    ['an unknown query parameter', 'GET', '/api/checkins?sort=desc', 'query'],
    ['a treatment of an unknown kind', 'POST', '/api/treatments', 'kind'],
    ['a reminder at 25 o’clock', 'PUT', '/api/reminders', 'time'],
    ['an amendment without its version', 'PUT', '/api/checkins/:id', 'version'],
  ] as const)('%s', async (_what, method, url, field) => {
    const body =
      url === '/api/treatments'
        ? { kind: 'magic', effect: 'no_change' }
        : url === '/api/reminders'
          ? { weekday: 1, time: '25:00' }
          : url.endsWith(':id')
            ? { checkIn: carpalTunnelCheckIn() }
            : undefined;
    const r = await c.request(method, url.replace(':id', checkInId), body);
    expect(r.status).toBe(400);
    expect(r.body.fields.map((f: { field: string }) => f.field).join(' ')).toContain(field);
  });

  it('hostile payloads never cause a 5xx (fuzzing the write routes)', async () => {
    const routes = [
      ['POST', '/api/checkins'],
      ['PUT', `/api/checkins/${checkInId}`],
      ['PUT', '/api/context'],
      ['POST', '/api/treatments'],
      ['PUT', '/api/reminders'],
      ['POST', '/api/auth/signin'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          fc.jsonValue(),
          fc.anything(),
          fc.record({ date: fc.string(), regions: fc.array(fc.jsonValue(), { maxLength: 3 }) }),
          fc.record({ version: fc.jsonValue(), checkIn: fc.jsonValue() }),
        ),
        async ([method, url], payload) => {
          let raw: string;
          try {
            raw = JSON.stringify(payload) ?? 'null';
          } catch {
            raw = 'null';
          }
          const r = await c.request(method, url, undefined, { rawBody: raw });
          expect(r.status).toBeLessThan(500);
          expect(r.status === 400 || r.status < 300 || r.status === 409 || r.status === 401).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

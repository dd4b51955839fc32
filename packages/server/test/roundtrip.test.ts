/**
 * Export → empty database → import → the same record. A patient builds a record through the API
 * (any valid check-ins, one amended, one deleted, a medicine context, a treatment); the server's
 * own exports are taken over HTTP (`GET /api/export`, `GET /api/fhir/export`); the FHIR Bundle is
 * imported into an empty HandCheck with the same function `handcheck import --fhir` uses
 * (`importBundle`; there is no import route for the JSON export); the account gets a password;
 * and both exports, read back over HTTP from the new database, equal the originals.
 */
import { fc } from '@fast-check/vitest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInInputArb, contextInputArb, dayArb } from '../../core/src/testing/arbitraries';
import { toDayNumber } from '../../core/src/timeline/dates';
import { buildApp } from '../src/app';
import { importBundle, setPassword } from '../src/fhirCommands';
import { Client, signedUp } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';

const NEW_PASSWORD = 'a brand new passphrase';

interface Entry {
  fullUrl?: string;
  resource: { resourceType: string; id?: string; identifier?: { value?: string }[] };
}
interface Bundle {
  timestamp?: string;
  entry?: Entry[];
}

/**
 * The Bundle's own generation time differs between two exports. Everything else must be identical,
 * in the same order: alerts are listed by date and key (both carried by the export), so their Flags
 * keep their place and their ids.
 */
function comparable(bundle: Bundle): unknown {
  const text = JSON.stringify(bundle);
  return JSON.parse(bundle.timestamp ? text.replaceAll(bundle.timestamp, '(generated)') : text);
}

describe.each(BACKENDS)('export, import into an empty database, export again, on %s', (backend) => {
  let source: TestDb;
  let target: TestDb;
  let from: FastifyInstance;
  let to: FastifyInstance;
  beforeAll(async () => {
    source = await freshDb(backend);
    target = await freshDb(backend);
    // One new account per generated record: lift the per-address sign-up limit for this test.
    from = await buildApp({ db: source.db, limits: { signup_ip: { limit: 10_000, minutes: 60 } } });
    to = await buildApp({ db: target.db });
  });
  afterAll(async () => {
    await from?.close();
    await to?.close();
    await source?.drop();
    await target?.drop();
  });

  it('gives back the same record, JSON and FHIR, for any valid check-ins', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        // The server refuses dates still to come in the context too.
        contextInputArb().filter((c) => {
          const today = new Date().toISOString().slice(0, 10);
          return (c.medicines ?? []).every(
            (m) => m.startedOn < today && (!m.stoppedOn || m.stoppedOn < today),
          );
        }),
        fc.array(
          // The server refuses check-ins about days still to come: dates up to yesterday (UTC).
          checkInInputArb({
            maxRegions: 4,
            date: dayArb(toDayNumber('2023-01-01'), toDayNumber(new Date().toISOString().slice(0, 10)) - 1),
          }),
          { minLength: 2, maxLength: 5 },
        ),
        async (context, checkIns) => {
          const p = await signedUp(from);
          expect((await p.put('/api/context', { context })).status).toBe(200);
          const saved = [];
          for (const c of checkIns) {
            const r = await p.post('/api/checkins', c);
            expect(r.status, JSON.stringify(r.body)).toBe(201);
            saved.push(r.body);
          }
          const amended = await p.put(`/api/checkins/${saved[0].id}`, {
            version: 1,
            checkIn: checkIns[1],
          });
          expect(amended.status).toBe(200);
          expect((await p.del(`/api/checkins/${saved[1].id}`)).status).toBe(204);
          const treatment = { kind: 'night_splint', startedOn: '2026-01-20', effect: 'a_little_better' };
          expect((await p.post('/api/treatments', treatment)).status).toBe(201);

          const json = await p.get('/api/export');
          const fhir = await p.get('/api/fhir/export');
          expect(json.status).toBe(200);
          expect(fhir.status).toBe(200);
          const bundle = JSON.parse(fhir.raw.body);

          const outcome = await importBundle(target.db, bundle);
          expect(outcome).toMatchObject({ ok: true, patientId: p.user?.id, checkIns: checkIns.length - 1 });
          expect(await setPassword(target.db, p.user?.email as string, NEW_PASSWORD)).toBe(true);
          const back = new Client(to);
          expect((await back.signin(p.user?.email as string, NEW_PASSWORD)).status).toBe(200);

          const jsonAgain = await back.get('/api/export');
          expect(jsonAgain.body).toEqual(json.body);
          const fhirAgain = JSON.parse((await back.get('/api/fhir/export')).raw.body);
          expect(comparable(fhirAgain)).toEqual(comparable(bundle));
        },
      ),
      { numRuns: 15 },
    );
  });
});

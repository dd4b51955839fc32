/**
 * Replay of recorded records: a set of records (the demo story and a seeded population, with an
 * amendment, a deletion and a change of medicine start) is saved through the API, and what the
 * server stored — each check-in's assessment, the alerts, the panel row — must equal the stored
 * expectations in expected/replay.json. They were first recorded before the record service replaced
 * the old store, so the restructuring was shown to change nothing; a clinical change updates them
 * in its own commit (HANDCHECK_UPDATE_EXPECTATIONS=1 rewrites the file): alert episodes did.
 */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckInInput } from '@handcheck/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientHistory, seededRandom } from '../../core/src/testing/population';
import { buildApp } from '../src/app';
import { demoStory } from '../src/demo';
import { Client, type Json } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';

const EXPECTED = new URL('./expected/replay.json', import.meta.url);

interface Story {
  readonly name: string;
  readonly context: unknown;
  readonly checkIns: readonly CheckInInput[];
  /** Changes after the saves: amend the nth check-in, delete the nth, move the medicine's start. */
  readonly amend?: { index: number; severity: number };
  readonly remove?: number;
  readonly moveStartDays?: number;
}

function stories(): Story[] {
  const demo = demoStory('2025-09-01');
  const out: Story[] = [{ name: 'demo', context: demo.context, checkIns: demo.checkIns }];
  for (let seed = 1; seed <= 8; seed++) {
    const h = patientHistory(seededRandom(seed), 30);
    out.push({
      name: `population-${seed}`,
      context: h.context,
      checkIns: h.checkIns,
      ...(seed === 2 ? { amend: { index: 12, severity: 9 } } : {}),
      ...(seed === 3 ? { remove: 15 } : {}),
      ...(seed === 4 ? { moveStartDays: -60 } : {}),
    });
  }
  return out;
}

const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

async function record(app: FastifyInstance, db: TestDb['db'], story: Story): Promise<Json> {
  const c = await new Client(app).signup('patient');
  const id = c.user?.id as string;
  expect((await c.put('/api/context', { context: story.context })).status).toBe(200);
  for (const checkIn of story.checkIns) expect((await c.post('/api/checkins', checkIn)).status).toBe(201);
  const list = async () => (await c.get('/api/checkins')).body.items as Json[];
  if (story.amend) {
    const target = (await list())[story.amend.index];
    const checkIn = {
      ...target.checkIn,
      regions: target.checkIn.regions.map((r: Json) => ({ ...r, severity: story.amend?.severity })),
    };
    expect((await c.put(`/api/checkins/${target.id}`, { version: target.version, checkIn })).status).toBe(
      200,
    );
  }
  if (story.remove !== undefined) {
    const target = (await list())[story.remove];
    expect((await c.del(`/api/checkins/${target.id}`)).status).toBe(204);
  }
  if (story.moveStartDays !== undefined) {
    const { context } = (await c.get('/api/context')).body;
    const start = new Date(`${context.medicines[0].startedOn}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() + story.moveStartDays);
    context.medicines[0].startedOn = start.toISOString().slice(0, 10);
    expect((await c.put('/api/context', { context })).status).toBe(200);
  }
  const checkIns = (await list()).map((s) => ({ date: s.checkIn.date, assessment: hash(s.assessment) }));
  const alerts = await db.query(
    `select key, kind, level, date::text as date, reason, sources, acknowledged_at is not null as acknowledged,
            resolved_on::text as "resolvedOn"
       from alerts where patient_id = $1 order by key collate "C"`,
    [id],
  );
  const [panel] = await db.query(
    `select last_checkin_date::text as "lastCheckInDate", overdue_from::text as "overdueFrom",
            red_flag_open as "redFlagOpen", warning_latest::text as "warningLatest", pattern, sparkline,
            sparkline_from_day as "sparklineFromDay", open_alerts as "openAlerts", open_count as "openCount",
            red_flag_rank as "redFlagRank", red_flag_latest::text as "redFlagLatest"
       from patient_summary where patient_id = $1`,
    [id],
  );
  return { checkIns, alerts, panel };
}

describe.each(BACKENDS)(
  'recorded records replay to the same assessments, alerts and panel rows (%s)',
  (backend) => {
    let t: TestDb;
    let app: FastifyInstance;
    beforeAll(async () => {
      t = await freshDb(backend);
      app = await buildApp({ db: t.db });
    });
    afterAll(async () => {
      await app.close();
      await t.drop();
    });

    it('as stored in expected/replay.json', { timeout: 240_000 }, async () => {
      const got: Record<string, Json> = {};
      for (const story of stories()) got[story.name] = await record(app, t.db, story);
      if (process.env.HANDCHECK_UPDATE_EXPECTATIONS === '1' && backend === 'pglite') {
        writeFileSync(EXPECTED, `${JSON.stringify(got, null, 2)}\n`);
        // The lint step checks this file's layout too: let the formatter have the last word.
        execFileSync('npx', ['biome', 'format', '--write', fileURLToPath(EXPECTED)], { stdio: 'ignore' });
      }
      const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));
      expect(Object.keys(got)).toEqual(Object.keys(expected));
      for (const name of Object.keys(expected)) expect(got[name], name).toEqual(expected[name]);
    });
  },
);

/**
 * The usual check-in save reads without a lock and writes in one statement that checks the panel
 * row's revision (record/service.ts `submitCheckIn`). These tests make another change land between
 * the read and the write, on purpose and at random, and check that nothing is lost or doubled and
 * that the alerts and the panel row end as a fresh recomputation of the record would leave them.
 */
import { CheckIn, Context } from '@handcheck/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config';
import type { Db, Queryable } from '../src/db';
import { RecordService } from '../src/record/service';
import { createUser } from '../src/repos/accounts';
import { alertEntries } from '../src/repos/checkins';
import { readForSave } from '../src/repos/saveReads';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn, context, quietCheckIn } from './helpers/fixtures';

const service = new RecordService(defaultConfig().alerts);
const day = (n: number) => new Date(Date.UTC(2026, 2, 2) + n * 86_400_000).toISOString().slice(0, 10);

/** The person's alerts and panel row as stored: what a recomputation must leave unchanged. */
async function derived(db: Queryable, patientId: string) {
  const alerts = await db.query(
    `select key, kind, level, date::text as date, reason, sources, resolved_on::text as resolved_on,
            acknowledged_at is not null as acknowledged
       from alerts where patient_id = $1 order by key collate "C"`,
    [patientId],
  );
  const [row] = await db.query(
    `select last_checkin_date::text as last, overdue_from::text as overdue, red_flag_open, warning_latest::text as w,
            pattern, sparkline, sparkline_from_day, open_alerts, open_count, red_flag_rank,
            red_flag_latest::text as rfl, alert_state
       from patient_summary where patient_id = $1`,
    [patientId],
  );
  return { alerts, row };
}

/** Matches derived state after recomputing the whole record from scratch. */
async function expectAsRecomputed(db: Db, patientId: string) {
  const before = await derived(db, patientId);
  await db.transaction((tx) => service.recompute(tx, patientId, '0001-01-01'));
  expect(await derived(db, patientId)).toEqual(before);
}

/**
 * `db`, but the first save read (`readForSave`) is followed, before its answer, by `between`;
 * `reads()` counts the save reads made through it.
 */
function interleaved(db: Db, between: () => Promise<void>): Db & { reads(): number } {
  let reads = 0;
  return {
    ...db,
    reads: () => reads,
    async query<T>(sql: string, params?: readonly unknown[]) {
      const rows = await db.query<T>(sql, params);
      if (sql.startsWith('select 0 as part') && reads++ === 0) await between();
      return rows;
    },
  };
}

describe.each(BACKENDS)('the lock-free check-in save on %s', (backend) => {
  let t: TestDb;
  const newPatient = async (n: string) => {
    const u = (await createUser(t.db, {
      email: `${n}.${backend}.${Math.random().toString(36).slice(2)}@example.org`,
      passwordHash: 'x',
      role: 'patient',
      name: null,
    })) as { id: string };
    await t.db.transaction((tx) => service.saveContext(tx, u.id, Context.parse(context)));
    return u.id;
  };
  const submit = (db: Db, id: string, input: Parameters<typeof CheckIn.parse>[0], key?: string) =>
    service.submitCheckIn(db, id, CheckIn.parse(input), { actor: id, action: 'checkin.create' }, key);

  const storedCount = async (id: string) =>
    (
      await t.db.query<{ n: number }>('select count(*)::int as n from checkins where patient_id = $1', [id])
    )[0]?.n;

  beforeAll(async () => {
    t = await freshDb(backend);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('another save landing between its read and its write: it reads again, and both are kept', async () => {
    const id = await newPatient('between');
    for (let n = 0; n < 4; n++) await submit(t.db, id, quietCheckIn(day(7 * n)));
    // The other device's check-in (a worsening) lands after this save has read the record.
    const db = interleaved(t.db, async () => {
      await submit(t.db, id, carpalTunnelCheckIn(day(29), 7));
    });
    const { stored, replay } = await submit(db, id, carpalTunnelCheckIn(day(30), 8));
    expect(replay).toBe(false);
    // Its first write found the panel row moved and wrote nothing; it read again and saved.
    expect(db.reads()).toBe(2);
    const dates = await t.db.query<{ date: string }>(
      'select date::text as date from checkins where patient_id = $1 order by date',
      [id],
    );
    expect(dates.map((r) => r.date)).toEqual([day(0), day(7), day(14), day(21), day(29), day(30)]);
    expect(stored.checkIn.date).toBe(day(30));
    const [audits] = await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where patient = $1 and action = 'checkin.create'`,
      [id],
    );
    expect(audits?.n).toBe(6);
    await expectAsRecomputed(t.db, id);
  });

  it('a check-in dated before the latest, with another save landing before its write: judged against the whole record once it lands', async () => {
    const id = await newPatient('past');
    for (let n = 0; n < 5; n++) await submit(t.db, id, quietCheckIn(day(7 * n)));
    const db = interleaved(t.db, async () => {
      await submit(t.db, id, carpalTunnelCheckIn(day(35), 7));
    });
    // Dated before the latest: read again after the other save landed, then saved in its place.
    await submit(db, id, carpalTunnelCheckIn(day(10), 6));
    expect(db.reads()).toBe(2);
    const dates = await t.db.query<{ date: string }>(
      'select date::text as date from checkins where patient_id = $1 order by date',
      [id],
    );
    expect(dates.map((r) => r.date)).toEqual([day(0), day(7), day(10), day(14), day(21), day(28), day(35)]);
    await expectAsRecomputed(t.db, id);
  });

  it('two first check-ins of a new person at once (no panel row yet): both kept, one panel row', async () => {
    const id = await newPatient('first');
    await t.db.query('delete from patient_summary where patient_id = $1', [id]);
    const answers = await Promise.all([
      submit(t.db, id, carpalTunnelCheckIn(day(0), 4)),
      submit(t.db, id, carpalTunnelCheckIn(day(1), 5)),
    ]);
    expect(new Set(answers.map((a) => a.stored.id)).size).toBe(2);
    const rows = await t.db.query('select 1 from patient_summary where patient_id = $1', [id]);
    expect(rows).toHaveLength(1);
    await expectAsRecomputed(t.db, id);
  });

  it('an acknowledgement landing between its read and its write keeps the acknowledgement', async () => {
    const id = await newPatient('ack');
    for (let n = 0; n < 4; n++) await submit(t.db, id, quietCheckIn(day(7 * n)));
    await submit(t.db, id, carpalTunnelCheckIn(day(28), 7));
    const [open] = await t.db.query<{ key: string }>(
      `select key from alerts where patient_id = $1 and kind = 'worsening' and acknowledged_at is null`,
      [id],
    );
    expect(open).toBeDefined();
    const clinician = (await createUser(t.db, {
      email: `gp.${backend}.${Math.random().toString(36).slice(2)}@example.org`,
      passwordHash: 'x',
      role: 'clinician',
      name: null,
    })) as { id: string };
    const db = interleaved(t.db, async () => {
      expect(
        await t.db.transaction((tx) => service.acknowledgeAlert(tx, id, open?.key as string, clinician.id)),
      ).toBe(true);
    });
    await submit(db, id, carpalTunnelCheckIn(day(35), 7));
    expect(db.reads()).toBe(2);
    const [row] = await t.db.query<{ acknowledged: boolean }>(
      'select acknowledged_at is not null as acknowledged from alerts where patient_id = $1 and key = $2',
      [id, open?.key],
    );
    expect(row?.acknowledged).toBe(true);
    await expectAsRecomputed(t.db, id);
  });

  it('30 check-ins of one person at once, some dated before others: each kept once, derived rows as recomputed', async () => {
    const id = await newPatient('burst');
    await submit(t.db, id, quietCheckIn(day(0)));
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        submit(
          t.db,
          id,
          i % 4 === 0 ? carpalTunnelCheckIn(day(1 + i), 2 + (i % 8)) : quietCheckIn(day(1 + i)),
        ),
      ),
    );
    expect(new Set(answers.map((a) => a.stored.id)).size).toBe(30);
    expect(await storedCount(id)).toBe(31);
    await expectAsRecomputed(t.db, id);
  });

  it('the same client key sent 8 times at once stores one check-in, and every answer is that one', async () => {
    const id = await newPatient('key');
    await submit(t.db, id, quietCheckIn(day(0)));
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => submit(t.db, id, carpalTunnelCheckIn(day(7), 6), 'phone-retry-0001')),
    );
    expect(new Set(answers.map((a) => a.stored.id)).size).toBe(1);
    expect(answers.filter((a) => !a.replay)).toHaveLength(1);
    expect(await storedCount(id)).toBe(2);
    await expectAsRecomputed(t.db, id);
  });

  it('reads of each check-in in the window exactly what the rules read of the whole one, after an amendment too', async () => {
    const id = await newPatient('marks');
    await submit(t.db, id, quietCheckIn(day(0)));
    const first = await submit(t.db, id, carpalTunnelCheckIn(day(7), 4));
    await submit(t.db, id, carpalTunnelCheckIn(day(14), 6));
    const amended = await t.db.transaction((tx) =>
      service.amendCheckIn(tx, id, first.stored.id, 1, CheckIn.parse(carpalTunnelCheckIn(day(7), 9))),
    );
    expect(amended.ok).toBe(true);
    const reads = await readForSave(t.db, id, { after: day(-1), on: day(21) });
    const whole = await alertEntries(t.db, id);
    expect(reads.recent).toEqual(
      whole.map(({ checkIn, assessment }) => ({
        checkIn: {
          date: checkIn.date,
          regions: checkIn.regions.map(({ region, severity }) => ({ region, severity })),
        },
        assessment: {
          resembles: assessment.resembles.map(({ condition, regions }) => ({ condition, regions })),
        },
      })),
    );
    expect(reads.recent[1]?.checkIn.regions.map((r) => r.severity)).toEqual([9, 9, 9]);
    expect(reads.recent[1]?.assessment.resembles.length).toBeGreaterThan(0);
  });
});

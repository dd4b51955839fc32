/**
 * The care team's alert load: a seeded, realistic population (core's `alertCourse`: the clinic
 * courses — rising then settling with a splint, improving, stable, drifting, nothing — with
 * ordinary week-to-week ups and downs, and red flags for about one patient in six) saved week by
 * week through the real record service into an embedded database, as the API does. Then, from the
 * stored alerts: alerts per check-in and the share of check-ins that opened one, for everyone and
 * for the courses without a red flag, and how many of the red flags reported were alerted (an
 * alert covering that check-in: opened on or before it and not resolved before it).
 * Goal: ≤ 0.10 alerts per check-in on courses without a red flag, and every red flag alerted.
 *
 * BENCH_ALERTS_PATIENTS (default 120) and BENCH_ALERTS_WEEKS (default 40) scale the run.
 */
import { CheckIn, Context, DEFAULT_ALERT_CONFIG } from '@handcheck/core';
import { alertCourse, seededRandom } from '../packages/core/src/testing/population';
import { openDb } from '../packages/server/src/db';
import { RecordService } from '../packages/server/src/record/service';
import { createUser } from '../packages/server/src/repos/accounts';

export interface BenchResult {
  readonly name: string;
  readonly summary: string;
}

const GOAL_PER_CHECK_IN = 0.1;

interface Row {
  key: string;
  kind: string;
  resolved_on: string | null;
}

export async function runAlertsBench(): Promise<BenchResult> {
  const patients = Number(process.env.BENCH_ALERTS_PATIENTS ?? 120);
  const weeks = Number(process.env.BENCH_ALERTS_WEEKS ?? 40);
  const db = await openDb({});
  const service = new RecordService(DEFAULT_ALERT_CONFIG);
  const random = seededRandom(20261201);
  const all = { checkIns: 0, alerts: 0, alerting: 0 };
  const calm = { checkIns: 0, alerts: 0, alerting: 0 };
  let flagged = 0;
  let flaggedAlerted = 0;
  try {
    for (let p = 0; p < patients; p++) {
      const course = alertCourse(random, weeks);
      const user = await createUser(db, {
        email: `bench.${p}@example.org`,
        passwordHash: 'x',
        role: 'patient',
        name: null,
      });
      const id = (user as { id: string }).id;
      await db.transaction((tx) => service.saveContext(tx, id, Context.parse(course.context)));
      const flags: { date: string; ids: string[] }[] = [];
      for (const input of course.checkIns) {
        const stored = await db.transaction((tx) => service.saveCheckIn(tx, id, CheckIn.parse(input)));
        if (stored.assessment.redFlags.length > 0)
          flags.push({ date: stored.checkIn.date, ids: stored.assessment.redFlags.map((f) => f.id) });
      }
      const rows = await db.query<Row>(
        'select key, kind, resolved_on::text as resolved_on from alerts where patient_id = $1',
        [id],
      );
      const opened = new Set(rows.map((r) => r.key.split(':')[1]));
      for (const t of course.redFlagWeeks.length > 0 || flags.length > 0 ? [all] : [all, calm]) {
        t.checkIns += course.checkIns.length;
        t.alerts += rows.length;
        t.alerting += course.checkIns.filter((c) => opened.has(c.date)).length;
      }
      for (const f of flags) {
        for (const flagId of f.ids) {
          flagged++;
          const covered = rows.some((r) => {
            const [kind, openedOn, detail] = r.key.split(':');
            return (
              kind === 'red_flag' &&
              detail === flagId &&
              (openedOn as string) <= f.date &&
              (r.resolved_on === null || r.resolved_on > f.date)
            );
          });
          if (covered) flaggedAlerted++;
        }
      }
    }
  } finally {
    await db.close();
  }
  const per = (t: typeof all) => t.alerts / Math.max(1, t.checkIns);
  const share = (t: typeof all) => (100 * t.alerting) / Math.max(1, t.checkIns);
  const calmPer = per(calm);
  return {
    name: 'alerts',
    summary:
      `${patients} patients × ${weeks} weekly check-ins through the record service (PGlite). ` +
      `Everyone: ${per(all).toFixed(3)} alerts per check-in, ${share(all).toFixed(1)}% of check-ins opened an alert. ` +
      `Courses without a red flag (${calm.checkIns} check-ins): ${calmPer.toFixed(3)} alerts per check-in ` +
      `(goal ≤ ${GOAL_PER_CHECK_IN}: ${calmPer <= GOAL_PER_CHECK_IN ? 'met' : 'MISSED'}), ${share(calm).toFixed(1)}% alerted. ` +
      `Red flags reported: ${flagged}, alerted: ${flaggedAlerted} (${flaggedAlerted === flagged ? 'all' : 'NOT ALL'}).`,
  };
}

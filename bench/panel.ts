/**
 * The clinician panel and a patient's timeline with thousands of patients × two years of weekly
 * check-ins (goal ≤ 50 ms each, server time), against a same-run baseline: a `SELECT 1` round trip
 * and a primary-key lookup on the same pool.
 *
 * Creates its own PostgreSQL database (HANDCHECK_BENCH_PG, default the local postgres) and drops it
 * at the end. Patients: BENCH_PATIENTS (default 10,000), each with 104 weekly check-ins assessed by
 * core. Only eight distinct stories are assessed in Node; the rows are multiplied inside PostgreSQL
 * (INSERT … SELECT from a template table), so loading takes a minute or two, not an hour.
 */
import { randomBytes } from 'node:crypto';
import {
  type Alert,
  addDays,
  buildRecord,
  type CheckInInput,
  computeAlerts,
  DEFAULT_ALERT_CONFIG,
  demoRecord,
  type PatientRecord,
  type StoredAlert,
  summarizePanel,
} from '@handcheck/core';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app';
import { hashPassword } from '../packages/server/src/auth/passwords';
import { openDb } from '../packages/server/src/db';
import { listPanel } from '../packages/server/src/record/panel';
import { timelineEntries } from '../packages/server/src/repos/checkins';

export interface BenchResult {
  readonly name: string;
  readonly summary: string;
}

const ADMIN_URL = process.env.HANDCHECK_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const VARIANTS = 8;
const WEEKS = 104;
const GOAL_MS = 50;
const RUNS = 20;

const today = new Date().toISOString().slice(0, 10);

/** Shifts every date in a JSON-able value by `days` (the stories are written for 2026). */
function shiftDates<T>(value: T, days: number): T {
  return JSON.parse(
    JSON.stringify(value).replace(/"(\d{4}-\d{2}-\d{2})"/g, (_, d: string) => `"${addDays(d, days)}"`),
  ) as T;
}

/** Story `v`: core's two-year demo, ending `4 v` days ago (so some are overdue), some with a red flag. */
function story(v: number): PatientRecord {
  const base = demoRecord(WEEKS);
  const lastDate = base.checkIns.at(-1)?.checkIn.date as string;
  const offset = -Math.round((Date.parse(lastDate) - Date.parse(addDays(today, -4 * v))) / 86_400_000);
  const inputs = shiftDates(
    base.checkIns.map((c) => c.checkIn as CheckInInput),
    offset,
  );
  if (v % 4 === 1) {
    const last = inputs.at(-1) as CheckInInput;
    inputs[inputs.length - 1] = { ...last, events: { ...last.events, fever: true } } as CheckInInput;
  }
  return buildRecord(inputs, { context: shiftDates(base.context, offset) });
}

/** The alerts the server would have stored after each check-in (as `refreshAlerts` does). */
function storedAlerts(r: PatientRecord): StoredAlert[] {
  const byKey = new Map<string, Alert>();
  for (let i = 1; i <= r.checkIns.length; i++) {
    const upTo = r.checkIns.slice(0, i);
    const date = upTo.at(-1)?.checkIn.date as string;
    for (const a of computeAlerts(upTo, r.context, date, DEFAULT_ALERT_CONFIG)) {
      if (a.kind !== 'overdue') byKey.set(a.key, a);
    }
  }
  return [...byKey.values()].map((a) => ({ ...a, acknowledgedAt: null, acknowledgedBy: null }));
}

function median(xs: number[]): number {
  const s = xs.toSorted((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function runPanelBench(): Promise<BenchResult> {
  const n = Number(process.env.BENCH_PATIENTS ?? 10_000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_PATIENTS must be a whole number ≥ 1 (got ${n})`);
  const name = `hc_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const db = await openDb({ databaseUrl: url });
  try {
    const started = performance.now();
    const stories = Array.from({ length: VARIANTS }, (_, v) => story(v));
    await db.exec(`create table bench_checkins (variant int, date date, body jsonb, assessment jsonb, rules_version text);
                   create table bench_alerts (variant int, key text, kind text, level text, date date, reason text, sources jsonb);
                   create table bench_summary (variant int, last_checkin_date date, overdue_from date, red_flag_open boolean,
                     warning_latest date, pattern jsonb, sparkline jsonb, sparkline_from_day int, open_alerts jsonb);
                   create table bench_patients (id uuid primary key, variant int, chunk int)`);
    for (const [v, r] of stories.entries()) {
      for (const c of r.checkIns) {
        await db.query('insert into bench_checkins values ($1, $2, $3, $4, $5)', [
          v,
          c.checkIn.date,
          JSON.stringify(c.checkIn),
          JSON.stringify(c.assessment),
          c.assessment.rulesVersion,
        ]);
      }
      const alerts = storedAlerts(r);
      for (const a of alerts) {
        await db.query('insert into bench_alerts values ($1, $2, $3, $4, $5, $6, $7)', [
          v,
          a.key,
          a.kind,
          a.level,
          a.date,
          a.reason,
          JSON.stringify(a.sources),
        ]);
      }
      const s = summarizePanel(r.checkIns, r.context, alerts, DEFAULT_ALERT_CONFIG);
      await db.query('insert into bench_summary values ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
        v,
        s.lastCheckInDate,
        s.overdueFrom,
        s.redFlagOpen,
        s.warningLatest,
        JSON.stringify(s.pattern),
        JSON.stringify(s.sparkline),
        s.sparklineFromDay,
        JSON.stringify(s.openAlerts),
      ]);
    }

    const clinicianEmail = 'bench.clinician@example.org';
    const password = 'bench clinician password';
    const [clinician] = await db.query<{ id: string }>(
      `insert into users (email, password_hash, role, name) values ($1, $2, 'clinician', 'Bench clinician') returning id`,
      [clinicianEmail, await hashPassword(password)],
    );
    const clinicianId = (clinician as { id: string }).id;
    const context = JSON.stringify(stories[0]?.context);
    const chunk = 1000;
    for (let from = 0; from < n; from += chunk) {
      const to = Math.min(n, from + chunk);
      await db.transaction(async (tx) => {
        await tx.query(
          `with made as (
             insert into users (email, password_hash, role, name)
             select 'patient' || g || '@bench.example.org', '!bench', 'patient',
                    (array['Ana','Bea','Cleo','Dora','Eve','Fay','Gina','Hana'])[1 + g % 8] || ' Bench ' || lpad(g::text, 6, '0')
               from generate_series($1::int, $2::int - 1) g
             returning id, (regexp_match(email, '^patient(\\d+)@'))[1]::int % ${VARIANTS} as variant
           )
           insert into bench_patients select id, variant, $1 from made`,
          [from, to],
        );
        const mine = `(select id, variant from bench_patients where chunk = ${from})`;
        await tx.query(`insert into contexts (patient_id, context) select id, $1::jsonb from ${mine} p`, [
          context,
        ]);
        await tx.query(
          `insert into checkins (patient_id, date, body, assessment, rules_version, created_at, updated_at)
           select p.id, t.date, t.body, t.assessment, t.rules_version, t.date, t.date
             from ${mine} p join bench_checkins t on t.variant = p.variant`,
        );
        await tx.query(
          `insert into alerts (patient_id, key, kind, level, date, reason, sources)
           select p.id, a.key, a.kind, a.level, a.date, a.reason, a.sources
             from ${mine} p join bench_alerts a on a.variant = p.variant`,
        );
        await tx.query(
          `insert into patient_summary (patient_id, last_checkin_date, overdue_from, red_flag_open, warning_latest,
                                        pattern, sparkline, sparkline_from_day, open_alerts)
           select p.id, s.last_checkin_date, s.overdue_from, s.red_flag_open, s.warning_latest,
                  s.pattern, s.sparkline, s.sparkline_from_day, s.open_alerts
             from ${mine} p join bench_summary s on s.variant = p.variant`,
        );
        await tx.query(`insert into shares (patient_id, clinician_id) select id, $1 from ${mine} p`, [
          clinicianId,
        ]);
      });
      process.stdout.write(
        `\r  loading: ${to.toLocaleString('en')}/${n.toLocaleString('en')} patients × ${WEEKS} check-ins`,
      );
    }
    await db.exec('analyze');
    const loadSeconds = (performance.now() - started) / 1000;
    process.stdout.write(`\n  loaded in ${loadSeconds.toFixed(0)} s\n`);

    const app = await buildApp({ db });
    try {
      const signin = await app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: clinicianEmail, password },
      });
      const cookie = signin.cookies.find((c) => c.name === '__Host-hc_session')?.value;
      if (!cookie) throw new Error(`the bench clinician could not sign in (${signin.statusCode})`);
      const headers = { cookie: `__Host-hc_session=${cookie}` };
      const [somePatient] = await db.query<{ id: string }>(
        'select id from bench_patients order by id limit 1',
      );
      const patientId = (somePatient as { id: string }).id;

      const get = async (url: string) => {
        const r = await app.inject({ method: 'GET', url, headers });
        if (process.env.BENCH_DEBUG) console.log(url, r.body.length);
        if (r.statusCode !== 200)
          throw new Error(`GET ${url} answered ${r.statusCode}: ${r.body.slice(0, 200)}`);
      };
      const selectOne = await timeIt(() => db.query('select 1'));
      const pkLookup = await timeIt(() => db.query('select id, email from users where id = $1', [patientId]));
      // Every read of health data commits an audit row: the floor of any audited route.
      const auditCommit = await timeIt(() =>
        db.transaction((tx) =>
          tx.query(`insert into audit_log (actor, action, patient) values ($1, 'bench', $2)`, [
            clinicianId,
            patientId,
          ]),
        ),
      );
      if (process.env.BENCH_DEBUG) {
        const q = { clinicianId, today, page: 1, pageSize: 25 };
        console.log('listPanel alone', await timeIt(() => listPanel(db, DEFAULT_ALERT_CONFIG, q)));
        console.log('timelineEntries alone', await timeIt(() => timelineEntries(db, patientId)));
      }
      const panel = await timeIt(() => get('/api/clinician/patients'));
      const search = await timeIt(() => get('/api/clinician/patients?q=cleo%20bench%20000'));
      const timeline = await timeIt(() => get(`/api/clinician/patients/${patientId}/timeline`));
      const verdict = (ms: number) => (ms <= GOAL_MS ? 'met' : 'MISSED');
      const ms = (x: number) => `${x.toFixed(1)} ms`;
      return {
        name: 'panel',
        summary:
          `${n.toLocaleString('en')} patients × ${WEEKS} weekly check-ins (loaded in ${loadSeconds.toFixed(0)} s); ` +
          `median of ${RUNS}: panel first page ${ms(panel)} (goal ≤ ${GOAL_MS} ms: ${verdict(panel)}), ` +
          `panel search ${ms(search)}, patient timeline ${ms(timeline)} (goal ≤ ${GOAL_MS} ms: ${verdict(timeline)}); ` +
          `baselines SELECT 1 ${ms(selectOne)}, primary-key lookup ${ms(pkLookup)}, one audit-row commit ${ms(auditCommit)}; ` +
          `ratios panel/PK ${(panel / pkLookup).toFixed(1)}, timeline/PK ${(timeline / pkLookup).toFixed(1)}, ` +
          `panel/SELECT 1 ${(panel / selectOne).toFixed(1)}, panel/audit commit ${(panel / auditCommit).toFixed(1)}`,
      };
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  }
}

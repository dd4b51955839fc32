import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, type CheckInInput, type ContextInput, type PanelRow } from '@handcheck/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import { defaultConfig } from '../src/config';
import { RecordService } from '../src/record/service';
import { serverToday } from '../src/routes/careShared';
import { Client, PASSWORD, signedUp, uniqueEmail } from './helpers/client';
import { BACKENDS, freshDb, type TestDb } from './helpers/db';
import { carpalTunnelCheckIn, quietCheckIn } from './helpers/fixtures';

const today = serverToday();
const daysAgo = (n: number) => addDays(today, -n);
// Four months on letrozole: check-ins are expected weekly, overdue after 21 days.
const onLetrozole: ContextInput = {
  medicines: [{ drug: 'letrozole', startedOn: daysAgo(120) }],
  risk: { age: 62, menopause: 'post' },
};

/** A red, hot, swollen index finger with a fever: the possible-infection red flag. */
const hotSwollenFingerWithFever = (date: string): CheckInInput => ({
  date,
  regions: [
    {
      region: 'right.palm.index.proximal',
      symptoms: ['swelling', 'redness_heat', 'pain'],
      severity: 7,
      daysPerWeek: 7,
    },
  ],
  events: {
    fallOrInjury: false,
    looksDeformed: false,
    suddenlyCannotMoveFinger: false,
    cutOrBite: false,
    fever: true,
    armSwelling: 'none',
  },
});

const CDS_SECRET = 'care-team-test-dev-secret';

async function patientNamed(app: FastifyInstance, name: string, checkIns: CheckInInput[]): Promise<Client> {
  const c = new Client(app);
  const email = uniqueEmail(name.split(' ')[0]?.toLowerCase());
  const r = await c.post('/api/auth/signup', { email, password: PASSWORD, name, role: 'patient' });
  expect(r.status).toBe(202);
  expect((await c.signin(email)).status).toBe(200);
  expect((await c.put('/api/context', { context: onLetrozole })).status).toBe(200);
  for (const ci of checkIns) expect((await c.post('/api/checkins', ci)).status).toBe(201);
  return c;
}

async function shareWith(patient: Client, clinician: Client) {
  const { code } = (await patient.post('/api/shares/code')).body;
  expect((await clinician.post('/api/shares/redeem', { code })).status).toBe(200);
}

const names = (items: PanelRow[]) => items.map((r) => r.patient.name);

/** The record service as the app makes it (core's default thresholds). */
const service = new RecordService(defaultConfig().alerts);
describe.each(BACKENDS)('the care team’s side on %s', (backend) => {
  let t: TestDb;
  let app: FastifyInstance;
  let clinician: Client;
  let otherClinician: Client;
  let admin: Client;
  const p = {} as Record<'ada' | 'bea' | 'cleo' | 'dora' | 'eve' | 'fay', Client>;
  const id = (who: keyof typeof p) => p[who].user?.id as string;

  beforeAll(async () => {
    t = await freshDb(backend);
    // CDS calls here use the development shared secret; the signed JWTs are tested in hardening.test.ts.
    app = await buildApp({ db: t.db, cds: { trustedEhrs: [], devSharedSecret: CDS_SECRET } });
    clinician = await signedUp(app, 'clinician');
    otherClinician = await signedUp(app, 'clinician');
    p.ada = await patientNamed(app, 'Ada Overdue', [quietCheckIn(daysAgo(30))]);
    p.bea = await patientNamed(app, 'Bea Stable', [quietCheckIn(daysAgo(9)), quietCheckIn(daysAgo(2))]);
    p.cleo = await patientNamed(app, 'Cleo Worsening', [
      quietCheckIn(daysAgo(24)),
      quietCheckIn(daysAgo(17)),
      quietCheckIn(daysAgo(10)),
      carpalTunnelCheckIn(daysAgo(3), 3),
    ]);
    p.dora = await patientNamed(app, 'dora Redflag', [hotSwollenFingerWithFever(daysAgo(1))]);
    p.eve = await patientNamed(app, 'Eve Earlier', [
      quietCheckIn(daysAgo(45)),
      quietCheckIn(daysAgo(38)),
      quietCheckIn(daysAgo(31)),
      carpalTunnelCheckIn(daysAgo(24), 3),
      quietCheckIn(daysAgo(5)),
    ]);
    p.fay = await patientNamed(app, 'Fay Notshared', [hotSwollenFingerWithFever(daysAgo(1))]);
    for (const who of ['ada', 'bea', 'cleo', 'dora', 'eve'] as const) await shareWith(p[who], clinician);
    await shareWith(p.fay, otherClinician);

    const adminEmail = uniqueEmail('admin');
    await t.db.query(`insert into users (email, password_hash, role) values ($1, $2, 'admin')`, [
      adminEmail,
      await hashPassword(PASSWORD),
    ]);
    admin = new Client(app);
    await admin.signin(adminEmail);
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  describe('alerts are stored when check-ins are saved', () => {
    it('a hot swollen finger with fever stores an open critical red-flag alert', async () => {
      const [row] = await t.db.query<{ key: string; level: string; acknowledged_at: unknown }>(
        `select key, level, acknowledged_at from alerts where patient_id = $1 and kind = 'red_flag'`,
        [id('dora')],
      );
      expect(row).toMatchObject({
        key: `red_flag:${daysAgo(1)}:infection`,
        level: 'critical',
        acknowledged_at: null,
      });
    });

    it('a rise of 3 over a quiet baseline stores a worsening alert on that check-in’s date', async () => {
      const keys = (
        await t.db.query<{ key: string }>('select key from alerts where patient_id = $1', [id('cleo')])
      ).map((r) => r.key);
      expect(keys).toContain(`worsening:${daysAgo(3)}`);
    });

    it('quiet weeks raise nothing, and overdue is never stored', async () => {
      const rows = await t.db.query('select key from alerts where patient_id = any($1::uuid[])', [
        [id('ada'), id('bea')],
      ]);
      expect(rows).toEqual([]);
    });

    it('amending the check-in that raised an alert recomputes it; deleting it removes it', async () => {
      const gina = await patientNamed(app, 'Gina Amends', [
        quietCheckIn(daysAgo(20)),
        quietCheckIn(daysAgo(13)),
        quietCheckIn(daysAgo(6)),
      ]);
      const created = await gina.post('/api/checkins', carpalTunnelCheckIn(daysAgo(2), 3));
      const keysOf = async () =>
        (
          await t.db.query<{ key: string }>('select key from alerts where patient_id = $1 order by key', [
            gina.user?.id,
          ])
        ).map((r) => r.key);
      expect(await keysOf()).toContain(`worsening:${daysAgo(2)}`);
      const amended = await gina.put(`/api/checkins/${created.body.id}`, {
        version: 1,
        checkIn: quietCheckIn(daysAgo(2)),
      });
      expect(amended.status).toBe(200);
      expect(await keysOf()).toEqual([]);
      const again = await gina.put(`/api/checkins/${created.body.id}`, {
        version: 2,
        checkIn: carpalTunnelCheckIn(daysAgo(2), 4),
      });
      expect(again.status).toBe(200);
      expect(await keysOf()).toContain(`worsening:${daysAgo(2)}`);
      expect((await gina.del(`/api/checkins/${created.body.id}`)).status).toBe(204);
      expect(await keysOf()).toEqual([]);
    });
  });

  describe('saves and acknowledgements at the same time', () => {
    it('all succeed and leave the panel row as a fresh recomputation would', async () => {
      const hana = await patientNamed(app, 'Hana Busy', [
        quietCheckIn(daysAgo(50)),
        quietCheckIn(daysAgo(43)),
        quietCheckIn(daysAgo(36)),
        carpalTunnelCheckIn(daysAgo(29), 3),
      ]);
      const gp = await signedUp(app, 'clinician');
      await shareWith(hana, gp);
      const hanaId = hana.user?.id as string;
      const key = `worsening:${daysAgo(29)}`;
      const results = await Promise.all([
        ...[22, 15, 8, 4, 1].map((d, i) =>
          hana.post('/api/checkins', carpalTunnelCheckIn(daysAgo(d), 3 + (i % 3))),
        ),
        gp.post(`/api/clinician/alerts/${hanaId}/${encodeURIComponent(key)}/ack`),
        gp.get('/api/clinician/patients?q=hana'),
      ]);
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 204, 200]);
      const row = () =>
        t.db.query(
          'select last_checkin_date::text as d, red_flag_open, warning_latest::text as w, open_alerts, sparkline from patient_summary where patient_id = $1',
          [hanaId],
        );
      const before = await row();
      expect(before[0]).toMatchObject({ d: daysAgo(1) });
      await t.db.transaction((tx) => service.recompute(tx, hanaId, daysAgo(60)));
      expect(await row()).toEqual(before);
    });
  });

  describe('records saved before the panel existed', () => {
    it('get their alerts and panel row when the server starts', async () => {
      const ivy = await patientNamed(app, 'Ivy Earlier', [
        quietCheckIn(daysAgo(20)),
        quietCheckIn(daysAgo(13)),
        quietCheckIn(daysAgo(6)),
        carpalTunnelCheckIn(daysAgo(2), 3),
      ]);
      const ivyId = ivy.user?.id as string;
      const state = async () => ({
        alerts: await t.db.query('select key, reason from alerts where patient_id = $1 order by key', [
          ivyId,
        ]),
        row: await t.db.query(
          'select last_checkin_date::text as d, warning_latest::text as w, open_alerts from patient_summary where patient_id = $1',
          [ivyId],
        ),
      });
      const saved = await state();
      expect(saved.alerts.length).toBeGreaterThan(0);
      await t.db.query('delete from alerts where patient_id = $1', [ivyId]);
      await t.db.query('delete from patient_summary where patient_id = $1', [ivyId]);
      expect(await service.backfill(t.db)).toBe(1);
      expect(await state()).toEqual(saved);
      expect(await service.backfill(t.db)).toBe(0);
    });
  });

  describe('the panel', () => {
    it('sorts red flag, worsening in the last two weeks, overdue, then stable, then by name', async () => {
      const r = await clinician.get('/api/clinician/patients');
      expect(r.status).toBe(200);
      expect(names(r.body.items)).toEqual([
        'dora Redflag',
        'Cleo Worsening',
        'Ada Overdue',
        'Bea Stable',
        'Eve Earlier',
      ]);
      expect(r.body.items.map((i: PanelRow) => i.status)).toEqual([
        'red_flag',
        'worsening',
        'overdue',
        'stable',
        'stable',
      ]);
      expect(r.body.total).toBe(5);
    });

    it('a worsening alert older than two weeks no longer counts as worsening', async () => {
      const r = await clinician.get('/api/clinician/patients?status=stable');
      const eve = (r.body.items as PanelRow[]).find((i) => i.patient.name === 'Eve Earlier');
      expect(eve?.status).toBe('stable');
      expect(eve?.openAlerts.map((a) => a.key)).toContain(`worsening:${daysAgo(24)}`);
    });

    it('fills each row: medicine, weeks on it, last check-in, pattern, 12-week sparkline, open alerts', async () => {
      const r = await clinician.get('/api/clinician/patients?q=cleo');
      const [cleo] = r.body.items as PanelRow[];
      expect(cleo).toMatchObject({
        medicine: 'letrozole',
        medicineStartedOn: daysAgo(120),
        weeksSinceStart: 17,
        lastCheckInDate: daysAgo(3),
      });
      expect(cleo?.pattern).toContain('carpal_tunnel');
      expect(cleo?.sparkline).toHaveLength(12);
      expect(cleo?.sparkline.filter((v) => v !== null)).toEqual([0, 0, 0, 3]);
      // Weeks of the medicine (core's weekly timeline): today is in week 17 (day 120), the check-in
      // 3 days ago in week 16 (day 117), so the last slot (this week) is empty and the one before holds it.
      expect(cleo?.sparkline.at(-1)).toBeNull();
      expect(cleo?.sparkline.at(-2)).toBe(3);
      expect(cleo?.openAlerts.map((a) => a.kind)).toContain('worsening');
    });

    it('an overdue row carries core’s overdue alert, worked out for today', async () => {
      const [ada] = (await clinician.get('/api/clinician/patients?status=overdue')).body.items as PanelRow[];
      expect(ada?.patient.name).toBe('Ada Overdue');
      expect(ada?.openAlerts).toEqual([
        expect.objectContaining({
          kind: 'overdue',
          key: `overdue:${daysAgo(30)}`,
          level: 'info',
          date: today,
        }),
      ]);
    });

    it.each([
      ['part of a name, any case', 'WORSEN', ['Cleo Worsening']],
      ['the start of an e-mail address', 'bea.', ['Bea Stable']],
      ['a name of a patient shared with someone else', 'Fay', []],
      ['a percent sign (a letter, not a wildcard)', '%', []],
    ])('searches by %s', async (_what, q, expected) => {
      const r = await clinician.get(`/api/clinician/patients?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      expect(names(r.body.items)).toEqual(expected);
      expect(r.body.total).toBe(expected.length);
    });

    it.each([
      ['red_flag', ['dora Redflag']],
      ['worsening', ['Cleo Worsening']],
      ['overdue', ['Ada Overdue']],
      ['stable', ['Bea Stable', 'Eve Earlier']],
    ])('filters by status %s', async (status, expected) => {
      const r = await clinician.get(`/api/clinician/patients?status=${status}`);
      expect(names(r.body.items)).toEqual(expected);
    });

    it('pages with LIMIT/OFFSET and keeps the total', async () => {
      const page2 = await clinician.get('/api/clinician/patients?page=2&pageSize=2');
      expect(names(page2.body.items)).toEqual(['Ada Overdue', 'Bea Stable']);
      expect(page2.body.total).toBe(5);
      const past = await clinician.get('/api/clinician/patients?page=9&pageSize=2');
      expect(past.body).toEqual({ items: [], total: 5 });
    });

    it('names the field of a bad query', async () => {
      const r = await clinician.get('/api/clinician/patients?status=urgent&pageSize=500');
      expect(r.status).toBe(400);
      expect(r.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'query.pageSize',
        'query.status',
      ]);
    });

    it('shows a clinician with no shares nothing, and audits one read per patient shown', async () => {
      const lonely = await signedUp(app, 'clinician');
      expect((await lonely.get('/api/clinician/patients')).body).toEqual({ items: [], total: 0 });
      const before = await t.db.query<{ n: number }>(
        `select count(*)::int as n from audit_log where actor = $1 and action = 'panel.read'`,
        [clinician.user?.id],
      );
      await clinician.get('/api/clinician/patients?pageSize=3');
      const after = await t.db.query<{ n: number }>(
        `select count(*)::int as n from audit_log where actor = $1 and action = 'panel.read'`,
        [clinician.user?.id],
      );
      expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(3);
    });
  });

  describe('red flags, counts and new people on the panel', () => {
    let mine: Client;
    const q = {} as Record<'gia' | 'hal' | 'ivo' | 'jo', Client>;
    const hotSwellingNoFever = (date: string): CheckInInput => ({
      ...hotSwollenFingerWithFever(date),
      events: { fever: false },
    });
    beforeAll(async () => {
      mine = await signedUp(app, 'clinician');
      // Today's hot swelling without fever ("same day") is newer than yesterday's infection ("emergency").
      q.gia = await patientNamed(app, 'Gia Sameday', [quietCheckIn(daysAgo(8)), hotSwellingNoFever(today)]);
      // An emergency weeks ago that has gone since: resolved, it never outranks today's flags.
      q.hal = await patientNamed(app, 'Hal Resolved', [
        hotSwollenFingerWithFever(daysAgo(35)),
        quietCheckIn(daysAgo(28)),
        quietCheckIn(daysAgo(21)),
        quietCheckIn(daysAgo(14)),
        quietCheckIn(daysAgo(7)),
      ]);
      // Signed up today with a medicine started months ago, never checked in.
      q.ivo = await patientNamed(app, 'Ivo New', []);
      q.jo = await patientNamed(app, 'Jo Rising', [
        quietCheckIn(daysAgo(28)),
        quietCheckIn(daysAgo(21)),
        carpalTunnelCheckIn(daysAgo(14), 4),
        carpalTunnelCheckIn(daysAgo(7), 6),
        { ...carpalTunnelCheckIn(daysAgo(0), 6), pain: { worst: 6, average: 4 } },
      ]);
      for (const who of Object.values(q)) await shareWith(who, mine);
      await shareWith(p.dora, mine);
    });

    it('lists the most urgent red flag first, then the newest, and names the urgency', async () => {
      const items = (await mine.get('/api/clinician/patients')).body.items as PanelRow[];
      const flagged = items.filter((i) => i.status === 'red_flag');
      expect(names(flagged)).toEqual(expect.arrayContaining(['Gia Sameday', 'dora Redflag']));
      // Most urgent first, then the newest: as the stored assessments rank them.
      const rank = { emergency: 0, today: 1, soon: 2, routine: 3 } as const;
      const expected = flagged.toSorted(
        (x, y) =>
          rank[x.redFlagUrgency ?? 'routine'] - rank[y.redFlagUrgency ?? 'routine'] ||
          (y.lastCheckInDate ?? '').localeCompare(x.lastCheckInDate ?? ''),
      );
      expect(names(flagged)).toEqual(names(expected));
      // Yesterday's emergency comes before today's same-day flag.
      const two = flagged.filter(
        (i) => i.patient.name === 'dora Redflag' || i.patient.name === 'Gia Sameday',
      );
      expect(two.map((i) => [i.patient.name, i.redFlagUrgency])).toEqual([
        ['dora Redflag', 'emergency'],
        ['Gia Sameday', 'today'],
      ]);
      const hal = items.find((i) => i.patient.name === 'Hal Resolved');
      expect(hal?.status).not.toBe('red_flag');
      expect(hal?.redFlagUrgency).toBeNull();
      expect(hal?.openAlerts.map((a) => a.kind)).not.toContain('red_flag');
    });

    it('says "no check-in yet" for someone who never checked in, never overdue or stable', async () => {
      const items = (await mine.get('/api/clinician/patients')).body.items as PanelRow[];
      const ivo = items.find((i) => i.patient.name === 'Ivo New');
      expect(ivo).toMatchObject({ status: 'no_check_in', lastCheckInDate: null, signedUpOn: today });
      expect(ivo?.openAlerts).toEqual([]);
      const only = (await mine.get('/api/clinician/patients?status=no_check_in')).body.items as PanelRow[];
      expect(names(only)).toEqual(['Ivo New']);
    });

    it('a rising course is one open alert per kind, not one a week', async () => {
      const rec = (await mine.get(`/api/clinician/patients/${q.jo.user?.id}`)).body;
      const kinds = (rec.alerts as { kind: string }[]).map((a) => a.kind).toSorted();
      expect(new Set(kinds).size).toBe(kinds.length);
      expect(kinds).toContain('worsening');
    });

    it('counts the same open alerts on the panel card, the patient page and FHIR Flags', async () => {
      const items = (await mine.get('/api/clinician/patients')).body.items as PanelRow[];
      for (const who of ['gia', 'hal', 'jo'] as const) {
        const pid = q[who].user?.id as string;
        const row = items.find((i) => i.patient.id === pid) as PanelRow;
        const rec = (await mine.get(`/api/clinician/patients/${pid}`)).body;
        const open = (rec.alerts as { acknowledgedAt: string | null; resolvedOn: string | null }[]).filter(
          (a) => a.acknowledgedAt === null && !a.resolvedOn,
        );
        expect(row.openAlertCount, who).toBe(open.length);
        const bundle = JSON.parse((await mine.get(`/api/clinician/patients/${pid}/fhir`)).raw.body);
        const flags = (bundle.entry as { resource: { resourceType: string; status?: string } }[])
          .map((e) => e.resource)
          .filter((r) => r.resourceType === 'Flag' && r.status === 'active');
        expect(flags.length, who).toBe(open.length);
      }
    });
  });

  describe('acknowledging an alert', () => {
    it('a clinician not shared with is refused, and the alert stays open', async () => {
      const key = `red_flag:${daysAgo(1)}:infection`;
      const r = await otherClinician.post(
        `/api/clinician/alerts/${id('dora')}/${encodeURIComponent(key)}/ack`,
      );
      expect(r.status).toBe(404);
      const [row] = await t.db.query<{ acknowledged_at: unknown }>(
        'select acknowledged_at from alerts where patient_id = $1 and key = $2',
        [id('dora'), key],
      );
      expect(row?.acknowledged_at).toBeNull();
    });

    it('the shared clinician acknowledges it (204, audited); it leaves the red-flag group of the panel', async () => {
      const key = `red_flag:${daysAgo(1)}:infection`;
      const r = await clinician.post(`/api/clinician/alerts/${id('dora')}/${encodeURIComponent(key)}/ack`);
      expect(r.status).toBe(204);
      const audit = await t.db.query(
        'select 1 from audit_log where actor = $1 and action = $2 and patient = $3 and target = $4',
        [clinician.user?.id, 'alert.ack', id('dora'), key],
      );
      expect(audit).toHaveLength(1);
      const record = (await clinician.get(`/api/clinician/patients/${id('dora')}`)).body;
      const alert = record.alerts.find((a: { key: string }) => a.key === key);
      expect(alert).toMatchObject({ acknowledgedBy: clinician.user?.id });
      expect(alert.acknowledgedAt).toEqual(expect.any(String));
      const panel = (await clinician.get('/api/clinician/patients')).body.items as PanelRow[];
      const dora = panel.find((i) => i.patient.name === 'dora Redflag');
      expect(dora?.status).not.toBe('red_flag');
      expect(dora?.openAlerts.map((a) => a.key)).not.toContain(key);
    });

    it('a later save of the same check-in keeps the acknowledgement', async () => {
      const key = `red_flag:${daysAgo(1)}:infection`;
      const [ci] = (await p.dora.get('/api/checkins')).body.items;
      const r = await p.dora.put(`/api/checkins/${ci.id}`, {
        version: ci.version,
        checkIn: { ...ci.checkIn, notes: 'still hot' },
      });
      expect(r.status).toBe(200);
      const [row] = await t.db.query<{ acknowledged_by: string }>(
        'select acknowledged_by from alerts where patient_id = $1 and key = $2',
        [id('dora'), key],
      );
      expect(row?.acknowledged_by).toBe(clinician.user?.id);
    });

    it('an unknown key is a 404', async () => {
      const r = await clinician.post(`/api/clinician/alerts/${id('dora')}/worsening:1999-01-01/ack`);
      expect(r.status).toBe(404);
    });
  });

  describe('who may read a patient through the clinician routes', () => {
    const routes = ['', '/timeline', '/report.pdf', '/fhir'];
    const actors = [
      'anonymous',
      'the patient themself',
      'another patient',
      'a clinician not shared with',
      'an admin',
    ] as const;
    const expected: Record<(typeof actors)[number], number> = {
      anonymous: 401,
      'the patient themself': 403,
      'another patient': 403,
      'a clinician not shared with': 404,
      'an admin': 403,
    };
    const who = (actor: (typeof actors)[number]): Client =>
      ({
        anonymous: new Client(app),
        'the patient themself': p.bea,
        'another patient': p.fay,
        'a clinician not shared with': otherClinician,
        'an admin': admin,
      })[actor];

    it.each(routes.flatMap((route) => actors.map((actor) => [actor, route] as const)))(
      '%s is refused GET /api/clinician/patients/:id%s, with nothing of the record in the answer',
      async (actor, route) => {
        const r = await who(actor).get(`/api/clinician/patients/${id('bea')}${route}`);
        expect(r.status).toBe(expected[actor]);
        expect(r.raw.body).not.toContain('Bea Stable');
      },
    );

    it.each(actors.filter((a) => a !== 'a clinician not shared with'))(
      '%s is refused the panel',
      async (actor) => {
        expect((await who(actor).get('/api/clinician/patients')).status).toBe(expected[actor]);
      },
    );

    it.each([
      ['anonymous', 401],
      ['a clinician', 403],
      ['an admin', 403],
    ] as const)('%s is refused the patient’s own PDF and FHIR export', async (actor, status) => {
      const c = actor === 'anonymous' ? new Client(app) : actor === 'an admin' ? admin : clinician;
      expect((await c.get('/api/report.pdf')).status).toBe(status);
      expect((await c.get('/api/fhir/export')).status).toBe(status);
    });

    it('the shared clinician reads the record, the timeline, the PDF and the Bundle, each audited', async () => {
      const base = `/api/clinician/patients/${id('cleo')}`;
      const record = await clinician.get(base);
      expect(record.status).toBe(200);
      expect(record.body.patient.name).toBe('Cleo Worsening');
      expect(record.body.checkIns).toHaveLength(4);
      const timeline = await clinician.get(`${base}/timeline`);
      expect(timeline.body.medicine).toBe('letrozole');
      expect(timeline.body.weeks.length).toBeGreaterThan(0);
      expect((await clinician.get(`${base}/report.pdf`)).status).toBe(200);
      const fhir = await clinician.get(`${base}/fhir`);
      expect(fhir.headers['content-type']).toContain('application/fhir+json');
      const doc = JSON.parse(fhir.raw.body).entry.find(
        (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'DocumentReference',
      );
      expect(doc.resource.content[0].attachment.url).toMatch(new RegExp(`${base}/report\\.pdf$`));
      const actions = (
        await t.db.query<{ action: string }>(
          'select action from audit_log where actor = $1 and patient = $2',
          [clinician.user?.id, id('cleo')],
        )
      ).map((r) => r.action);
      for (const a of ['record.read', 'timeline.read', 'report.pdf', 'fhir.export'])
        expect(actions).toContain(a);
    });
  });

  describe('the GP summary PDF', () => {
    it('is a no-store attachment named by today’s date whose text has the regions, the pattern and the dates', async () => {
      const r = await p.cleo.get('/api/report.pdf');
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.headers['content-disposition']).toBe(`attachment; filename="handcheck-summary-${today}.pdf"`);
      expect(r.headers['cache-control']).toBe('no-store');
      const dir = mkdtempSync(join(tmpdir(), 'hc-pdf-'));
      try {
        const file = join(dir, 'summary.pdf');
        writeFileSync(file, r.raw.rawPayload);
        const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(
          /\s+/g,
          ' ',
        );
        expect(text).toMatch(/right (index|thumb|long)/i);
        expect(text).toMatch(/carpal tunnel/i);
        expect(text).toContain(daysAgo(3));
        expect(text).toContain(daysAgo(120));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('CDS Hooks', () => {
    const request = (patientId: string, prefetch?: unknown) => ({
      hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
      fhirServer: 'https://ehr.example.org/fhir',
      hook: 'patient-view',
      context: { userId: 'Practitioner/example', patientId },
      ...(prefetch ? { prefetch } : {}),
    });
    const call = (body: unknown, token: string | undefined = CDS_SECRET) =>
      app.inject({
        method: 'POST',
        url: '/cds-services/handcheck-patient-view',
        payload: body as object,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });

    it('discovery lists the patient-view service, to browser-based clients too (CORS)', async () => {
      const r = await app.inject({ method: 'GET', url: '/cds-services' });
      expect(r.statusCode).toBe(200);
      expect(r.headers['access-control-allow-origin']).toBe('*');
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/cds-services/handcheck-patient-view',
        headers: { origin: 'https://ehr.example.org', 'access-control-request-method': 'POST' },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
      const api = await app.inject({ method: 'GET', url: '/api/health' });
      expect(api.headers['access-control-allow-origin']).toBeUndefined();
      expect(r.json().services).toEqual([
        expect.objectContaining({ hook: 'patient-view', id: 'handcheck-patient-view' }),
      ]);
    });

    it('a spec-shaped request for a sharing patient gets critical, warning and info cards linking to the patient page', async () => {
      const r = await call(request(id('cleo')));
      expect(r.statusCode).toBe(200);
      const cards = r.json().cards as { indicator: string; links: { url: string }[] }[];
      expect(cards.map((c) => c.indicator)).toContain('warning');
      expect(cards.at(-1)?.indicator).toBe('info');
      expect(cards[0]?.links[0]?.url).toMatch(new RegExp(`/clinician/patients/${id('cleo')}$`));
      const fever = await call(request(id('fay')));
      expect((fever.json().cards as { indicator: string }[])[0]?.indicator).toBe('critical');
    });

    it('maps the EHR’s patient by the e-mail address in prefetch', async () => {
      const email = p.cleo.user?.email as string;
      const r = await call(
        request('ehr-patient-123', {
          patient: {
            resourceType: 'Patient',
            id: 'ehr-patient-123',
            telecom: [{ system: 'email', value: email.toUpperCase() }],
          },
        }),
      );
      expect(r.json().cards.length).toBeGreaterThan(0);
    });

    it.each([
      ['an unknown EHR patient', () => request('ehr-patient-999')],
      ['a patient who shares with no clinician', () => request('00000000-0000-4000-8000-000000000000')],
    ])('%s gets no cards', async (_what, body) => {
      expect((await call(body())).json()).toEqual({ cards: [] });
    });

    it('names the field of a request that is not patient-view', async () => {
      const r = await call({ ...request(id('cleo')), hook: 'order-select' });
      expect(r.statusCode).toBe(400);
      expect(r.json().fields[0].field).toBe('hook');
    });

    it('without the bearer secret, or with a wrong one, gives 401 (no caller is trusted for its address)', async () => {
      expect((await call(request(id('cleo')), '')).statusCode).toBe(401);
      expect((await call(request(id('cleo')), 'wrong')).statusCode).toBe(401);
      expect((await call(request(id('cleo')))).statusCode).toBe(200);
    });
  });
});

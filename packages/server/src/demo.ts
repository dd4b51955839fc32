import {
  addDays,
  CheckIn,
  type CheckInInput,
  Context,
  DEFAULT_ALERT_CONFIG,
  nextWeekday,
  type RegionReport,
  Treatment,
} from '@handcheck/core';
import { hashPassword } from './auth/passwords';
import type { Db, Queryable } from './db';
import { RecordService } from './record/service';
import { createUser, findUserByEmail, lockUser, type Role, type User } from './repos/accounts';
import { audit } from './repos/audit';
import { countCheckIns } from './repos/checkins';
import { addShare } from './repos/shares';
import { createTreatment } from './repos/treatments';

export const DEMO_PASSWORD = 'handcheck-demo-2026';
export const DEMO_ACCOUNTS = {
  patient: { email: 'demo.patient@example.org', name: 'Maria (demo patient)', role: 'patient' },
  clinician: { email: 'demo.clinician@example.org', name: 'Dr Okafor (demo GP)', role: 'clinician' },
  admin: { email: 'demo.admin@example.org', name: 'Demo administrator', role: 'admin' },
} as const satisfies Record<string, { email: string; name: string; role: Role }>;

/** Weeks of the story: letrozole at week 0, aching from 6, carpal tunnel from 10, splint at 16, injection at 24. */
const WEEKS = 39;

type Region = CheckInInput['regions'] extends (infer R)[] | undefined ? R : never;

const aching = (hand: 'left' | 'right', severity: number): Region[] =>
  (['index', 'long'] as const).map((digit) => ({
    region: `${hand}.back.${digit}.middle`,
    symptoms: ['aching', 'stiffness'] as RegionReport['symptoms'],
    severity,
    timing: ['morning_stiffness'] as RegionReport['timing'],
    morningStiffnessMinutes: 20,
    daysPerWeek: 5,
  }));

const carpalTunnel = (severity: number, nights: boolean): Region[] =>
  (['thumb', 'index', 'long'] as const).map((digit) => ({
    region: `right.palm.${digit}.distal`,
    symptoms: ['numbness', 'tingling'] as RegionReport['symptoms'],
    severity,
    timing: (nights ? ['wakes_at_night', 'comes_and_goes'] : ['comes_and_goes']) as RegionReport['timing'],
    daysPerWeek: Math.min(7, Math.max(1, Math.round(severity))),
    worse: ['driving', 'holding_phone_or_book'] as RegionReport['worse'],
    better: ['shaking_hand'] as RegionReport['better'],
  }));

/** Severity of the carpal-tunnel numbness each week: rises, eases a little with the splint, then with the injection. */
function ctsSeverity(week: number): number {
  if (week < 10) return 0;
  if (week < 16) return Math.min(7, 3 + Math.floor((week - 10) * 0.8));
  if (week < 24) return 5;
  return Math.max(1, 4 - Math.floor((week - 24) / 4));
}

/** The demo story, one check-in a week (the same weekday as the medicine's start). */
export function demoStory(start: string): { context: Context; checkIns: CheckIn[]; treatments: Treatment[] } {
  const context = Context.parse({
    medicines: [{ drug: 'letrozole', startedOn: start }],
    risk: {
      age: 58,
      menopause: 'post',
      chemotherapy: ['taxane'],
      diabetes: false,
      lymphNodeSurgerySide: 'left',
    },
  });
  const splint = {
    kind: 'night_splint',
    hand: 'right',
    startedOn: addDays(start, 16 * 7),
    effect: 'a_little_better',
  } as const;
  const injection = {
    kind: 'steroid_injection',
    hand: 'right',
    startedOn: addDays(start, 24 * 7),
    endedOn: addDays(start, 24 * 7),
    effect: 'much_better',
  } as const;
  const checkIns: CheckIn[] = [];
  for (let week = 1; week < WEEKS; week++) {
    const date = addDays(start, week * 7);
    const cts = ctsSeverity(week);
    const regions: Region[] = [
      ...(week >= 6 ? [...aching('left', week < 12 ? 3 : 2), ...aching('right', week < 12 ? 4 : 3)] : []),
      ...(cts > 0 ? carpalTunnel(cts, week < 28) : []),
    ];
    // Report the pain the way the week felt: the worst area, average a bit lower.
    const worst = Math.max(0, ...regions.map((r) => r.severity));
    const input: CheckInInput = {
      date,
      regions: regions.map((r) =>
        r.symptoms.includes('numbness') ? { ...r, startedOn: addDays(start, 10 * 7) } : r,
      ),
      ...(worst > 0
        ? {
            pain: {
              worst,
              average: Math.max(0, worst - 2),
              interference: {
                sleep: week >= 10 && week < 28 ? Math.min(10, cts + 1) : 1,
                handTasks: Math.max(1, worst - 1),
              },
            },
          }
        : {}),
      hardToDo:
        cts >= 4
          ? [
              { task: 'buttons', difficulty: 2 },
              { task: 'jars', difficulty: 2 },
            ]
          : [],
      treatments: [
        ...(week >= 17 ? [{ ...splint, effect: week < 19 ? 'too_early' : 'a_little_better' } as const] : []),
        ...(week >= 25 ? [{ ...injection, effect: week < 27 ? 'too_early' : 'much_better' } as const] : []),
      ],
      ...(week === 11 ? { notes: 'Woke twice this week with a numb right hand; shaking it helps.' } : {}),
    };
    checkIns.push(CheckIn.parse(input));
  }
  return { context, checkIns, treatments: [Treatment.parse(splint), Treatment.parse(injection)] };
}

async function ensureUser(db: Queryable, a: { email: string; name: string; role: Role }): Promise<User> {
  const found = await findUserByEmail(db, a.email);
  if (found) return found;
  const user = await createUser(db, { ...a, passwordHash: await hashPassword(DEMO_PASSWORD) });
  return user ?? ((await findUserByEmail(db, a.email)) as User);
}

/**
 * Demo accounts and ~9 months of a letrozole story. Idempotent: a second run adds nothing.
 * `today` anchors the story so its last check-in is this week.
 */
export async function seedDemo(
  db: Db,
  opts: { today?: string; print?: (line: string) => void; record?: RecordService } = {},
): Promise<{ patient: User; clinician: User; admin: User; created: boolean }> {
  const record = opts.record ?? new RecordService(DEFAULT_ALERT_CONFIG);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const patient = await ensureUser(db, DEMO_ACCOUNTS.patient);
  const clinician = await ensureUser(db, DEMO_ACCOUNTS.clinician);
  const admin = await ensureUser(db, DEMO_ACCOUNTS.admin);
  const created = await db.transaction(async (tx) => {
    // Serialise concurrent seeders on the patient row; seed only an empty record.
    await lockUser(tx, patient.id);
    if ((await countCheckIns(tx, patient.id)) > 0) return false;
    const start = nextWeekday(addDays(today, -WEEKS * 7), 1);
    const story = demoStory(start);
    await record.saveContext(tx, patient.id, story.context);
    for (const t of story.treatments) await createTreatment(tx, patient.id, t);
    for (const c of story.checkIns) await record.saveCheckIn(tx, patient.id, c);
    await addShare(tx, patient.id, clinician.id);
    await audit(tx, { actor: null, action: 'demo.seed', patient: patient.id });
    return true;
  });
  const print = opts.print ?? (() => {});
  print(created ? 'Demo data created.' : 'Demo data already there; nothing added.');
  print(`  Patient:   ${DEMO_ACCOUNTS.patient.email}  password ${DEMO_PASSWORD}`);
  print(
    `  Clinician: ${DEMO_ACCOUNTS.clinician.email}  password ${DEMO_PASSWORD}  (the patient shares with them)`,
  );
  print(`  Admin:     ${DEMO_ACCOUNTS.admin.email}  password ${DEMO_PASSWORD}`);
  return { patient, clinician, admin, created };
}

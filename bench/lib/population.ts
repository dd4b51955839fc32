/**
 * A seeded, realistic population of stored check-ins: each patient starts an aromatase inhibitor,
 * checks in weekly, and follows one of a few courses seen in the clinic (carpal tunnel, trigger
 * finger, thumb-base tendon pain, joint aches and morning stiffness, or nothing at all), with
 * severity drifting week to week and treatments started along the way. Raw JSON, as stored.
 */
import type { CheckInInput, ContextInput } from '@handcheck/core';

/** Mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mark = NonNullable<CheckInInput['regions']>[number];
type Course = (side: 'left' | 'right', severity: number, startedOn: string) => Mark[];

const COURSES: readonly Course[] = [
  // Numb, tingling thumb-side fingers, waking at night, eased by shaking.
  (side, severity, startedOn) =>
    (['thumb', 'index', 'long'] as const).map((d) => ({
      region: `${side}.palm.${d}.distal`,
      symptoms: ['numbness', 'tingling'],
      severity,
      timing: ['wakes_at_night'],
      daysPerWeek: Math.min(7, 2 + Math.round(severity / 2)),
      worse: ['driving', 'holding_phone_or_book'],
      better: ['shaking_hand'],
      startedOn,
    })),
  // A ring finger that catches at the palm.
  (side, severity, startedOn) => [
    {
      region: `${side}.palm.base.ring`,
      symptoms: severity > 5 ? ['pain', 'catching'] : ['pain'],
      severity,
      daysPerWeek: 6,
      ...(severity > 5 ? { locking: 'straightens_itself' as const } : {}),
      worse: ['gripping'],
      startedOn,
    },
  ],
  // Thumb-side wrist pain with thumb use.
  (side, severity, startedOn) => [
    {
      region: `${side}.back.wrist.radial`,
      symptoms: ['pain'],
      severity,
      daysPerWeek: 5,
      worse: ['lifting', 'thumb_use'],
      better: ['rest', 'splint'],
      startedOn,
    },
  ],
  // Aching, stiff finger joints of both hands, worst in the morning.
  (_side, severity, startedOn) =>
    (['left', 'right'] as const).flatMap((s) =>
      (['index', 'long'] as const).map((d) => ({
        region: `${s}.back.${d}.middle`,
        symptoms: ['aching', 'stiffness'],
        severity,
        timing: ['morning_stiffness'],
        morningStiffnessMinutes: 10 + severity * 5,
        daysPerWeek: 7,
        better: ['moving_it', 'warmth'],
        startedOn,
      })),
    ),
  // Nothing to report.
  () => [],
];

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface PatientHistory {
  readonly context: ContextInput;
  /** Oldest first. */
  readonly checkIns: CheckInInput[];
}

/** One patient with `weeks` weekly check-ins. */
export function patientHistory(random: () => number, weeks: number): PatientHistory {
  const start = Date.UTC(2025, 0, 6) + Math.floor(random() * 300) * DAY;
  const drug = (['anastrozole', 'letrozole', 'exemestane'] as const)[Math.floor(random() * 3)] as string;
  const course = COURSES[Math.floor(random() * COURSES.length)] as Course;
  const side = random() < 0.6 ? 'right' : 'left';
  const onsetWeek = 2 + Math.floor(random() * 20);
  let severity = 2 + Math.floor(random() * 4);
  const splintWeek = onsetWeek + 4 + Math.floor(random() * 8);
  const checkIns: CheckInInput[] = [];
  for (let w = 1; w <= weeks; w++) {
    const date = iso(start + w * 7 * DAY);
    severity = Math.max(0, Math.min(10, severity + Math.round((random() - 0.45) * 2)));
    const symptomatic = w >= onsetWeek;
    const checkIn: CheckInInput = {
      date,
      regions: symptomatic ? course(side, severity, iso(start + onsetWeek * 7 * DAY)) : [],
    };
    if (symptomatic && severity >= 4) checkIn.pain = { worst: severity, average: Math.max(0, severity - 2) };
    if (symptomatic && w >= splintWeek)
      checkIn.treatments = [
        {
          kind: 'night_splint',
          startedOn: iso(start + splintWeek * 7 * DAY),
          effect: severity > 5 ? 'no_change' : 'a_little_better',
        },
      ];
    checkIns.push(checkIn);
  }
  return {
    context: { medicines: [{ drug, startedOn: iso(start) }], risk: { age: 50 + Math.floor(random() * 30) } },
    checkIns,
  } as PatientHistory;
}

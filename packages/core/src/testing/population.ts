/**
 * A seeded, realistic population of stored check-ins: each patient starts an aromatase inhibitor,
 * checks in weekly, and follows one of a few courses seen in the clinic (carpal tunnel, trigger
 * finger, thumb-base tendon pain, joint aches and morning stiffness, or nothing at all), with
 * severity drifting week to week and treatments started along the way. Raw JSON, as stored.
 */
import type { ContextInput } from '../checkin/context';
import type { CheckInInput } from '../checkin/schema';

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

/** How a course's severity goes over the weeks (before the week-to-week ups and downs). */
export type CourseShape = 'rising_then_settling' | 'improving' | 'stable' | 'drifting' | 'none';

export interface AlertCourse extends PatientHistory {
  readonly shape: CourseShape;
  /** Week numbers (1-based) of the check-ins that carry a red flag. */
  readonly redFlagWeeks: readonly number[];
}

const SHAPES: readonly CourseShape[] = ['rising_then_settling', 'improving', 'stable', 'drifting', 'none'];

/**
 * A patient for the alert-load benchmark: one of the clinic courses above with a shape — rising
 * to a peak then settling with a splint (the usual benign carpal-tunnel story), improving, stable,
 * drifting (the random walk of `patientHistory`), or nothing — plus ordinary week-to-week ups and
 * downs (±1), and for about one patient in six one or two weeks with a red flag (a cold, pale
 * finger; a fall with a deformed wrist).
 */
export function alertCourse(random: () => number, weeks: number): AlertCourse {
  const start = Date.UTC(2025, 0, 6) + Math.floor(random() * 300) * DAY;
  const drug = (['anastrozole', 'letrozole', 'exemestane'] as const)[Math.floor(random() * 3)] as string;
  const course = COURSES[Math.floor(random() * (COURSES.length - 1))] as Course;
  const shape = SHAPES[Math.floor(random() * SHAPES.length)] as CourseShape;
  const side = random() < 0.6 ? 'right' : 'left';
  const onsetWeek = shape === 'improving' || shape === 'stable' ? 1 : 2 + Math.floor(random() * 12);
  const peak = 5 + Math.floor(random() * 3);
  const level = 2 + Math.floor(random() * 4);
  const redFlagWeeks =
    random() < 1 / 6
      ? [...new Set([1 + Math.floor(random() * weeks), 1 + Math.floor(random() * weeks)])]
      : [];
  let drift = level;
  const checkIns: CheckInInput[] = [];
  for (let w = 1; w <= weeks; w++) {
    const date = iso(start + w * 7 * DAY);
    const t = w - onsetWeek;
    let base = 0;
    if (shape === 'rising_then_settling')
      base = t < 0 ? 0 : t < 6 ? 2 + ((peak - 2) * t) / 6 : t < 10 ? peak : 3;
    else if (shape === 'improving') base = Math.max(1, peak - w / 4);
    else if (shape === 'stable') base = level;
    else if (shape === 'drifting') {
      drift = Math.max(0, Math.min(10, drift + Math.round((random() - 0.45) * 2)));
      base = t < 0 ? 0 : drift;
    }
    const noise = shape === 'none' || base === 0 ? 0 : Math.round((random() - 0.5) * 2);
    const severity = Math.max(0, Math.min(10, Math.round(base) + noise));
    const symptomatic = shape !== 'none' && t >= 0 && severity > 0;
    const checkIn: CheckInInput = {
      date,
      regions: symptomatic ? course(side, severity, iso(start + onsetWeek * 7 * DAY)) : [],
    };
    if (symptomatic && severity >= 3) checkIn.pain = { worst: severity, average: Math.max(0, severity - 2) };
    if (shape === 'rising_then_settling' && t >= 6)
      checkIn.treatments = [
        {
          kind: 'night_splint',
          startedOn: iso(start + (onsetWeek + 6) * 7 * DAY),
          effect: 'a_little_better',
        },
      ];
    if (redFlagWeeks.includes(w)) {
      if (w % 2 === 0) {
        checkIn.regions = [
          ...(checkIn.regions ?? []),
          { region: `${side}.palm.ring.distal`, symptoms: ['cold_pale_blue'], severity: 4, daysPerWeek: 2 },
        ];
      } else {
        checkIn.events = { fallOrInjury: true, looksDeformed: true };
      }
    }
    checkIns.push(checkIn);
  }
  return {
    context: { medicines: [{ drug, startedOn: iso(start) }], risk: { age: 50 + Math.floor(random() * 30) } },
    checkIns,
    shape,
    redFlagWeeks,
  } as AlertCourse;
}

/**
 * Sample records for tests, benchmarks and demos of the GP summary, the PDF and the CDS cards, built the way the
 * server builds them: every check-in parsed with `CheckIn.parse` and assessed with `assess()`.
 */
import { Context, type ContextInput } from '../checkin/context';
import { CheckIn, type CheckInInput, type Treatment } from '../checkin/schema';
import type { PatientRecord, StoredAlert, StoredCheckIn } from '../record';
import { addDays } from '../timeline/dates';
import { assess } from '../triage/assess';

export function buildRecord(
  inputs: readonly CheckInInput[],
  options: {
    context?: ContextInput;
    name?: string | null;
    treatments?: readonly Treatment[];
    alerts?: readonly StoredAlert[];
  } = {},
): PatientRecord {
  const context = Context.parse(options.context ?? {});
  const parsed = inputs.map((i) => CheckIn.parse(i)).toSorted((a, b) => a.date.localeCompare(b.date));
  const checkIns: StoredCheckIn[] = parsed.map((checkIn, i) => ({
    id: `c${i + 1}`,
    version: 1,
    checkIn,
    assessment: assess(checkIn, context, parsed.slice(0, i)),
    createdAt: `${checkIn.date}T09:00:00.000Z`,
    updatedAt: `${checkIn.date}T09:00:00.000Z`,
  }));
  return {
    patient: {
      id: 'p1',
      email: 'ann@example.org',
      name: options.name === undefined ? 'Ann Example' : options.name,
    },
    context,
    checkIns,
    treatments: (options.treatments ?? []).map((t, i) => ({ ...t, id: `t${i + 1}` })),
    alerts: options.alerts ?? [],
  };
}

/**
 * A demo-like record: letrozole from 2026-01-05; from February, numbness of the right thumb, index
 * and middle finger waking her at night and slowly rising; from March a catching left ring finger;
 * a night splint from mid-March.
 */
export function demoRecord(weeks = 16): PatientRecord {
  const start = '2026-02-02';
  const inputs: CheckInInput[] = [];
  for (let w = 0; w < weeks; w++) {
    const date = addDays(start, w * 7);
    const rising = Math.min(8, 3 + Math.floor(w / 3));
    const regions: NonNullable<CheckInInput['regions']> = [
      {
        region: 'right.palm.index.distal',
        symptoms: ['numbness', 'tingling'],
        startedOn: '2026-01-26',
        severity: rising,
        timing: ['wakes_at_night'],
        daysPerWeek: 6,
        worse: ['driving', 'holding_phone_or_book'],
        better: ['shaking_hand'],
      },
      {
        region: 'right.palm.thumb.distal',
        symptoms: ['numbness'],
        severity: Math.max(1, rising - 1),
        daysPerWeek: 5,
      },
      {
        region: 'right.palm.long.distal',
        symptoms: ['tingling'],
        severity: Math.max(1, rising - 2),
        daysPerWeek: 5,
      },
    ];
    if (w >= 5) {
      regions.push({
        region: 'left.palm.base.ring',
        symptoms: ['pain', 'catching'],
        severity: 5,
        daysPerWeek: 7,
        locking: 'needs_other_hand',
      });
    }
    inputs.push({
      date,
      regions,
      pain: { worst: Math.min(10, rising), average: Math.max(0, rising - 2) },
      hardToDo: [
        { task: 'jars', difficulty: 2 },
        { task: 'buttons', difficulty: 1 },
      ],
      treatments:
        w >= 6
          ? [{ kind: 'night_splint', hand: 'right', startedOn: '2026-03-16', effect: 'a_little_better' }]
          : [],
    });
  }
  return buildRecord(inputs, {
    context: { medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }], risk: { age: 61 } },
  });
}

/** Two years of weekly check-ins (for the PDF's worst case and its benchmark). */
export function twoYearRecord(): PatientRecord {
  return demoRecord(104);
}

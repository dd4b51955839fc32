/**
 * The medicine over the years: every course kept (start, switch, pause, stop, restart, each dated),
 * read as a list of dated changes, and the pure edits the "Me" screen makes. Weeks always count from
 * the first aromatase inhibitor's start (`firstAromataseInhibitor`), whatever came after it.
 * Pure: every date is passed in, nothing reads a clock.
 */
import {
  AROMATASE_INHIBITORS,
  type CourseEnding,
  type Drug,
  type MedicineCourse,
  type StopReason,
} from '../checkin/context';
import type { SourceId } from '../knowledge/sources';
import { weeksBetween } from './dates';

export const MEDICINE_CHANGE_KINDS = ['start', 'switch', 'pause', 'stop', 'restart'] as const;
export type MedicineChangeKind = (typeof MEDICINE_CHANGE_KINDS)[number];

/** The person's words for each reason (their own choice on "Me"). */
export const STOP_REASON_LABELS: Record<StopReason, string> = {
  joint_or_hand_pain: 'Joint or hand pain',
  other_side_effects: 'Other side effects',
  doctor_advised: 'My doctor advised it',
  course_finished: 'The planned course is finished',
  other: 'Another reason',
};

/** Stopping early because of joint pain is common and shortens the benefit: the care team should know. */
export const STOP_REASON_SOURCES = [
  'henry2012',
  'murphy2012',
  'hershman2011',
] as const satisfies readonly SourceId[];

const DRUG_WORDS: Record<Drug, string> = {
  anastrozole: 'anastrozole',
  letrozole: 'letrozole',
  exemestane: 'exemestane',
  tamoxifen: 'tamoxifen',
};

export interface MedicineChange {
  readonly date: string;
  readonly kind: MedicineChangeKind;
  /** The medicine taken from this date (start, switch, restart), or the one paused or stopped. */
  readonly drug: Drug;
  /** For a switch: the medicine before. */
  readonly fromDrug?: Drug;
  readonly reason?: StopReason;
  readonly note?: string;
  /** Plain words: "Switched from anastrozole to exemestane", "Paused letrozole: joint or hand pain". */
  readonly text: string;
}

const byStart = (a: MedicineCourse, b: MedicineCourse) =>
  a.startedOn.localeCompare(b.startedOn) || (a.stoppedOn ?? '9').localeCompare(b.stoppedOn ?? '9');

/** How a course ended, when it did: as recorded, else read from what followed it. */
export function courseEnding(
  course: MedicineCourse,
  next: MedicineCourse | undefined,
): CourseEnding | undefined {
  if (!course.stoppedOn) return undefined;
  if (course.endedBy) return course.endedBy;
  if (!next) return 'stop';
  return next.drug === course.drug ? 'pause' : 'switch';
}

function why(reason: StopReason | undefined, note: string | undefined): string {
  const parts = [reason && STOP_REASON_LABELS[reason].toLowerCase(), note].filter(Boolean);
  return parts.length ? `: ${parts.join('; ')}` : '';
}

/** Every dated change of medicine, oldest first. A switch is one change (the old course's end is in it). */
export function medicineChanges(courses: readonly MedicineCourse[]): MedicineChange[] {
  const sorted = courses.toSorted(byStart);
  const out: MedicineChange[] = [];
  sorted.forEach((c, i) => {
    const prev = sorted[i - 1];
    const prevEnding = prev ? courseEnding(prev, c) : undefined;
    if (!prev) {
      out.push({ date: c.startedOn, kind: 'start', drug: c.drug, text: `Started ${DRUG_WORDS[c.drug]}` });
    } else if (prev.drug === c.drug) {
      out.push({ date: c.startedOn, kind: 'restart', drug: c.drug, text: `Restarted ${DRUG_WORDS[c.drug]}` });
    } else {
      const reason = prevEnding === 'switch' ? prev.stopReason : undefined;
      const note = prevEnding === 'switch' ? prev.stopNote : undefined;
      out.push({
        date: c.startedOn,
        kind: 'switch',
        drug: c.drug,
        fromDrug: prev.drug,
        ...(reason ? { reason } : {}),
        ...(note ? { note } : {}),
        text: `Switched from ${DRUG_WORDS[prev.drug]} to ${DRUG_WORDS[c.drug]}${why(reason, note)}`,
      });
    }
    const ending = courseEnding(c, sorted[i + 1]);
    // A switch shows once, at the new course's start; a switch recorded with nothing after it is a stop.
    const kind = ending === 'switch' && sorted[i + 1] ? null : ending === 'switch' ? 'stop' : ending;
    if (kind && c.stoppedOn) {
      out.push({
        date: c.stoppedOn,
        kind,
        drug: c.drug,
        ...(c.stopReason ? { reason: c.stopReason } : {}),
        ...(c.stopNote ? { note: c.stopNote } : {}),
        text: `${kind === 'pause' ? 'Paused' : 'Stopped'} ${DRUG_WORDS[c.drug]}${why(c.stopReason, c.stopNote)}`,
      });
    }
  });
  return out.toSorted((a, b) => a.date.localeCompare(b.date));
}

/** A change placed on a timeline: `week` counts from `anchor` (the first aromatase inhibitor's start). */
export type MedicineChangeMark = MedicineChange & { readonly week: number };

export function medicineChangeMarks(
  courses: readonly MedicineCourse[],
  anchor: string | null,
): MedicineChangeMark[] {
  if (!anchor) return [];
  return medicineChanges(courses).map((c) => ({ ...c, week: weeksBetween(anchor, c.date) }));
}

/** The course running on `today`: started on or before it and not stopped before it. */
export function currentCourse(courses: readonly MedicineCourse[], today: string): MedicineCourse | undefined {
  return courses
    .filter((c) => c.startedOn <= today && (!c.stoppedOn || c.stoppedOn > today))
    .toSorted(byStart)
    .at(-1);
}

/** The latest course by start (running, paused or stopped). */
export function latestCourse(courses: readonly MedicineCourse[]): MedicineCourse | undefined {
  return courses.toSorted(byStart).at(-1);
}

export class MedicineEditError extends Error {}

function replaceLatest(courses: readonly MedicineCourse[], next: MedicineCourse): MedicineCourse[] {
  const latest = latestCourse(courses);
  return courses.map((c) => (c === latest ? next : c));
}

/** The first course (nothing recorded yet). */
export function startMedicine(courses: readonly MedicineCourse[], drug: Drug, on: string): MedicineCourse[] {
  if (courses.length > 0)
    throw new MedicineEditError('A medicine is already recorded: switch or restart it.');
  return [{ drug, startedOn: on }];
}

/**
 * Ends the running course (`on`) and starts `drug` the same day. The first course stays: weeks still
 * count from it.
 */
export function switchMedicine(
  courses: readonly MedicineCourse[],
  drug: Drug,
  on: string,
  reason?: StopReason,
  note?: string,
): MedicineCourse[] {
  const latest = latestCourse(courses);
  if (!latest) return [{ drug, startedOn: on }];
  if (latest.stoppedOn) throw new MedicineEditError('No medicine is running: restart or start one.');
  if (latest.drug === drug) throw new MedicineEditError(`You are already on ${DRUG_WORDS[drug]}.`);
  if (on < latest.startedOn)
    throw new MedicineEditError(`The switch must be on or after ${latest.startedOn}, when you started.`);
  const ended: MedicineCourse = {
    ...latest,
    stoppedOn: on,
    endedBy: 'switch',
    ...(reason ? { stopReason: reason } : {}),
    ...(note ? { stopNote: note } : {}),
  };
  return [...replaceLatest(courses, ended), { drug, startedOn: on }];
}

/** Pauses or stops the running course on `on`, with the reason (asked on "Me"). */
export function endMedicine(
  courses: readonly MedicineCourse[],
  how: 'pause' | 'stop',
  on: string,
  reason: StopReason,
  note?: string,
): MedicineCourse[] {
  const latest = latestCourse(courses);
  if (!latest || latest.stoppedOn) throw new MedicineEditError('No medicine is running.');
  if (on < latest.startedOn)
    throw new MedicineEditError(`That day is before ${latest.startedOn}, when you started.`);
  const trimmed = note?.trim();
  return replaceLatest(courses, {
    ...latest,
    stoppedOn: on,
    endedBy: how,
    stopReason: reason,
    ...(trimmed ? { stopNote: trimmed } : {}),
  });
}

/** A new course after a pause or stop: the same medicine by default, or another. */
export function restartMedicine(
  courses: readonly MedicineCourse[],
  on: string,
  drug?: Drug,
): MedicineCourse[] {
  const latest = latestCourse(courses);
  if (!latest) throw new MedicineEditError('No medicine is recorded yet.');
  if (!latest.stoppedOn) throw new MedicineEditError('The medicine is still running.');
  if (on < latest.stoppedOn)
    throw new MedicineEditError(`The restart must be on or after ${latest.stoppedOn}, when it ended.`);
  return [...courses, { drug: drug ?? latest.drug, startedOn: on }];
}

/** Corrects the first aromatase inhibitor's start date (a typo, a better guess): nothing else changes. */
export function correctFirstStart(courses: readonly MedicineCourse[], on: string): MedicineCourse[] {
  const first =
    courses.filter((c) => AROMATASE_INHIBITORS.includes(c.drug)).toSorted(byStart)[0] ??
    courses.toSorted(byStart)[0];
  if (!first) throw new MedicineEditError('No medicine is recorded yet.');
  if (first.stoppedOn && on > first.stoppedOn)
    throw new MedicineEditError(`The start must be on or before ${first.stoppedOn}, when it ended.`);
  return courses.map((c) => (c === first ? { ...c, startedOn: on } : c));
}

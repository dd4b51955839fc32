/**
 * The check-in being filled in. Saved to localStorage on every change so nothing is lost when the
 * phone locks or the page reloads; cleared once the server has stored the check-in (201).
 * Kept per user so a shared phone never shows one person's draft to another.
 */
import {
  CheckIn,
  type CheckInInput,
  type Elsewhere,
  type Events,
  type FieldError,
  fieldErrors,
  type MedicineThisWeek,
  NO_EVENTS,
  type PainReport,
  type RegionReport,
  type Task,
  type Treatment,
} from '@handcheck/core';

/** One marked area while it is being described: answers may still be missing. */
export interface RegionDraft {
  region: string;
  symptoms: RegionReport['symptoms'];
  severity?: number;
  timing: RegionReport['timing'];
  morningStiffnessMinutes?: number;
  daysPerWeek?: number;
  worse: RegionReport['worse'];
  better: RegionReport['better'];
  locking?: RegionReport['locking'];
  /** When it started, if the person knows: places the onset against the medicine's start. */
  startedOn?: string;
}

/** Where hand or joint pain got in the way this week (core's `PainReport.interference`). */
export type PainInterference = keyof NonNullable<PainReport['interference']>;

/** The overall pain answers while being given: all optional until sent. */
export interface PainDraft {
  worst?: number;
  average?: number;
  interference: Partial<Record<PainInterference, number>>;
}

export interface Draft {
  date: string;
  regions: RegionDraft[];
  /** Overall hand and joint pain this week; absent (or without `worst`) = not answered. */
  pain?: PainDraft;
  hardToDo: Partial<Record<Task, number>>;
  treatments: Treatment[];
  events: Events;
  elsewhere: Elsewhere[];
  notes: string;
  /** True after "No symptoms this week": an empty map is then an answer, not an omission. */
  noSymptoms: boolean;
  /** Check-in version 2: how the hormone medicine went this week (optional). */
  medicineThisWeek?: MedicineThisWeek;
}

export function emptyDraft(date: string): Draft {
  return {
    date,
    regions: [],
    hardToDo: {},
    treatments: [],
    events: { ...NO_EVENTS },
    elsewhere: [],
    notes: '',
    noSymptoms: false,
  };
}

/** A new draft with everything from an earlier check-in, dated today ("Same as last time"). */
export function draftFrom(previous: CheckIn, date: string): Draft {
  return {
    date,
    regions: previous.regions
      .filter((r) => !r.startedOn || r.startedOn <= date)
      .map((r) => ({ ...r, timing: [...r.timing], worse: [...r.worse], better: [...r.better] })),
    hardToDo: Object.fromEntries(previous.hardToDo.map((t) => [t.task, t.difficulty])),
    // Treatments and one-off events belong to the week they were reported in.
    treatments: [],
    events: { ...NO_EVENTS },
    elsewhere: previous.elsewhere.map((e) => ({ ...e, symptoms: [...e.symptoms] })),
    notes: '',
    noSymptoms: previous.regions.length === 0,
    ...(previous.pain ? { pain: painDraftFrom(previous.pain) } : {}),
  };
}

function painDraftFrom(p: PainReport): PainDraft {
  return {
    worst: p.worst,
    ...(p.average !== undefined ? { average: p.average } : {}),
    interference: { ...p.interference },
  };
}

/** Whether any overall pain answer is given (worst, average or how much it got in the way). */
export function painStarted(p: PainDraft | undefined): boolean {
  return (
    p !== undefined &&
    (p.worst !== undefined ||
      p.average !== undefined ||
      Object.values(p.interference).some((v) => v !== undefined))
  );
}

/**
 * The pain answers as core's `PainReport`, or nothing when the worst pain is not given: the worst
 * is what core's pain score and the oncology-team step read [chim2013], so without it the rest is
 * not sent (the check before sending asks for it instead of dropping answers silently).
 */
export function painReport(p: PainDraft | undefined): PainReport | undefined {
  if (p?.worst === undefined) return undefined;
  const interference = Object.fromEntries(
    Object.entries(p.interference).filter((e) => e[1] !== undefined),
  ) as NonNullable<PainReport['interference']>;
  return {
    worst: p.worst,
    ...(p.average !== undefined ? { average: p.average } : {}),
    ...(Object.keys(interference).length > 0 ? { interference } : {}),
  };
}

/** The check-in this draft stands for, in the format the server accepts. */
export function toCheckInInput(d: Draft): CheckInInput {
  return {
    date: d.date,
    regions: d.regions.map((r) => ({
      region: r.region,
      symptoms: r.symptoms,
      severity: r.severity as number,
      timing: r.timing,
      ...(r.timing.includes('morning_stiffness') && r.morningStiffnessMinutes !== undefined
        ? { morningStiffnessMinutes: r.morningStiffnessMinutes }
        : {}),
      daysPerWeek: r.daysPerWeek as number,
      worse: r.worse,
      better: r.better,
      ...(r.symptoms.includes('catching') && r.locking ? { locking: r.locking } : {}),
      ...(r.startedOn ? { startedOn: r.startedOn } : {}),
    })),
    ...painField(d.pain),
    hardToDo: Object.entries(d.hardToDo)
      .filter((e): e is [Task, number] => typeof e[1] === 'number')
      .map(([task, difficulty]) => ({ task, difficulty })),
    treatments: d.treatments,
    events: d.events,
    elsewhere: d.elsewhere,
    ...(d.notes.trim() ? { notes: d.notes.trim() } : {}),
    ...(d.medicineThisWeek ? { medicineThisWeek: d.medicineThisWeek } : {}),
  };
}

function painField(p: PainDraft | undefined): { pain?: PainReport } {
  const pain = painReport(p);
  return pain ? { pain } : {};
}

/** Validates with core's schema; errors name the field ("regions[0].severity …"). */
export function validate(d: Draft): { ok: true; value: CheckIn } | { ok: false; errors: FieldError[] } {
  const r = CheckIn.safeParse(toCheckInInput(d));
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
}

/** The complete part of a draft, for the assessment shown while filling in. */
export function completePart(d: Draft): CheckIn | null {
  const complete = {
    ...d,
    regions: d.regions.filter(
      (r) => r.symptoms.length > 0 && r.severity !== undefined && r.daysPerWeek !== undefined,
    ),
  };
  const r = CheckIn.safeParse(toCheckInInput(complete));
  return r.success ? r.data : null;
}

/** Whether a region's answers are all given. */
export function regionDone(r: RegionDraft): boolean {
  return r.symptoms.length > 0 && r.severity !== undefined && r.daysPerWeek !== undefined;
}

const key = (userId: string) => `handcheck.draft.${userId}`;

export function loadDraft(userId: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(userId));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, d: Draft): void {
  try {
    localStorage.setItem(key(userId), JSON.stringify(d));
  } catch {
    // Storage full or blocked (private mode): the draft still lives in memory.
  }
}

export function clearDraft(userId: string): void {
  try {
    localStorage.removeItem(key(userId));
  } catch {
    // Nothing to clear.
  }
}

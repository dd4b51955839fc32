/**
 * What a treatment did, measured on the person's own check-ins: their worst severity (0–10) in the
 * weeks before it started against the weeks after, shown beside their own rating ("a little
 * better"). Pure: `today` is passed in.
 *
 * The windows are our judgement, stated wherever the result is shown: the 4 weeks before the start
 * (days −28 to −1) against weeks 3 to 8 after it (days 14 to 55), leaving the first two weeks for a
 * splint, an injection or an exercise programme to begin working. At least 2 check-ins in each
 * window are needed; with fewer, the result says so instead of giving a number.
 */
import { EFFECT_LABELS, TREATMENT_LABELS } from '../checkin/labels';
import type { CheckIn, Effect, Treatment, TreatmentKind } from '../checkin/schema';
import { addDays } from './dates';

export const EFFECT_BEFORE_DAYS = 28;
export const EFFECT_AFTER_FROM_DAY = 14;
export const EFFECT_AFTER_TO_DAY = 55;
/** Fewest check-ins in each window for a number (our judgement: one check-in is one day's view). */
export const EFFECT_MIN_CHECKINS = 2;

/** The windows in words, for the screen and the PDF. */
export const EFFECT_WINDOWS_TEXT =
  'Your worst severity in the 4 weeks before against weeks 3 to 8 after (the first 2 weeks are left for it to start working).';

export interface EffectWindow {
  readonly from: string;
  readonly to: string;
  /** Check-ins dated inside the window. */
  readonly checkIns: number;
  /** Highest severity of any area counted, over the window's check-ins (0 = no symptoms). */
  readonly worst: number | null;
  /** Mean of each check-in's worst, one decimal. */
  readonly average: number | null;
}

export interface TreatmentEffect {
  readonly kind: TreatmentKind;
  readonly name: string;
  readonly startedOn: string;
  readonly hand: Treatment['hand'] | null;
  /** The person's own rating, as they gave it last. */
  readonly rating: Effect | null;
  readonly ratingText: string | null;
  readonly before: EffectWindow;
  readonly after: EffectWindow;
  /**
   * `measured`: both windows have enough check-ins; `too_few`: they do not; `too_soon`: the after
   * window has not ended and has too few check-ins yet.
   */
  readonly status: 'measured' | 'too_few' | 'too_soon';
  /** After minus before (worst), when measured: negative = better. */
  readonly change: number | null;
  /** "Worst 6 → 3 since the wrist splint at night", or why there is no number. */
  readonly text: string;
}

export interface EffectCheckIn {
  readonly checkIn: Pick<CheckIn, 'date' | 'regions' | 'treatments'>;
}

/** The worst severity a check-in gives for a treatment: the areas of its hand, else every area. */
function worstOf(c: EffectCheckIn['checkIn'], hand: Treatment['hand'] | null): number {
  const regions =
    hand === 'left' || hand === 'right'
      ? c.regions.filter((r) => r.region.startsWith(`${hand}.`))
      : c.regions;
  return Math.max(0, ...regions.map((r) => r.severity));
}

function window(
  entries: readonly EffectCheckIn[],
  from: string,
  to: string,
  hand: Treatment['hand'] | null,
): EffectWindow {
  // One value per day: the later check-in of a day stands for it (the list is oldest first).
  const byDay = new Map<string, number>();
  for (const e of entries)
    if (e.checkIn.date >= from && e.checkIn.date <= to) byDay.set(e.checkIn.date, worstOf(e.checkIn, hand));
  const values = [...byDay.values()];
  return {
    from,
    to,
    checkIns: values.length,
    worst: values.length ? Math.max(...values) : null,
    average: values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null,
  };
}

/** The measured effect of one treatment (with a start date) on these check-ins, as of `today`. */
export function treatmentEffect(
  treatment: Treatment & { readonly startedOn: string },
  entries: readonly EffectCheckIn[],
  today: string,
): TreatmentEffect {
  const sorted = entries.toSorted((a, b) => a.checkIn.date.localeCompare(b.checkIn.date));
  const start = treatment.startedOn;
  const hand = treatment.hand ?? null;
  const before = window(sorted, addDays(start, -EFFECT_BEFORE_DAYS), addDays(start, -1), hand);
  const after = window(
    sorted,
    addDays(start, EFFECT_AFTER_FROM_DAY),
    addDays(start, EFFECT_AFTER_TO_DAY),
    hand,
  );
  const name = TREATMENT_LABELS[treatment.kind];
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const enough = before.checkIns >= EFFECT_MIN_CHECKINS && after.checkIns >= EFFECT_MIN_CHECKINS;
  const status: TreatmentEffect['status'] = enough
    ? 'measured'
    : today < after.to && after.checkIns < EFFECT_MIN_CHECKINS && before.checkIns >= EFFECT_MIN_CHECKINS
      ? 'too_soon'
      : 'too_few';
  const change = enough ? (after.worst as number) - (before.worst as number) : null;
  const text =
    status === 'measured'
      ? `Worst ${before.worst} → ${after.worst} since the ${lower}`
      : status === 'too_soon'
        ? `Too soon to measure the ${lower}: check in until ${after.to} and it will show here`
        : `Too few check-ins to measure the ${lower} (${before.checkIns} in the 4 weeks before, ${after.checkIns} in weeks 3 to 8 after; ${EFFECT_MIN_CHECKINS} of each are needed)`;
  return {
    kind: treatment.kind,
    name,
    startedOn: start,
    hand,
    rating: treatment.effect,
    ratingText: `You said: ${EFFECT_LABELS[treatment.effect].toLowerCase()}`,
    before,
    after,
    status,
    change,
    text,
  };
}

/**
 * The effect of every dated treatment: those kept in the treatment list and those reported in a
 * check-in (dated by their start, else by the check-in), once per kind, hand and start; the latest
 * report gives the rating. Newest first.
 */
export function treatmentEffects(
  entries: readonly EffectCheckIn[],
  treatments: readonly Treatment[],
  today: string,
): TreatmentEffect[] {
  const found = new Map<string, Treatment & { startedOn: string }>();
  const add = (t: Treatment, fallbackDate: string | undefined) => {
    const startedOn = t.startedOn ?? fallbackDate;
    if (!startedOn) return;
    found.set(`${t.kind}|${t.hand ?? ''}|${startedOn}`, { ...t, startedOn });
  };
  for (const t of treatments) add(t, undefined);
  for (const e of entries.toSorted((a, b) => a.checkIn.date.localeCompare(b.checkIn.date)))
    for (const t of e.checkIn.treatments) add(t, e.checkIn.date);
  return [...found.values()]
    .map((t) => treatmentEffect(t, entries, today))
    .toSorted((a, b) => b.startedOn.localeCompare(a.startedOn));
}

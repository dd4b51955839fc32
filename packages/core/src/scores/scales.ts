/**
 * How our answers map onto five-level scales. These are HandCheck's design choices, written once so
 * the symptom-severity score and the PRO-CTCAE-style grades read the same answers the same way.
 */
import type { RegionReport } from '../checkin/schema';

/** 0–4 attribute level: none / mild / moderate / severe / very severe, and the like. */
export type Level = 0 | 1 | 2 | 3 | 4;

/**
 * A 0–10 rating as five levels: 0 none, 1–3 mild, 4–6 moderate, 7–8 severe, 9–10 very severe.
 * The 1–3 / 4–6 / 7–10 split is the usual mild/moderate/severe reading of a 0–10 scale; 9–10 is
 * kept apart as the top level.
 */
export function levelOfRating(rating: number): Level {
  if (rating <= 0) return 0;
  if (rating <= 3) return 1;
  if (rating <= 6) return 2;
  if (rating <= 8) return 3;
  return 4;
}

/** The three bands of a 0–10 rating people and clinicians read: mild, moderate, severe. */
export const SEVERITY_BANDS = [
  { band: 'mild', min: 1, max: 3 },
  { band: 'moderate', min: 4, max: 6 },
  { band: 'severe', min: 7, max: 10 },
] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number]['band'];

/** The band of a 0–10 rating, from the same reading as {@link levelOfRating}; null for 0 (none). */
export function severityBand(rating: number): SeverityBand | null {
  const level = levelOfRating(rating);
  return level === 0 ? null : level === 1 ? 'mild' : level === 2 ? 'moderate' : 'severe';
}

/**
 * Days in the past week as five levels of frequency: 0 never, 1 rarely, 2–3 occasionally,
 * 4–5 frequently, 6–7 almost constantly. A symptom marked as constant is almost constant whatever
 * the day count.
 */
export function levelOfDays(daysPerWeek: number, constant = false): Level {
  if (constant && daysPerWeek > 0) return 4;
  if (daysPerWeek <= 0) return 0;
  if (daysPerWeek === 1) return 1;
  if (daysPerWeek <= 3) return 2;
  if (daysPerWeek <= 5) return 3;
  return 4;
}

/** Frequency level of one marked area. */
export function frequencyOf(r: RegionReport): Level {
  return levelOfDays(r.daysPerWeek, r.timing.includes('constant'));
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Rounds for storage and display (scores are read by people; more digits say nothing more). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Pain over the past 7 days on 0–10 scales, with the structure of brief pain scales: worst pain,
 * average pain, and interference as the mean of the answered interference items [bpi-guide]. The
 * questions are our own words (the Brief Pain Inventory's wording is licensed).
 */
import type { CheckIn } from '../checkin/schema';
import type { SourceId } from '../knowledge/sources';
import { mean, round } from './scales';

export const PAIN_SOURCES = ['bpi-guide', 'mda-bpi'] as const satisfies readonly SourceId[];

export interface PainScores {
  readonly worst: number | null;
  readonly average: number | null;
  /** Mean of the answered interference items (sleep, hand tasks, work, mood), one decimal. */
  readonly interference: number | null;
}

export function painScores(checkIn: CheckIn): PainScores {
  const p = checkIn.pain;
  if (!p) return { worst: null, average: null, interference: null };
  const answered = Object.values(p.interference ?? {}).filter((v): v is number => typeof v === 'number');
  const m = mean(answered);
  return { worst: p.worst, average: p.average ?? null, interference: m === null ? null : round(m, 1) };
}

/**
 * Hand function 0–100 (higher = harder), scored the way QuickDASH is scored: items on a 1–5 scale,
 * ((mean of the answered items) − 1) × 25 [gummesson2006]. Our six everyday tasks (buttons, jars,
 * keys, writing, carrying, work) are answered 0–4, so each item is difficulty + 1.
 *
 * QuickDASH needs at least 10 of its 11 items; by analogy we need at least 5 of our 6 tasks, so a
 * score never rests on a couple of answers. The tasks are ours, not the licensed questionnaire's.
 */
import type { CheckIn } from '../checkin/schema';
import type { SourceId } from '../knowledge/sources';
import { mean, round } from './scales';

export const HAND_FUNCTION_SOURCES = ['gummesson2006'] as const satisfies readonly SourceId[];

/** Fewest answered tasks for a score (5 of 6, like QuickDASH's 10 of 11). */
export const HAND_FUNCTION_MIN_ANSWERED = 5;

export function handFunction(checkIn: CheckIn): number | null {
  if (checkIn.hardToDo.length < HAND_FUNCTION_MIN_ANSWERED) return null;
  const m = mean(checkIn.hardToDo.map((t) => t.difficulty + 1));
  return m === null ? null : round((m - 1) * 25, 1);
}

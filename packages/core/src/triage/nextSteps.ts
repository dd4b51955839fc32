import type { AssessInput } from './input';
import type { NextStep, RedFlagFinding, Resemblance } from './types';

/** Next steps on each resembled condition's care ladder. (Being written: see knowledge/ladders.ts.) */
export function planNextSteps(
  _input: AssessInput,
  _resembles: readonly Resemblance[],
  _redFlags: readonly RedFlagFinding[],
): NextStep[] {
  return [];
}

/** Short sentences for the GP. */
export function tellYourGp(
  _input: AssessInput,
  _resembles: readonly Resemblance[],
  _redFlags: readonly RedFlagFinding[],
): string[] {
  return [];
}

import type { AssessInput } from './input';
import type { Resemblance } from './types';

/** What the pattern resembles, best first. (Being written: see knowledge/conditions.ts.) */
export function matchConditions(_input: AssessInput): Resemblance[] {
  return [];
}

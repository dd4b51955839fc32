import type { AssessInput } from './input';
import type { RedFlagFinding } from './types';

/** Red flags present in this check-in, most urgent first. (Being written: see knowledge/redFlags.ts.) */
export function findRedFlags(_input: AssessInput): RedFlagFinding[] {
  return [];
}

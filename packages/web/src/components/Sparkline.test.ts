import { describe, expect, it } from 'vitest';
import { sparklineText } from './Sparkline';

describe('the sparkline says its numbers in words', () => {
  it.each([
    ['weeks with check-ins, in order', [null, 2, 3, null, 5, 7], 'Worst severity over 6 weeks: 2, 3, 5, 7'],
    ['a week with no symptoms counts as 0, not as a gap', [0, null, 4], 'Worst severity over 3 weeks: 0, 4'],
    ['twelve weeks without a check-in', Array(12).fill(null), 'No check-ins in the last 12 weeks'],
    ['one week', [6], 'Worst severity over 1 week: 6'],
  ])('%s', (_case, values, text) => {
    expect(sparklineText(values)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { levelOfRating, SEVERITY_BANDS, severityBand } from './scales';

describe('reading a 0–10 rating as mild, moderate or severe', () => {
  it.each([
    [0, null],
    [1, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [6, 'moderate'],
    [7, 'severe'],
    [10, 'severe'],
  ])('%i is %s', (rating, band) => {
    expect(severityBand(rating)).toBe(band);
  });

  it('agrees with the band table and the five-level reading for every rating', () => {
    for (let r = 1; r <= 10; r++) {
      const row = SEVERITY_BANDS.find((b) => r >= b.min && r <= b.max);
      expect(row?.band).toBe(severityBand(r));
      expect(levelOfRating(r)).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { symptomSeverity, symptomSeverityItems } from './symptomSeverity';
import { area, checkInWith } from './testing';

describe('symptom severity 1–5 (structure of a carpal tunnel symptom scale)', () => {
  it('is empty when nothing is marked, or only areas with no symptom this week', () => {
    expect(symptomSeverity(checkInWith())).toBeNull();
    expect(
      symptomSeverity(
        checkInWith({ regions: [area('left.palm.index.distal', ['numbness'], { severity: 0 })] }),
      ),
    ).toBeNull();
  });

  it('reads numbness that wakes her at night, most days, as a set of items', () => {
    const c = checkInWith({
      regions: [
        area('right.palm.index.distal', ['numbness', 'tingling'], {
          severity: 7,
          daysPerWeek: 5,
          timing: ['wakes_at_night'],
        }),
        area('right.palm.wrist.central', ['pain'], { severity: 4, daysPerWeek: 2 }),
      ],
    });
    expect(symptomSeverityItems(c)).toEqual({
      pain: 3, // 4/10 is moderate
      numbness: 4, // 7/10 is severe
      tingling: 4,
      weakness: 1, // not marked: none
      night_waking: 4, // 5 days a week: frequently
      frequency: 4,
    });
    expect(symptomSeverity(c)).toBe(3.33);
  });

  it.each([
    ['mild pain one day a week', 1.33, [area('left.palm.thenar', ['pain'], { severity: 2, daysPerWeek: 1 })]],
    // numbness 5, weakness 5, night waking 5, frequency 5; pain and tingling not marked (1 each)
    [
      'very severe constant numbness with weakness',
      3.67,
      [
        area('left.palm.thumb.distal', ['numbness', 'weakness'], {
          severity: 10,
          daysPerWeek: 7,
          timing: ['constant', 'wakes_at_night'],
        }),
      ],
    ],
  ])('%s → %s', (_name, expected, regions) => {
    expect(symptomSeverity(checkInWith({ regions }))).toBe(expected);
  });

  it('stays within 1–5', () => {
    const c = checkInWith({
      regions: [
        area('left.palm.thumb.distal', ['pain', 'numbness', 'tingling', 'weakness'], {
          severity: 10,
          daysPerWeek: 7,
          timing: ['wakes_at_night'],
        }),
      ],
    });
    expect(symptomSeverity(c)).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { computeScores } from './index';
import { area, checkInWith } from './testing';

describe('all scores for one check-in', () => {
  it('scores a typical carpal-tunnel-like week on the right hand', () => {
    const c = checkInWith({
      regions: [
        area('right.palm.thumb.distal', ['numbness', 'tingling'], {
          severity: 6,
          daysPerWeek: 5,
          timing: ['wakes_at_night'],
        }),
        area('right.palm.index.distal', ['numbness', 'tingling'], {
          severity: 6,
          daysPerWeek: 5,
          timing: ['wakes_at_night'],
        }),
        area('right.palm.long.distal', ['numbness'], { severity: 5, daysPerWeek: 5 }),
      ],
      pain: { worst: 3, average: 2, interference: { sleep: 6, handTasks: 3 } },
      hardToDo: [
        { task: 'buttons', difficulty: 2 },
        { task: 'jars', difficulty: 1 },
        { task: 'keys', difficulty: 1 },
        { task: 'writing', difficulty: 2 },
        { task: 'carrying', difficulty: 0 },
        { task: 'work', difficulty: 0 },
      ],
    });
    const s = computeScores(c);
    expect(s.katz).toEqual({ left: 'unlikely', right: 'classic' });
    expect(s.cts6).toMatchObject({ historyPoints: 7.5, maxFromHistory: 7.5, hands: ['right'] });
    expect(s.pain).toEqual({ worst: 3, average: 2, interference: 4.5 });
    expect(s.symptomSeverity).toBe(2.67); // items 1, 3, 3, 1, 4, 4
    expect(s.function).toBe(25);
    expect(s.composite).toEqual({ jointPain: 1, numbness: 2 });
    expect(s.compositeAttributes?.numbness).toEqual({ severity: 2, interference: 2 });
  });

  it('gives empty scores for a week with nothing to report', () => {
    const s = computeScores(checkInWith());
    expect(s).toMatchObject({
      katz: { left: 'unlikely', right: 'unlikely' },
      cts6: { historyPoints: 0, itemsPresent: [] },
      pain: { worst: null, average: null, interference: null },
      symptomSeverity: null,
      function: null,
      composite: { jointPain: 0, numbness: 0 },
    });
  });
});

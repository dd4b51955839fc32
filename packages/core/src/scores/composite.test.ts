import { describe, expect, it } from 'vitest';
import { compositeGrade, compositeScores, jointPainAttributes, numbnessAttributes } from './composite';
import { area, checkInWith } from './testing';

describe('PRO-CTCAE composite grade 0–3 (the published lookup [basch2021])', () => {
  it('numbness & tingling: severe with "quite a bit" interference is grade 3 (worked example)', () => {
    expect(compositeGrade({ severity: 3, interference: 3 })).toBe(3);
  });

  it('aching joints: frequently, moderate, somewhat is grade 2 (worked example)', () => {
    expect(compositeGrade({ frequency: 3, severity: 2, interference: 2 })).toBe(2);
  });

  it.each([
    ['frequency never, however severe', { frequency: 0, severity: 4, interference: 4 }],
    ['severity none in a severity+interference term', { severity: 0, interference: 4 }],
    ['frequency never in a frequency+severity term', { frequency: 0, severity: 3 }],
    ['interference alone, not at all', { interference: 0 }],
    ['nothing answered', {}],
  ] as const)('rule 0: %s → 0', (_name, attributes) => {
    expect(compositeGrade(attributes)).toBe(0);
  });

  it.each([
    ['rarely, none, not at all', { frequency: 1, severity: 0, interference: 0 }, 0],
    ['rarely, moderate, very much', { frequency: 1, severity: 2, interference: 4 }, 3],
    ['occasionally, moderate, not at all', { frequency: 2, severity: 2, interference: 0 }, 2],
    ['almost constantly, mild, somewhat', { frequency: 4, severity: 1, interference: 2 }, 2],
    ['almost constantly, mild, very much', { frequency: 4, severity: 1, interference: 4 }, 3],
    ['frequently, severe, somewhat', { frequency: 3, severity: 3, interference: 2 }, 3],
    ['frequency and severity only: occasionally, moderate', { frequency: 2, severity: 2 }, 2],
    ['frequency and severity only: frequently, severe', { frequency: 3, severity: 3 }, 3],
    ['frequency and interference only: occasionally, quite a bit', { frequency: 2, interference: 3 }, 2],
    ['severity and interference: very severe, not at all', { severity: 4, interference: 0 }, 2],
    ['severity and interference: mild, not at all', { severity: 1, interference: 0 }, 1],
    ['severity alone: very severe', { severity: 4 }, 3],
    ['frequency alone: occasionally', { frequency: 2 }, 1],
    ['interference alone: very much', { interference: 4 }, 2],
  ] as const)('%s → %s', (_name, attributes, expected) => {
    expect(compositeGrade(attributes)).toBe(expected);
  });

  it('is never lower when any attribute goes up (directional consistency of the tables)', () => {
    const levels = [0, 1, 2, 3, 4] as const;
    for (const f of levels.slice(1))
      for (const s of levels)
        for (const i of levels) {
          const g = compositeGrade({ frequency: f, severity: s, interference: i });
          if (f < 4)
            expect(
              compositeGrade({ frequency: (f + 1) as 2, severity: s, interference: i }),
            ).toBeGreaterThanOrEqual(g);
          if (s < 4)
            expect(
              compositeGrade({ frequency: f, severity: (s + 1) as 1, interference: i }),
            ).toBeGreaterThanOrEqual(g);
          if (i < 4)
            expect(
              compositeGrade({ frequency: f, severity: s, interference: (i + 1) as 1 }),
            ).toBeGreaterThanOrEqual(g);
        }
  });
});

describe('reading the attributes from a check-in (our mapping)', () => {
  it('joint pain: days a week → frequency, worst pain → severity, hand tasks or work → interference', () => {
    const c = checkInWith({
      regions: [area('right.palm.base.long', ['aching'], { severity: 5, daysPerWeek: 4 })],
      pain: { worst: 5, interference: { handTasks: 5, work: 2, sleep: 9 } },
    });
    expect(jointPainAttributes(c)).toEqual({ frequency: 3, severity: 2, interference: 2 });
    expect(compositeScores(c).jointPain).toBe(2);
  });

  it('joint pain marked constant is almost constant; very severe worst pain with no interference answers uses the frequency+severity table', () => {
    const c = checkInWith({
      regions: [
        area('left.back.wrist.central', ['pain'], { severity: 8, daysPerWeek: 2, timing: ['constant'] }),
      ],
      pain: { worst: 9 },
    });
    expect(jointPainAttributes(c)).toEqual({ frequency: 4, severity: 4 });
    expect(compositeScores(c).jointPain).toBe(3);
  });

  it('joint pain reported only as a worst-pain number (pain elsewhere) grades on severity and interference', () => {
    const c = checkInWith({ pain: { worst: 7, interference: { work: 8 } } });
    expect(jointPainAttributes(c)).toEqual({ severity: 3, interference: 3 });
    expect(compositeScores(c).jointPain).toBe(3);
  });

  it('no pain at all is grade 0', () => {
    expect(jointPainAttributes(checkInWith())).toEqual({ frequency: 0 });
    expect(compositeScores(checkInWith({ pain: { worst: 0 } })).jointPain).toBe(0);
  });

  it('numbness: worst severity of numb or tingling areas, interference from the hardest hand task', () => {
    const c = checkInWith({
      regions: [
        area('right.palm.index.distal', ['numbness'], { severity: 8 }),
        area('right.palm.long.distal', ['tingling'], { severity: 4 }),
      ],
      hardToDo: [
        { task: 'buttons', difficulty: 3 },
        { task: 'jars', difficulty: 1 },
      ],
    });
    expect(numbnessAttributes(c)).toEqual({ severity: 3, interference: 3 });
    expect(compositeScores(c).numbness).toBe(3);
  });

  it('numbness without task answers grades on severity alone; no numbness is grade 0', () => {
    const numb = checkInWith({ regions: [area('left.palm.thumb.distal', ['numbness'], { severity: 2 })] });
    expect(numbnessAttributes(numb)).toEqual({ severity: 1 });
    expect(compositeScores(numb).numbness).toBe(1);
    const none = checkInWith({ hardToDo: [{ task: 'jars', difficulty: 4 }] });
    expect(compositeScores(none).numbness).toBe(0);
  });
});

/**
 * The published lookup tables [basch2021][proae-sas], copied as printed, compared cell by cell (rows and
 * columns as in the brief). A slip in one cell of composite.ts fails the cell it is in.
 */
describe('composite grade: every cell matches the published lookup [basch2021][proae-sas]', () => {
  const grid = (text: string) =>
    text
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).slice(1).map(Number));
  const FSI: Record<1 | 2 | 3 | 4, string> = {
    1: `S0 0 1 1 2 2
        S1 1 1 1 2 2
        S2 1 2 2 2 3
        S3 2 2 2 3 3
        S4 2 2 3 3 3`,
    2: `S0 0 1 1 2 2
        S1 1 1 1 2 2
        S2 2 2 2 3 3
        S3 2 2 2 3 3
        S4 2 2 3 3 3`,
    3: `S0 1 1 1 2 2
        S1 1 1 1 2 2
        S2 2 2 2 3 3
        S3 2 2 3 3 3
        S4 2 2 3 3 3`,
    4: `S0 1 1 1 2 2
        S1 1 1 2 2 3
        S2 2 2 2 3 3
        S3 2 2 3 3 3
        S4 2 2 3 3 3`,
  };
  const FS = `F1 1 1 1 2 2
              F2 1 1 2 2 2
              F3 1 1 2 3 3
              F4 1 1 2 3 3`;
  const SI = `S1 1 1 1 2 2
              S2 1 1 2 2 3
              S3 1 2 2 3 3
              S4 2 2 2 3 3`;
  const FI = `F1 1 1 1 2 2
              F2 1 1 1 2 2
              F3 1 1 2 3 3
              F4 1 1 2 3 3`;
  type L = 0 | 1 | 2 | 3 | 4;
  const cells: [string, number, Parameters<typeof compositeGrade>[0]][] = [];
  for (const f of [1, 2, 3, 4] as const)
    grid(FSI[f]).forEach((row, s) => {
      row.forEach((g, i) => {
        cells.push([`F${f} S${s} I${i}`, g, { frequency: f, severity: s as L, interference: i as L }]);
      });
    });
  grid(FS).forEach((row, r) => {
    row.forEach((g, s) => {
      cells.push([`F${r + 1} S${s}`, g, { frequency: (r + 1) as L, severity: s as L }]);
    });
  });
  grid(SI).forEach((row, r) => {
    row.forEach((g, i) => {
      cells.push([`S${r + 1} I${i}`, g, { severity: (r + 1) as L, interference: i as L }]);
    });
  });
  grid(FI).forEach((row, r) => {
    row.forEach((g, i) => {
      cells.push([`F${r + 1} I${i}`, g, { frequency: (r + 1) as L, interference: i as L }]);
    });
  });
  [0, 1, 1, 2, 3].forEach((g, f) => {
    cells.push([`F${f} alone`, g, { frequency: f as L }]);
  });
  [0, 1, 2, 3, 3].forEach((g, s) => {
    cells.push([`S${s} alone`, g, { severity: s as L }]);
  });
  [0, 1, 1, 2, 2].forEach((g, i) => {
    cells.push([`I${i} alone`, g, { interference: i as L }]);
  });

  it('has all 175 cells of the brief', () => {
    expect(cells).toHaveLength(100 + 20 + 20 + 20 + 15);
  });

  it.each(cells)('%s → grade %s', (_cell, grade, attributes) => {
    expect(compositeGrade(attributes)).toBe(grade);
  });
});

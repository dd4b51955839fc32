import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CheckIn, SYMPTOM_KINDS, TASKS, TIMINGS } from '../checkin/schema';
import { REGION_IDS } from '../hand/regions';
import { computeScores } from './index';

const level = (max: number) => fc.integer({ min: 0, max });

/** Any valid check-in: distinct areas with any symptoms, answers anywhere in their ranges. */
const checkIns = fc
  .record({
    regions: fc.uniqueArray(
      fc.record({
        region: fc.constantFrom(...REGION_IDS),
        symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOM_KINDS), { minLength: 1 }),
        severity: level(10),
        daysPerWeek: level(7),
        timing: fc.uniqueArray(fc.constantFrom(...TIMINGS)),
      }),
      { selector: (r) => r.region, maxLength: 25 },
    ),
    hardToDo: fc.uniqueArray(fc.record({ task: fc.constantFrom(...TASKS), difficulty: level(4) }), {
      selector: (t) => t.task,
    }),
    pain: fc.option(
      fc.record(
        {
          worst: level(10),
          average: level(10),
          interference: fc.record(
            { sleep: level(10), handTasks: level(10), work: level(10), mood: level(10) },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['worst'] },
      ),
      { nil: undefined },
    ),
  })
  .map((c) => CheckIn.parse({ date: '2026-03-16', ...c }));

describe('the scores keep their promises on any valid check-in', () => {
  test.prop([checkIns])('never throw and stay inside their ranges', (checkIn) => {
    const s = computeScores(checkIn);
    expect(s.cts6.historyPoints).toBeGreaterThanOrEqual(0);
    expect(s.cts6.historyPoints).toBeLessThanOrEqual(7.5);
    expect([0, 3.5, 4, 7.5]).toContain(s.cts6.historyPoints);
    if (s.symptomSeverity !== null) {
      expect(s.symptomSeverity).toBeGreaterThanOrEqual(1);
      expect(s.symptomSeverity).toBeLessThanOrEqual(5);
    }
    if (s.function !== null) {
      expect(s.function).toBeGreaterThanOrEqual(0);
      expect(s.function).toBeLessThanOrEqual(100);
    }
    if (s.pain.interference !== null) expect(s.pain.interference).toBeLessThanOrEqual(10);
    expect([0, 1, 2, 3]).toContain(s.composite.jointPain);
    expect([0, 1, 2, 3]).toContain(s.composite.numbness);
  });

  test.prop([checkIns])('are the same every time for the same check-in', (checkIn) => {
    expect(computeScores(checkIn)).toEqual(computeScores(checkIn));
  });

  test.prop([checkIns])(
    'mark no hand as more than "unlikely" without thumb, index or middle finger symptoms',
    (checkIn) => {
      const digits13 = /\.(thumb|index|long)\.(distal|middle|proximal)$/;
      const s = computeScores(checkIn);
      for (const hand of ['left', 'right'] as const) {
        const any = checkIn.regions.some(
          (r) =>
            r.region.startsWith(`${hand}.`) &&
            digits13.test(r.region) &&
            r.severity > 0 &&
            r.symptoms.some((k) => ['numbness', 'tingling', 'pain', 'burning'].includes(k)),
        );
        if (!any) expect(s.katz[hand]).toBe('unlikely');
      }
    },
  );
});

import { describe, expect, it } from 'vitest';
import { Context } from '../checkin/context';
import { CheckIn } from '../checkin/schema';
import { weeklyTimeline } from '../timeline/weekly';
import type { Assessment } from '../triage/types';
import { SPARKLINE_WEEKS, sparklineOf, sparklineShift } from './panel';

// A Monday start: the medicine's weeks run Monday to Sunday, calendar weeks from 1970 Thursday to Wednesday.
const context = Context.parse({ medicines: [{ drug: 'anastrozole', startedOn: '2026-01-05' }] });

function entry(date: string, severity: number) {
  const checkIn = CheckIn.parse({
    date,
    regions: [{ region: 'right.palm.index.distal', symptoms: ['numbness'], severity, daysPerWeek: 3 }],
  });
  return { checkIn, assessment: { resembles: [] } as unknown as Pick<Assessment, 'resembles'> };
}

describe('the panel sparkline follows the weekly timeline', () => {
  it('takes each medicine week’s latest check-in, as the patient page’s chart does', () => {
    // Wed 4 Mar (7) and Thu 5 Mar (2) are one medicine week (week 8) but two calendar weeks.
    const entries = [entry('2026-02-23', 4), entry('2026-03-04', 7), entry('2026-03-05', 2)];
    const s = sparklineOf(entries, context);
    expect(s.values).toHaveLength(SPARKLINE_WEEKS);
    expect(s.values.slice(-2)).toEqual([4, 2]); // week 7, then week 8's latest (not its worst, 7)
    expect(s.values.slice(0, -2).every((v) => v === null)).toBe(true);
    const timeline = weeklyTimeline(entries, context);
    expect(timeline.weeks.map((w) => w.maxSeverity)).toEqual(s.values.filter((v) => v !== null));
  });

  it('stores the day its last week starts, and shifts by whole medicine weeks to today', () => {
    const s = sparklineOf([entry('2026-03-05', 5)], context);
    // Week 8 of a medicine started Monday 5 January starts on Monday 2 March.
    expect(s.lastWeekFrom).toBe(Date.UTC(2026, 2, 2) / 86_400_000);
    expect(sparklineShift(s.lastWeekFrom, '2026-03-08')).toBe(0); // the Sunday: same week
    expect(sparklineShift(s.lastWeekFrom, '2026-03-09')).toBe(1); // the Monday after
    expect(sparklineShift(s.lastWeekFrom, '2026-05-25')).toBe(12);
    expect(sparklineShift(null, '2026-03-09')).toBe(SPARKLINE_WEEKS);
  });

  it('keeps only the last weeks, and is empty with no check-in', () => {
    const long = Array.from({ length: 20 }, (_, i) => entry(`2026-${i < 4 ? '01' : '02'}-01`, i % 10));
    expect(sparklineOf(long, context).values).toHaveLength(SPARKLINE_WEEKS);
    expect(sparklineOf([], context)).toEqual({ values: [], lastWeekFrom: null });
  });

  it('counts from the first check-in when no medicine start is known', () => {
    const none = Context.parse({});
    const s = sparklineOf([entry('2026-03-05', 3), entry('2026-03-12', 6)], none);
    expect(s.values.slice(-2)).toEqual([3, 6]);
    expect(s.lastWeekFrom).toBe(Date.UTC(2026, 2, 12) / 86_400_000);
  });
});

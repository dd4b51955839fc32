import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './dates';
import { addMonths, cadenceIntervalDays, nextWeekday, reminderDates, weekdayOf } from './reminders';

const gaps = (dates: readonly string[]) => dates.slice(1).map((d, i) => daysBetween(dates[i] as string, d));

describe('calendar helpers', () => {
  it.each([
    ['2026-03-16', 1], // a Monday
    ['2026-03-15', 0],
    ['1970-01-01', 4],
    ['1969-12-31', 3],
  ])('%s is weekday %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2026-01-05', 12, '2027-01-05'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('%s + %s months = %s (kept inside the month)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('finds the next chosen weekday, the same day when it already is one', () => {
    expect(nextWeekday('2026-03-16', 1)).toBe('2026-03-16');
    expect(nextWeekday('2026-03-16', 0)).toBe('2026-03-22');
  });
});

describe('how often to check in', () => {
  it.each([
    ['the first week', '2026-01-05', 7],
    ['five months in', '2026-06-04', 7],
    ['the day 6 months are reached', '2026-07-05', 14],
    ['nine months in', '2026-10-05', 14],
    ['a year in', '2027-01-05', 28],
    ['three years in', '2029-01-05', 28],
    ['before the medicine started', '2025-12-20', 7],
  ])('%s (%s): every %s days', (_name, date, days) => {
    expect(cadenceIntervalDays('2026-01-05', date)).toBe(days);
  });

  it('is weekly when the start of the medicine is not known', () => {
    expect(cadenceIntervalDays(null, '2030-01-01')).toBe(7);
  });
});

describe('the next check-in dates', () => {
  const start = '2026-01-05'; // a Monday

  it('are weekly on the chosen weekday in the first months', () => {
    const dates = reminderDates({ medicineStartedOn: start, weekday: 3, from: '2026-02-01', count: 4 });
    expect(dates).toEqual(['2026-02-04', '2026-02-11', '2026-02-18', '2026-02-25']);
    expect(dates.every((d) => weekdayOf(d) === 3)).toBe(true);
  });

  it('thin out to every 2 weeks after 6 months and every 4 weeks after 12', () => {
    const dates = reminderDates({ medicineStartedOn: start, weekday: 1, from: '2026-06-15', count: 20 });
    expect(dates[0]).toBe('2026-06-15');
    // 6 months = 2026-07-05; 12 months = 2027-01-05 (the last 2-week step lands on 2027-01-18)
    expect(gaps(dates)).toEqual([7, 7, 7, ...Array<number>(14).fill(14), 28, 28]);
    expect(
      dates
        .filter((d) => d >= '2027-01-05')
        .every((d, i, a) => i === 0 || daysBetween(a[i - 1] as string, d) === 28),
    ).toBe(true);
    expect(dates.every((d) => weekdayOf(d) === 1)).toBe(true);
  });

  it('give the same dates whichever day they are asked for (a feed never jumps)', () => {
    const asked1 = reminderDates({ medicineStartedOn: start, weekday: 5, from: '2026-08-01', count: 10 });
    const asked2 = reminderDates({ medicineStartedOn: start, weekday: 5, from: '2026-08-20', count: 12 });
    const overlap = asked1.filter((d) => d >= '2026-08-20');
    expect(overlap.length).toBeGreaterThan(5);
    expect(asked2.slice(0, overlap.length)).toEqual(overlap);
  });

  it('include `from` itself when it falls on the chosen weekday', () => {
    expect(reminderDates({ medicineStartedOn: start, weekday: 1, from: '2026-03-16', count: 1 })).toEqual([
      '2026-03-16',
    ]);
  });

  it('are weekly when the start is unknown, and before the medicine starts', () => {
    expect(
      gaps(reminderDates({ medicineStartedOn: null, weekday: 2, from: '2030-01-01', count: 5 })),
    ).toEqual([7, 7, 7, 7]);
    const before = reminderDates({
      medicineStartedOn: '2026-03-02',
      weekday: 1,
      from: '2026-02-16',
      count: 3,
    });
    expect(before).toEqual(['2026-02-16', '2026-02-23', '2026-03-02']);
  });

  it('are 4 weeks apart years after the start', () => {
    const dates = reminderDates({ medicineStartedOn: start, weekday: 0, from: '2030-06-01', count: 3 });
    expect(gaps(dates)).toEqual([28, 28]);
    expect(dates.every((d) => weekdayOf(d) === 0)).toBe(true);
  });

  it.each([
    [{ weekday: 7 }, /weekday must be a whole number 0–6/],
    [{ count: -1 }, /count must be a whole number 0–400/],
    [{ from: '16/03/2026' }, /from must be a date written YYYY-MM-DD/],
  ])('refuse %o with a message a person can act on', (bad, message) => {
    expect(() =>
      reminderDates({ medicineStartedOn: start, weekday: 1, from: '2026-03-16', count: 2, ...bad }),
    ).toThrow(message);
  });
});

describe('the schedule keeps its promises for any start, weekday and day asked', () => {
  const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays('2020-01-01', n));
  test.prop([
    fc.option(day, { nil: null }),
    fc.integer({ min: 0, max: 6 }),
    day,
    fc.integer({ min: 1, max: 60 }),
  ])(
    'dates on the weekday, from `from` on, 7, 14 or 28 days apart as the cadence says',
    (medicineStartedOn, weekday, from, count) => {
      const dates = reminderDates({ medicineStartedOn, weekday, from, count });
      expect(dates).toHaveLength(count);
      expect((dates[0] as string) >= from).toBe(true);
      expect(daysBetween(from, dates[0] as string)).toBeLessThan(28); // never skips a whole cycle
      dates.forEach((d, i) => {
        expect(weekdayOf(d)).toBe(weekday);
        if (i > 0) {
          const prev = dates[i - 1] as string;
          expect(daysBetween(prev, d)).toBe(cadenceIntervalDays(medicineStartedOn, prev));
        }
      });
    },
  );
});

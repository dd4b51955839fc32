/**
 * Refinements every edge shares: text a database can store and a person can read, and dates a
 * record can hold. Pure (no clock): rules about "the future" take today's date as an argument.
 *
 * - Text: no NUL character (PostgreSQL text and jsonb cannot hold one) and no lone surrogate
 *   (half of a UTF-16 pair, which is not a character and cannot be written as UTF-8).
 * - Dates: the years 1900–2100. Our judgement, not a clinical rule: it covers every birth, course
 *   and check-in a living person's record holds, and keeps date arithmetic (the overdue date) in range.
 */
import type { z } from 'zod';
import { addDays } from '../timeline/dates';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `s` cannot be stored as text, or null when it can. */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(s)) return 'must not contain a lone surrogate (half of a UTF-16 pair)';
  return null;
}

/** A zod string that refuses NUL characters and lone surrogates, naming the problem. */
export function safeText<T extends z.ZodString>(schema: T) {
  return schema.superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: s });
  });
}

/** The year of a `YYYY-MM-DD` date is within 1900–2100. */
export function plausibleYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A `YYYY-MM-DD` string schema that also refuses years outside 1900–2100. */
export function plausibleDate<T extends z.ZodType<string>>(schema: T) {
  return schema.refine(plausibleYear, { error: `must be a date between ${MIN_YEAR} and ${MAX_YEAR}` });
}

export interface DateProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * A check-in is about a day that has happened: at most one day after the server's today (a
 * person a time zone ahead of the server may already be on tomorrow).
 */
export function checkInDateProblems(checkIn: { date: string }, today: string): DateProblem[] {
  const latest = addDays(today, 1);
  return checkIn.date > latest
    ? [
        {
          field: 'date',
          message: `must not be later than ${latest} (a check-in is about a day that has come)`,
        },
      ]
    : [];
}

/** A medicine course cannot have started after today (a planned stop date may be ahead). */
export function contextDateProblems(
  context: { medicines: readonly { startedOn: string }[] },
  today: string,
): DateProblem[] {
  const latest = addDays(today, 1);
  const problems: DateProblem[] = [];
  context.medicines.forEach((m, i) => {
    if (m.startedOn > latest)
      problems.push({
        field: `medicines[${i}].startedOn`,
        message: `must not be in the future (after ${today})`,
      });
  });
  return problems;
}

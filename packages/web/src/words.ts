/**
 * Small UI helpers for words and dates. The labels of check-in answers (symptoms, timings,
 * treatments, effects…) come from core (`SYMPTOM_LABELS`, `TREATMENT_LABELS`, …): web never names
 * anything clinical itself.
 */

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** `{value, label}` options from a words table, in the schema's order. */
export function options<T extends string>(
  values: readonly T[],
  words: Record<T, string>,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: words[value] }));
}

/** Today as `YYYY-MM-DD` in the person's own time zone: a check-in is about their day. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "3 March 2026" (or "3 Mar 2026" with `short`) from `2026-03-03`, read as a calendar day. */
export function formatDay(iso: string, month: 'long' | 'short' = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "3 March 2026" from `2026-03-03`. */
export const longDate = (iso: string): string => formatDay(iso);

/**
 * A moment, unambiguous in any country: "Thu 4 Dec, 19:52" (the year added when it is not this
 * year's), in the person's own time zone. Never "04/12" (which is April in some places).
 */
export function dateTime(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  const sameYear = d.getFullYear() === now.getFullYear();
  const day = d.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${day.replace(',', '')}, ${time}`;
}

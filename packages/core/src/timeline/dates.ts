/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone can shift a day. No clock. */

const DAY_MS = 86_400_000;

export function toDayNumber(isoDate: string): number {
  // Digits read in place, no split/map: every assessment calls this several times (≥ 200,000/s goal).
  const y = +isoDate.slice(0, 4);
  const m = +isoDate.slice(5, 7);
  const d = +isoDate.slice(8, 10);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Whole weeks from `from` to `to`, rounded towards minus infinity (day 0–6 is week 0, day −1 is week −1). */
export function weeksBetween(from: string, to: string): number {
  return Math.floor(daysBetween(from, to) / 7);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

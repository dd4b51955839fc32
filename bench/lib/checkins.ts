/** A realistic check-in body to post: numb right thumb, index and long fingers, waking at night. */
const FIRST_DAY = Date.UTC(2026, 0, 12);

export function isoDay(offset: number): string {
  return new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}

export function checkInBody(date: string, severity = 5): string {
  return JSON.stringify({
    date,
    regions: (['thumb', 'index', 'long'] as const).map((d) => ({
      region: `right.palm.${d}.distal`,
      symptoms: ['numbness', 'tingling'],
      severity,
      timing: ['wakes_at_night'],
      daysPerWeek: 5,
      better: ['shaking_hand'],
      startedOn: '2026-01-10',
    })),
  });
}

import type { CheckInInput, ContextInput } from '@handcheck/core';

export const context: ContextInput = {
  medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }],
  risk: { age: 61, menopause: 'post' },
};

/** Numb right thumb, index and long fingers, waking at night, eased by shaking: a carpal-tunnel pattern. */
export function carpalTunnelCheckIn(date = '2026-03-16', severity = 5): CheckInInput {
  return {
    date,
    regions: (['thumb', 'index', 'long'] as const).map((d) => ({
      region: `right.palm.${d}.distal`,
      symptoms: ['numbness', 'tingling'],
      severity,
      timing: ['wakes_at_night'],
      daysPerWeek: 5,
      better: ['shaking_hand'],
      startedOn: '2026-02-09',
    })),
  };
}

export const quietCheckIn = (date: string): CheckInInput => ({ date, regions: [] });

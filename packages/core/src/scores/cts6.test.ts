import { describe, expect, it } from 'vitest';
import { cts6History } from './cts6';
import { area, checkInWith } from './testing';

const night = { timing: ['wakes_at_night' as const] };

describe('CTS-6 history items (the part of the score a person can answer)', () => {
  it.each([
    [
      'tingling (not numbness) of thumb, index and middle finger at night scores neither item',
      0,
      [],
      [
        area('right.palm.thumb.distal', ['tingling'], night),
        area('right.palm.index.distal', ['tingling'], night),
        area('right.palm.long.distal', ['tingling'], night),
      ],
    ],
    [
      'numb index finger and the thumb-side half of the ring finger: median territory',
      3.5,
      ['median_territory_numbness'],
      [area('right.palm.index.distal', ['numbness']), area('right.palm.ring.distal.radial', ['numbness'])],
    ],
    [
      'numb thumb, index and middle finger that wake her at night',
      7.5,
      ['median_territory_numbness', 'night_waking_numbness'],
      [
        area('right.palm.thumb.distal', ['numbness'], night),
        area('right.palm.index.distal', ['numbness']),
        area('right.palm.long.distal', ['tingling']),
      ],
    ],
    [
      'numb index and middle finger in the day only',
      3.5,
      ['median_territory_numbness'],
      [area('right.palm.index.distal', ['numbness']), area('right.palm.long.distal', ['numbness'])],
    ],
    [
      'numb little finger that wakes her at night',
      4,
      ['night_waking_numbness'],
      [area('right.palm.little.distal', ['numbness'], night)],
    ],
    [
      'numb ring and little finger in the day',
      0,
      [],
      [area('right.palm.ring.distal', ['numbness']), area('right.palm.little.distal', ['numbness'])],
    ],
    [
      'numb index finger but more numb areas on the little-finger side',
      0,
      [],
      [
        area('right.palm.index.distal', ['numbness']),
        area('right.palm.little.distal', ['numbness']),
        area('right.palm.hypothenar', ['numbness']),
      ],
    ],
    [
      'painful (not numb) thumb and index finger at night',
      0,
      [],
      [area('right.palm.thumb.distal', ['pain'], night), area('right.palm.index.distal', ['pain'])],
    ],
    [
      'numbness of the middle of the palm only (no finger)',
      0,
      [],
      [area('right.palm.central', ['numbness'])],
    ],
  ])('%s → %s points', (_name, points, items, regions) => {
    const s = cts6History(checkInWith({ regions }));
    expect(s.historyPoints).toBe(points);
    expect(s.itemsPresent).toEqual(items);
  });

  it('never exceeds 7.5 points and always lists the four exam items for a clinician', () => {
    const regions = ['thumb.distal', 'index.distal', 'long.distal', 'index.middle'].flatMap((p) => [
      area(`left.palm.${p}`, ['numbness', 'tingling'], night),
      area(`right.palm.${p}`, ['numbness', 'tingling'], night),
    ]);
    const s = cts6History(checkInWith({ regions }));
    expect(s.historyPoints).toBe(7.5);
    expect(s.maxFromHistory).toBe(7.5);
    expect(s.hands).toEqual(['left', 'right']);
    expect(s.examItemsToCheck).toHaveLength(4);
    expect(s.examItemsToCheck.join(' ')).toMatch(/Phalen.*Tinel|Tinel.*Phalen/s);
  });

  it('reads each hand on its own and reports the hand with more points', () => {
    const regions = [
      area('left.palm.index.distal', ['numbness']),
      area('left.palm.long.distal', ['numbness']),
      area('right.palm.little.distal', ['numbness'], night),
    ];
    const s = cts6History(checkInWith({ regions }));
    expect(s).toMatchObject({ historyPoints: 4, itemsPresent: ['night_waking_numbness'], hands: ['right'] });
  });

  it('gives no points and no hand when nothing is marked', () => {
    expect(cts6History(checkInWith())).toMatchObject({ historyPoints: 0, itemsPresent: [], hands: [] });
  });
});

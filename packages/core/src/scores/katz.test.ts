import { describe, expect, it } from 'vitest';
import { katzClasses, katzFindings } from './katz';
import { area, checkInWith } from './testing';

const numb = (...regions: string[]) => regions.map((r) => area(r, ['numbness']));

describe('Katz hand-diagram class (one hand at a time)', () => {
  it.each([
    [
      'thumb, index and middle finger numb, nothing else',
      'classic',
      numb('right.palm.thumb.distal', 'right.palm.index.distal', 'right.palm.long.middle'),
    ],
    [
      'index and middle finger on the back of the fingers',
      'classic',
      numb('right.back.index.distal', 'right.back.long.distal'),
    ],
    [
      'index and middle plus ring and little finger (whole-hand numbness without the palm)',
      'classic',
      numb(
        'right.palm.index.distal',
        'right.palm.long.distal',
        'right.palm.ring.distal',
        'right.palm.little.distal',
      ),
    ],
    [
      'index and middle with wrist pain and the forearm',
      'classic',
      [
        ...numb('right.palm.index.distal', 'right.palm.long.distal'),
        area('right.palm.wrist.central', ['pain']),
        area('right.palm.forearm.radial', ['pain']),
      ],
    ],
    [
      'index and middle with the middle of the palm',
      'probable',
      numb('right.palm.index.distal', 'right.palm.long.distal', 'right.palm.central'),
    ],
    [
      'thumb and index with the thumb base of the palm',
      'probable',
      numb('right.palm.thumb.distal', 'right.palm.index.proximal', 'right.palm.thenar'),
    ],
    [
      'index and middle with the palm on both sides',
      'probable',
      numb(
        'right.palm.index.distal',
        'right.palm.long.distal',
        'right.palm.central',
        'right.palm.hypothenar',
      ),
    ],
    [
      'index and middle with the palm only on the little-finger side',
      'possible',
      numb('right.palm.index.distal', 'right.palm.long.distal', 'right.palm.hypothenar'),
    ],
    [
      'index and middle with the back of the hand',
      'possible',
      numb('right.palm.index.distal', 'right.palm.long.distal', 'right.back.hand.central'),
    ],
    ['only the index finger', 'possible', numb('right.palm.index.distal', 'right.palm.index.middle')],
    [
      'only the thumb, with the back of the hand',
      'possible',
      numb('right.palm.thumb.distal', 'right.back.hand.radial'),
    ],
    ['ring and little finger only', 'unlikely', numb('right.palm.ring.distal', 'right.palm.little.distal')],
    ['the palm only', 'unlikely', numb('right.palm.central', 'right.palm.thenar')],
    ['nothing marked', 'unlikely', []],
  ] as const)('%s → %s', (_name, expected, regions) => {
    expect(katzClasses(checkInWith({ regions: [...regions] })).right).toBe(expected);
  });

  it.each([
    ['burning', 'classic'],
    ['tingling', 'classic'],
    ['numbness', 'classic'],
    ['pain', 'unlikely'],
    ['aching', 'unlikely'],
    ['stiffness', 'unlikely'],
    ['catching', 'unlikely'],
  ] as const)(
    '%s in index and middle finger → %s (only numbness, tingling or burning counts; pain alone does not)',
    (symptom, expected) => {
      const regions = [area('left.palm.index.distal', [symptom]), area('left.palm.long.distal', [symptom])];
      expect(katzClasses(checkInWith({ regions })).left).toBe(expected);
    },
  );

  it('pain at the middle joints of two fingers is a joint picture, not a classic diagram', () => {
    const regions = [area('right.palm.index.middle', ['pain']), area('right.palm.long.middle', ['pain'])];
    expect(katzClasses(checkInWith({ regions })).right).toBe('unlikely');
  });

  it('counts pain that comes with numbness (with or without pain)', () => {
    const regions = [
      area('right.palm.index.distal', ['pain', 'numbness']),
      area('right.palm.long.distal', ['pain', 'tingling']),
    ];
    expect(katzClasses(checkInWith({ regions })).right).toBe('classic');
  });

  it('does not count an area marked with severity 0 (none this week)', () => {
    const regions = [
      area('left.palm.index.distal', ['numbness']),
      area('left.palm.long.distal', ['numbness'], { severity: 0 }),
    ];
    expect(katzClasses(checkInWith({ regions })).left).toBe('possible');
  });

  it('rates each hand on its own', () => {
    const regions = numb('left.palm.index.distal', 'left.palm.long.distal', 'right.palm.little.distal');
    expect(katzClasses(checkInWith({ regions }))).toEqual({ left: 'classic', right: 'unlikely' });
  });

  it('reports which digits and which side of the palm it read', () => {
    const regions = numb('right.palm.long.distal', 'right.palm.thumb.distal', 'right.palm.base.little');
    expect(katzFindings(checkInWith({ regions }), 'right')).toEqual({
      digits1to3: ['long', 'thumb'],
      palm: 'ulnar_side_only',
      backOfHand: false,
    });
  });
});

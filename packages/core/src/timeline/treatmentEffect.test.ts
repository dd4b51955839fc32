import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../checkin/schema';
import { addDays } from './dates';
import { type EffectCheckIn, treatmentEffect, treatmentEffects } from './treatmentEffect';

const START = '2026-03-02';
function on(
  day: number,
  severities: Record<string, number>,
  treatments: CheckIn['treatments'] = [],
): EffectCheckIn {
  return {
    checkIn: {
      date: addDays(START, day),
      regions: Object.entries(severities).map(([region, severity]) => ({ region, severity }) as never),
      treatments,
    },
  };
}
const splint = { kind: 'night_splint', startedOn: START, effect: 'a_little_better', hand: 'right' } as const;

describe('measured treatment effect', () => {
  it('compares the worst before (days −28…−1) with weeks 3–8 after, beside the own rating', () => {
    const entries = [
      on(-40, { 'right.palm.thumb.tip': 9 }), // outside the before window
      on(-21, { 'right.palm.thumb.tip': 5 }),
      on(-7, { 'right.palm.thumb.tip': 6, 'left.palm.thumb.tip': 8 }),
      on(7, { 'right.palm.thumb.tip': 1 }), // first two weeks: not counted
      on(21, { 'right.palm.thumb.tip': 3 }),
      on(35, { 'right.palm.thumb.tip': 2 }),
    ];
    const e = treatmentEffect(splint, entries, '2026-06-01');
    expect(e.status).toBe('measured');
    expect(e.before).toMatchObject({
      from: '2026-02-02',
      to: '2026-03-01',
      checkIns: 2,
      worst: 6,
      average: 5.5,
    });
    expect(e.after).toMatchObject({
      from: '2026-03-16',
      to: '2026-04-26',
      checkIns: 2,
      worst: 3,
      average: 2.5,
    });
    expect(e.change).toBe(-3);
    expect(e.text).toBe('Worst 6 → 3 since the wrist splint at night');
    expect(e.ratingText).toBe('You said: a little better');
  });

  it('a treatment for both hands (or none given) counts every area', () => {
    const entries = [
      on(-14, { 'left.palm.thumb.tip': 8 }),
      on(-7, {}),
      on(20, { 'right.palm.thumb.tip': 2 }),
      on(30, {}),
    ];
    expect(treatmentEffect({ ...splint, hand: 'both' }, entries, '2026-06-01').text).toBe(
      'Worst 8 → 2 since the wrist splint at night',
    );
  });

  it('too few check-ins: says so instead of a number', () => {
    const e = treatmentEffect(
      splint,
      [on(-7, { 'right.palm.thumb.tip': 6 }), on(21, { 'right.palm.thumb.tip': 3 })],
      '2026-06-01',
    );
    expect(e.status).toBe('too_few');
    expect(e.change).toBeNull();
    expect(e.text).toMatch(
      /^Too few check-ins to measure the wrist splint at night \(1 in the 4 weeks before, 1 in weeks 3 to 8 after/,
    );
  });

  it('too soon while the after window is still open', () => {
    const e = treatmentEffect(
      splint,
      [on(-7, { 'right.palm.thumb.tip': 6 }), on(-3, { 'right.palm.thumb.tip': 6 })],
      addDays(START, 10),
    );
    expect(e.status).toBe('too_soon');
    expect(e.text).toMatch(/until 2026-04-26/);
  });

  it('two check-ins on one day count once (the later)', () => {
    const entries = [
      on(-7, { 'right.palm.thumb.tip': 9 }),
      on(-7, { 'right.palm.thumb.tip': 4 }),
      on(20, {}),
      on(30, {}),
    ];
    const e = treatmentEffect(splint, entries, '2026-06-01');
    expect(e.before).toMatchObject({ checkIns: 1, worst: 4 });
    expect(e.status).toBe('too_few');
  });

  it('finds treatments in the list and in check-ins (dated by the check-in), once each, newest first', () => {
    const injection = { kind: 'steroid_injection', effect: 'much_better' } as const;
    const entries = [
      on(-7, {}, [splint]),
      on(0, {}),
      on(10, {}, [injection]),
      on(20, {}, [{ ...splint, effect: 'much_better' }]),
    ];
    const all = treatmentEffects(entries, [splint], '2026-06-01');
    expect(all.map((e) => [e.kind, e.startedOn, e.rating])).toEqual([
      ['steroid_injection', addDays(START, 10), 'much_better'],
      ['night_splint', START, 'much_better'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { DIGITS, digitOf, REGION_IDS, REGIONS, region, regionById } from './regions';

describe('the hand model', () => {
  it('has unique ids, each of the form hand.surface.part', () => {
    expect(new Set(REGION_IDS).size).toBe(REGION_IDS.length);
    for (const id of REGION_IDS) expect(id).toMatch(/^(left|right)\.(palm|back)\.[a-z]+(\.[a-z]+)?$/);
  });

  it('is the same on both hands, mirrored only by name', () => {
    const left = REGIONS.filter((r) => r.hand === 'left').map((r) => r.id.slice('left.'.length));
    const right = REGIONS.filter((r) => r.hand === 'right').map((r) => r.id.slice('right.'.length));
    expect(left).toEqual(right);
  });

  it.each([
    ['left.palm.base.ring', 'left palm, base of ring finger'],
    ['right.palm.thenar', 'right palm, thumb base'],
    ['left.back.wrist.radial', 'left wrist, thumb side (back)'],
    ['right.palm.little.distal', 'right little finger, tip and end joint (palm side)'],
    ['left.back.forearm.radial', 'left forearm just above the wrist, thumb side (back)'],
  ])('names %s in plain words: "%s"', (id, name) => {
    expect(region(id).name).toBe(name);
  });

  it('gives every finger three segments and the thumb two, on each surface', () => {
    for (const digit of DIGITS) {
      const n = REGIONS.filter((r) => r.area.kind === 'digit' && r.area.digit === digit).length;
      expect(n).toBe(digit === 'thumb' ? 2 * 2 * 2 : 3 * 2 * 2);
    }
  });

  it('has a palm-side base for each digit, where trigger finger hurts', () => {
    for (const digit of DIGITS) expect(regionById(`right.palm.base.${digit}`)?.joints).toEqual(['mcp']);
  });

  describe('nerve territories', () => {
    it.each([
      ['right.palm.thumb.distal', ['median']],
      ['right.palm.index.distal', ['median']],
      ['right.palm.long.middle', ['median']],
      ['right.palm.ring.distal', ['median', 'ulnar']],
      ['right.palm.little.distal', ['ulnar']],
      ['right.palm.hypothenar', ['ulnar']],
      ['right.palm.thenar', ['median']],
      ['right.back.hand.radial', ['radial']],
      ['right.back.little.proximal', ['ulnar']],
      ['right.back.index.distal', ['median']],
    ])('%s lies in %j', (id, nerves) => {
      expect(region(id).nerves).toEqual(nerves);
    });

    it('puts no part of the little finger in the median territory (little-finger numbness is not carpal tunnel)', () => {
      const little = REGIONS.filter((r) => digitOf(r) === 'little');
      expect(little.length).toBeGreaterThan(0);
      for (const r of little) expect(r.nerves).not.toContain('median');
    });
  });

  it('refuses an unknown id', () => {
    expect(regionById('left.palm.sixth')).toBeUndefined();
    expect(() => region('left.palm.sixth')).toThrow(/unknown region/);
  });
});

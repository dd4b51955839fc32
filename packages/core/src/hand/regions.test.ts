import { describe, expect, it } from 'vitest';
import { DIGITS, DRAWN_REGIONS, digitOf, drawnAs, REGION_IDS, REGIONS, region, regionById } from './regions';

describe('the hand model', () => {
  it('has unique ids, each of the form hand.surface.part', () => {
    expect(new Set(REGION_IDS).size).toBe(REGION_IDS.length);
    for (const id of REGION_IDS) expect(id).toMatch(/^(left|right)\.(palm|back)\.[a-z]+(\.[a-z]+){0,2}$/);
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
      const n = DRAWN_REGIONS.filter((r) => r.area.kind === 'digit' && r.area.digit === digit).length;
      // The ring finger's three segments are each in two halves (thumb side, little-finger side).
      expect(n).toBe(digit === 'thumb' ? 2 * 2 * 2 : digit === 'ring' ? 3 * 2 * 2 * 2 : 3 * 2 * 2);
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
      ['right.palm.ring.distal.radial', ['median']],
      ['right.palm.ring.middle.ulnar', ['ulnar']],
      ['right.back.ring.distal.radial', ['median']],
      ['right.back.ring.proximal.radial', ['radial']],
      ['right.back.ring.proximal.ulnar', ['ulnar']],
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

  describe('the ring finger in halves', () => {
    it.each([
      ['left.palm.ring.distal.radial', 'left ring finger, thumb-side half, tip and end joint (palm side)'],
      ['right.back.ring.middle.ulnar', 'right ring finger, little-finger-side half, middle joint (back)'],
    ])('names %s "%s"', (id, name) => expect(region(id).name).toBe(name));

    it('still reads a stored v1 whole-ring region, as the whole ring finger, shown as both halves', () => {
      const old = region('right.palm.ring.distal');
      expect(old.name).toBe('right whole ring finger, tip and end joint (palm side)');
      expect(old.replacedBy).toEqual(['right.palm.ring.distal.radial', 'right.palm.ring.distal.ulnar']);
      expect(drawnAs('right.palm.ring.distal')).toEqual(old.replacedBy);
      expect(drawnAs('right.palm.index.distal')).toEqual(['right.palm.index.distal']);
      expect(DRAWN_REGIONS.some((r) => r.id === old.id)).toBe(false);
    });

    it('gives each half the joints of its segment', () => {
      expect(region('left.palm.ring.middle.radial').joints).toEqual(['pip']);
      expect(region('left.back.ring.proximal.ulnar').joints).toEqual(['mcp']);
    });
  });

  it('refuses an unknown id', () => {
    expect(regionById('left.palm.sixth')).toBeUndefined();
    expect(() => region('left.palm.sixth')).toThrow(/unknown region/);
  });
});

import { CheckIn } from '@handcheck/core';
import { describe, expect, it } from 'vitest';
import {
  completePart,
  draftFrom,
  emptyDraft,
  type RegionDraft,
  regionDone,
  toCheckInInput,
  validate,
} from './draft';

const numbThumb: RegionDraft = {
  region: 'right.palm.thumb.distal',
  symptoms: ['numbness', 'tingling'],
  severity: 6,
  timing: ['wakes_at_night'],
  daysPerWeek: 5,
  worse: [],
  better: ['shaking_hand'],
};

describe('the check-in draft', () => {
  it('an empty week with "No symptoms" is a valid check-in with no areas', () => {
    const v = validate({ ...emptyDraft('2026-03-02'), noSymptoms: true });
    expect(v.ok && v.value.regions).toEqual([]);
  });

  it('an area still missing how bad it is does not pass, and names the field', () => {
    const d = { ...emptyDraft('2026-03-02'), regions: [{ ...numbThumb, severity: undefined }] };
    const v = validate(d);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.field)).toContain('regions[0].severity');
    expect(regionDone(d.regions[0] as RegionDraft)).toBe(false);
  });

  it('the live assessment uses only finished areas', () => {
    const half: RegionDraft = {
      region: 'right.palm.index.distal',
      symptoms: ['numbness'],
      timing: [],
      worse: [],
      better: [],
    };
    const c = completePart({ ...emptyDraft('2026-03-02'), regions: [numbThumb, half] });
    expect(c?.regions.map((r) => r.region)).toEqual(['right.palm.thumb.distal']);
  });

  it('locking is only sent with catching, and stiffness minutes only with morning stiffness', () => {
    const r: RegionDraft = { ...numbThumb, locking: 'needs_other_hand', morningStiffnessMinutes: 30 };
    const input = toCheckInInput({ ...emptyDraft('2026-03-02'), regions: [r] });
    expect(input.regions?.[0]).not.toHaveProperty('locking');
    expect(input.regions?.[0]).not.toHaveProperty('morningStiffnessMinutes');
  });

  it('"Same as last time" copies the areas and tasks with today\'s date, but not last week\'s events or treatments', () => {
    const last = CheckIn.parse({
      date: '2026-02-23',
      regions: [numbThumb],
      hardToDo: [{ task: 'jars', difficulty: 3 }],
      treatments: [{ kind: 'night_splint', effect: 'too_early' }],
      events: { fallOrInjury: true },
    });
    const d = draftFrom(last, '2026-03-02');
    expect(d.date).toBe('2026-03-02');
    expect(d.regions).toEqual([expect.objectContaining({ region: 'right.palm.thumb.distal', severity: 6 })]);
    expect(d.hardToDo).toEqual({ jars: 3 });
    expect(d.treatments).toEqual([]);
    expect(d.events.fallOrInjury).toBe(false);
    expect(validate(d).ok).toBe(true);
  });

  it('keeps when an area started, so onset is placed against the medicine', () => {
    const input = toCheckInInput({
      ...emptyDraft('2026-03-02'),
      regions: [{ ...numbThumb, startedOn: '2026-01-10' }],
    });
    expect(input.regions?.[0]?.startedOn).toBe('2026-01-10');
  });
});

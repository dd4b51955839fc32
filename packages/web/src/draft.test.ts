import { CheckIn } from '@handcheck/core';
import { describe, expect, it } from 'vitest';
import {
  completePart,
  draftFrom,
  emptyDraft,
  painReport,
  painStarted,
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

describe('the overall pain answers', () => {
  it.each([
    ['not answered: left out of the check-in', undefined, undefined],
    ['opened but nothing chosen: left out', { interference: {} }, undefined],
    ['worst 6 only', { worst: 6, interference: {} }, { worst: 6 }],
    [
      'worst, usual and two of what it got in the way of',
      { worst: 7, average: 4, interference: { sleep: 5, handTasks: 8 } },
      { worst: 7, average: 4, interference: { sleep: 5, handTasks: 8 } },
    ],
    [
      'the usual pain without the worst: not sent (the check before sending asks)',
      { average: 3, interference: {} },
      undefined,
    ],
  ])('%s', (_case, pain, expected) => {
    expect(painReport(pain)).toEqual(expected);
    const v = validate({ ...emptyDraft('2026-03-02'), regions: [numbThumb], ...(pain ? { pain } : {}) });
    expect(v.ok && v.value.pain).toEqual(expected);
  });

  it('a usual pain or an "in the way" answer counts as started, so a missing worst is asked for', () => {
    expect(painStarted(undefined)).toBe(false);
    expect(painStarted({ interference: {} })).toBe(false);
    expect(painStarted({ interference: { mood: 0 } })).toBe(true);
    expect(painStarted({ average: 0, interference: {} })).toBe(true);
  });

  it('"Same as last time" copies last week\'s pain; "No symptoms" starts without it', () => {
    const last = CheckIn.parse({
      date: '2026-02-23',
      regions: [numbThumb],
      pain: { worst: 6, interference: { sleep: 4 } },
    });
    const d = draftFrom(last, '2026-03-02');
    expect(d.pain).toEqual({ worst: 6, interference: { sleep: 4 } });
    expect(validate(d).ok && toCheckInInput(d).pain).toEqual({ worst: 6, interference: { sleep: 4 } });
    expect(emptyDraft('2026-03-02')).not.toHaveProperty('pain');
  });
});

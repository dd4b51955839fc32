import { describe, expect, it } from 'vitest';
import { CdsPatientViewRequest } from '../cds/cards';
import { fieldErrors } from './parse';
import { CheckIn, Treatment } from './schema';
import { checkInDateProblems, contextDateProblems, plausibleYear, textProblem } from './text';

describe('text a database can hold', () => {
  it.each([
    ['a NUL', 'a\u0000b', /NUL/],
    ['a lone high surrogate', 'x\ud800', /lone surrogate/],
    ['a lone low surrogate', '\udc00x', /lone surrogate/],
  ])('refuses %s', (_what, s, why) => {
    expect(textProblem(s)).toMatch(why);
  });

  it('accepts emoji (a surrogate pair), accents and right-to-left marks', () => {
    for (const s of ['😀👍🏽', 'ǅ𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'café', '\u202eevil', '']) expect(textProblem(s)).toBeNull();
  });

  it('check-in notes and treatment notes name the field', () => {
    const r = CheckIn.safeParse({ date: '2026-03-16', notes: 'a\u0000b' });
    expect(r.success ? [] : fieldErrors(r.error).map((e) => e.field)).toEqual(['notes']);
    const t = Treatment.safeParse({ kind: 'night_splint', effect: 'worse', note: '\ud800' });
    expect(t.success ? [] : fieldErrors(t.error).map((e) => e.field)).toEqual(['note']);
  });

  it('CDS ids and the prefetched identifier list name the field', () => {
    const base = {
      hook: 'patient-view',
      hookInstance: 'h1',
      context: { userId: 'Practitioner/1', patientId: 'p1' },
    };
    const nul = CdsPatientViewRequest.safeParse({ ...base, context: { ...base.context, userId: 'a\u0000' } });
    expect(nul.success ? [] : fieldErrors(nul.error).map((e) => e.field)).toEqual(['context.userId']);
    const shape = CdsPatientViewRequest.safeParse({ ...base, prefetch: { patient: { identifier: 'abc' } } });
    expect(shape.success ? [] : fieldErrors(shape.error)[0]?.field).toBe('prefetch.patient.identifier');
  });
});

describe('dates a record can hold', () => {
  it('keeps years 1900–2100', () => {
    expect(['1900-01-01', '2100-12-31', '2026-03-16'].every(plausibleYear)).toBe(true);
    expect(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'].some(plausibleYear)).toBe(false);
    const r = CheckIn.safeParse({ date: '9999-12-31' });
    expect(r.success ? [] : fieldErrors(r.error)).toEqual([
      { field: 'date', message: 'must be a date between 1900 and 2100' },
    ]);
  });

  it('a check-in may be at most a day ahead of today; a medicine may not start after tomorrow', () => {
    expect(checkInDateProblems({ date: '2026-03-17' }, '2026-03-16')).toEqual([]);
    expect(checkInDateProblems({ date: '2026-03-18' }, '2026-03-16').map((p) => p.field)).toEqual(['date']);
    expect(contextDateProblems({ medicines: [{ startedOn: '2026-03-16' }] }, '2026-03-16')).toEqual([]);
    expect(
      contextDateProblems(
        { medicines: [{ startedOn: '2026-01-05' }, { startedOn: '2026-04-01' }] },
        '2026-03-16',
      ).map((p) => p.field),
    ).toEqual(['medicines[1].startedOn']);
  });

  it('a treatment ending before it starts names endedOn, once, alone or inside a check-in', () => {
    const bad = {
      kind: 'night_splint',
      effect: 'worse',
      startedOn: '2026-03-10',
      endedOn: '2026-03-01',
    } as const;
    const t = Treatment.safeParse(bad);
    expect(t.success ? [] : fieldErrors(t.error).map((e) => e.field)).toEqual(['endedOn']);
    const c = CheckIn.safeParse({ date: '2026-03-16', treatments: [bad] });
    expect(c.success ? [] : fieldErrors(c.error).map((e) => e.field)).toEqual(['treatments[0].endedOn']);
  });
});

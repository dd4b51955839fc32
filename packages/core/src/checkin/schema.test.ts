import { describe, expect, it } from 'vitest';
import { checkInJsonSchema, describeErrors, parseCheckIn, parseContext } from './parse';
import { CheckIn } from './schema';

const carpalTunnelLike = {
  date: '2026-03-02',
  regions: [
    {
      region: 'right.palm.index.distal',
      symptoms: ['numbness', 'tingling'],
      severity: 5,
      timing: ['wakes_at_night'],
      daysPerWeek: 5,
      worse: ['driving', 'holding_phone_or_book'],
      better: ['shaking_hand'],
    },
  ],
};

describe('the check-in format', () => {
  it('accepts a carpal-tunnel-like check-in and fills in defaults', () => {
    const r = parseCheckIn(carpalTunnelLike);
    expect(r.ok).toBe(true);
    if (r.ok) {
      // Version 2 is the current format; a document without a version is read as version 2.
      expect(r.value.schemaVersion).toBe(2);
      expect(r.value.events.armSwelling).toBe('none');
      expect(r.value.treatments).toEqual([]);
    }
  });

  it('accepts "no symptoms this week" as an empty list of regions', () => {
    expect(CheckIn.parse({ date: '2026-03-09' }).regions).toEqual([]);
  });

  it.each([
    [{ ...carpalTunnelLike, date: '02/03/2026' }, 'checkIn.date must be a date written YYYY-MM-DD'],
    [
      { ...carpalTunnelLike, regions: [{ ...carpalTunnelLike.regions[0], severity: 14 }] },
      'checkIn.regions[0].severity must be 0–10 (got 14)',
    ],
    [
      { ...carpalTunnelLike, regions: [{ ...carpalTunnelLike.regions[0], region: 'left.palm.sixth' }] },
      'checkIn.regions[0].region must be a known hand region id',
    ],
    [{ ...carpalTunnelLike, mood: 'fine' }, 'checkIn has unknown field "mood"'],
    [
      { ...carpalTunnelLike, regions: [carpalTunnelLike.regions[0], carpalTunnelLike.regions[0]] },
      'checkIn.regions[1].region "right.palm.index.distal" is listed twice',
    ],
    [
      { ...carpalTunnelLike, regions: [{ ...carpalTunnelLike.regions[0], locking: 'stays_bent' }] },
      'checkIn.regions[0].locking is only for catching or locking',
    ],
    [{ regions: [] }, 'checkIn.date is required'],
  ])('names the field and what is allowed (%#)', (input, expected) => {
    const r = parseCheckIn(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeErrors(r.errors)).toContain(expected);
  });

  it('parses a medicine context with a switch', () => {
    const r = parseContext({
      medicines: [
        { drug: 'anastrozole', startedOn: '2026-01-05', stoppedOn: '2026-04-01' },
        { drug: 'letrozole', startedOn: '2026-04-15' },
      ],
      risk: { age: 58, diabetes: true, lymphNodeSurgerySide: 'left' },
    });
    expect(r.ok).toBe(true);
  });

  it('refuses an unknown medicine, naming what is allowed', () => {
    const r = parseContext({ medicines: [{ drug: 'aspirin', startedOn: '2026-01-05' }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(describeErrors(r.errors)).toMatch(/context\.medicines\[0\]\.drug must be one of: "anastrozole"/);
  });

  it('exports a JSON Schema that lists every region id', () => {
    const schema = JSON.stringify(checkInJsonSchema());
    expect(schema).toContain('left.palm.base.ring');
    expect(schema).toContain('2020-12');
  });
});

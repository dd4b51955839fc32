import { describe, expect, it } from 'vitest';
import { Context } from '../checkin/context';
import { parseCheckIn } from '../checkin/parse';
import { CheckIn } from '../checkin/schema';
import { CHECK_IN_DATE, ON_LETROZOLE } from '../testing/build';
import { adherenceConcerns, adherenceSentence, needsAdherenceAlert } from './adherence';
import { BONE_SCAN_INTERVAL_DAYS, boneScanAsk } from './boneHealth';
import { readNotes } from './notes';

const checkIn = (medicineThisWeek?: CheckIn['medicineThisWeek']) =>
  CheckIn.parse({ date: CHECK_IN_DATE, ...(medicineThisWeek ? { medicineThisWeek } : {}) });

describe('the medicine this week: the care-team alert hook [chim2013][hershman2011]', () => {
  it.each([
    ['took it every day', { taken: 'every_day' }, false],
    ['missed some doses', { taken: 'missed_some' }, true],
    ['stopped or paused it', { taken: 'stopped' }, true],
    ['took it every day but is thinking of stopping', { taken: 'every_day', thinkingOfStopping: true }, true],
    ['not asked', undefined, false],
  ] as const)('%s → alert %s', (_n, m, alert) => {
    const c = checkIn(m);
    expect(needsAdherenceAlert(c)).toBe(alert);
    expect(adherenceSentence(c) !== null).toBe(alert);
  });
  it('orders the concerns, most serious first, and never says "stop" as advice', () => {
    const c = checkIn({ taken: 'stopped', thinkingOfStopping: true });
    expect(adherenceConcerns(c)).toEqual(['stopped', 'thinking_of_stopping']);
    expect(adherenceSentence(c)).toMatch(/^I stopped or paused my hormone medicine this week/);
  });
});

describe('bone density on an aromatase inhibitor: ask for a DXA when unknown or overdue [asco-bone2019]', () => {
  const ctx = (risk: Record<string, unknown> = {}) => Context.parse({ ...ON_LETROZOLE, risk });
  it('asks when the last scan is not known', () => {
    expect(boneScanAsk(ctx(), CHECK_IN_DATE)?.reason).toBe('unknown');
  });
  it('asks when the last scan is more than two years old', () => {
    const ask = boneScanAsk(ctx({ lastBoneScanOn: '2023-01-10' }), CHECK_IN_DATE);
    expect(ask?.reason).toBe('overdue');
    expect(ask?.text).toContain('2023-01-10');
    expect(ask?.sources).toContain('asco-bone2019');
  });
  it('does not ask after a recent scan, or when not on an aromatase inhibitor', () => {
    expect(boneScanAsk(ctx({ lastBoneScanOn: '2025-06-01' }), CHECK_IN_DATE)).toBeNull();
    expect(
      boneScanAsk(
        Context.parse({ medicines: [{ drug: 'tamoxifen', startedOn: '2025-01-01' }] }),
        CHECK_IN_DATE,
      ),
    ).toBeNull();
    expect(
      boneScanAsk(
        Context.parse({
          medicines: [{ drug: 'letrozole', startedOn: '2020-01-01', stoppedOn: '2025-01-01' }],
        }),
        CHECK_IN_DATE,
      ),
    ).toBeNull();
    expect(BONE_SCAN_INTERVAL_DAYS).toBe(730);
  });
});

describe('version 1 documents still parse and are read as version 2', () => {
  it('a version 1 document migrates with nothing else changed', () => {
    const r = parseCheckIn({ schemaVersion: 1, date: CHECK_IN_DATE, events: { fever: true } });
    expect(r.ok && r.value.schemaVersion).toBe(2);
    expect(r.ok && r.value.events.fever).toBe(true);
    expect(r.ok && r.value.events.suddenOnset).toBeUndefined();
  });
  it('version 3 is refused with a message naming the field', () => {
    const r = parseCheckIn({ schemaVersion: 3, date: CHECK_IN_DATE });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe('checkIn.schemaVersion');
  });
});

describe('the note reader: signs only when not negated in their own clause', () => {
  it.each([
    ['It came on suddenly and my face is drooping.', ['sudden', 'faceSpeechOrLeg']],
    ['My speech went funny this morning', ['faceSpeechOrLeg']],
    ['The dog bit my hand yesterday', ['bite']],
    ['I fell on the ice; my wrist hurts', ['fall']],
    ['Neck pain going down my arm. I feel unsteady on my feet.', ['neckIntoArm', 'unsteady']],
    ['I can’t straighten my ring finger', ['fingerHeldBent']],
    ['No fever, no injury, nothing sudden.', []],
    ['I did not fall. I fall asleep fine.', []],
    ['Not bitten, no cut.', []],
    ['', []],
  ])('%j → %j', (note, keys) => {
    const n = readNotes(note);
    expect(
      Object.entries(n)
        .filter(([, v]) => v)
        .map(([k]) => k)
        .sort(),
    ).toEqual([...keys].sort());
  });
});

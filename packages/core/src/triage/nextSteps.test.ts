import { describe, expect, it } from 'vitest';
import type { ContextInput } from '../checkin/context';
import type { CheckInInput, Treatment } from '../checkin/schema';
import { assessed, both, mark, ON_LETROZOLE } from '../testing/build';
import type { NextStep } from './types';

const CTS = ['thumb', 'index', 'long'].map((d) =>
  mark(`right.palm.${d}.distal`, ['numbness', 'tingling'], {
    timing: ['wakes_at_night'],
    better: ['shaking_hand'],
  }),
);
const TRIGGER = [mark('left.palm.base.ring', ['pain', 'catching'], { locking: 'needs_other_hand' })];
const DE_QUERVAIN = [mark('right.back.wrist.radial', ['pain'], { worse: ['lifting', 'thumb_use'] })];
const AI_JOINTS = both('back.index.middle', ['aching', 'stiffness'], {
  timing: ['morning_stiffness'],
  better: ['moving_it'],
});

const NO_MEDICINE: ContextInput = { medicines: [] };

type TreatmentInput = Omit<Treatment, 'effect'> & { effect: Treatment['effect'] };
const tried = (kind: Treatment['kind'], effect: Treatment['effect'], more: Partial<TreatmentInput> = {}) => ({
  kind,
  effect,
  ...more,
});

/** `id:status` of the ladder steps (red flags' own steps shown as `id!urgency`). */
const plan = (c: Partial<CheckInInput>, ctx: ContextInput = ON_LETROZOLE) =>
  assessed(c, ctx).nextSteps.map((s: NextStep) =>
    s.redFlag ? `${s.id}!${s.urgency}` : `${s.id}:${s.status}`,
  );

describe('care ladders: the next rung, skipping what did not help [aaos2016][nhs-ebi-cts][glos-dq]', () => {
  it.each<[string, Partial<CheckInInput>, string[]]>([
    [
      'carpal tunnel, nothing tried yet',
      { regions: CTS },
      ['night_splint:suggested', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, the night splint helps a little',
      { regions: CTS, treatments: [tried('night_splint', 'a_little_better')] },
      ['night_splint:keep_going', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, the night splint made it much better',
      { regions: CTS, treatments: [tried('night_splint', 'much_better')] },
      ['night_splint:keep_going'],
    ],
    [
      'carpal tunnel, a night splint for 3 weeks with no change: within its 8-week fair trial',
      { regions: CTS, treatments: [tried('night_splint', 'no_change', { startedOn: '2026-02-23' })] },
      ['night_splint:keep_going', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, a night splint for 9 weeks with no change (the NHS threshold)',
      { regions: CTS, treatments: [tried('night_splint', 'no_change', { startedOn: '2026-01-12' })] },
      ['hand_specialist:suggested', 'steroid_injection:suggested'],
    ],
    [
      'carpal tunnel on letrozole, an injection that did not help: hand specialist, the oncology team as a late rung',
      { regions: CTS, treatments: [tried('steroid_injection', 'no_change')] },
      ['hand_specialist:suggested', 'oncology_team_cts:if_no_better'],
    ],
    // After a fair trial that failed, a later rung that is helping (or too early to judge) keeps a
    // referral "if no better": the failure below it no longer speaks for it [nhs-ebi-cts].
    [
      'carpal tunnel, 10 weeks of splint without relief, then an injection that helps a little',
      {
        regions: CTS,
        treatments: [
          tried('night_splint', 'no_change', { startedOn: '2025-12-29' }),
          tried('steroid_injection', 'a_little_better', { startedOn: '2026-03-02' }),
        ],
      },
      ['steroid_injection:keep_going', 'hand_specialist:if_no_better'],
    ],
    [
      'carpal tunnel, 10 weeks of splint without relief, then an injection that made it much better',
      {
        regions: CTS,
        treatments: [
          tried('night_splint', 'no_change', { startedOn: '2025-12-29' }),
          tried('steroid_injection', 'much_better', { startedOn: '2026-03-02' }),
        ],
      },
      ['steroid_injection:keep_going'],
    ],
    [
      'carpal tunnel, 10 weeks of splint without relief, an injection too recent to judge',
      {
        regions: CTS,
        treatments: [
          tried('night_splint', 'no_change', { startedOn: '2025-12-29' }),
          tried('steroid_injection', 'too_early', { startedOn: '2026-03-09' }),
        ],
      },
      ['steroid_injection:keep_going'],
    ],
    [
      'carpal tunnel, constant numbness: the specialist soon (a red flag), even while an injection helps a little',
      {
        regions: CTS.map((m) => ({ ...m, daysPerWeek: 7, timing: ['constant'] as const })),
        treatments: [tried('steroid_injection', 'a_little_better', { startedOn: '2026-03-02' })],
      },
      ['hand_specialist!soon', 'steroid_injection:keep_going'],
    ],
    [
      'trigger finger, an injection that helps: the specialist only if no better',
      { regions: TRIGGER, treatments: [tried('steroid_injection', 'a_little_better', { hand: 'left' })] },
      ['steroid_injection:keep_going', 'hand_specialist:if_no_better', 'tell_oncology_team:suggested'],
    ],
    [
      "De Quervain's, a thumb splint still within 3 weeks: no injection ahead of the ladder",
      { regions: DE_QUERVAIN, treatments: [tried('thumb_splint', 'no_change', { startedOn: '2026-03-02' })] },
      ['thumb_splint:keep_going', 'steroid_injection:if_no_better', 'tell_oncology_team:suggested'],
    ],
    [
      'carpal tunnel with no aromatase inhibitor on record: no oncology rung',
      { regions: CTS, treatments: [tried('steroid_injection', 'no_change')] },
      ['hand_specialist:suggested', 'surgical_release:if_no_better'],
    ],
    [
      'carpal tunnel, a night splint for the other hand does not count',
      { regions: CTS, treatments: [tried('night_splint', 'no_change', { hand: 'left' })] },
      ['night_splint:suggested', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, too early to tell with the splint',
      { regions: CTS, treatments: [tried('night_splint', 'too_early')] },
      ['night_splint:keep_going'],
    ],
    [
      'trigger finger, a finger splint did not help',
      { regions: TRIGGER, treatments: [tried('finger_splint', 'no_change', { hand: 'left' })] },
      ['steroid_injection:suggested', 'hand_specialist:if_no_better', 'tell_oncology_team:suggested'],
    ],
    [
      'trigger finger, nothing tried',
      { regions: TRIGGER },
      ['finger_splint:suggested', 'steroid_injection:if_no_better', 'tell_oncology_team:suggested'],
    ],
    [
      "De Quervain's, nothing tried",
      { regions: DE_QUERVAIN },
      ['thumb_splint:suggested', 'steroid_injection:if_no_better', 'tell_oncology_team:suggested'],
    ],
    [
      "De Quervain's, four weeks in a thumb splint, no better",
      { regions: DE_QUERVAIN, treatments: [tried('thumb_splint', 'worse', { startedOn: '2026-02-16' })] },
      ['steroid_injection:suggested', 'hand_specialist:if_no_better', 'tell_oncology_team:suggested'],
    ],
    [
      'AI joint pain, nothing tried',
      { regions: AI_JOINTS },
      ['exercise:suggested', 'pain_relief_gp:if_no_better', 'tell_oncology_team:suggested'],
    ],
    [
      'AI joint pain, exercise and paracetamol did not help: acupuncture, then duloxetine (separate rungs)',
      { regions: AI_JOINTS, treatments: [tried('exercise', 'no_change'), tried('paracetamol', 'no_change')] },
      ['acupuncture:suggested', 'duloxetine:if_no_better', 'tell_oncology_team:suggested'],
    ],
    [
      'AI joint pain, everything tried without relief',
      {
        regions: AI_JOINTS,
        treatments: [
          tried('exercise', 'no_change'),
          tried('nsaid_tablets', 'no_change'),
          tried('duloxetine', 'worse'),
          tried('medicine_switch', 'no_change'),
        ],
      },
      // Duloxetine worse does not hide acupuncture: they are alternatives.
      ['acupuncture:suggested', 'tell_oncology_team:suggested'],
    ],
    [
      'ring and little finger numbness',
      {
        regions: [
          mark('right.palm.little.distal', ['numbness']),
          mark('right.palm.ring.distal', ['numbness']),
        ],
      },
      ['gp_review:suggested'],
    ],
  ])('%s → %j', (name, c, expected) => {
    expect(plan(c, name.includes('no aromatase inhibitor') ? NO_MEDICINE : ON_LETROZOLE)).toEqual(expected);
  });

  it('never suggests anti-inflammatory tablets for carpal tunnel [aaos2016]', () => {
    const steps = assessed({ regions: CTS }).nextSteps;
    expect(steps.map((s) => s.id)).not.toContain('pain_relief_gp');
    expect(steps.every((s) => s.condition === 'carpal_tunnel')).toBe(true);
  });

  it('offers a hand specialist at once for trigger finger that stays bent', () => {
    const steps = plan({ regions: [mark('left.palm.base.ring', ['catching'], { locking: 'stays_bent' })] });
    expect(steps[0]).toBe('hand_specialist!soon');
    expect(steps).not.toContain('hand_specialist:suggested');
  });

  it('for chemotherapy nerve damage, points to the GP and the oncology team', () => {
    const steps = assessed(
      {
        regions: [...both('palm.index.distal', ['numbness']), ...both('palm.little.distal', ['numbness'])],
        elsewhere: [{ site: 'feet', symptoms: ['numbness'] }],
      },
      { ...ON_LETROZOLE, risk: { chemotherapy: ['taxane'] } },
    ).nextSteps;
    expect(steps[0]).toMatchObject({ id: 'gp_review', condition: 'chemo_neuropathy', who: 'gp' });
    expect(steps[0]?.text).toMatch(/oncology team/);
  });

  it('asks to tell the oncology team when the worst pain is 4 or more [chim2013]', () => {
    const steps = assessed({ regions: TRIGGER, pain: { worst: 6 } }).nextSteps;
    expect(steps.at(-1)).toMatchObject({ id: 'tell_oncology_team', who: 'oncology_team' });
    expect(plan({ regions: TRIGGER, pain: { worst: 3 } })).not.toContain('tell_oncology_team:suggested');
  });

  it('a switch is always a talk with the oncology team, never "stop your medicine"', () => {
    const step = assessed({
      regions: AI_JOINTS,
      treatments: [
        tried('exercise', 'no_change'),
        tried('paracetamol', 'no_change'),
        tried('acupuncture', 'no_change'),
      ],
    }).nextSteps.find((s) => s.id === 'oncology_team_switch');
    expect(step?.who).toBe('oncology_team');
    expect(step?.text).toMatch(/talk to your oncology team/);
    expect(step?.text).toMatch(/Keep taking your medicine/);
  });
});

describe("red flags' own steps come first [glos-hand]", () => {
  it('an infection sends to the emergency department before any ladder', () => {
    const steps = assessed({
      regions: [...CTS, mark('right.palm.index.middle', ['swelling', 'redness_heat'])],
      events: { fever: true },
    }).nextSteps;
    expect(steps[0]).toMatchObject({
      id: 'emergency_care',
      condition: null,
      redFlag: 'infection',
      urgency: 'emergency',
      who: 'emergency',
    });
    expect(steps.slice(1).every((s) => !s.redFlag)).toBe(true);
  });

  it('two emergency flags give one emergency step', () => {
    const steps = assessed({
      regions: [mark('right.palm.index.distal', ['cold_pale_blue'])],
      events: { suddenlyCannotMoveFinger: true },
    }).nextSteps;
    expect(steps.filter((s) => s.id === 'emergency_care')).toHaveLength(1);
  });

  it('constant numbness asks for a hand specialist once, as the red flag step', () => {
    const steps = plan({ regions: CTS.map((m) => ({ ...m, timing: ['wakes_at_night', 'constant'] })) });
    expect(steps[0]).toBe('hand_specialist!soon');
    expect(steps.filter((s) => s.startsWith('hand_specialist'))).toHaveLength(1);
  });

  it('lymphoedema with a fever: emergency, and who is emergency care', () => {
    const steps = assessed(
      { events: { armSwelling: 'left', fever: true } },
      { ...ON_LETROZOLE, risk: { lymphNodeSurgerySide: 'left' } },
    ).nextSteps;
    expect(steps[0]).toMatchObject({ redFlag: 'lymphoedema', urgency: 'emergency', who: 'emergency' });
  });
});

describe('tell your GP: where, what, when, how often, since the medicine, what was tried', () => {
  it('gives short sentences for a carpal tunnel pattern', () => {
    const gp = assessed({
      regions: CTS.map((m) => ({ ...m, startedOn: '2026-02-23', worse: ['driving' as const] })),
      treatments: [tried('night_splint', 'a_little_better')],
    }).tellYourGp;
    expect(gp).toEqual([
      'Where: right thumb, tip and end joint (palm side); right index finger, tip and end joint (palm side); right middle finger, tip and end joint (palm side).',
      'What: numbness and tingling.',
      'When: it wakes me at night; worse with driving; eased by shaking the hand.',
      'How often and how bad: up to 5 days a week; at worst 5 out of 10.',
      'It started around 2026-02-23, 7 weeks after I started letrozole (10 weeks ago).',
      'What I tried: a night wrist splint (a little better).',
      'HandCheck says the pattern resembles carpal tunnel syndrome (right hand). Could you check?',
    ]);
  });

  it('puts a red flag first', () => {
    const gp = assessed({ regions: [mark('right.palm.little.distal', ['cold_pale_blue'])] }).tellYourGp;
    expect(gp[0]).toMatch(/^HandCheck flagged poor blood supply: Cold, pale or blue fingers/);
  });

  it('says how long the morning stiffness lasts, and caps the list of areas', () => {
    const regions = ['index', 'long', 'ring', 'little'].flatMap((d) =>
      both(`back.${d}.middle`, ['stiffness'], { timing: ['morning_stiffness'], morningStiffnessMinutes: 20 }),
    );
    const gp = assessed({ regions }).tellYourGp;
    expect(gp[0]).toMatch(/; and 2 more areas\.$/);
    expect(gp).toContain('When: stiff in the morning for about 20 minutes.');
  });

  it('adds the overall pain answer beside the worst area', () => {
    const gp = assessed({ regions: CTS, pain: { worst: 6, average: 4 } }).tellYourGp;
    expect(gp).toContain('How often and how bad: up to 5 days a week; at worst 5 out of 10.');
    expect(gp).toContain('Pain in my hands or joints this week: at worst 6 out of 10, usually 4.');
  });

  it('is empty for an empty check-in', () => {
    expect(assessed({}).tellYourGp).toEqual([]);
  });
});

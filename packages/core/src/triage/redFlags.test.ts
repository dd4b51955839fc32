import { describe, expect, it } from 'vitest';
import type { ContextInput } from '../checkin/context';
import type { CheckInInput } from '../checkin/schema';
import { assessed, mark, ON_LETROZOLE } from '../testing/build';
import type { Urgency } from './types';

const flagsOf = (
  c: Partial<CheckInInput>,
  ctx: ContextInput = ON_LETROZOLE,
  history: Partial<CheckInInput>[] = [],
) => assessed(c, ctx, history).redFlags;

const LEFT_NODES: ContextInput = { ...ON_LETROZOLE, risk: { lymphNodeSurgerySide: 'left' } };

describe('red flags: what must come up, and how urgently [glos-hand][cornwall-cts]', () => {
  it.each<[string, string, Urgency, Partial<CheckInInput>, ContextInput?]>([
    [
      'a red, hot, swollen finger with a fever',
      'infection',
      'emergency',
      {
        regions: [mark('right.palm.index.middle', ['swelling', 'redness_heat', 'pain'])],
        events: { fever: true },
      },
    ],
    [
      'a red, swollen knuckle two days after a cat bite, no fever',
      'infection',
      'emergency',
      {
        regions: [mark('left.back.long.proximal', ['swelling', 'redness_heat'])],
        events: { cutOrBite: true },
      },
    ],
    [
      'a whole finger swollen like a sausage and sore along its length',
      'infection',
      'emergency',
      {
        regions: [
          mark('right.palm.ring.proximal', ['swelling', 'pain']),
          mark('right.palm.ring.middle', ['swelling', 'pain']),
        ],
      },
    ],
    [
      'a fall on the hand, and now the wrist looks out of shape',
      'fracture',
      'emergency',
      {
        regions: [mark('left.back.wrist.central', ['pain'], { severity: 8 })],
        events: { fallOrInjury: true, looksDeformed: true },
      },
    ],
    [
      'a fall on an outstretched hand, a swollen thumb-side wrist, nothing out of shape',
      'fracture',
      'today',
      { regions: [mark('left.palm.wrist.radial', ['pain', 'swelling'])], events: { fallOrInjury: true } },
    ],
    [
      'suddenly cannot straighten the end of a finger',
      'tendon_rupture',
      'emergency',
      { regions: [mark('right.back.long.distal', ['pain'])], events: { suddenlyCannotMoveFinger: true } },
    ],
    [
      // An area at 0/10 counts as not present (issue 10): the painless blue finger is marked 1/10.
      'cold, pale fingers that hardly hurt (severity 1)',
      'circulation',
      'emergency',
      { regions: [mark('right.palm.little.distal', ['cold_pale_blue'], { severity: 1 })] },
    ],
    [
      'a swollen arm on the side where lymph nodes were removed',
      'lymphoedema',
      'soon',
      { events: { armSwelling: 'left' } },
      LEFT_NODES,
    ],
    [
      'a swollen arm on the operated side, with redness of that hand',
      'lymphoedema',
      'today',
      {
        regions: [mark('left.back.hand.central', ['redness_heat', 'swelling'])],
        events: { armSwelling: 'left' },
      },
      LEFT_NODES,
    ],
    [
      'a swollen arm on the operated side, with a fever',
      'lymphoedema',
      'emergency',
      { events: { armSwelling: 'both', fever: true } },
      LEFT_NODES,
    ],
    [
      'a swollen arm when the lymph-node surgery side is not known',
      'lymphoedema',
      'soon',
      { events: { armSwelling: 'right' } },
      ON_LETROZOLE,
    ],
    [
      'numbness all the time in the thumb and index finger',
      'nerve_deficit',
      'soon',
      { regions: [mark('right.palm.thumb.distal', ['numbness'], { timing: ['constant'] })] },
    ],
    ['dropping things', 'nerve_deficit', 'soon', { regions: [mark('left.palm.thenar', ['weakness'])] }],
    [
      'the thumb-base muscle looks thinner',
      'nerve_deficit',
      'soon',
      { regions: [mark('left.palm.thenar', ['thinning'], { severity: 1 })] },
    ],
    [
      'numbness of a finger since a fall',
      'numbness_after_injury',
      'soon',
      { regions: [mark('right.palm.index.distal', ['numbness'])], events: { fallOrInjury: true } },
    ],
    [
      'numbness beyond a cut on the finger',
      'numbness_after_injury',
      'today',
      { regions: [mark('right.palm.index.distal', ['numbness'])], events: { cutOrBite: true } },
    ],
    [
      'swollen middle joints of two fingers, stiff for an hour every morning',
      'inflammatory_arthritis',
      'soon',
      {
        regions: [
          mark('right.back.index.middle', ['swelling', 'stiffness'], {
            timing: ['morning_stiffness'],
            morningStiffnessMinutes: 60,
          }),
          mark('right.back.long.middle', ['swelling'], { timing: ['morning_stiffness'] }),
        ],
      },
    ],
    [
      'constant pain that wakes her at night',
      'night_pain',
      'soon',
      {
        regions: [
          mark('left.back.wrist.central', ['pain'], { severity: 7, timing: ['constant', 'wakes_at_night'] }),
        ],
      },
    ],
    [
      'severe pain that makes buttons almost impossible',
      'severe_pain',
      'soon',
      {
        regions: [mark('right.back.index.middle', ['pain'], { severity: 8 })],
        pain: { worst: 8 },
        hardToDo: [{ task: 'buttons', difficulty: 4 }],
      },
    ],
    [
      'a lump on the back of the wrist',
      'lump',
      'routine',
      { regions: [mark('left.back.wrist.central', ['lump'], { severity: 1 })] },
    ],
    [
      // Only with numbness in the thumb-side fingers: a painless lump alone is routine (issue 10).
      'a lump on the palm side of the wrist with numb thumb-side fingers',
      'lump',
      'soon',
      {
        regions: [
          mark('left.palm.wrist.central', ['lump']),
          mark('left.palm.index.distal', ['numbness']),
          mark('left.palm.long.distal', ['numbness']),
        ],
      },
    ],
    [
      'a painless lump on the palm side of the wrist, no numbness',
      'lump',
      'routine',
      { regions: [mark('left.palm.wrist.central', ['lump'], { severity: 1 })] },
    ],
    [
      'a finger that stays bent even with help',
      'finger_stuck_bent',
      'soon',
      { regions: [mark('right.palm.base.ring', ['catching', 'pain'], { locking: 'stays_bent' })] },
    ],
  ])('%s → %s (%s)', (_name, id, urgency, c, ctx) => {
    const flag = flagsOf(c, ctx).find((f) => f.id === id);
    expect(flag, `${id} is raised`).toBeDefined();
    expect(flag?.urgency).toBe(urgency);
    expect(flag?.reason.length).toBeGreaterThan(20);
    expect(flag?.action.length).toBeGreaterThan(10);
  });

  it.each<[string, string, Partial<CheckInInput>, ContextInput?]>([
    [
      'a red, hot, swollen knuckle without fever, cut or bite',
      'infection',
      { regions: [mark('right.back.index.proximal', ['swelling', 'redness_heat'])] },
    ],
    [
      'swelling of two different fingers (not one sausage finger)',
      'infection',
      {
        regions: [
          mark('right.palm.ring.middle', ['swelling', 'pain']),
          mark('right.palm.long.middle', ['swelling']),
        ],
      },
    ],
    [
      'a swollen wrist without any fall',
      'fracture',
      { regions: [mark('left.palm.wrist.radial', ['swelling'])] },
    ],
    [
      'a fall with only mild pain',
      'fracture',
      {
        regions: [mark('left.back.hand.central', ['pain'], { severity: 3 })],
        events: { fallOrInjury: true },
      },
    ],
    [
      'a catching finger (not a torn tendon)',
      'tendon_rupture',
      { regions: [mark('left.palm.base.ring', ['catching'], { locking: 'needs_other_hand' })] },
    ],
    [
      'numbness that comes and goes',
      'nerve_deficit',
      {
        regions: [
          mark('right.palm.index.distal', ['numbness'], { timing: ['comes_and_goes', 'wakes_at_night'] }),
        ],
      },
    ],
    [
      'a swollen right arm when the lymph nodes were removed on the left',
      'lymphoedema',
      { events: { armSwelling: 'right' } },
      LEFT_NODES,
    ],
    [
      'a swollen arm when no lymph nodes were removed',
      'lymphoedema',
      { events: { armSwelling: 'left' } },
      { risk: { lymphNodeSurgerySide: 'none' } },
    ],
    [
      // Two swollen finger joints now raise it whatever the stiffness (NICE NG100; see safety.classes.test.ts).
      'one swollen finger joint stiff for only 20 minutes',
      'inflammatory_arthritis',
      {
        regions: [
          mark('right.back.index.middle', ['swelling'], {
            timing: ['morning_stiffness'],
            morningStiffnessMinutes: 20,
          }),
        ],
      },
    ],
    [
      'one swollen wrist, stiff for an hour',
      'inflammatory_arthritis',
      {
        regions: [
          mark('right.back.wrist.central', ['swelling'], {
            timing: ['morning_stiffness'],
            morningStiffnessMinutes: 60,
          }),
        ],
      },
    ],
    [
      'numbness waking her at night (carpal tunnel, not night pain)',
      'night_pain',
      {
        regions: [
          mark('right.palm.index.distal', ['numbness', 'tingling'], {
            timing: ['wakes_at_night', 'constant'],
          }),
        ],
      },
    ],
    [
      'strong pain but buttons are fine',
      'severe_pain',
      {
        regions: [mark('right.back.index.middle', ['pain'], { severity: 8 })],
        pain: { worst: 8 },
        hardToDo: [{ task: 'buttons', difficulty: 1 }],
      },
    ],
    [
      'the nodule at the base of a catching finger (part of trigger finger)',
      'lump',
      {
        regions: [
          mark('left.palm.base.ring', ['catching', 'lump', 'pain'], { locking: 'straightens_itself' }),
        ],
      },
    ],
  ])('%s → no %s flag', (_name, id, c, ctx) => {
    expect(flagsOf(c, ctx).map((f) => f.id)).not.toContain(id);
  });

  it('raises nothing for an empty check-in', () => {
    expect(flagsOf({})).toEqual([]);
  });
});

describe('rapid worsening against the last check-in [glos-hand][cornwall-cts]', () => {
  const now = (severity: number) => ({
    regions: [mark('right.palm.index.distal', ['numbness'], { severity })],
  });
  const before = (date: string, severity: number) => ({ date, ...now(severity) });

  it.each<[string, number, Partial<CheckInInput>[], boolean]>([
    ['from 2 to 7 out of 10 in two weeks', 7, [before('2026-03-02', 2)], true],
    ['from nothing at all to 6 in a week', 6, [{ date: '2026-03-09' }], true],
    ['from 2 to 7 over two months', 7, [before('2026-01-12', 2)], false],
    ['from 4 to 7 in a week', 7, [before('2026-03-09', 4)], false],
    ['with no earlier check-in', 7, [], false],
    ['when the "earlier" check-in is dated after this one', 7, [before('2026-04-01', 0)], false],
  ])('%s (now %i) → flagged: %s', (_name, severity, history, flagged) => {
    const ids = flagsOf(now(severity), ON_LETROZOLE, history).map((f) => f.id);
    expect(ids.includes('rapid_worsening')).toBe(flagged);
  });
});

describe('ordering', () => {
  it('lists the most urgent first, whatever the table order', () => {
    const flags = flagsOf({
      regions: [
        mark('left.back.wrist.central', ['lump']),
        mark('right.palm.thumb.distal', ['numbness'], { timing: ['constant'] }),
        mark('right.palm.index.middle', ['swelling', 'redness_heat']),
      ],
      events: { fever: true, fallOrInjury: true },
    });
    expect(flags.map((f) => f.urgency)).toEqual(['emergency', 'today', 'soon', 'soon', 'routine']);
    expect(flags[0]?.id).toBe('infection');
    expect(flags[0]?.regions).toEqual(['right.palm.index.middle']);
  });
});

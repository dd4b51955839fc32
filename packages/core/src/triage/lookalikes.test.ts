/**
 * Issue 11: what it resembles and what to try next. Each case is named as a clinic would say it;
 * for each change, the pictures that must match and the look-alikes that must not.
 */
import { describe, expect, it } from 'vitest';
import type { ContextInput } from '../checkin/context';
import type { CheckInInput, Treatment } from '../checkin/schema';
import { LADDERS, type LadderStep } from '../knowledge/ladders';
import { assessed, both, mark, ON_LETROZOLE } from '../testing/build';
import type { Assessment, ConditionId } from './types';

const AFTER_TAXANE: ContextInput = { ...ON_LETROZOLE, risk: { chemotherapy: ['taxane'] } };
const FEET = [{ site: 'feet' as const, symptoms: ['tingling' as const] }];
const classic = (hand: 'left' | 'right') =>
  ['thumb', 'index', 'long'].map((d) =>
    mark(`${hand}.palm.${d}.distal`, ['numbness', 'tingling'], {
      timing: ['wakes_at_night'],
      better: ['shaking_hand'],
      worse: ['driving'],
    }),
  );

const found = (a: Assessment, c: ConditionId) => a.resembles.find((r) => r.condition === c);
const conditions = (a: Assessment) => a.resembles.map((r) => r.condition);
const plan = (c: Partial<CheckInInput>, ctx: ContextInput = ON_LETROZOLE) =>
  assessed(c, ctx).nextSteps.map((s) => (s.redFlag ? `${s.id}!${s.urgency}` : `${s.id}:${s.status}`));
const tried = (kind: Treatment['kind'], effect: Treatment['effect'], more: Partial<Treatment> = {}) => ({
  kind,
  effect,
  ...more,
});

describe('half a ring finger: the median/ulnar border [seed][shehab2013]', () => {
  it('numb thumb, index, middle and the thumb side of the ring finger, little finger spared: carpal tunnel, with the ring split as evidence', () => {
    const a = assessed({
      regions: [...classic('right'), mark('right.palm.ring.distal.radial', ['numbness'])],
    });
    const cts = found(a, 'carpal_tunnel');
    expect(cts?.strength).toBe('strong');
    expect(cts?.evidence.map((e) => e.id)).toContain('ring_finger_split');
    expect(cts?.regions).toContain('right.palm.ring.distal.radial');
    expect(conditions(a)).not.toContain('ulnar_nerve');
  });

  it('numb little finger and the little-finger side of the ring finger: the ulnar nerve, not carpal tunnel', () => {
    const a = assessed({
      regions: [
        mark('left.palm.little.distal', ['numbness', 'tingling']),
        mark('left.palm.ring.distal.ulnar', ['numbness']),
        mark('left.palm.ring.middle.ulnar', ['tingling']),
      ],
    });
    const ulnar = found(a, 'ulnar_nerve');
    expect(ulnar).toBeDefined();
    expect(ulnar?.evidence.map((e) => e.id)).toContain('ring_finger_split');
    expect(conditions(a)).not.toContain('carpal_tunnel');
  });

  it('a numb little-finger side of the ring finger argues against carpal tunnel', () => {
    const a = assessed({
      regions: [...classic('right'), mark('right.palm.ring.distal.ulnar', ['numbness'])],
    });
    expect(found(a, 'carpal_tunnel')?.against.map((e) => e.id)).toContain('little_finger_too');
  });

  it('the thumb side of the ring finger numb on its own is not an ulnar picture', () => {
    const a = assessed({
      regions: [
        mark('right.palm.ring.distal.radial', ['numbness']),
        mark('right.palm.little.distal', ['numbness']),
      ],
    });
    expect(conditions(a)).not.toContain('ulnar_nerve');
  });

  it('a stored v1 whole ring finger with the little finger still reads as an ulnar picture', () => {
    const a = assessed({
      regions: [mark('right.palm.ring.distal', ['numbness']), mark('right.palm.little.distal', ['numbness'])],
    });
    expect(conditions(a)).toContain('ulnar_nerve');
  });
});

describe('chemotherapy nerve damage weighs against carpal tunnel, never hides it [karger-cipn][tofthagen2013]', () => {
  it('after paclitaxel with tingling feet, a classic right-hand carpal tunnel picture (night waking, shaking, driving) is still shown', () => {
    const a = assessed(
      {
        regions: [...classic('right'), mark('left.palm.index.distal', ['tingling'], { severity: 2 })],
        elsewhere: FEET,
      },
      AFTER_TAXANE,
    );
    const cts = found(a, 'carpal_tunnel');
    expect(cts).toBeDefined();
    expect(['moderate', 'strong']).toContain(cts?.strength);
    expect(cts?.against.map((e) => e.id)).toContain('glove_and_stocking_after_chemo');
  });

  it('after a taxane, a one-sided classic carpal tunnel leads, and the one-sided picture argues against chemotherapy nerve damage', () => {
    const a = assessed({ regions: classic('right'), elsewhere: FEET }, AFTER_TAXANE);
    expect(a.resembles[0]?.condition).toBe('carpal_tunnel');
    const cipn = found(a, 'chemo_neuropathy');
    expect(cipn?.against.map((e) => e.id)).toEqual(['one_hand_only', 'classic_squeezed_nerve']);
    expect(cipn?.score ?? 0).toBeLessThan(found(a, 'carpal_tunnel')?.score ?? 0);
  });

  it('glove and stocking after docetaxel (every fingertip of both hands and the feet, no night waking): chemotherapy nerve damage, not carpal tunnel', () => {
    const a = assessed(
      {
        regions: ['thumb', 'index', 'long', 'ring.distal.radial', 'ring.distal.ulnar', 'little'].flatMap(
          (d) => both(`palm.${d.startsWith('ring') ? d : `${d}.distal`}`, ['tingling', 'numbness']),
        ),
        elsewhere: FEET,
      },
      AFTER_TAXANE,
    );
    expect(a.resembles[0]?.condition).toBe('chemo_neuropathy');
    expect(a.resembles[0]?.strength).toBe('strong');
    expect(conditions(a)).not.toContain('carpal_tunnel');
  });
});

describe("De Quervain's sits at the back of the thumb-side wrist [shehab2013][tw-hand2019]", () => {
  it('pain over the back of the thumb-side wrist, worse lifting and using the thumb: strong', () => {
    const a = assessed({
      regions: [mark('right.back.wrist.radial', ['pain'], { worse: ['lifting', 'thumb_use'] })],
    });
    expect(found(a, 'de_quervain')?.strength).toBe('strong');
  });

  it('palm-side thumb-side wrist pain alone, worse lifting: at most moderate (a ganglion or other tendons hurt there too)', () => {
    const a = assessed({
      regions: [mark('right.palm.wrist.radial', ['pain'], { worse: ['lifting', 'thumb_use', 'gripping'] })],
    });
    const dq = found(a, 'de_quervain');
    expect(dq?.strength).not.toBe('strong');
    expect(dq?.evidence.map((e) => e.id)).toContain('thumb_side_wrist_palm_only');
  });

  it('palm-side thumb-side wrist pain alone with nothing else does not resemble it', () => {
    expect(conditions(assessed({ regions: [mark('right.palm.wrist.radial', ['pain'])] }))).not.toContain(
      'de_quervain',
    );
  });
});

describe('a trigger finger that stays bent goes to a hand specialist [makkouk2008][glos-hand]', () => {
  it('no finger splint is offered for a finger that stays bent', () => {
    const steps = plan({
      regions: [mark('left.palm.base.ring', ['pain', 'catching'], { locking: 'stays_bent' })],
    });
    expect(steps.some((s) => s.startsWith('hand_specialist'))).toBe(true);
    expect(steps.some((s) => s.startsWith('finger_splint'))).toBe(false);
  });

  it('a finger that straightens with the other hand still starts with the splint', () => {
    const steps = plan({
      regions: [mark('left.palm.base.ring', ['pain', 'catching'], { locking: 'needs_other_hand' })],
    });
    expect(steps[0]).toBe('finger_splint:suggested');
  });
});

describe('look-alikes are named, not mislabelled', () => {
  it('hard lumps on the back of the end finger joints that ache when gripping: hand osteoarthritis, not trigger finger', () => {
    const a = assessed({
      regions: [
        mark('right.back.index.distal', ['lump', 'aching'], { worse: ['gripping'] }),
        mark('right.back.long.distal', ['lump']),
      ],
    });
    expect(a.resembles[0]?.condition).toBe('hand_osteoarthritis');
    expect(conditions(a)).not.toContain('trigger_finger');
  });

  it('a red, hot middle finger joint argues against osteoarthritis', () => {
    const a = assessed({ regions: [mark('right.back.index.middle', ['lump', 'pain', 'redness_heat'])] });
    expect(found(a, 'hand_osteoarthritis')?.against.map((e) => e.id) ?? ['not shown']).not.toEqual([]);
  });

  it('a painless lump in the palm in line with the ring finger, no catching: Dupuytren’s', () => {
    const a = assessed({ regions: [mark('left.palm.base.ring', ['lump'])] });
    expect(a.resembles[0]?.condition).toBe('dupuytren');
    expect(conditions(a)).not.toContain('trigger_finger');
  });

  it('a painful lump at the finger base that catches: trigger finger, not Dupuytren’s', () => {
    const a = assessed({ regions: [mark('left.palm.base.ring', ['lump', 'pain', 'catching'])] });
    expect(a.resembles[0]?.condition).toBe('trigger_finger');
    expect(conditions(a)).not.toContain('dupuytren');
  });

  it('fingers of both hands that go white or blue in episodes and ease with warmth: Raynaud’s', () => {
    const a = assessed({
      regions: both('palm.long.distal', ['cold_pale_blue'], {
        timing: ['comes_and_goes'],
        better: ['warmth'],
      }),
    });
    expect(found(a, 'raynaud')?.strength).toBe('strong');
  });

  it('one finger that stays cold and pale all the time is not Raynaud’s', () => {
    const a = assessed({
      regions: [mark('right.palm.index.distal', ['cold_pale_blue'], { timing: ['constant'] })],
    });
    expect(conditions(a)).not.toContain('raynaud');
  });

  it('numbness on the back of the thumb side while wearing a thumb splint: the radial skin nerve, not De Quervain’s or carpal tunnel', () => {
    const a = assessed({
      regions: [
        mark('right.back.hand.radial', ['numbness', 'tingling']),
        mark('right.back.thumb.proximal', ['numbness']),
      ],
      treatments: [tried('thumb_splint', 'a_little_better')],
    });
    expect(a.resembles[0]?.condition).toBe('radial_sensory_nerve');
    expect(a.resembles[0]?.evidence.map((e) => e.id)).toContain('splint_or_strap');
    expect(conditions(a)).not.toContain('carpal_tunnel');
    expect(conditions(a)).not.toContain('de_quervain');
    expect(a.nextSteps[0]).toMatchObject({ id: 'loosen_strap', who: 'self' });
  });

  it('a numb palm-side thumb, index and middle finger is carpal tunnel, not the radial skin nerve', () => {
    const a = assessed({ regions: [...classic('right'), mark('right.back.hand.radial', ['tingling'])] });
    expect(a.resembles[0]?.condition).toBe('carpal_tunnel');
  });
});

describe('a fair trial before a rung is passed [irwin2015][hershman2018][henry2018][nhs-ebi-cts]', () => {
  const AI_JOINTS = both('back.index.middle', ['aching', 'stiffness'], {
    timing: ['morning_stiffness'],
    better: ['moving_it'],
  });
  const date = '2026-04-06';

  it('one week of exercise, three days of gel and one acupuncture session (all still going): keep going, no talk of switching', () => {
    const steps = plan({
      date,
      regions: AI_JOINTS,
      treatments: [
        tried('exercise', 'no_change', { startedOn: '2026-03-30' }),
        tried('nsaid_gel', 'no_change', { startedOn: '2026-04-03' }),
        tried('acupuncture', 'no_change', { startedOn: '2026-04-06' }),
      ],
    });
    expect(steps).toContain('exercise:keep_going');
    expect(steps).toContain('acupuncture:keep_going');
    expect(steps.some((s) => s.startsWith('oncology_team_switch'))).toBe(false);
  });

  it('the same short tries, stopped: they were not fair trials, so exercise is suggested again, and no switch', () => {
    const steps = plan({
      date,
      regions: AI_JOINTS,
      treatments: [
        tried('exercise', 'no_change', { startedOn: '2026-03-23', endedOn: '2026-03-30' }),
        tried('nsaid_gel', 'no_change', { startedOn: '2026-04-01', endedOn: '2026-04-03' }),
        tried('acupuncture', 'no_change', { startedOn: '2026-04-02', endedOn: '2026-04-02' }),
      ],
    });
    expect(steps[0]).toBe('exercise:suggested');
    expect(steps.some((s) => s.startsWith('oncology_team_switch'))).toBe(false);
  });

  it('rest is not exercise: changing how the hands are used leaves exercise on offer', () => {
    const steps = plan({ regions: AI_JOINTS, treatments: [tried('activity_change', 'no_change')] });
    expect(steps[0]).toBe('exercise:suggested');
  });

  it('duloxetine for 4 weeks without relief is still within its 12-week course', () => {
    const steps = plan({
      date,
      regions: AI_JOINTS,
      treatments: [tried('duloxetine', 'no_change', { startedOn: '2026-03-09' })],
    });
    expect(steps).toContain('duloxetine:keep_going');
    expect(steps.some((s) => s.startsWith('oncology_team_switch'))).toBe(false);
  });

  it('duloxetine for 13 weeks without relief: acupuncture is not hidden, exercise stays, and a talk with the oncology team follows', () => {
    const steps = plan({
      date: '2026-06-08',
      regions: AI_JOINTS,
      treatments: [tried('duloxetine', 'no_change', { startedOn: '2026-03-09' })],
    });
    expect(steps).toContain('acupuncture:suggested');
    expect(steps).toContain('exercise:suggested');
    expect(steps).toContain('oncology_team_switch:suggested');
  });

  it('each fair trial names its number and its sources', () => {
    const trial = (condition: string, id: string) =>
      ((LADDERS.find((l) => l.condition === condition)?.steps ?? []) as readonly LadderStep[]).find(
        (s) => s.id === id,
      )?.fairTrial;
    expect(trial('ai_arthralgia', 'exercise')?.weeks).toBe(12);
    expect(trial('ai_arthralgia', 'acupuncture')?.weeks).toBe(6);
    expect(trial('ai_arthralgia', 'duloxetine')?.weeks).toBe(12);
    expect(trial('carpal_tunnel', 'night_splint')?.weeks).toBe(8);
    expect(trial('trigger_finger', 'finger_splint')?.weeks).toBe(6);
    expect(trial('de_quervain', 'thumb_splint')?.weeks).toBe(3);
    expect(trial('thumb_base_arthritis', 'thumb_splint')?.weeks).toBeGreaterThan(0);
  });

  it('the carpal tunnel night splint uses one number: its text, its keep-going text and the referral rule all say 8 weeks', () => {
    const cts = LADDERS.find((l) => l.condition === 'carpal_tunnel')?.steps as readonly LadderStep[];
    const splint = cts.find((s) => s.id === 'night_splint');
    expect(splint?.text).toMatch(/8 weeks/);
    expect(splint?.keepGoing).toMatch(/8 weeks/);
    const seven = plan({
      regions: classic('right'),
      treatments: [tried('night_splint', 'no_change', { startedOn: '2026-01-26' })],
    });
    expect(seven).toContain('night_splint:keep_going');
    const eight = plan({
      regions: classic('right'),
      treatments: [tried('night_splint', 'no_change', { startedOn: '2026-01-19' })],
    });
    expect(eight[0]).toBe('hand_specialist:suggested');
  });
});

describe('what else to try [kloppenburg2019][nishihori2008]', () => {
  const THUMB_BASE = [mark('right.palm.thenar', ['pain'], { worse: ['pinching'] })];

  it('thumb-base arthritis: hand exercises and hand therapy are on its ladder, beside the splint', () => {
    const steps = plan({ regions: THUMB_BASE, treatments: [tried('thumb_splint', 'no_change')] });
    expect(steps[0]).toBe('hand_therapy_exercises:suggested');
  });

  it('"I’m doing these exercises" counts as trying the hand exercises, and its effect shows', () => {
    const steps = plan({ regions: THUMB_BASE, treatments: [tried('hand_exercises', 'a_little_better')] });
    expect(steps).toContain('hand_therapy_exercises:keep_going');
  });

  it('carpal tunnel on an aromatase inhibitor: a late rung to talk to the oncology team, never to stop the medicine', () => {
    const a = assessed({ regions: classic('right'), treatments: [tried('steroid_injection', 'no_change')] });
    const step = a.nextSteps.find((s) => s.id === 'oncology_team_cts');
    expect(step).toMatchObject({ who: 'oncology_team', status: 'if_no_better', sources: ['nishihori2008'] });
    expect(step?.text).toMatch(/Keep taking your medicine/);
    const first = assessed({ regions: classic('right') }).nextSteps.map((s) => s.id);
    expect(first).not.toContain('oncology_team_cts');
  });

  it('for the GP: when a nerve test is worth asking for, on the carpal tunnel ladder', () => {
    const note = LADDERS.find((l) => l.condition === 'carpal_tunnel')?.notes?.find(
      (n) => n.id === 'when_nerve_test',
    );
    expect(note?.text).toMatch(/before surgery/);
    expect(note?.text).toMatch(/chemotherapy/);
    expect(note?.text).toMatch(/diabetes/);
    expect(note?.text).toMatch(/ulnar/);
    expect(note?.text).toMatch(/after a release/);
  });
});

/**
 * Clinical-safety review (rules 1.2.0): adversarial check-ins written as a second clinician would,
 * against the cited guidelines and papers (knowledge/sources.ts). Each red flag must come up, first, with a sensible
 * urgency; look-alikes must not be over-called; ladders must follow the sources' thresholds; no text
 * may diagnose, tell anyone to stop their medicine, or borrow a licensed questionnaire's wording.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_ALERT_STATE, stepAlerts } from '../alerts/episodes';
import { computeAlerts, DEFAULT_ALERT_CONFIG } from '../alerts/rules';
import type { ContextInput } from '../checkin/context';
import type { CheckInInput, Treatment } from '../checkin/schema';
import { checkInQuestionnaire } from '../fhir/questionnaire';
import { CONDITIONS, type ConditionPattern } from '../knowledge/conditions';
import { type CareLadder, LADDERS, ONCOLOGY_TALK } from '../knowledge/ladders';
import { LEARN_PAGES } from '../knowledge/learn';
import { tellsReaderToStopMedicine } from '../knowledge/plainWords';
import { RED_FLAGS, type RedFlag } from '../knowledge/redFlags';
import { gpSummary } from '../report/gpSummary';
import { buildRecord, demoRecord } from '../report/samples';
import { ADHERENCE_QUESTION, QUESTIONS_BY_CONDITION, STEP_WORDING } from '../report/wording';
import { assessed, both, mark, ON_LETROZOLE, textsOf } from '../testing/build';
import type { Assessment, Urgency } from './types';

const LEFT_NODES: ContextInput = { ...ON_LETROZOLE, risk: { lymphNodeSurgerySide: 'left' } };
const TAXANE: ContextInput = { ...ON_LETROZOLE, risk: { chemotherapy: ['taxane'] } };

const stiff60 = { timing: ['morning_stiffness' as const], morningStiffnessMinutes: 60 };

describe('dangerous misses: the right red flag, listed first, with a sensible urgency [glos-hand]', () => {
  it.each<[string, string, Urgency, Partial<CheckInInput>, ContextInput?]>([
    [
      'a hot, red, swollen finger two days after a cat bite, no fever',
      'infection',
      'emergency',
      {
        regions: [mark('right.palm.index.middle', ['swelling', 'redness_heat', 'pain'], { severity: 7 })],
        events: { cutOrBite: true },
      },
    ],
    [
      'a red, hot, painful finger after a cat bite, before any swelling is marked',
      'infection',
      'emergency',
      {
        regions: [mark('right.palm.index.middle', ['redness_heat', 'pain'], { severity: 6 })],
        events: { cutOrBite: true },
      },
    ],
    [
      'a red, hot, sore wrist with a fever, no swelling marked',
      'infection',
      'emergency',
      {
        regions: [mark('right.back.wrist.central', ['redness_heat', 'pain'], { severity: 7 })],
        events: { fever: true },
      },
    ],
    [
      'a swollen, painful wrist with a fever, no redness noticed',
      'infection',
      'emergency',
      {
        regions: [mark('left.back.wrist.central', ['swelling', 'pain'], { severity: 7 })],
        events: { fever: true },
      },
    ],
    [
      'a hot, red, swollen knuckle with no fever and no wound',
      'hot_swelling',
      'today',
      { regions: [mark('right.back.index.proximal', ['redness_heat', 'swelling', 'pain'], { severity: 7 })] },
    ],
    [
      'a red, hot, swollen back of the hand with no fever and no wound',
      'hot_swelling',
      'today',
      { regions: [mark('left.back.hand.central', ['redness_heat', 'swelling'])] },
    ],
    [
      'a swollen arm (no lymph nodes removed) with a red forearm and a fever',
      'infection',
      'emergency',
      {
        regions: [mark('right.back.forearm.ulnar', ['redness_heat'])],
        events: { armSwelling: 'right', fever: true },
      },
      { ...ON_LETROZOLE, risk: { lymphNodeSurgerySide: 'none' } },
    ],
    [
      'cold, pale fingers marked only on the back of the hand',
      'circulation',
      'emergency',
      { regions: [mark('left.back.hand.central', ['cold_pale_blue'], { severity: 1 })] },
    ],
    [
      'suddenly cannot straighten a finger after lifting, no area marked',
      'tendon_rupture',
      'emergency',
      { events: { suddenlyCannotMoveFinger: true } },
    ],
    [
      'suddenly cannot straighten a finger after lifting, the back of the finger sore',
      'tendon_rupture',
      'emergency',
      {
        regions: [mark('right.back.long.distal', ['pain'], { worse: ['lifting'] })],
        events: { suddenlyCannotMoveFinger: true },
      },
    ],
    [
      'a thinner thumb-base muscle with only mild severity (1)',
      'nerve_deficit',
      'soon',
      { regions: [mark('right.palm.thenar', ['thinning'], { severity: 1, daysPerWeek: 7 })] },
    ],
    [
      'arm swelling on the lymph-node side with redness of the forearm',
      'lymphoedema',
      'today',
      { regions: [mark('left.back.forearm.radial', ['redness_heat'])], events: { armSwelling: 'left' } },
      LEFT_NODES,
    ],
    [
      'arm swelling on the lymph-node side with redness and a fever',
      'lymphoedema',
      'emergency',
      {
        regions: [mark('left.back.forearm.radial', ['redness_heat'])],
        events: { armSwelling: 'left', fever: true },
      },
      LEFT_NODES,
    ],
    [
      'unrelenting constant pain at 9 in one wrist, waking her at night',
      'night_pain',
      'soon',
      {
        regions: [
          mark('right.back.wrist.central', ['pain'], {
            severity: 9,
            daysPerWeek: 7,
            timing: ['constant', 'wakes_at_night'],
          }),
        ],
      },
    ],
    [
      'constant pain at 9 in one wrist every day, the night box not ticked',
      'night_pain',
      'soon',
      {
        regions: [
          mark('right.back.wrist.central', ['pain'], { severity: 9, daysPerWeek: 7, timing: ['constant'] }),
        ],
      },
    ],
    [
      'new swelling of several finger joints with 60 minutes of morning stiffness',
      'inflammatory_arthritis',
      'soon',
      {
        regions: [
          mark('right.palm.index.middle', ['swelling', 'stiffness'], stiff60),
          mark('right.palm.long.middle', ['swelling', 'stiffness'], stiff60),
          mark('left.palm.ring.middle', ['swelling'], stiff60),
        ],
      },
    ],
    [
      'two swollen finger joints, stiff in the morning, how long not said',
      'inflammatory_arthritis',
      'soon',
      {
        regions: [
          mark('right.palm.index.middle', ['swelling', 'stiffness'], { timing: ['morning_stiffness'] }),
          mark('right.palm.long.middle', ['swelling', 'stiffness'], { timing: ['morning_stiffness'] }),
        ],
      },
    ],
    [
      'a fall on the outstretched hand, then only a mild ache (3) on the thumb side of the wrist',
      'fracture',
      'today',
      {
        regions: [mark('right.back.wrist.radial', ['aching'], { severity: 3 })],
        events: { fallOrInjury: true },
      },
    ],
    [
      'numbness of the fingertips after a fall',
      'numbness_after_injury',
      'soon',
      { regions: [mark('right.palm.index.distal', ['numbness'])], events: { fallOrInjury: true } },
    ],
    [
      'tingling of the fingertips after a fall',
      'numbness_after_injury',
      'soon',
      { regions: [mark('right.palm.index.distal', ['tingling'])], events: { fallOrInjury: true } },
    ],
    [
      'severe aching (8) in both hands and buttons very hard, no overall pain answer',
      'severe_pain',
      'soon',
      {
        regions: both('back.index.middle', ['aching', 'stiffness'], { severity: 8 }),
        hardToDo: [{ task: 'buttons', difficulty: 3 }],
      },
    ],
  ])('%s → %s (%s)', (_name, id, urgency, c, ctx) => {
    const a = assessed(c, ctx);
    expect(a.redFlags[0]).toMatchObject({ id, urgency });
    expect(a.nextSteps[0]).toMatchObject({ redFlag: id, urgency });
    expect(a.tellYourGp[0]).toMatch(/^HandCheck flagged /);
  });

  it('a bite infection on top of a carpal-tunnel pattern: only the emergency step, no ladder step beside it', () => {
    const a = assessed({
      regions: [
        ...['thumb', 'index', 'long'].map((d) =>
          mark(`right.palm.${d}.distal`, ['numbness'], { timing: ['wakes_at_night'] }),
        ),
        mark('right.palm.index.middle', ['swelling', 'redness_heat', 'pain']),
      ],
      events: { cutOrBite: true },
    });
    expect(a.resembles[0]?.condition).toBe('carpal_tunnel');
    expect(a.nextSteps[0]).toMatchObject({ id: 'emergency_care', redFlag: 'infection' });
    // Nothing competes with an emergency (issue 10): no night splint, no medicine line.
    expect(a.nextSteps.every((s) => s.redFlag)).toBe(true);
  });
});

describe('quickly getting worse, a little each week [glos-hand][cornwall-cts]', () => {
  const week = (date: string, severity: number) => ({
    date,
    regions: [mark('right.palm.index.distal', ['numbness'], { severity })],
  });

  it('2, 4, 6 then 8 over three weeks raises rapid worsening though no single week rose by 4', () => {
    const a = assessed(week('2026-03-16', 8), ON_LETROZOLE, [
      week('2026-02-23', 2),
      week('2026-03-02', 4),
      week('2026-03-09', 6),
    ]);
    expect(a.redFlags.map((f) => f.id)).toContain('rapid_worsening');
  });

  it('a rise from 2 more than 28 days ago does not count', () => {
    const a = assessed(week('2026-03-16', 6), ON_LETROZOLE, [week('2026-02-09', 2), week('2026-03-09', 5)]);
    expect(a.redFlags.map((f) => f.id)).not.toContain('rapid_worsening');
  });
});

describe('red flags that must not be over-called', () => {
  const ids = (c: Partial<CheckInInput>, ctx?: ContextInput) => assessed(c, ctx).redFlags.map((f) => f.id);

  it.each<[string, string, Partial<CheckInInput>]>([
    [
      'a hot swollen finger with a fever is an infection, not also a same-day hot joint',
      'hot_swelling',
      {
        regions: [mark('right.palm.index.middle', ['swelling', 'redness_heat'])],
        events: { fever: true },
      },
    ],
    [
      'constant pain 8 for two days from a fresh infected cut is not the unrelenting-pain flag',
      'night_pain',
      {
        regions: [
          mark('right.palm.index.middle', ['pain', 'swelling', 'redness_heat'], {
            severity: 8,
            timing: ['constant'],
            daysPerWeek: 2,
          }),
        ],
        events: { fever: true, cutOrBite: true },
      },
    ],
    [
      // One site aching constantly at rest every day now raises night_pain (issue 10); aching in
      // both wrists, the medicine's pattern, does not.
      'constant aching at 6 in both wrists that does not wake her',
      'night_pain',
      {
        regions: both('back.wrist.central', ['aching'], {
          severity: 6,
          daysPerWeek: 7,
          timing: ['constant'],
        }),
      },
    ],
    [
      'one swollen finger joint with 15 minutes of morning stiffness',
      'inflammatory_arthritis',
      {
        regions: [
          mark('right.palm.index.middle', ['swelling', 'stiffness'], {
            timing: ['morning_stiffness'],
            morningStiffnessMinutes: 15,
          }),
        ],
      },
    ],
    [
      'one swollen finger joint, stiff in the morning for an unstated time',
      'inflammatory_arthritis',
      { regions: [mark('right.palm.index.middle', ['swelling'], { timing: ['morning_stiffness'] })] },
    ],
    [
      'a fall, then a mild ache (3) on the back of the hand, nothing swollen',
      'fracture',
      {
        regions: [mark('right.back.hand.central', ['aching'], { severity: 3 })],
        events: { fallOrInjury: true },
      },
    ],
    [
      // A swollen, painful finger after a cut is now the emergency infection flag (issue 10); a sore
      // cut on the back of the hand without a swollen finger is the same-day wound flag only.
      'a sore cut on the back of the hand, no swollen finger, no fever and no redness',
      'infection',
      {
        regions: [mark('right.back.hand.central', ['pain'], { severity: 3 })],
        events: { cutOrBite: true },
      },
    ],
    [
      'tingling fingertips with no injury',
      'numbness_after_injury',
      { regions: [mark('right.palm.index.distal', ['tingling'])] },
    ],
    [
      'red, painful skin with no fever, wound or swelling',
      'infection',
      { regions: [mark('right.back.hand.central', ['redness_heat', 'pain'])] },
    ],
  ])('%s (no %s)', (_name, absent, c) => {
    expect(ids(c)).not.toContain(absent);
  });

  it('redness on the side where lymph nodes were removed is the lymphoedema flag (today), not a second same-day flag', () => {
    const flags = assessed(
      {
        regions: [mark('left.back.hand.central', ['redness_heat', 'swelling'])],
        events: { armSwelling: 'left' },
      },
      LEFT_NODES,
    ).redFlags;
    expect(flags.map((f) => `${f.id}/${f.urgency}`)).toEqual(['lymphoedema/today']);
  });
});

describe('look-alikes: suggest the right pattern and not the wrong one [katz1990][shehab2013][karger-cipn]', () => {
  const conditions = (a: Assessment) => a.resembles.map((r) => r.condition);

  it('numbness of the ring and little finger only is not carpal tunnel (ulnar nerve instead)', () => {
    const a = assessed({
      regions: [mark('right.palm.ring.distal', ['numbness']), mark('right.palm.little.distal', ['numbness'])],
    });
    expect(conditions(a)).not.toContain('carpal_tunnel');
    expect(conditions(a)[0]).toBe('ulnar_nerve');
    expect(a.scores.katz.right).toBe('unlikely');
  });

  it('both hands and both feet numb after a taxane is not carpal tunnel (chemotherapy nerve damage)', () => {
    const a = assessed(
      {
        regions: [...both('palm.index.distal', ['numbness']), ...both('palm.long.distal', ['numbness'])],
        elsewhere: [{ site: 'feet', symptoms: ['numbness'] }],
      },
      TAXANE,
    );
    expect(conditions(a)).not.toContain('carpal_tunnel');
    expect(conditions(a)[0]).toBe('chemo_neuropathy');
  });

  it('a trigger finger on each hand with sore finger bases is not aromatase-inhibitor joint pain', () => {
    const a = assessed({
      regions: [
        mark('right.palm.ring.middle', ['catching']),
        mark('right.palm.base.ring', ['pain'], { timing: ['morning_stiffness'] }),
        mark('left.palm.long.middle', ['catching']),
        mark('left.palm.base.long', ['pain'], { timing: ['morning_stiffness'] }),
      ],
    });
    expect(conditions(a)).toEqual(['trigger_finger']);
  });

  it('a trigger finger beside aching joints of other fingers still lets the joint pain show', () => {
    const a = assessed({
      regions: [
        mark('right.palm.ring.middle', ['catching']),
        mark('right.palm.base.ring', ['pain']),
        ...both('back.index.middle', ['aching', 'stiffness'], { timing: ['morning_stiffness'] }),
      ],
    });
    expect(conditions(a)).toContain('trigger_finger');
    const joints = a.resembles.find((r) => r.condition === 'ai_arthralgia');
    expect(joints?.regions).not.toContain('right.palm.base.ring');
  });

  it('pain at the thumb base with pinching resembles thumb-base arthritis, not De Quervain’s', () => {
    const a = assessed({
      regions: [mark('right.palm.thenar', ['pain'], { worse: ['pinching', 'turning_handle'] })],
    });
    expect(conditions(a)).toEqual(['thumb_base_arthritis']);
  });

  it('thumb-side wrist pain with lifting resembles De Quervain’s, not thumb-base arthritis', () => {
    const a = assessed({
      regions: [mark('right.back.wrist.radial', ['pain'], { worse: ['lifting', 'thumb_use'] })],
    });
    expect(conditions(a)).toEqual(['de_quervain']);
  });

  it('tingling on the back of the hand only is not carpal tunnel: at most a weak irritated radial skin nerve', () => {
    const a = assessed({
      regions: [mark('right.back.hand.central', ['tingling']), mark('right.back.hand.radial', ['tingling'])],
    });
    expect(a.resembles.map((r) => [r.condition, r.strength])).toEqual([['radial_sensory_nerve', 'weak']]);
    expect(a.redFlags).toEqual([]);
  });

  it.each<[string, Partial<CheckInInput>]>([
    [
      'a single mild ache (2) in the middle of the wrist',
      { regions: [mark('right.back.wrist.central', ['aching'], { severity: 2 })] },
    ],
    [
      'a single mild ache (2) on the thumb side of the wrist, worse lifting',
      {
        regions: [
          mark('right.back.wrist.radial', ['aching'], { severity: 2, worse: ['lifting', 'thumb_use'] }),
        ],
      },
    ],
    [
      'a single mild ache (1) at the thumb base, worse pinching',
      { regions: [mark('right.palm.thenar', ['aching'], { severity: 1, worse: ['pinching'] })] },
    ],
    [
      'mild tingling (2) of thumb and index that wakes her',
      {
        regions: [
          mark('right.palm.thumb.distal', ['tingling'], { severity: 2, timing: ['wakes_at_night'] }),
          mark('right.palm.index.distal', ['tingling'], { severity: 2, timing: ['wakes_at_night'] }),
        ],
      },
    ],
  ])('%s gives weak patterns at most', (_name, c) => {
    for (const r of assessed(c).resembles) expect(r.strength, r.condition).toBe('weak');
  });

  it('the same thumb-side wrist pain at 5 is a strong resemblance (the cap is only for mild areas)', () => {
    const a = assessed({
      regions: [mark('right.back.wrist.radial', ['pain'], { worse: ['lifting', 'thumb_use'] })],
    });
    expect(a.resembles[0]?.strength).toBe('strong');
  });

  it.each<[string, Partial<CheckInInput>]>([
    ['an empty check-in', {}],
    ['a worst pain of 0 and nothing marked', { pain: { worst: 0 } }],
    [
      'areas marked at 0 ("none this week")',
      { regions: [mark('right.palm.index.distal', ['numbness'], { severity: 0 })] },
    ],
  ])('"no symptoms this week" (%s) gives nothing and no steps', (_name, c) => {
    const a = assessed(c);
    expect([a.redFlags, a.resembles, a.nextSteps]).toEqual([[], [], []]);
  });
});

type TreatmentInput = Pick<Treatment, 'kind' | 'effect'> & Partial<Treatment>;
const plan = (regions: CheckInInput['regions'], treatments: TreatmentInput[] = []) =>
  assessed({ regions, treatments }).nextSteps.map((s) =>
    s.redFlag ? `${s.id}!${s.urgency}` : `${s.id}:${s.status}`,
  );

const CTS = ['thumb', 'index', 'long'].map((d) =>
  mark(`right.palm.${d}.distal`, ['numbness', 'tingling'], { timing: ['wakes_at_night'] }),
);
const DQ = [mark('right.back.wrist.radial', ['pain'], { severity: 3, worse: ['lifting', 'thumb_use'] })];
const TRIGGER = [
  mark('left.palm.base.ring', ['pain', 'catching'], { severity: 3, locking: 'needs_other_hand' }),
];
// The check-in date is 2026-03-16.
const WEEKS_AGO: Record<number, string> = {
  1: '2026-03-09',
  2: '2026-03-02',
  3: '2026-02-23',
  5: '2026-02-09',
  6: '2026-02-02',
  7: '2026-01-26',
  8: '2026-01-19',
};

describe('care ladders follow the brief’s thresholds [nhs-ebi-cts][glos-dq][tarbhai2012][teo2018]', () => {
  it.each<[string, CheckInInput['regions'], TreatmentInput[], string[]]>([
    // Carpal tunnel [aaos2016][aaos2008][nhs-ebi-cts]
    [
      'carpal tunnel, nothing tried: night splint first',
      CTS,
      [],
      ['night_splint:suggested', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, anti-inflammatory tablets tried: still a splint, never more tablets',
      CTS,
      [{ kind: 'nsaid_tablets', effect: 'no_change' }],
      ['night_splint:suggested', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, a night splint that helps is kept going',
      CTS,
      [{ kind: 'night_splint', effect: 'a_little_better', startedOn: WEEKS_AGO[3] }],
      ['night_splint:keep_going', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, one week in a splint with no change is too soon to judge',
      CTS,
      [{ kind: 'night_splint', effect: 'no_change', startedOn: WEEKS_AGO[1] }],
      ['night_splint:keep_going', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, 7 weeks in a splint with no change: still within the 8-week fair trial, injection only if no better',
      CTS,
      [{ kind: 'night_splint', effect: 'no_change', startedOn: WEEKS_AGO[7] }],
      ['night_splint:keep_going', 'steroid_injection:if_no_better'],
    ],
    [
      'carpal tunnel, 8 weeks in a splint with no change: the NHS threshold for a hand specialist',
      CTS,
      [{ kind: 'night_splint', effect: 'no_change', startedOn: WEEKS_AGO[8] }],
      ['hand_specialist:suggested', 'steroid_injection:suggested'],
    ],
    [
      'carpal tunnel on letrozole, one injection without relief: hand specialist, and the oncology team if no better',
      CTS,
      [{ kind: 'steroid_injection', effect: 'no_change' }],
      ['hand_specialist:suggested', 'oncology_team_cts:if_no_better'],
    ],
    [
      'carpal tunnel with a thinner thumb-base muscle: hand specialist at once, as a red flag',
      [...CTS, mark('right.palm.thenar', ['thinning'], { severity: 1 })],
      [],
      ['hand_specialist!soon', 'night_splint:suggested', 'steroid_injection:if_no_better'],
    ],
    // De Quervain's [glos-dq]
    [
      "De Quervain's, nothing tried: thumb splint",
      DQ,
      [],
      ['thumb_splint:suggested', 'steroid_injection:if_no_better'],
    ],
    [
      "De Quervain's, one week in the thumb splint, no change: keep it up",
      DQ,
      [{ kind: 'thumb_splint', effect: 'no_change', startedOn: WEEKS_AGO[1] }],
      ['thumb_splint:keep_going', 'steroid_injection:if_no_better'],
    ],
    [
      "De Quervain's, three weeks in the thumb splint, no better: injection",
      DQ,
      [{ kind: 'thumb_splint', effect: 'no_change', startedOn: WEEKS_AGO[3] }],
      ['steroid_injection:suggested', 'hand_specialist:if_no_better'],
    ],
    [
      "De Quervain's, the splint made it worse after a week: passed over at once",
      DQ,
      [{ kind: 'thumb_splint', effect: 'worse', startedOn: WEEKS_AGO[1] }],
      ['steroid_injection:suggested', 'hand_specialist:if_no_better'],
    ],
    // Trigger finger [tarbhai2012][teo2018][wojahn2014]
    [
      'trigger finger, two weeks in a finger splint, no change: keep it up for the full trial',
      TRIGGER,
      [{ kind: 'finger_splint', effect: 'no_change', startedOn: WEEKS_AGO[2] }],
      ['finger_splint:keep_going', 'steroid_injection:if_no_better'],
    ],
    [
      'trigger finger, five weeks in a finger splint, no change: still within the 6-week trial',
      TRIGGER,
      [{ kind: 'finger_splint', effect: 'no_change', startedOn: WEEKS_AGO[5] }],
      ['finger_splint:keep_going', 'steroid_injection:if_no_better'],
    ],
    [
      'trigger finger, six weeks in a finger splint, no change: injection',
      TRIGGER,
      [{ kind: 'finger_splint', effect: 'no_change', startedOn: WEEKS_AGO[6] }],
      ['steroid_injection:suggested', 'hand_specialist:if_no_better'],
    ],
    [
      'trigger finger, an injection that did not help: hand specialist, then release',
      TRIGGER,
      [
        { kind: 'finger_splint', effect: 'no_change', startedOn: WEEKS_AGO[8] },
        { kind: 'steroid_injection', effect: 'no_change' },
      ],
      ['hand_specialist:suggested', 'surgical_release:if_no_better'],
    ],
  ])('%s', (_name, regions, treatments, expected) => {
    expect(plan(regions, treatments)).toEqual(expected);
  });

  it('no step on the carpal tunnel ladder offers anti-inflammatory tablets [aaos2016]', () => {
    const cts = LADDERS.find((l) => l.condition === 'carpal_tunnel') as CareLadder;
    for (const s of cts.steps) {
      expect(s.tried, s.id).not.toContain('nsaid_tablets');
      expect(`${s.text} ${s.keepGoing}`, s.id).not.toMatch(/\b(try|take|ask about)\b[^.]*anti-inflammator/i);
    }
  });

  it('pain of 6 that matches no pattern still gets a step: show the GP, and tell the oncology team [seed][chim2013]', () => {
    const a = assessed({ regions: [mark('right.back.wrist.central', ['pain'], { severity: 6 })] });
    expect(a.resembles).toEqual([]);
    expect(a.nextSteps.map((s) => `${s.id}:${s.who}`)).toEqual([
      'gp_review:gp',
      'tell_oncology_team:oncology_team',
    ]);
    expect(a.nextSteps[0]?.condition).toBeNull();
  });

  it('a mild ache (2) that matches no pattern gives no step', () => {
    expect(
      assessed({ regions: [mark('right.back.wrist.central', ['aching'], { severity: 2 })] }).nextSteps,
    ).toEqual([]);
  });

  it('an emergency on its own does not add the medicine-pain talk to the oncology team', () => {
    const steps = assessed({
      regions: [mark('right.palm.index.middle', ['swelling', 'redness_heat', 'pain'], { severity: 8 })],
      events: { cutOrBite: true },
    }).nextSteps;
    expect(steps.map((s) => s.id)).toEqual(['emergency_care']);
  });

  it('tells the oncology team about pain of 4 or more from the areas when no overall pain was asked [chim2013]', () => {
    const steps = assessed({ regions: TRIGGER.map((r) => ({ ...r, severity: 6 })) }).nextSteps;
    expect(steps.at(-1)).toMatchObject({ id: ONCOLOGY_TALK.id, who: 'oncology_team' });
    expect(assessed({ regions: TRIGGER }).nextSteps.map((s) => s.id)).not.toContain(ONCOLOGY_TALK.id);
  });
});

/** Every text the knowledge tables and Learn pages can show a person. */
function allTexts(): string[] {
  const out: string[] = [];
  for (const p of CONDITIONS as readonly ConditionPattern[]) {
    out.push(p.name, ...[...p.for, ...p.against].map((c) => c.text));
  }
  for (const f of RED_FLAGS as readonly RedFlag[]) {
    out.push(f.name, f.reason, f.action, ...(f.escalations ?? []).flatMap((e) => [e.reason, e.action]));
  }
  for (const l of LADDERS as readonly CareLadder[]) {
    out.push(...l.steps.flatMap((s) => [s.text, s.keepGoing]), ...(l.notes ?? []).map((n) => n.text));
  }
  out.push(ONCOLOGY_TALK.text);
  for (const page of LEARN_PAGES) {
    out.push(page.title, page.summary, ...page.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
  }
  return out;
}

/** Clinician wording of the GP summary (shown under headings such as "Oncology team:"). */
function clinicianTexts(): string[] {
  const out = [ADHERENCE_QUESTION.text, ...Object.values(STEP_WORDING).map((w) => w.label)];
  for (const qs of Object.values(QUESTIONS_BY_CONDITION)) out.push(...(qs ?? []).map((q) => q.text));
  return out;
}

/** A record with red flags and several patterns, and the GP summary and alerts made from it. */
function busyRecordTexts(): string[] {
  const record = buildRecord(
    [
      {
        date: '2026-03-02',
        regions: [mark('right.palm.index.distal', ['numbness'], { timing: ['wakes_at_night'] })],
      },
      {
        date: '2026-03-16',
        regions: [
          ...CTS,
          mark('left.palm.base.ring', ['pain', 'catching'], { locking: 'stays_bent' }),
          mark('right.palm.thenar', ['thinning']),
          mark('right.back.index.proximal', ['redness_heat', 'swelling'], { severity: 8 }),
        ],
        pain: { worst: 8 },
        hardToDo: [{ task: 'buttons', difficulty: 4 }],
        events: { armSwelling: 'left' },
      },
    ],
    { context: LEFT_NODES },
  );
  const entries = record.checkIns.map((c) => ({ checkIn: c.checkIn, assessment: c.assessment }));
  return [
    JSON.stringify(gpSummary(record, '2026-03-17')),
    JSON.stringify(gpSummary(demoRecord(), '2026-05-25')),
    ...computeAlerts(entries, record.context, '2026-03-17').map((a) => a.reason),
    ...record.checkIns.flatMap((c) => textsOf(c.assessment)),
  ];
}

describe('suggest, never diagnose; never "stop your medicine"', () => {
  const patientTexts = [...allTexts(), ...assessed({ regions: CTS }).tellYourGp];
  const texts = [...patientTexts, ...clinicianTexts(), ...busyRecordTexts()];

  it('no text says "you have", "diagnosed", "confirms" or "definitely" (only "not a diagnosis")', () => {
    for (const t of texts) {
      const cleaned = t.replace(/\b(it is )?not a diagnosis\b/gi, '');
      expect(cleaned, t).not.toMatch(/\byou have\b|diagnos|\bconfirm(s|ed)?\b|\bdefinitely\b/i);
    }
  });

  it('no text tells the reader to stop, pause or skip their medicine', () => {
    for (const t of texts) expect(tellsReaderToStopMedicine(t), t).toBe(false);
  });

  it('every text about changing the medicine sends the reader to the oncology team', () => {
    const aboutChange = patientTexts.filter((t) =>
      /\b(switch(ing)?|change|different)\b[^.]*\b(aromatase inhibitor|medicine)\b/i.test(t),
    );
    expect(aboutChange.length).toBeGreaterThan(0);
    for (const t of aboutChange) expect(t, t).toMatch(/oncology team/i);
  });

  it('patterns resemble: the GP sentence says "resembles" and asks the GP to check', () => {
    const a = assessed({ regions: CTS });
    expect(a.tellYourGp.at(-1)).toMatch(/^HandCheck says the pattern resembles .+ Could you check\?$/);
  });
});

/**
 * Typical item phrasings of licensed questionnaires (BPI, QuickDASH, BCTQ, PRO-CTCAE), as fragments;
 * none may appear in HandCheck's own words [bpi-guide][iwh-licence][nci-faq].
 */
const LICENSED_PHRASES = [
  /marking the box beside the number/i,
  /best describes your pain/i,
  /pain at its (worst|least) in the last 24 hours/i,
  /pain on the average/i,
  /how much relief have pain treatments/i,
  /has interfered with your/i,
  /open a tight or new jar/i,
  /heavy household chores/i,
  /carry a shopping bag or briefcase/i,
  /wash your back/i,
  /use a knife to cut food/i,
  /interfered with your normal social activities/i,
  /limited in your work or other regular daily activities/i,
  /how severe is the hand or wrist pain that you have at night/i,
  /during a typical night in the past two weeks/i,
  /difficulty with the grasping and use of small objects/i,
  /in the last 7 days, how often did you have/i,
  /interfere with your usual or daily activities/i,
  /what was the severity of your/i,
];

describe('our own words: no sentence borrowed from BCTQ, QuickDASH, PRO-CTCAE or BPI', () => {
  const texts = [
    ...allTexts(),
    ...clinicianTexts(),
    ...busyRecordTexts(),
    JSON.stringify(checkInQuestionnaire()),
  ];

  it.each(LICENSED_PHRASES.map((re) => [re.source, re] as const))('nothing reads like "%s"', (_src, re) => {
    for (const t of texts) expect(t, t).not.toMatch(re);
  });
});

describe('care-team alerts: a red flag that becomes more urgent alerts again [basch2016]', () => {
  const entry = (date: string, c: Partial<CheckInInput>) => {
    const record = buildRecord([{ date, ...c }], { context: LEFT_NODES });
    const stored = record.checkIns[0] as (typeof record.checkIns)[number];
    return { checkIn: stored.checkIn, assessment: stored.assessment };
  };
  const context = buildRecord([], { context: LEFT_NODES }).context;

  it('arm swelling last week (soon), a fever with it this week (emergency): the open alert turns critical', () => {
    // One episode (alerts/episodes.ts): still unacknowledged, it is updated in place, at the new urgency.
    const first = entry('2026-03-09', { events: { armSwelling: 'left' } });
    const opened = stepAlerts(EMPTY_ALERT_STATE, first, DEFAULT_ALERT_CONFIG);
    expect(opened.changes.upserts.find((a) => a.kind === 'red_flag')).toMatchObject({
      key: 'red_flag:2026-03-09:lymphoedema',
      level: 'warning',
    });
    const next = stepAlerts(
      opened.state,
      entry('2026-03-16', { events: { armSwelling: 'left', fever: true } }),
      DEFAULT_ALERT_CONFIG,
    );
    const flag = next.changes.upserts.find((a) => a.kind === 'red_flag');
    expect(flag).toMatchObject({ key: 'red_flag:2026-03-09:lymphoedema', level: 'critical' });
  });

  it('the same flag at the same urgency two weeks running alerts only the first time', () => {
    const alerts = computeAlerts(
      [
        entry('2026-03-09', { events: { armSwelling: 'left' } }),
        entry('2026-03-16', { events: { armSwelling: 'left' } }),
      ],
      context,
      '2026-03-16',
    );
    expect(alerts.filter((a) => a.kind === 'red_flag')).toEqual([]);
  });
});

describe('the GP summary asks about the medicine when the areas hurt at 4 or more [chim2013]', () => {
  it('raises the adherence question without an overall pain answer', () => {
    const regions = both('back.index.middle', ['aching', 'stiffness'], {
      severity: 6,
      timing: ['morning_stiffness'],
    });
    const s = gpSummary(
      buildRecord([{ date: '2026-03-16', regions }], { context: ON_LETROZOLE }),
      '2026-03-17',
    );
    expect(s.questions.map((q) => q.text)).toContain(ADHERENCE_QUESTION.text);
    const mild = both('back.index.middle', ['aching'], { severity: 3 });
    const calm = gpSummary(
      buildRecord([{ date: '2026-03-16', regions: mild }], { context: ON_LETROZOLE }),
      '2026-03-17',
    );
    expect(calm.questions.map((q) => q.text)).not.toContain(ADHERENCE_QUESTION.text);
  });
});

describe('scores stay inside the brief [graham2006][gummesson2006][katz-afp]', () => {
  it('CTS-6 from history never passes 7.5 of 26, and no text calls it "likely"', () => {
    const a = assessed({
      regions: [
        ...CTS.map((m) => ({
          ...m,
          better: ['shaking_hand' as const],
          timing: ['wakes_at_night' as const, 'constant' as const],
        })),
        mark('right.palm.thenar', ['thinning', 'weakness', 'numbness']),
      ],
    });
    expect(a.scores.cts6.historyPoints).toBe(7.5);
    expect(a.scores.cts6.maxFromHistory).toBe(7.5);
    const summary = JSON.stringify(
      gpSummary(buildRecord([{ date: '2026-03-16', regions: CTS }]), '2026-03-17'),
    );
    expect(summary).not.toMatch(/CTS-6[^"]*likely/i);
  });

  it('hand function needs 5 of the 6 tasks answered (as QuickDASH needs 10 of 11)', () => {
    const four = (['buttons', 'jars', 'keys', 'writing'] as const).map((task) => ({ task, difficulty: 2 }));
    expect(assessed({ regions: CTS, hardToDo: four }).scores.function).toBeNull();
    expect(
      assessed({ regions: CTS, hardToDo: [...four, { task: 'carrying', difficulty: 2 }] }).scores.function,
    ).toBe(50);
  });
});

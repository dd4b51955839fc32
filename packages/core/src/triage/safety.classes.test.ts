/**
 * Clinical safety by class (issue 10): for each class of presentation, the cases that must raise the
 * right red flag at the right urgency, and the look-alikes that must not. Named in clinical words.
 */
import { describe, expect, it } from 'vitest';
import type { ContextInput } from '../checkin/context';
import type { CheckInInput } from '../checkin/schema';
import { RED_FLAGS, type RedFlag, SOON_WITHIN_DAYS } from '../knowledge/redFlags';
import { assessed, both, mark, ON_LETROZOLE } from '../testing/build';
import type { Urgency } from './types';

type Case = [name: string, id: string, urgency: Urgency, c: Partial<CheckInInput>, ctx?: ContextInput];
type NotCase = [name: string, absent: string, c: Partial<CheckInInput>, ctx?: ContextInput];

const NO_CHEMO: ContextInput = { ...ON_LETROZOLE, risk: { chemotherapy: [] } };
const LEFT_NODES: ContextInput = { ...ON_LETROZOLE, risk: { lymphNodeSurgerySide: 'left' } };
const TAMOXIFEN_ONLY: ContextInput = { medicines: [{ drug: 'tamoxifen', startedOn: '2025-01-05' }] };

function expectFlag([_, id, urgency, c, ctx]: Case) {
  const flags = assessed(c, ctx).redFlags;
  const flag = flags.find((f) => f.id === id);
  expect(flag, `${id} in ${flags.map((f) => f.id).join(', ') || 'nothing'}`).toBeDefined();
  expect(flag?.urgency).toBe(urgency);
  return flags;
}

function expectNoFlag([_, absent, c, ctx]: NotCase) {
  expect(assessed(c, ctx).redFlags.map((f) => f.id)).not.toContain(absent);
}

const CTS_RIGHT = ['thumb', 'index', 'long'].map((d) =>
  mark(`right.palm.${d}.distal`, ['numbness', 'tingling'], {
    timing: ['wakes_at_night'],
    better: ['shaking_hand'],
  }),
);

describe('1. not the hand at all: sudden one-sided numbness or weakness with face, speech or leg [nice-ng128]', () => {
  const cases: Case[] = [
    [
      'sudden weakness of the right hand with the face drooping (v2 answers)',
      'stroke_signs',
      'emergency',
      {
        regions: [mark('right.palm.index.distal', ['weakness', 'numbness'], { severity: 6 })],
        events: { suddenOnset: true, faceSpeechOrLeg: true },
      },
    ],
    [
      'sudden numbness of the left hand and slurred speech, written only in the note (v1)',
      'stroke_signs',
      'emergency',
      {
        schemaVersion: 1,
        regions: [mark('left.palm.thenar', ['numbness'])],
        notes: 'It came on suddenly this morning and my speech is slurred.',
      },
    ],
    [
      'face or leg affected with a numb hand, onset not asked',
      'stroke_signs',
      'emergency',
      { regions: [mark('left.palm.central', ['numbness'])], events: { faceSpeechOrLeg: true } },
    ],
    [
      'sudden hand weakness with sudden unsteadiness',
      'stroke_signs',
      'emergency',
      {
        regions: [mark('left.palm.index.distal', ['weakness'])],
        events: { suddenOnset: true, unsteadyWalking: true },
      },
    ],
    [
      'hand weakness that came on within hours, no injury, nothing else',
      'sudden_nerve_loss',
      'today',
      { regions: [mark('right.back.hand.central', ['weakness'])], events: { suddenOnset: true } },
    ],
  ];
  it.each(cases)('%s → %s (%s)', (...c) => {
    expectFlag(c);
  });

  it('with stroke signs nothing else is shown: no other flag, no pattern, no ladder step', () => {
    const a = assessed({
      regions: [...CTS_RIGHT, mark('right.palm.thenar', ['weakness', 'thinning'])],
      events: { suddenOnset: true, faceSpeechOrLeg: true },
    });
    expect(a.redFlags.map((f) => f.id)).toEqual(['stroke_signs']);
    expect(a.resembles).toEqual([]);
    expect(a.nextSteps.map((s) => s.id)).toEqual(['call_emergency']);
    expect(a.nextSteps[0]?.who).toBe('emergency');
  });

  const lookAlikes: NotCase[] = [
    [
      'night-time numbness of thumb, index and middle finger (carpal tunnel pattern), not sudden',
      'stroke_signs',
      { regions: CTS_RIGHT, events: { suddenOnset: false } },
    ],
    [
      'a note saying the numbness did not come on suddenly and speech is fine',
      'stroke_signs',
      { regions: CTS_RIGHT, notes: 'Not sudden at all, no problem with speech or face.' },
    ],
    [
      'numbness after a fall (an injury, not a brain sign)',
      'sudden_nerve_loss',
      {
        regions: [mark('right.palm.index.distal', ['numbness'])],
        events: { fallOrInjury: true, suddenOnset: true },
      },
    ],
  ];
  it.each(lookAlikes)('%s (no %s)', (...c) => {
    expectNoFlag(c);
  });
});

describe('2. a clot: one arm swollen, port or PICC side, not the operated side [kucher2011][heil2017]', () => {
  const cases: Case[] = [
    [
      'left arm swollen with a port on the left',
      'arm_clot',
      'today',
      { events: { armSwelling: 'left' } },
      {
        ...ON_LETROZOLE,
        risk: { venousLine: 'port', venousLineSide: 'left', lymphNodeSurgerySide: 'right' },
      },
    ],
    [
      'right arm swollen, lymph nodes removed on the left (not the operated side)',
      'arm_clot',
      'today',
      { events: { armSwelling: 'right' } },
      LEFT_NODES,
    ],
    [
      'one arm swollen, no lymph nodes ever removed',
      'arm_clot',
      'today',
      { events: { armSwelling: 'right' }, regions: [mark('right.back.hand.central', ['swelling'])] },
      { ...ON_LETROZOLE, risk: { lymphNodeSurgerySide: 'none' } },
    ],
    [
      'the operated arm swelled suddenly',
      'arm_clot',
      'today',
      { events: { armSwelling: 'left', suddenOnset: true } },
      LEFT_NODES,
    ],
    [
      'a PICC line in the right arm, right hand puffy, operated side unknown',
      'arm_clot',
      'today',
      {
        events: { armSwelling: 'right' },
        regions: [mark('right.back.hand.central', ['swelling'], { severity: 3 })],
      },
      { ...ON_LETROZOLE, risk: { venousLine: 'picc', venousLineSide: 'right' } },
    ],
  ];
  it.each(cases)('%s → %s (%s)', (...c) => {
    const flags = expectFlag(c);
    expect(assessed(c[3], c[4]).nextSteps.length).toBeGreaterThan(0);
    expect(flags[0]?.id).toBe('arm_clot');
  });
  const lookAlikes: NotCase[] = [
    [
      'slow swelling of the arm on the operated side, no line (lymphoedema, soon)',
      'arm_clot',
      { events: { armSwelling: 'left' } },
      LEFT_NODES,
    ],
    [
      'both arms puffy, no line, no surgery',
      'arm_clot',
      { events: { armSwelling: 'both' } },
      { ...ON_LETROZOLE, risk: { lymphNodeSurgerySide: 'none' } },
    ],
    [
      'a port on the right, the left (operated) arm swells slowly',
      'arm_clot',
      { events: { armSwelling: 'left' } },
      {
        ...ON_LETROZOLE,
        risk: { venousLine: 'port', venousLineSide: 'right', lymphNodeSurgerySide: 'left' },
      },
    ],
  ];
  it.each(lookAlikes)('%s (no %s)', (...c) => {
    expectNoFlag(c);
  });
});

describe('3. after an injury: pressure on nerves, compartment, fracture on an AI [schnetzler2008][boast-cs]', () => {
  const cases: Case[] = [
    [
      'numb thumb-side fingers with a swollen wrist after a fall (acute carpal tunnel)',
      'pressure_after_injury',
      'emergency',
      {
        regions: [
          mark('right.palm.wrist.central', ['swelling', 'pain'], { severity: 6 }),
          mark('right.palm.index.distal', ['numbness']),
          mark('right.palm.long.distal', ['numbness']),
        ],
        events: { fallOrInjury: true },
      },
    ],
    [
      'severe constant forearm pain with swelling and tingling after an injury (compartment)',
      'pressure_after_injury',
      'emergency',
      {
        regions: [
          mark('left.palm.forearm.ulnar', ['pain', 'swelling'], { severity: 9, timing: ['constant'] }),
          mark('left.palm.little.distal', ['tingling'], { severity: 3 }),
        ],
        events: { fallOrInjury: true },
      },
    ],
    [
      'severe constant pain in a swollen hand after a crush, no tingling yet',
      'pressure_after_injury',
      'emergency',
      {
        regions: [
          mark('left.back.hand.central', ['pain', 'swelling'], { severity: 8, timing: ['constant'] }),
        ],
        events: { fallOrInjury: true },
      },
    ],
    [
      'a mild (3/10) wrist ache after a fall on letrozole: thin bones',
      'fracture',
      'today',
      {
        regions: [mark('right.back.wrist.central', ['aching'], { severity: 3 })],
        events: { fallOrInjury: true },
      },
    ],
    [
      'forearm pain 2/10 after a fall with known osteoporosis, not on an AI',
      'fracture',
      'today',
      {
        regions: [mark('left.palm.forearm.radial', ['pain'], { severity: 2 })],
        events: { fallOrInjury: true },
      },
      { ...TAMOXIFEN_ONLY, risk: { boneDensity: 'osteoporosis' } },
    ],
    [
      'a fall with the wrist out of shape',
      'fracture',
      'emergency',
      { events: { fallOrInjury: true, looksDeformed: true } },
    ],
  ];
  it.each(cases)('%s → %s (%s)', (...c) => {
    expectFlag(c);
  });

  it('after an injury with an emergency flag there is no night splint and no medicine line', () => {
    const a = assessed({
      regions: [...CTS_RIGHT, mark('right.palm.wrist.central', ['swelling', 'pain'], { severity: 6 })],
      events: { fallOrInjury: true },
      pain: { worst: 7 },
    });
    expect(a.redFlags[0]?.id).toBe('pressure_after_injury');
    expect(a.nextSteps.every((s) => s.redFlag)).toBe(true);
    expect(a.nextSteps.map((s) => s.id)).not.toContain('night_splint');
    expect(a.nextSteps.map((s) => s.id)).not.toContain('tell_oncology_team');
  });

  const lookAlikes: NotCase[] = [
    [
      'a fall, then a mild ache on the back of the hand (not wrist or forearm), nothing swollen',
      'fracture',
      {
        regions: [mark('right.back.hand.central', ['aching'], { severity: 3 })],
        events: { fallOrInjury: true },
      },
    ],
    [
      'wrist ache 3/10 after a fall, on tamoxifen only with normal bones',
      'fracture',
      {
        regions: [mark('right.back.wrist.central', ['aching'], { severity: 3 })],
        events: { fallOrInjury: true },
      },
      { ...TAMOXIFEN_ONLY, risk: { boneDensity: 'normal' } },
    ],
    [
      'a jammed, swollen fingertip after a fall with slight tingling: not pressure in the wrist',
      'pressure_after_injury',
      {
        regions: [mark('right.palm.index.distal', ['swelling', 'tingling'], { severity: 4 })],
        events: { fallOrInjury: true },
      },
    ],
    [
      'a swollen wrist with night-time numbness and no injury (carpal tunnel on the AI)',
      'pressure_after_injury',
      { regions: [...CTS_RIGHT, mark('right.palm.wrist.central', ['swelling'])] },
    ],
  ];
  it.each(lookAlikes)('%s (no %s)', (...c) => {
    expectNoFlag(c);
  });
});

describe('4. infection without redness: cut or bite, Kanavel, hot joint, nail fold [kanavel-msd][nice-ng184][coakley2006][rigopoulos2008]', () => {
  const cases: Case[] = [
    [
      'a swollen, painful finger two days after a dog bite, no redness',
      'infection',
      'emergency',
      {
        regions: [mark('right.palm.index.middle', ['swelling', 'pain'], { severity: 6 })],
        events: { bite: true },
      },
    ],
    [
      'a swollen, painful finger after a cut from a rose thorn, written in the note (v1)',
      'infection',
      'emergency',
      {
        schemaVersion: 1,
        regions: [mark('left.palm.long.proximal', ['swelling', 'pain'])],
        notes: 'Pricked it on a thorn in the garden last week.',
      },
    ],
    [
      'a finger held bent that hurts to straighten, slightly swollen (Kanavel)',
      'infection',
      'emergency',
      {
        regions: [mark('right.palm.ring.middle', ['swelling', 'pain'], { severity: 5 })],
        events: { fingerHeldBent: true },
      },
    ],
    [
      'a finger held bent that hurts to straighten, nothing else yet',
      'finger_held_bent',
      'today',
      {
        regions: [mark('right.palm.ring.middle', ['pain'], { severity: 5 })],
        events: { fingerHeldBent: true },
      },
    ],
    [
      'a cat bite to the hand that broke the skin, no swelling or redness yet',
      'bite_or_wound',
      'today',
      { events: { bite: true } },
    ],
    [
      'one wrist suddenly very swollen and painful, no fever, no redness (septic or crystal)',
      'hot_swelling',
      'today',
      {
        regions: [
          mark('left.back.wrist.central', ['swelling', 'pain'], { severity: 8, startedOn: '2026-03-14' }),
        ],
      },
    ],
    [
      'one knuckle suddenly swollen and painful with a fever, no redness',
      'infection',
      'emergency',
      {
        regions: [mark('right.back.index.proximal', ['swelling', 'pain'], { severity: 7 })],
        events: { fever: true },
      },
    ],
    [
      'a red, hot, throbbing fingertip beside the nail',
      'nail_fold',
      'soon',
      { regions: [mark('right.back.index.distal', ['redness_heat', 'pain'], { severity: 6 })] },
    ],
    [
      'a red fingertip beside the nail with the redness spreading along the finger',
      'nail_fold',
      'today',
      {
        regions: [
          mark('right.back.index.distal', ['redness_heat', 'pain'], { severity: 6 }),
          mark('right.back.index.middle', ['redness_heat'], { severity: 3 }),
        ],
      },
    ],
    [
      'a red, throbbing fingertip beside the nail with a fever',
      'nail_fold',
      'today',
      { regions: [mark('right.back.index.distal', ['redness_heat', 'pain'])], events: { fever: true } },
    ],
  ];
  it.each(cases)('%s → %s (%s)', (...c) => {
    expectFlag(c);
  });

  const lookAlikes: NotCase[] = [
    [
      'a trigger finger that stays bent with catching, no swelling or fever',
      'finger_held_bent',
      {
        regions: [mark('right.palm.base.ring', ['catching', 'pain'], { locking: 'stays_bent' })],
        events: { fingerHeldBent: true },
      },
    ],
    [
      'a red, sore fingertip beside the nail is not an emergency',
      'infection',
      { regions: [mark('right.back.index.distal', ['redness_heat', 'pain'], { severity: 6 })] },
    ],
    [
      'fever with mildly puffy, aching fingers in both hands (a flu-like week)',
      'infection',
      {
        regions: both('back.index.middle', ['swelling', 'aching'], { severity: 3 }).concat(
          both('back.long.middle', ['swelling', 'aching'], { severity: 3 }),
        ),
        events: { fever: true },
      },
    ],
    [
      'a swollen, aching knuckle for months (slow, no fever): not a hot joint',
      'hot_swelling',
      {
        regions: [
          mark('right.back.index.proximal', ['swelling', 'aching'], { severity: 6, startedOn: '2025-10-01' }),
        ],
      },
    ],
    [
      'a note that says no fever, no bite, nothing sudden',
      'bite_or_wound',
      {
        regions: [mark('right.back.index.middle', ['aching'], { severity: 3 })],
        notes: 'No fever, no bite, nothing sudden.',
      },
    ],
  ];
  it.each(lookAlikes)('%s (no %s)', (...c) => {
    expectNoFlag(c);
  });
});

describe('5. the neck or spinal cord: a GP soon with the neck in mind, never the wrist ladder [davies2018]', () => {
  const bothHandsNumb = [
    mark('left.palm.index.distal', ['numbness', 'tingling']),
    mark('right.palm.index.distal', ['numbness', 'tingling']),
    mark('right.palm.thenar', ['weakness'], { severity: 5 }),
  ];
  const cases: Case[] = [
    [
      'both hands numb and clumsy with unsteady walking, no chemotherapy',
      'neck_or_spine',
      'soon',
      { regions: bothHandsNumb, events: { unsteadyWalking: true } },
      NO_CHEMO,
    ],
    [
      'both hands numb with neck pain (elsewhere: neck and arm)',
      'neck_or_spine',
      'soon',
      { regions: bothHandsNumb, elsewhere: [{ site: 'neck_arm', symptoms: ['pain'] }] },
      NO_CHEMO,
    ],
    [
      'both hands numb and numb feet, no chemotherapy',
      'neck_or_spine',
      'soon',
      { regions: bothHandsNumb, elsewhere: [{ site: 'feet', symptoms: ['numbness'] }] },
      NO_CHEMO,
    ],
    [
      'one hand tingling with neck pain going into the arm (nerve root)',
      'neck_or_spine',
      'soon',
      { regions: [mark('right.palm.long.distal', ['tingling'])], events: { neckPainIntoArm: true } },
    ],
  ];
  it.each(cases)('%s → %s (%s)', (...c) => {
    expectFlag(c);
  });

  it('with neck signs: no carpal-tunnel ladder, no hand surgeon, no nerve-deficit referral', () => {
    const a = assessed(
      { regions: [...CTS_RIGHT, ...bothHandsNumb.slice(0, 1)], events: { unsteadyWalking: true } },
      NO_CHEMO,
    );
    expect(a.redFlags.map((f) => f.id)).toContain('neck_or_spine');
    expect(a.redFlags.map((f) => f.id)).not.toContain('nerve_deficit');
    for (const s of a.nextSteps) {
      expect(s.condition).not.toBe('carpal_tunnel');
      expect(s.who).not.toBe('hand_specialist');
    }
  });

  const lookAlikes: NotCase[] = [
    [
      'numbness in both hands and feet after paclitaxel (chemotherapy nerve damage), walking fine',
      'neck_or_spine',
      { regions: bothHandsNumb, elsewhere: [{ site: 'feet', symptoms: ['numbness', 'tingling'] }] },
      { ...ON_LETROZOLE, risk: { chemotherapy: ['taxane'] } },
    ],
    ['carpal tunnel pattern in one hand only, no neck pain', 'neck_or_spine', { regions: CTS_RIGHT }],
  ];
  it.each(lookAlikes)('%s (no %s)', (...c) => {
    expectNoFlag(c);
  });
});

describe('6. night or rest pain in one site after cancer [glos-hand][nice-ng234]', () => {
  const cases: Case[] = [
    [
      'one forearm aching every night, not marked constant',
      'night_pain',
      'soon',
      {
        regions: [
          mark('left.back.forearm.radial', ['aching'], {
            severity: 4,
            daysPerWeek: 7,
            timing: ['wakes_at_night'],
          }),
        ],
      },
    ],
    [
      'one wrist painful at rest, rising from 2 to 5 over six weeks',
      'night_pain',
      'soon',
      {
        regions: [
          mark('right.back.wrist.ulnar', ['pain'], { severity: 5, daysPerWeek: 3, timing: ['constant'] }),
        ],
      },
      ON_LETROZOLE,
    ],
  ];
  it.each(cases.slice(0, 1))('%s → %s (%s)', (...c) => {
    expectFlag(c);
  });
  it('one wrist painful at rest, rising from 2 to 5 over six weeks → night_pain (soon)', () => {
    const flags = assessed(cases[1]?.[3], ON_LETROZOLE, [
      { date: '2026-02-02', regions: [mark('right.back.wrist.ulnar', ['pain'], { severity: 2 })] },
    ]).redFlags;
    expect(flags.find((f) => f.id === 'night_pain')?.urgency).toBe('soon');
  });

  const lookAlikes: NotCase[] = [
    [
      'ordinary aching in both hands that wakes her (the medicine’s joint pattern)',
      'night_pain',
      {
        regions: both('back.index.middle', ['aching', 'stiffness'], {
          severity: 5,
          daysPerWeek: 7,
          timing: ['wakes_at_night', 'morning_stiffness'],
        }),
      },
    ],
    [
      'carpal tunnel night waking with pain in the same hand',
      'night_pain',
      {
        regions: [
          ...CTS_RIGHT,
          mark('right.palm.wrist.central', ['pain'], { timing: ['wakes_at_night'], daysPerWeek: 7 }),
        ],
      },
    ],
    [
      'thumb-base pain worse with pinching that sometimes wakes her (thumb-base arthritis)',
      'night_pain',
      {
        regions: [
          mark('right.palm.thenar', ['pain'], {
            severity: 5,
            daysPerWeek: 6,
            timing: ['wakes_at_night', 'during_activity'],
            worse: ['pinching'],
          }),
        ],
      },
    ],
  ];
  it.each(lookAlikes)('%s (no %s)', (...c) => {
    expectNoFlag(c);
  });
});

describe('7. inflammatory arthritis follows more than one swollen small joint [nice-ng100]', () => {
  it('two swollen finger joints, no morning stiffness given → soon, rheumatology', () => {
    const flags = assessed({
      regions: [mark('right.back.index.middle', ['swelling']), mark('right.back.long.middle', ['swelling'])],
    }).redFlags;
    const f = flags.find((x) => x.id === 'inflammatory_arthritis');
    expect(f?.urgency).toBe('soon');
    expect(f?.reason).not.toMatch(/30 minutes/);
  });
  it('one swollen finger joint with an hour of morning stiffness → soon', () => {
    expectFlag([
      '',
      'inflammatory_arthritis',
      'soon',
      {
        regions: [
          mark('right.back.index.middle', ['swelling', 'stiffness'], {
            timing: ['morning_stiffness'],
            morningStiffnessMinutes: 60,
          }),
        ],
      },
    ]);
  });
  it.each<NotCase>([
    [
      'stiff aching fingers without swelling (the medicine’s joint aches)',
      'inflammatory_arthritis',
      {
        regions: both('back.index.middle', ['aching', 'stiffness'], {
          timing: ['morning_stiffness'],
          morningStiffnessMinutes: 45,
        }),
      },
    ],
    [
      'one swollen finger joint, stiffness time not given',
      'inflammatory_arthritis',
      { regions: [mark('right.back.index.middle', ['swelling'], { timing: ['morning_stiffness'] })] },
    ],
  ])('%s (no %s)', (...c) => {
    expectNoFlag(c);
  });
});

describe('8. over-calls that must not happen', () => {
  it('episodic white-then-blue fingers eased by warmth: routine, not an emergency', () => {
    const a = assessed({
      regions: both('palm.index.distal', ['cold_pale_blue'], {
        severity: 3,
        timing: ['comes_and_goes'],
        better: ['warmth'],
      }),
    });
    expect(a.redFlags.map((f) => `${f.id}/${f.urgency}`)).toEqual(['colour_episodes/routine']);
  });
  it('episodic colour change in one hand only: soon', () => {
    expectFlag([
      '',
      'colour_episodes',
      'soon',
      { regions: [mark('left.palm.ring.distal', ['cold_pale_blue'], { timing: ['comes_and_goes'] })] },
    ]);
  });
  it.each<Case>([
    [
      'constantly cold, pale, painful fingers',
      'circulation',
      'emergency',
      {
        regions: [
          mark('right.palm.index.distal', ['cold_pale_blue', 'pain'], { timing: ['constant'], severity: 7 }),
        ],
      },
    ],
    [
      'fingers that turn blue after an injury, even in episodes',
      'circulation',
      'emergency',
      {
        regions: [mark('right.palm.index.distal', ['cold_pale_blue'], { timing: ['comes_and_goes'] })],
        events: { fallOrInjury: true },
      },
    ],
  ])('%s → %s (%s)', (...c) => {
    expectFlag(c);
  });

  it('an area marked 0/10 raises nothing, whatever is ticked on it', () => {
    const zero = (s: Parameters<typeof mark>[1]) => mark('right.palm.index.middle', s, { severity: 0 });
    for (const symptoms of [
      ['cold_pale_blue'],
      ['thinning'],
      ['numbness'],
      ['lump'],
      ['swelling', 'redness_heat'],
    ] as const)
      expect(assessed({ regions: [zero([...symptoms])] }).redFlags).toEqual([]);
  });

  it.each<NotCase>([
    [
      'a painless lump in the middle of the palm',
      'lump',
      { regions: [mark('right.palm.central', ['lump'], { severity: 1 })] },
    ],
    [
      'a painless lump on the back of an end finger joint',
      'lump',
      { regions: [mark('right.back.index.distal', ['lump'], { severity: 1 })] },
    ],
  ])('%s is routine (%s at routine only)', (_n, id, c) => {
    expect(assessed(c).redFlags.find((f) => f.id === id)?.urgency).toBe('routine');
  });

  it.each<NotCase>([
    [
      'a 2/10 ache with grip weakness',
      'nerve_deficit',
      { regions: [mark('right.palm.thenar', ['aching', 'weakness'], { severity: 2 })] },
    ],
    [
      'constant 1/10 numbness of one fingertip',
      'nerve_deficit',
      { regions: [mark('right.palm.index.distal', ['numbness'], { severity: 1, timing: ['constant'] })] },
    ],
  ])('%s is not a prompt referral (no %s)', (...c) => {
    expectNoFlag(c);
  });
  it.each<Case>([
    [
      'constant numbness 4/10 of the index fingertip',
      'nerve_deficit',
      'soon',
      { regions: [mark('right.palm.index.distal', ['numbness'], { severity: 4, timing: ['constant'] })] },
    ],
    [
      'constant mild numbness of thumb and index finger',
      'nerve_deficit',
      'soon',
      {
        regions: [
          mark('right.palm.index.distal', ['numbness'], { severity: 2, timing: ['constant'] }),
          mark('right.palm.thumb.distal', ['numbness'], { severity: 2, timing: ['constant'] }),
        ],
      },
    ],
    [
      'dropping things with 5/10 weakness',
      'nerve_deficit',
      'soon',
      { regions: [mark('right.palm.thenar', ['weakness'], { severity: 5 })] },
    ],
  ])('%s → %s (%s)', (...c) => {
    expectFlag(c);
  });
});

describe('9. nothing competes with an emergency or same-day flag', () => {
  it('a fracture after a fall: no night splint, no "pain this strong makes the medicine hard" line', () => {
    const a = assessed({
      regions: [...CTS_RIGHT, mark('right.back.wrist.radial', ['pain', 'swelling'], { severity: 8 })],
      events: { fallOrInjury: true },
      pain: { worst: 8 },
    });
    expect(a.redFlags[0]?.urgency).toMatch(/emergency|today/);
    expect(a.nextSteps.every((s) => s.redFlag)).toBe(true);
  });
  it('missed doses beside a soon flag: the talk-before-stopping step; beside a today flag: none', () => {
    const medicine = { taken: 'missed_some', thinkingOfStopping: true } as const;
    const soon = assessed({ regions: [mark('right.palm.thenar', ['thinning'])], medicineThisWeek: medicine });
    expect(soon.nextSteps.map((s) => s.id)).toContain('talk_before_stopping');
    const today = assessed({ events: { bite: true }, medicineThisWeek: medicine });
    expect(today.nextSteps.map((s) => s.id)).not.toContain('talk_before_stopping');
  });
});

describe('10. wording: no diagnosis names, no promised outcomes, one meaning of soon', () => {
  const DIAGNOSES =
    /stroke|\btia\b|thrombos|\bdvt\b|lymphoedema|cellulitis|arthritis|rheumatoid|gout|trigger finger|carpal tunnel|tenosynovitis|compartment syndrome|myelopath|radiculopath|metasta|ganglion|raynaud|paronychia|septic|kanavel|scaphoid fracture|fracture/i;
  const PROMISES =
    /almost everyone|works for|will (get better|recover|heal|go away)|guarantee|\bcures?\b|always helps/i;
  const texts = (RED_FLAGS as readonly RedFlag[]).flatMap((f) => [
    f.name,
    f.reason,
    f.action,
    ...(f.escalations ?? []).flatMap((e) => [e.reason, e.action]),
  ]);
  it.each(texts)('%s', (t) => {
    expect(t).not.toMatch(DIAGNOSES);
    expect(t).not.toMatch(PROMISES);
    // "soon" is always said the same way: within 3 days; never "a few days" or "a week or two".
    expect(t).not.toMatch(/few days|week or two|next week/i);
  });
  it(`every soon flag says "within ${SOON_WITHIN_DAYS} days"`, () => {
    for (const f of RED_FLAGS as readonly RedFlag[]) {
      if (f.urgency === 'soon') expect(f.action, f.id).toContain(`within ${SOON_WITHIN_DAYS} days`);
      for (const e of f.escalations ?? [])
        if (e.urgency === 'soon') expect(e.action, f.id).toContain(`within ${SOON_WITHIN_DAYS} days`);
    }
  });
});

describe('version 1 check-ins: the note is read for the same signs [nice-ng128][kucher2011]', () => {
  it.each<Case>([
    [
      'numb right hand, "my face went numb and my words came out jumbled"',
      'stroke_signs',
      'emergency',
      {
        schemaVersion: 1,
        regions: [mark('right.palm.central', ['numbness'])],
        notes: 'My face went numb and my words came out jumbled.',
      },
    ],
    [
      'a swollen left arm and "I have a port" in the note, side not recorded',
      'arm_clot',
      'today',
      { schemaVersion: 1, events: { armSwelling: 'left' }, notes: 'I still have my port in.' },
      LEFT_NODES,
    ],
    [
      'swelling marked on the hand and forearm on the side of a PICC line, arm swelling not ticked',
      'arm_clot',
      'today',
      {
        regions: [
          mark('right.back.forearm.ulnar', ['swelling']),
          mark('right.back.hand.central', ['swelling']),
        ],
      },
      { ...ON_LETROZOLE, risk: { venousLine: 'picc', venousLineSide: 'right' } },
    ],
    [
      'one wrist aching 3 days a week, "getting worse, wakes me at night"',
      'night_pain',
      'soon',
      {
        schemaVersion: 1,
        regions: [mark('left.back.wrist.central', ['aching'], { daysPerWeek: 3 })],
        notes: 'Getting worse, wakes me at night.',
      },
    ],
  ])('%s → %s (%s)', (...c) => {
    expectFlag(c);
  });
  it('white fingers "in the cold" that "warm up" in the note are episodic: routine', () => {
    const a = assessed({
      schemaVersion: 1,
      regions: both('palm.index.distal', ['cold_pale_blue'], { severity: 2 }),
      notes: 'They go white in the cold and then warm up again.',
    });
    expect(a.redFlags.map((f) => `${f.id}/${f.urgency}`)).toEqual(['colour_episodes/routine']);
  });
  it('a panic attack in the note does not make cold, pale fingers episodic', () => {
    const a = assessed({
      regions: [mark('right.palm.index.distal', ['cold_pale_blue'], { severity: 4 })],
      notes: 'I had a panic attack on Tuesday.',
    });
    expect(a.redFlags[0]).toMatchObject({ id: 'circulation', urgency: 'emergency' });
  });
});

describe('what stands beside what', () => {
  it('a cut finger swollen along its length: the emergency alone, not also "more than one swollen joint"', () => {
    const a = assessed({
      regions: [
        mark('right.palm.index.middle', ['pain', 'swelling']),
        mark('right.palm.index.proximal', ['pain', 'swelling']),
      ],
      events: { cutOrBite: true },
    });
    expect(a.redFlags.map((f) => f.id)).toEqual(['infection']);
  });
  it('a cut beside the nail with a red, swollen, sore tip: same day, not the emergency department', () => {
    const flags = assessed({
      regions: [mark('left.back.long.distal', ['redness_heat', 'pain', 'swelling'], { severity: 6 })],
      events: { cutOrBite: true },
    }).redFlags.map((f) => `${f.id}/${f.urgency}`);
    expect(flags).not.toContain('infection/emergency');
    expect(flags).toContain('bite_or_wound/today');
  });
  it('one hand tingling with symptoms in the neck or arm reported elsewhere: the neck first', () => {
    const a = assessed({ regions: CTS_RIGHT, elsewhere: [{ site: 'neck_arm', symptoms: ['pain'] }] });
    expect(a.redFlags.map((f) => f.id)).toContain('neck_or_spine');
    expect(a.nextSteps.some((s) => s.condition === 'carpal_tunnel')).toBe(false);
  });
});

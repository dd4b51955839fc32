import { describe, expect, it } from 'vitest';
import type { ContextInput } from '../checkin/context';
import type { CheckInInput } from '../checkin/schema';
import { assessed, both, mark, ON_LETROZOLE } from '../testing/build';
import type { ConditionId } from './types';

/** A case: what the person marked, what it must resemble (first = best) and what it must not. */
interface Case {
  readonly checkIn: Partial<CheckInInput>;
  readonly context?: ContextInput;
  /** Conditions that must be present (`condition` or `condition:where`). */
  readonly resembles: readonly string[];
  /** Conditions that must be absent. */
  readonly not?: readonly string[];
}

const AFTER_TAXANE: ContextInput = { ...ON_LETROZOLE, risk: { chemotherapy: ['taxane', 'anthracycline'] } };
const ALL_FINGERTIPS = ['thumb', 'index', 'long', 'ring', 'little'].flatMap((d) =>
  both(`palm.${d}.distal`, ['numbness', 'tingling']),
);

const keys = (a: ReturnType<typeof assessed>) =>
  a.resembles.map((r) => (r.where ? `${r.condition}:${r.where}` : r.condition));

function check(c: Case) {
  const a = assessed(c.checkIn, c.context ?? ON_LETROZOLE);
  const got = keys(a);
  for (const want of c.resembles) expect(got, `resembles ${want}`).toContain(want);
  for (const no of c.not ?? []) expect(got, `does not resemble ${no}`).not.toContain(no);
  return a;
}

describe('carpal tunnel: ≥ 2 of thumb, index and middle finger with numbness or tingling [katz1990]', () => {
  it.each<[string, Case]>([
    [
      'numbness of thumb, index and middle fingers waking her at night, eased by shaking',
      {
        checkIn: {
          regions: ['thumb', 'index', 'long'].map((d) =>
            mark(`right.palm.${d}.distal`, ['numbness', 'tingling'], {
              timing: ['wakes_at_night'],
              better: ['shaking_hand'],
              worse: ['driving'],
            }),
          ),
        },
        resembles: ['carpal_tunnel'],
        not: ['ulnar_nerve', 'chemo_neuropathy'],
      },
    ],
    [
      'tingling of the index and middle fingertips only',
      {
        checkIn: {
          regions: [
            mark('left.palm.index.distal', ['tingling']),
            mark('left.palm.long.distal', ['tingling']),
          ],
        },
        resembles: ['carpal_tunnel'],
      },
    ],
    [
      'numbness of the back of the index and middle fingertips (still the median nerve there)',
      {
        checkIn: {
          regions: [
            mark('right.back.index.distal', ['numbness']),
            mark('right.back.long.distal', ['numbness']),
          ],
        },
        resembles: ['carpal_tunnel'],
      },
    ],
    [
      'the whole hand numb, little finger included (still a Katz classic pattern)',
      {
        checkIn: {
          regions: ['thumb', 'index', 'long', 'ring', 'little'].map((d) =>
            mark(`right.palm.${d}.distal`, ['numbness'], { timing: ['wakes_at_night'] }),
          ),
        },
        resembles: ['carpal_tunnel'],
        not: ['ulnar_nerve'],
      },
    ],
    [
      'one finger only, but waking at night and eased by shaking',
      {
        checkIn: {
          regions: [
            mark('right.palm.index.distal', ['numbness'], {
              timing: ['wakes_at_night'],
              better: ['shaking_hand'],
            }),
          ],
        },
        resembles: ['carpal_tunnel'],
      },
    ],
  ])('%s → resembles carpal tunnel', (_name, c) => {
    check(c);
  });

  it.each<[string, Case]>([
    [
      'numbness of the ring and little fingers only (the ulnar nerve)',
      {
        checkIn: {
          regions: [
            mark('right.palm.ring.distal', ['numbness']),
            mark('right.palm.little.distal', ['numbness']),
          ],
        },
        resembles: ['ulnar_nerve'],
        not: ['carpal_tunnel'],
      },
    ],
    [
      'numbness on the back of the hand only',
      {
        checkIn: {
          regions: [
            mark('left.back.hand.central', ['numbness']),
            mark('left.back.hand.radial', ['tingling']),
          ],
        },
        resembles: [],
        not: ['carpal_tunnel'],
      },
    ],
    [
      'numbness at the back of the index and thumb bases (the radial nerve)',
      {
        checkIn: {
          regions: [
            mark('right.back.index.proximal', ['numbness']),
            mark('right.back.thumb.proximal', ['numbness']),
          ],
        },
        resembles: [],
        not: ['carpal_tunnel'],
      },
    ],
    [
      'all fingertips of both hands and both feet numb after taxane chemotherapy',
      {
        checkIn: {
          regions: ALL_FINGERTIPS,
          elsewhere: [{ site: 'feet', symptoms: ['numbness', 'tingling'] }],
        },
        context: AFTER_TAXANE,
        resembles: ['chemo_neuropathy'],
        not: ['carpal_tunnel', 'ulnar_nerve'],
      },
    ],
    [
      'pain, not numbness, in the thumb and index finger',
      {
        checkIn: {
          regions: [mark('right.palm.thumb.distal', ['pain']), mark('right.palm.index.distal', ['pain'])],
        },
        resembles: [],
        not: ['carpal_tunnel'],
      },
    ],
    [
      'numbness of one finger on each hand, nothing else',
      {
        checkIn: {
          regions: [
            mark('left.palm.thumb.distal', ['numbness']),
            mark('right.palm.index.distal', ['numbness']),
          ],
        },
        resembles: [],
        not: ['carpal_tunnel'],
      },
    ],
  ])('%s → does not resemble carpal tunnel', (_name, c) => {
    check(c);
  });

  it('is strongest with the supporting history, and lists it as evidence', () => {
    const a = check({
      checkIn: {
        regions: ['thumb', 'index'].map((d) =>
          mark(`right.palm.${d}.distal`, ['numbness'], {
            timing: ['wakes_at_night'],
            better: ['shaking_hand'],
            worse: ['holding_phone_or_book'],
          }),
        ),
      },
      resembles: ['carpal_tunnel'],
    });
    const cts = a.resembles[0];
    expect(cts?.strength).toBe('strong');
    expect(cts?.hands).toEqual(['right']);
    expect(cts?.evidence.map((e) => e.id)).toEqual([
      'median_digits_two_or_more',
      'night_waking',
      'shaking_relief',
      'driving_phone_book',
    ]);
  });

  it('names both hands when both show the pattern', () => {
    const a = check({
      checkIn: {
        regions: [...both('palm.thumb.distal', ['numbness']), ...both('palm.index.distal', ['numbness'])],
      },
      resembles: ['carpal_tunnel'],
    });
    expect(a.resembles[0]?.hands).toEqual(['left', 'right']);
  });

  it('says what argues against it: neck or arm symptoms', () => {
    const a = check({
      checkIn: {
        regions: [
          mark('right.palm.thumb.distal', ['numbness'], { timing: ['wakes_at_night'] }),
          mark('right.palm.index.distal', ['numbness']),
        ],
        elsewhere: [{ site: 'neck_arm', symptoms: ['pain'] }],
      },
      resembles: ['carpal_tunnel'],
    });
    expect(a.resembles[0]?.against.map((e) => e.id)).toContain('neck_or_arm');
  });
});

describe('trigger finger: catching or locking with pain at the palm-side base of the finger [seed][kale2023]', () => {
  it.each<[string, string, Partial<CheckInInput>]>([
    [
      'ring finger catches, needs the other hand to straighten, sore at its base',
      'III',
      { regions: [mark('left.palm.base.ring', ['pain', 'catching'], { locking: 'needs_other_hand' })] },
    ],
    [
      'thumb catches but straightens by itself',
      'II',
      {
        regions: [
          mark('right.palm.thumb.proximal', ['catching'], { locking: 'straightens_itself' }),
          mark('right.palm.base.thumb', ['pain']),
        ],
      },
    ],
    [
      'middle finger stays bent',
      'IV',
      { regions: [mark('right.palm.base.long', ['pain', 'catching'], { locking: 'stays_bent' })] },
    ],
  ])('%s → trigger finger, grade %s-like', (_name, grade, c) => {
    const a = check({ checkIn: c, resembles: ['trigger_finger'] });
    expect(a.resembles.find((r) => r.condition === 'trigger_finger')?.grade).toBe(grade);
  });

  it.each<[string, Partial<CheckInInput>]>([
    [
      'pain at the base of the ring finger without any catching',
      { regions: [mark('left.palm.base.ring', ['pain'])] },
    ],
    [
      'stiff fingers in the morning, none catching',
      {
        regions: [
          mark('left.palm.index.middle', ['stiffness']),
          mark('left.palm.long.middle', ['stiffness']),
        ],
      },
    ],
  ])('%s → not trigger finger', (_name, c) => {
    check({ checkIn: c, resembles: [], not: ['trigger_finger'] });
  });
});

describe("thumb side of the wrist: De Quervain's vs thumb-base arthritis [shehab2013][cmaj2013]", () => {
  it.each<[string, string, string, Partial<CheckInInput>]>([
    [
      'pain at the thumb side of the wrist, worse lifting and using the thumb',
      'de_quervain',
      'thumb_base_arthritis',
      { regions: [mark('left.back.wrist.radial', ['pain'], { worse: ['lifting', 'thumb_use'] })] },
    ],
    [
      'pain on the palm side of the wrist, thumb side, worse grasping',
      'de_quervain',
      'thumb_base_arthritis',
      { regions: [mark('right.palm.wrist.radial', ['pain', 'swelling'], { worse: ['gripping'] })] },
    ],
    [
      'pain at the thumb base (palm), worse pinching; jars are hard',
      'thumb_base_arthritis',
      'de_quervain',
      {
        regions: [mark('right.palm.thenar', ['pain', 'aching'], { worse: ['pinching'] })],
        hardToDo: [{ task: 'jars', difficulty: 3 }],
      },
    ],
    [
      'pain at the back of the thumb base, worse turning keys',
      'thumb_base_arthritis',
      'de_quervain',
      { regions: [mark('left.back.hand.radial', ['pain'], { worse: ['turning_handle'] })] },
    ],
  ])('%s → %s, not %s', (_name, yes, no, c) => {
    check({ checkIn: c, resembles: [yes], not: [no] });
  });

  it('numbness at the thumb base is not thumb-base arthritis', () => {
    check({
      checkIn: { regions: [mark('right.palm.thenar', ['numbness'], { worse: ['pinching'] })] },
      resembles: [],
      not: ['thumb_base_arthritis'],
    });
  });
});

describe('other tendon problems by place [sato2023-ecu][umem-intersection][etg-fts]', () => {
  it.each<[string, string, Partial<CheckInInput>]>([
    [
      'back of the wrist, little-finger side, worse turning a handle',
      'other_tendonitis:ulnar_wrist',
      { regions: [mark('right.back.wrist.ulnar', ['pain'], { worse: ['turning_handle'] })] },
    ],
    [
      'back of the forearm just above the wrist, thumb side, worse bending the wrist back',
      'other_tendonitis:dorsal_forearm',
      { regions: [mark('left.back.forearm.radial', ['pain', 'swelling'], { worse: ['wrist_bending'] })] },
    ],
    [
      'swollen, stiff index, middle and ring fingers in the morning',
      'other_tendonitis:flexor_sheath',
      {
        regions: ['index', 'long', 'ring'].map((d) =>
          mark(`right.palm.${d}.middle`, ['swelling', 'stiffness'], { timing: ['morning_stiffness'] }),
        ),
      },
    ],
  ])('%s → %s', (_name, key, c) => {
    check({ checkIn: c, resembles: [key], not: ['de_quervain', 'trigger_finger'] });
  });

  it.each<[string, string, Partial<CheckInInput>]>([
    [
      'the palm side of the wrist, little-finger side',
      'other_tendonitis:ulnar_wrist',
      { regions: [mark('right.palm.wrist.ulnar', ['pain'])] },
    ],
    [
      'an ache above the wrist with nothing making it worse',
      'other_tendonitis:dorsal_forearm',
      { regions: [mark('left.back.forearm.radial', ['aching'])] },
    ],
    [
      'one stiff finger',
      'other_tendonitis:flexor_sheath',
      { regions: [mark('right.palm.index.middle', ['stiffness'])] },
    ],
  ])('%s → not %s', (_name, key, c) => {
    check({ checkIn: c, resembles: [], not: [key] });
  });
});

describe('aromatase-inhibitor joint pain: both sides, several joints, morning stiffness [roberts2020][mao2009]', () => {
  const startedOn = '2026-02-02'; // four weeks after starting letrozole
  it.each<[string, Partial<CheckInInput>]>([
    [
      'the same finger joints ache on both hands, stiff in the morning, easing with movement, a month after starting',
      {
        regions: [
          ...both('back.index.middle', ['aching', 'stiffness'], {
            startedOn,
            timing: ['morning_stiffness'],
            better: ['moving_it'],
          }),
          ...both('back.long.middle', ['aching', 'stiffness'], { startedOn, timing: ['morning_stiffness'] }),
        ],
      },
    ],
    [
      'aching knuckles on one hand, with knees and ankles aching too',
      {
        regions: [
          mark('right.back.index.proximal', ['aching']),
          mark('right.back.long.proximal', ['aching']),
        ],
        elsewhere: [
          { site: 'knees', symptoms: ['aching'] },
          { site: 'ankles', symptoms: ['stiffness'] },
        ],
      },
    ],
    [
      'both wrists stiff and aching',
      { regions: both('back.wrist.central', ['aching', 'stiffness'], { timing: ['morning_stiffness'] }) },
    ],
  ])('%s → AI joint pain', (_name, c) => {
    check({ checkIn: c, resembles: ['ai_arthralgia'] });
  });

  it.each<[string, Partial<CheckInInput>]>([
    ['one aching finger joint on one hand', { regions: [mark('right.back.index.middle', ['aching'])] }],
    ['numbness of both hands (nerves, not joints)', { regions: both('palm.little.distal', ['numbness']) }],
    [
      'a catching finger on one hand and a sore knuckle on the other (tendon, not joints)',
      {
        regions: [
          mark('left.palm.base.ring', ['pain', 'catching'], { locking: 'needs_other_hand' }),
          mark('right.back.index.proximal', ['aching']),
        ],
      },
    ],
  ])('%s → not AI joint pain', (_name, c) => {
    check({ checkIn: c, resembles: [], not: ['ai_arthralgia'] });
  });

  it('ranks lower, with a reason against, when it began before the medicine', () => {
    const regions = (on: string) =>
      both('back.index.middle', ['aching', 'stiffness'], { startedOn: on, timing: ['morning_stiffness'] });
    const before = check({ checkIn: { regions: regions('2025-10-01') }, resembles: ['ai_arthralgia'] })
      .resembles[0];
    const after = check({ checkIn: { regions: regions(startedOn) }, resembles: ['ai_arthralgia'] })
      .resembles[0];
    expect(before?.against.map((e) => e.id)).toContain('began_before_medicine');
    expect(before?.score).toBeLessThan(after?.score ?? 0);
  });
});

describe('nerve look-alikes: ulnar nerve and chemotherapy nerve damage [shehab2013][karger-cipn]', () => {
  it('ring and little finger numbness, worse with the elbow bent → ulnar nerve', () => {
    const a = check({
      checkIn: {
        regions: [
          mark('left.palm.little.distal', ['numbness'], { worse: ['elbow_bent'] }),
          mark('left.palm.ring.distal', ['tingling']),
          mark('left.palm.hypothenar', ['numbness']),
        ],
      },
      resembles: ['ulnar_nerve'],
      not: ['carpal_tunnel'],
    });
    expect(a.resembles[0]?.regions).toEqual([
      'left.palm.little.distal',
      'left.palm.ring.distal',
      'left.palm.hypothenar',
    ]);
  });

  it('numb fingertips of both hands and the feet after a platinum drug → chemotherapy nerve damage', () => {
    check({
      checkIn: { regions: ALL_FINGERTIPS, elsewhere: [{ site: 'feet', symptoms: ['tingling'] }] },
      context: { ...ON_LETROZOLE, risk: { chemotherapy: ['platinum'] } },
      resembles: ['chemo_neuropathy'],
      not: ['carpal_tunnel'],
    });
  });

  it('numb feet and hands without any chemotherapy on record → not chemotherapy nerve damage', () => {
    const a = check({
      checkIn: { regions: ALL_FINGERTIPS, elsewhere: [{ site: 'feet', symptoms: ['numbness'] }] },
      resembles: [],
      not: ['chemo_neuropathy'],
    });
    // Carpal tunnel may still show, but the feet argue against it.
    const cts = a.resembles.find((r) => r.condition === 'carpal_tunnel');
    if (cts) expect(cts.against.map((e) => e.id)).toContain('feet_too');
  });
});

describe('no symptoms, nothing resembles', () => {
  it.each<[string, Partial<CheckInInput>]>([
    ['an empty check-in', {}],
    [
      'a single mark with severity 0',
      { regions: [mark('right.palm.index.distal', ['numbness'], { severity: 0 })] },
    ],
    [
      'the full carpal tunnel picture, all at severity 0',
      {
        regions: ['thumb', 'index', 'long'].map((d) =>
          mark(`right.palm.${d}.distal`, ['numbness'], { severity: 0, timing: ['wakes_at_night'] }),
        ),
      },
    ],
  ])('%s → resembles nothing', (_name, c) => {
    expect(assessed(c).resembles).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts the best match first and keeps each condition id known', () => {
    const a = assessed({
      regions: [
        mark('right.palm.thumb.distal', ['numbness'], {
          timing: ['wakes_at_night'],
          better: ['shaking_hand'],
        }),
        mark('right.palm.index.distal', ['numbness'], { timing: ['wakes_at_night'] }),
        mark('left.back.forearm.radial', ['aching'], { worse: ['wrist_bending'] }),
      ],
    });
    expect(a.resembles.map((r) => r.condition)).toEqual<ConditionId[]>(['carpal_tunnel', 'other_tendonitis']);
    const scores = a.resembles.map((r) => r.score);
    expect(scores).toEqual(scores.toSorted((x, y) => y - x));
  });
});

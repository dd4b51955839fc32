import { describe, expect, it } from 'vitest';
import type { ContextInput } from '../checkin/context';
import type { CheckInInput, Effect, Treatment } from '../checkin/schema';
import { gpSummary } from './gpSummary';
import { buildRecord } from './samples';

// A recent bone scan on record, so only the ladders' asks are in these sentences (see the bone-health tests).
const letrozole = {
  medicines: [{ drug: 'letrozole' as const, startedOn: '2026-01-05' }],
  risk: { age: 61, lastBoneScanOn: '2026-01-02' },
};

/** Numbness of the right index finger waking her at night: resembles carpal tunnel (right). */
function cts(date: string, severity: number, treatments: Treatment[] = []): CheckInInput {
  return {
    date,
    regions: [
      {
        region: 'right.palm.index.distal',
        symptoms: ['numbness'],
        severity,
        daysPerWeek: 5,
        timing: ['wakes_at_night'],
      },
    ],
    treatments,
  };
}

/** The non-red-flag asks of the summary made the day after the second check-in. */
function asksFor(treatments: Treatment[]): string[] {
  const record = buildRecord([cts('2026-03-02', 4), cts('2026-03-30', 6, treatments)], {
    context: letrozole,
  });
  return gpSummary(record, '2026-03-31')
    .asks.filter((a) => !a.redFlag)
    .map((a) => a.text);
}

const splint = (effect: Effect, startedOn = '2026-03-01'): Treatment => ({
  kind: 'night_splint',
  hand: 'right',
  startedOn,
  effect,
});
const injection = (effect: Effect): Treatment => ({
  kind: 'steroid_injection',
  hand: 'right',
  startedOn: '2026-03-10',
  effect,
});

describe('the ask follows where the carpal tunnel ladder stands', () => {
  it.each([
    [
      'nothing tried: offer the first rung, the next one if no better',
      [],
      'Resembles carpal tunnel syndrome (right). Offer a neutral wrist night splint for at least 8 weeks; if no better, consider a corticosteroid injection.',
    ],
    [
      'the splint helped (much better): keep going, review if it comes back',
      [splint('much_better')],
      'Resembles carpal tunnel syndrome (right). Night splint helped: keep going; review if it comes back.',
    ],
    [
      'the splint helped a little: keep going, the next rung only if no better',
      [splint('a_little_better')],
      'Resembles carpal tunnel syndrome (right). Night splint helped a little: keep going; if no better, consider a corticosteroid injection.',
    ],
    [
      'the splint did not help over 8 weeks: named as tried, the next rungs asked for',
      [splint('no_change', '2026-02-01')],
      'Resembles carpal tunnel syndrome (right). Night splint tried without relief. Refer to a hand specialist; consider a corticosteroid injection.',
    ],
    [
      'the splint just started: too soon to judge',
      [splint('too_early', '2026-03-25')],
      'Resembles carpal tunnel syndrome (right). Night splint started 2026-03-25, too soon to judge: keep going.',
    ],
  ])('%s', (_name, treatments, text) => {
    expect(asksFor(treatments)).toEqual([text]);
  });

  it('an injection that helped is "review if it comes back", never "continue consider a corticosteroid injection"', () => {
    const [ask] = asksFor([splint('no_change', '2026-02-01'), injection('much_better')]);
    expect(ask).toContain('Steroid injection helped: review if it comes back.');
    expect(ask).toContain('Night splint tried without relief.');
    expect(ask).not.toMatch(/continue|consider a corticosteroid injection/i);
  });

  const effects: (Effect | null)[] = [
    null,
    'much_better',
    'a_little_better',
    'no_change',
    'worse',
    'too_early',
  ];
  const combos = effects.flatMap((s) => effects.map((i) => [s, i] as const));
  it.each(combos)('never asks again for a rung already tried (splint %s, injection %s)', (s, i) => {
    const treatments = [...(s ? [splint(s, '2026-02-01')] : []), ...(i ? [injection(i)] : [])];
    for (const ask of asksFor(treatments)) {
      if (s) expect(ask).not.toContain('Offer a neutral wrist night splint');
      if (i) expect(ask.toLowerCase()).not.toContain('consider a corticosteroid injection');
      // Correct English: whole sentences, no "continue <imperative>", no doubled punctuation.
      expect(ask).toMatch(/^[A-Z].*\.$/);
      expect(ask).not.toMatch(/continue|\.\.|;\s*\.|:\s*:|\s{2}/);
    }
  });
});

describe('the oncology team line', () => {
  it('reads as one sentence, without a doubled colon', () => {
    const record = buildRecord([{ ...cts('2026-03-02', 6), pain: { worst: 7 } }], { context: letrozole });
    const line = gpSummary(record, '2026-03-02').asks.find((a) => a.text.startsWith('Oncology team'));
    expect(line?.text).toBe(
      'Oncology team: tell them that worst joint pain of 4/10 or more predicts stopping the medicine early.',
    );
    expect(line?.sources).toContain('chim2013');
  });

  /** Stiff, aching finger joints of both hands: resembles aromatase inhibitor arthralgia. */
  const joints = (treatments: Treatment[]): CheckInInput => ({
    date: '2026-03-30',
    regions: [
      'right.palm.index.proximal',
      'left.palm.index.proximal',
      'right.palm.long.proximal',
      'left.palm.long.proximal',
    ].map((region) => ({
      region,
      symptoms: ['pain', 'stiffness'],
      severity: 5,
      daysPerWeek: 7,
      timing: ['morning_stiffness'],
      morningStiffnessMinutes: 20,
    })),
    pain: { worst: 6 },
    treatments,
  });
  const oncologyLine = (treatments: Treatment[]) =>
    gpSummary(buildRecord([joints(treatments)], { context: letrozole }), '2026-03-31').asks.find((a) =>
      a.text.startsWith('Oncology team'),
    )?.text;

  it.each([
    [
      'the switch is the next rung: one sentence after the colon, nothing about other rungs',
      [
        { kind: 'exercise', startedOn: '2026-02-01', effect: 'much_better' },
        { kind: 'paracetamol', startedOn: '2026-02-01', effect: 'no_change' },
      ] as Treatment[],
      'Oncology team: if no better, discuss the options with them (e.g. a different aromatase inhibitor).',
    ],
    [
      'a switch that helped: keep going, without a doubled colon',
      [{ kind: 'medicine_switch', startedOn: '2026-03-01', effect: 'much_better' }] as Treatment[],
      'Oncology team. Switching medicine helped: keep going; review if it comes back.',
    ],
  ])('%s', (_name, treatments, text) => {
    expect(oncologyLine(treatments)).toBe(text);
  });
});

/** Pain at the thumb side of the wrist with lifting and thumb use: resembles De Quervain's (right). */
const deQuervain = (treatments: Treatment[]): CheckInInput => ({
  date: '2026-03-30',
  regions: [
    {
      region: 'right.back.wrist.radial',
      symptoms: ['pain'],
      severity: 6,
      daysPerWeek: 6,
      worse: ['lifting', 'thumb_use'],
    },
  ],
  treatments,
});

describe("the De Quervain's ladder", () => {
  const ask = (treatments: Treatment[]) =>
    gpSummary(buildRecord([deQuervain(treatments)], { context: letrozole }), '2026-03-31').asks.find((a) =>
      a.text.startsWith("Resembles De Quervain's"),
    )?.text;
  const splint = (effect: Effect): Treatment => ({
    kind: 'thumb_splint',
    hand: 'right',
    startedOn: '2026-02-01',
    effect,
  });

  it.each([
    [
      'nothing tried: the injection is the next rung, after 3 weeks of splinting',
      [],
      "Resembles De Quervain's tenosynovitis (right). Offer a thumb spica splint for 6 weeks; if no better after 3 weeks of splinting, consider a corticosteroid injection.",
    ],
    [
      'the splint did not help: the injection now, without "if no better after splinting"',
      [splint('no_change')],
      "Resembles De Quervain's tenosynovitis (right). Thumb splint tried without relief. Consider a corticosteroid injection; if no better, refer to a hand specialist.",
    ],
    [
      'neither helped: both named, the referral asked for',
      [splint('no_change'), { ...injection('worse'), startedOn: '2026-03-01' }],
      "Resembles De Quervain's tenosynovitis (right). Thumb splint and steroid injection tried without relief. Refer to a hand specialist.",
    ],
  ])('%s', (_name, treatments, text) => {
    expect(ask(treatments)).toBe(text);
  });
});

describe("the bone-health ask (DXA), from core's boneScanAsk", () => {
  const summaryWith = (
    risk: { lastBoneScanOn?: string },
    medicines: ContextInput['medicines'] = letrozole.medicines,
  ) => gpSummary(buildRecord([cts('2026-03-30', 4)], { context: { medicines, risk } }), '2026-03-31');
  const bone = (s: ReturnType<typeof gpSummary>) => s.asks.find((a) => a.text.startsWith('Bone health'));

  it.each([
    [
      'no scan date on record',
      {},
      'Bone health on an aromatase inhibitor: no bone-density (DXA) scan date on record; check whether a scan is due (advised at the start and every 1-2 years).',
    ],
    [
      'the last scan more than two years ago',
      { lastBoneScanOn: '2023-05-02' },
      'Bone health on an aromatase inhibitor: last bone-density (DXA) scan 2023-05-02, more than two years ago; check whether a scan is due (advised at the start and every 1-2 years).',
    ],
  ])('asks about a scan with %s, after the patterns, with its sources', (_name, risk, text) => {
    const s = summaryWith(risk);
    expect(bone(s)?.text).toBe(text);
    expect(bone(s)?.sources).toEqual(expect.arrayContaining(['asco-bone2019', 'hadji2017']));
    expect(s.asks.at(-1)?.text).toBe(text);
    for (const id of bone(s)?.sources ?? []) expect(s.sources).toContain(id);
  });

  it('asks nothing with a scan in the last two years, or off an aromatase inhibitor', () => {
    expect(bone(summaryWith({ lastBoneScanOn: '2025-06-01' }))).toBeUndefined();
    expect(bone(summaryWith({}, [{ drug: 'tamoxifen', startedOn: '2026-01-05' }]))).toBeUndefined();
  });
});

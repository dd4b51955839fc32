import { describe, expect, it } from 'vitest';
import type { CheckInInput, Effect, Treatment } from '../checkin/schema';
import { gpSummary } from './gpSummary';
import { buildRecord } from './samples';

const letrozole = { medicines: [{ drug: 'letrozole' as const, startedOn: '2026-01-05' }], risk: { age: 61 } };

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
});

import { assess, CheckIn, Context } from '@handcheck/core';
import { describe, expect, it } from 'vitest';
import { stepsOfNoPattern } from './ResultView';

const onLetrozole = Context.parse({ medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }] });

function stepsOwnCard(checkIn: unknown): string[] {
  return stepsOfNoPattern(assess(CheckIn.parse(checkIn), onLetrozole)).map((s) => s.id);
}

const area = (region: string, symptoms: string[], severity: number) => ({
  region,
  symptoms,
  severity,
  daysPerWeek: 4,
});

describe('every next step is shown: those of no pattern and no red flag get a card of their own', () => {
  it.each([
    [
      'middle-finger pain of 5 that matches no pattern, worst pain 6: show your GP, tell the oncology team',
      { date: '2026-03-16', regions: [area('right.palm.long.middle', ['pain'], 5)], pain: { worst: 6 } },
      ['gp_review', 'tell_oncology_team'],
    ],
    [
      'carpal-tunnel-like numbness: its steps sit under the pattern, none on their own',
      {
        date: '2026-03-16',
        regions: [
          area('right.palm.thumb.distal', ['numbness', 'tingling'], 6),
          area('right.palm.index.distal', ['numbness', 'tingling'], 6),
          area('right.palm.long.distal', ['numbness', 'tingling'], 6),
        ],
      },
      [],
    ],
    [
      'cold, pale fingers: the red flag’s own step is in the banner, not repeated',
      { date: '2026-03-16', regions: [area('right.palm.index.distal', ['cold_pale_blue', 'pain'], 7)] },
      [],
    ],
    [
      'a mild ache of 2 that matches no pattern: no step at all',
      { date: '2026-03-16', regions: [area('right.palm.long.middle', ['aching'], 2)] },
      [],
    ],
  ])('%s', (_case, checkIn, ids) => {
    expect(stepsOwnCard(checkIn)).toEqual(ids);
  });
});

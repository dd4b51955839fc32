import { describe, expect, it } from 'vitest';
import type { CheckInInput } from '../checkin/schema';
import { isSourceId } from '../knowledge/sources';
import type { Assessment, NextStep, RedFlagFinding, Resemblance } from '../triage/types';
import { askedOfGp } from './asks';
import { clinicianVoice, gpSummary } from './gpSummary';
import { buildRecord, demoRecord, twoYearRecord } from './samples';

type RegionReportInput = NonNullable<CheckInInput['regions']>[number];

const letrozole = { medicines: [{ drug: 'letrozole' as const, startedOn: '2026-01-05' }], risk: { age: 61 } };

function numbIndex(date: string, severity: number, extra: Partial<RegionReportInput> = {}): CheckInInput {
  return {
    date,
    regions: [
      {
        region: 'right.palm.index.distal',
        symptoms: ['numbness'],
        severity,
        daysPerWeek: 5,
        timing: ['wakes_at_night'],
        ...extra,
      },
    ],
  };
}

describe('who, which medicine since when, and when it began', () => {
  const record = buildRecord(
    [numbIndex('2026-03-02', 4, { startedOn: '2026-02-09' }), numbIndex('2026-03-30', 6)],
    { context: letrozole },
  );
  const s = gpSummary(record, '2026-04-01');

  it('names the person and their age when known', () => {
    expect(s.patient).toEqual({ name: 'Ann Example', age: 61 });
  });

  it('gives the medicine, its start and whole weeks on it as of the summary date', () => {
    expect(s.medicine).toMatchObject({ drug: 'letrozole', startedOn: '2026-01-05', weeksOn: 12 });
    expect(s.medicine?.text).toBe('Letrozole since 2026-01-05 (12 weeks)');
  });

  it('places the reported onset relative to the start, in the usual onset window', () => {
    expect(s.onset).toMatchObject({ date: '2026-02-09', reported: true, weeksAfterStart: 5, week: 5 });
    expect(s.onset?.text).toBe(
      'Symptoms began 2026-02-09, 5 weeks after starting the aromatase inhibitor, within the first 3 months, when such symptoms usually begin.',
    );
    expect(s.onset?.sources).toEqual(['arthcare2012', 'mao2009']);
  });

  it.each([
    [
      'a reported onset later than the first check-in with a symptom: the check-in wins',
      [numbIndex('2026-02-16', 3), numbIndex('2026-03-16', 6, { startedOn: '2026-03-10' })],
      { date: '2026-02-16', reported: false, week: 6 },
      'Symptoms first recorded at the check-in of 2026-02-16, 6 weeks after starting the aromatase inhibitor',
    ],
    [
      'a reported onset before the first check-in: the reported date wins',
      [numbIndex('2026-02-16', 3, { startedOn: '2026-02-02' }), numbIndex('2026-03-16', 6)],
      { date: '2026-02-02', reported: true, week: 4 },
      'Symptoms began 2026-02-02, 4 weeks after',
    ],
    [
      'check-ins at 0 do not count as symptoms',
      [numbIndex('2026-02-02', 0), numbIndex('2026-02-23', 2)],
      { date: '2026-02-23', reported: false, week: 7 },
      'Symptoms first recorded at the check-in of 2026-02-23',
    ],
    [
      'an onset after the first 3 months is not called usual',
      [numbIndex('2026-06-01', 4)],
      { date: '2026-06-01', reported: false, week: 21, inUsualWindow: false },
      'Symptoms first recorded at the check-in of 2026-06-01, 21 weeks after starting the aromatase inhibitor.',
    ],
  ])('%s', (_name, inputs, onset, text) => {
    const r = gpSummary(buildRecord(inputs, { context: letrozole }), '2026-06-02');
    expect(r.onset).toMatchObject(onset);
    expect(r.onset?.text).toContain(text);
  });

  it('agrees with the chart: the onset week is where the worst-area line first rises above 0', () => {
    const r = gpSummary(
      buildRecord(
        [
          numbIndex('2026-02-02', 0),
          numbIndex('2026-02-16', 3),
          numbIndex('2026-03-16', 6, { startedOn: '2026-03-10' }),
        ],
        {
          context: letrozole,
        },
      ),
      '2026-03-20',
    );
    const firstAbove0 = r.series[0]?.points.find((p) => p.value > 0)?.week;
    expect(r.onset?.week).toBe(firstAbove0);
  });

  it('shades the usual onset window, weeks 0 to 13 of the aromatase inhibitor', () => {
    expect(s.onsetWindow).toEqual({
      fromWeek: 0,
      toWeek: 13,
      label: 'usual onset: first 3 months',
      sources: ['arthcare2012', 'mao2009'],
    });
    expect(gpSummary(buildRecord([numbIndex('2026-03-02', 4)]), '2026-03-02').onsetWindow).toBeNull();
  });

  it('says when symptoms began before the medicine', () => {
    const before = gpSummary(
      buildRecord([numbIndex('2026-03-02', 4, { startedOn: '2025-12-01' })], { context: letrozole }),
      '2026-03-02',
    );
    expect(before.onset?.text).toContain('before the aromatase inhibitor started');
  });

  it('falls back to the first check-in with a marked area when no onset date was given', () => {
    const r = gpSummary(
      buildRecord([{ date: '2026-02-02' }, numbIndex('2026-02-09', 3)], { context: letrozole }),
      '2026-02-10',
    );
    expect(r.onset).toMatchObject({ date: '2026-02-09', reported: false });
    expect(r.onset?.text).toMatch(/^Symptoms first recorded at the check-in of 2026-02-09/);
  });

  it('names a switch of medicine and still counts weeks from the first aromatase inhibitor', () => {
    const switched = gpSummary(
      buildRecord([numbIndex('2026-06-01', 3)], {
        context: {
          medicines: [
            { drug: 'letrozole', startedOn: '2026-01-05', stoppedOn: '2026-04-30' },
            { drug: 'anastrozole', startedOn: '2026-05-01' },
          ],
        },
      }),
      '2026-06-01',
    );
    expect(switched.medicine?.name).toBe('Anastrozole');
    expect(switched.medicine?.text).toBe(
      'Anastrozole since 2026-05-01; first aromatase inhibitor letrozole from 2026-01-05 (21 weeks)',
    );
  });

  it.each([
    [
      'a switch (one course stops, another starts the next day) is one mark',
      [
        { drug: 'letrozole' as const, startedOn: '2026-01-05', stoppedOn: '2026-04-30' },
        { drug: 'anastrozole' as const, startedOn: '2026-05-01' },
      ],
      [{ week: 16, date: '2026-05-01', kind: 'switch', label: 'switch to anastrozole' }],
    ],
    [
      'a pause and a restart of the same medicine are two marks',
      [
        { drug: 'letrozole' as const, startedOn: '2026-01-05', stoppedOn: '2026-03-02' },
        { drug: 'letrozole' as const, startedOn: '2026-03-30' },
      ],
      [
        { week: 8, date: '2026-03-02', kind: 'pause', label: 'pause letrozole' },
        { week: 12, date: '2026-03-30', kind: 'restart', label: 'restart letrozole' },
      ],
    ],
    [
      'a stop with nothing after it',
      [{ drug: 'exemestane' as const, startedOn: '2026-01-05', stoppedOn: '2026-02-16' }],
      [{ week: 6, date: '2026-02-16', kind: 'stop', label: 'stop exemestane' }],
    ],
    [
      'tamoxifen before the first aromatase inhibitor: no mark (its start is week 0)',
      [
        { drug: 'tamoxifen' as const, startedOn: '2024-01-01', stoppedOn: '2026-01-04' },
        { drug: 'letrozole' as const, startedOn: '2026-01-05' },
      ],
      [],
    ],
  ])('marks medicine courses on the chart axis: %s', (_name, medicines, marks) => {
    const r = gpSummary(buildRecord([numbIndex('2026-06-01', 3)], { context: { medicines } }), '2026-06-01');
    expect(r.medicineMarks).toEqual(marks);
  });

  it('has no medicine line without an aromatase inhibitor, and no name when none was given', () => {
    const r = gpSummary(buildRecord([numbIndex('2026-03-02', 4)], { name: null }), '2026-03-02');
    expect(r.medicine).toBeNull();
    expect(r.patient).toEqual({ name: null, age: null });
  });
});

describe('regions with the worst severity over the last 4 weeks', () => {
  const record = buildRecord(
    [
      {
        date: '2026-02-02',
        regions: [{ region: 'left.back.wrist.radial', symptoms: ['pain'], severity: 9, daysPerWeek: 3 }],
      },
      numbIndex('2026-03-09', 7),
      numbIndex('2026-03-23', 4),
    ],
    { context: letrozole },
  );

  it.each([['an area marked 7 then 4 within the window shows its worst, 7', 'right.palm.index.distal', 7]])(
    '%s',
    (_name, id, worst) => {
      const s = gpSummary(record, '2026-03-30');
      expect(s.regions.find((r) => r.id === id)?.worst).toBe(worst);
    },
  );

  it('leaves out an area only marked more than 4 weeks ago', () => {
    const s = gpSummary(record, '2026-03-30');
    expect(s.window).toEqual({ from: '2026-03-03', to: '2026-03-30' });
    expect(s.regions.map((r) => r.id)).toEqual(['right.palm.index.distal']);
    expect(s.regions[0]?.name).toBe('right index finger, tip and end joint (palm side)');
  });

  it('uses the 4 weeks up to the latest check-in when that is older than 4 weeks', () => {
    const s = gpSummary(record, '2026-09-01');
    expect(s.window).toEqual({ from: '2026-02-24', to: '2026-03-23' });
    expect(s.regions).toHaveLength(1);
  });

  it('ignores check-ins dated after the summary date', () => {
    const s = gpSummary(record, '2026-02-10');
    expect(s.latestCheckIn).toBe('2026-02-02');
    expect(s.regions.map((r) => r.id)).toEqual(['left.back.wrist.radial']);
  });
});

describe('what changed', () => {
  it.each([
    ['a rise of 3 points is called a rise', [3, 6], /Worst area rose from 3 to 6 of 10 since 2026-03-02/],
    ['a fall of 2 points is called a fall', [6, 4], /Worst area fell from 6 to 4 of 10 since 2026-03-02/],
    ['a change of 1 point is NOT called a change', [5, 6], /Worst area about the same \(5 then 6 of 10\)/],
  ])('%s', (_name, [a, b], pattern) => {
    const s = gpSummary(
      buildRecord([numbIndex('2026-03-02', a as number), numbIndex('2026-03-30', b as number)], {
        context: letrozole,
      }),
      '2026-03-30',
    );
    expect(s.changes[0]?.text).toMatch(pattern);
    expect(s.changes[0]?.sources).toContain('farrar2001');
  });

  it('compares with the check-in about 4 weeks before the latest, not the one just before', () => {
    const s = gpSummary(
      buildRecord([numbIndex('2026-03-02', 2), numbIndex('2026-03-23', 6), numbIndex('2026-03-30', 7)], {
        context: letrozole,
      }),
      '2026-03-30',
    );
    expect(s.changes[0]?.text).toContain('from 2 to 7 of 10 since 2026-03-02');
  });

  it('names new areas', () => {
    const s = gpSummary(
      buildRecord(
        [
          numbIndex('2026-03-02', 4),
          {
            date: '2026-03-30',
            regions: [
              { region: 'right.palm.index.distal', symptoms: ['numbness'], severity: 4, daysPerWeek: 5 },
              { region: 'left.palm.base.ring', symptoms: ['catching'], severity: 5, daysPerWeek: 7 },
            ],
          },
        ],
        { context: letrozole },
      ),
      '2026-03-30',
    );
    expect(s.changes.map((c) => c.text)).toContain(
      'New areas since 2026-03-02: left palm, base of ring finger.',
    );
  });

  it('says it is the first summary when there is one check-in', () => {
    const s = gpSummary(buildRecord([numbIndex('2026-03-02', 4)], { context: letrozole }), '2026-03-02');
    expect(s.changes).toEqual([{ text: 'First summary: one check-in (2026-03-02).', sources: [] }]);
  });
});

describe('what is asked of the GP', () => {
  const base = buildRecord([numbIndex('2026-03-02', 5)], { context: letrozole }).checkIns[0]
    ?.assessment as Assessment;
  const cts: Resemblance = {
    condition: 'carpal_tunnel',
    name: 'carpal tunnel syndrome',
    score: 0.8,
    strength: 'strong',
    hands: ['right'],
    regions: ['right.palm.index.distal'],
    evidence: [],
    against: [],
    sources: ['katz1990'],
  };
  const step = (id: string, status: NextStep['status'], who: NextStep['who'] = 'gp'): NextStep => ({
    id,
    condition: 'carpal_tunnel',
    text: `Patient words for ${id}.`,
    who,
    sources: ['seed'],
    status,
  });

  it('words a splint and its next rung as one sentence a clinician reads at a glance', () => {
    const asks = askedOfGp({
      ...base,
      resembles: [cts],
      nextSteps: [
        step('night_splint', 'suggested'),
        step('hand_specialist', 'if_no_better', 'hand_specialist'),
      ],
    });
    expect(asks).toHaveLength(1);
    expect(asks[0]?.text).toBe(
      'Resembles carpal tunnel syndrome (right). Offer a neutral wrist night splint for at least 8 weeks; if no better, refer to a hand specialist.',
    );
    expect(asks[0]?.sources).toEqual(expect.arrayContaining(['seed', 'nhs-ebi-cts', 'aaos2016']));
  });

  it('says to keep going with a step that is helping, naming the treatment, never "continue <step>"', () => {
    const asks = askedOfGp({ ...base, resembles: [cts], nextSteps: [step('night_splint', 'keep_going')] }, [
      { kind: 'night_splint', hand: 'right', startedOn: '2026-02-01', effect: 'much_better' },
    ]);
    expect(asks[0]?.text).toBe(
      'Resembles carpal tunnel syndrome (right). Night splint helped: keep going; review if it comes back.',
    );
  });

  it('puts red flags first, with how soon', () => {
    const flag: RedFlagFinding = {
      id: 'infection',
      name: 'possible infection',
      urgency: 'today',
      reason: 'redness and heat with fever after a cut',
      action: 'See a doctor today.',
      regions: [],
      sources: ['glos-hand'],
    };
    const asks = askedOfGp({
      ...base,
      redFlags: [flag],
      resembles: [cts],
      nextSteps: [step('night_splint', 'suggested')],
    });
    expect(asks[0]).toEqual({
      text: 'Same day: assess for possible infection (red flag).',
      sources: ['glos-hand'],
      redFlag: true,
    });
    expect(asks[1]?.redFlag).toBe(false);
    expect(asks[1]?.text).toMatch(/^Resembles carpal tunnel/);
  });

  it('falls back to the patient wording for a step it has no clinician words for', () => {
    const asks = askedOfGp({
      ...base,
      resembles: [cts],
      nextSteps: [step('keep_a_diary', 'suggested', 'self')],
    });
    expect(asks[0]?.text).toBe('Resembles carpal tunnel syndrome (right). Patient words for keep_a_diary.');
  });

  it('never tells anyone to stop the medicine', () => {
    const s = gpSummary(demoRecord(), '2026-05-25');
    for (const a of [...s.asks, ...s.questions])
      expect(a.text.toLowerCase()).not.toMatch(/stop (your|the) medicine/);
  });
});

describe('the summary of a demo record made with the real engine', () => {
  const s = gpSummary(demoRecord(), '2026-05-25');

  it('carries source ids on every piece of advice, and every id exists', () => {
    for (const a of [...s.asks, ...s.questions]) {
      expect(a.sources.length, a.text).toBeGreaterThan(0);
    }
    for (const id of s.sources) expect(isSourceId(id), id).toBe(true);
    for (const a of [...s.asks, ...s.questions, ...s.changes])
      for (const id of a.sources) expect(s.sources).toContain(id);
  });

  it('has the weekly series from the medicine start, one point per week', () => {
    expect(s.timeline.medicineStartedOn).toBe('2026-01-05');
    expect(s.timeline.weeks).toHaveLength(16);
    expect(s.timeline.weeks[0]).toMatchObject({ week: 4, date: '2026-02-02', maxSeverity: 3 });
  });

  it('gives the chart a series for the worst area and one per pattern, and marks the splint start', () => {
    expect(s.series.map((x) => x.key)).toEqual(['worst', 'carpal_tunnel', 'trigger_finger']);
    expect(s.series[0]?.points[0]).toEqual({ week: 4, value: 3 });
    expect(s.series[2]?.points[0]?.week).toBe(9);
    expect(s.treatmentMarks).toEqual([{ week: 10, kind: 'night_splint', name: 'Night splint' }]);
  });

  it('lists the treatment tried with its effect, once', () => {
    expect(s.treatments).toEqual([
      {
        kind: 'night_splint',
        name: 'Night splint',
        hand: 'right',
        startedOn: '2026-03-16',
        firstReportedOn: expect.any(String),
        endedOn: null,
        effect: 'a little better',
        // Her rating beside what her own check-ins show: the numbness kept rising after the start.
        measured: 'worst 4 → 7 (4 weeks before against weeks 3-8 after)',
      },
    ]);
  });

  it('marks a treatment with no start date at the first check-in that reported it', () => {
    const undated = buildRecord(
      [
        numbIndex('2026-03-02', 4),
        { ...numbIndex('2026-03-09', 4), treatments: [{ kind: 'night_splint', effect: 'too_early' }] },
        { ...numbIndex('2026-03-16', 3), treatments: [{ kind: 'night_splint', effect: 'a_little_better' }] },
      ],
      { context: letrozole },
    );
    const summary = gpSummary(undated, '2026-03-20');
    expect(summary.treatments.map((t) => [t.startedOn, t.firstReportedOn])).toEqual([[null, '2026-03-09']]);
    expect(summary.treatmentMarks).toEqual([{ week: 9, kind: 'night_splint', name: 'Night splint' }]);
  });

  it('gives the CTS-6 as points from history out of 7.5, never as "likely"', () => {
    expect(s.scores?.cts6.text).toMatch(/^[\d.]+ of 7\.5 from history/);
    expect(JSON.stringify(s)).not.toMatch(/CTS likely|carpal tunnel likely/i);
  });

  it('carries what the care ladder says does not help (oral anti-inflammatories and carpal tunnel)', () => {
    expect(
      s.notes.some((n) => /Anti-inflammatory tablets/.test(n.text) && n.sources.includes('aaos2016')),
    ).toBe(true);
  });

  it('lists every check-in for the appendix', () => {
    expect(s.checkIns).toHaveLength(16);
    expect(s.checkIns[0]).toMatchObject({ date: '2026-02-02', week: 4, maxSeverity: 3, areas: 3 });
  });

  it('handles two years of weekly check-ins', () => {
    const long = gpSummary(twoYearRecord(), '2028-01-31');
    expect(long.timeline.weeks).toHaveLength(104);
    expect(long.regions.length).toBeGreaterThan(0);
  });

  it('is the same every time for the same record and date', () => {
    expect(gpSummary(demoRecord(), '2026-05-25')).toEqual(s);
  });
});

describe("evidence in the clinician's voice", () => {
  it.each([
    [
      '"wakes you" becomes "wakes them"',
      'The numbness or tingling wakes you at night.',
      'The numbness or tingling wakes them at night.',
    ],
    ['"as you move" becomes "as they move"', 'It eases as you move.', 'It eases as they move.'],
    ['"your" becomes "their"', 'Worse when you grip your keys.', 'Worse when they grip their keys.'],
    [
      'a sentence without "you" is NOT changed',
      'Pain on the palm side at the base of that finger.',
      'Pain on the palm side at the base of that finger.',
    ],
  ])('%s', (_name, input, output) => {
    expect(clinicianVoice(input)).toBe(output);
  });
});

describe('an empty record', () => {
  it('still makes a summary, with nothing asked', () => {
    const s = gpSummary(buildRecord([]), '2026-03-02');
    expect(s).toMatchObject({ asks: [], changes: [], regions: [], scores: null, onset: null, window: null });
  });
});

import { describe, expect, it } from 'vitest';
import { Context } from '../checkin/context';
import { CheckIn, type CheckInInput } from '../checkin/schema';
import { addDays } from '../timeline/dates';
import type { AssessedCheckIn } from '../timeline/weekly';
import { assess } from '../triage/assess';
import type { Assessment, RedFlagFinding, Resemblance } from '../triage/types';
import { baselineOf, computeAlerts, DEFAULT_ALERT_CONFIG, overdueFrom } from './rules';

const context = Context.parse({ medicines: [{ drug: 'anastrozole', startedOn: '2026-01-05' }] });

/** A check-in with one painful area of the given severity; the assessment comes from `assess()`. */
function entry(
  date: string,
  severity: number,
  more: Partial<CheckInInput> = {},
  override: Partial<Pick<Assessment, 'redFlags' | 'resembles' | 'scores'>> = {},
): AssessedCheckIn {
  const checkIn = CheckIn.parse({
    date,
    regions:
      severity > 0
        ? [{ region: 'right.palm.wrist.central', symptoms: ['aching'], severity, daysPerWeek: 3 }]
        : [],
    ...more,
  });
  // Red flags and patterns are set by hand where a rule needs them, so these tests do not depend
  // on how the triage engine words or weighs its findings.
  const assessment = { ...assess(checkIn, context), redFlags: [], resembles: [], ...override };
  return { checkIn, assessment };
}

const flag = (id: string): RedFlagFinding => ({
  id,
  name: 'possible infection',
  urgency: 'today',
  reason: 'a red, hot, swollen finger with fever',
  action: 'see a doctor today',
  regions: ['right.palm.index.middle'],
  sources: ['kanavel-msd'],
});

const pattern = (
  condition: Resemblance['condition'],
  strength: Resemblance['strength'] = 'moderate',
): Resemblance => ({
  condition,
  name: condition === 'carpal_tunnel' ? 'carpal tunnel syndrome' : 'trigger finger',
  score: 0.6,
  strength,
  hands: ['right'],
  regions: ['right.palm.index.distal', 'right.palm.long.distal'],
  evidence: [],
  against: [],
  sources: ['katz-afp'],
});

const kinds = (alerts: { key: string }[]) => alerts.map((a) => a.key);
const today = '2026-03-20';

describe('red flag: a red flag that was not there the check-in before (critical)', () => {
  it('fires for a new red flag, keyed by date and flag, with the flag’s sources', () => {
    const alerts = computeAlerts(
      [entry('2026-03-09', 3), entry('2026-03-16', 3, {}, { redFlags: [flag('infection')] })],
      context,
      today,
    );
    const a = alerts.find((x) => x.kind === 'red_flag');
    expect(a).toMatchObject({ key: 'red_flag:2026-03-16:infection', level: 'critical', date: '2026-03-16' });
    expect(a?.reason).toBe(
      'Red flag (possible infection; same day): a red, hot, swollen finger with fever. Advised: see a doctor today.',
    );
    expect(a?.sources).toContain('kanavel-msd');
    expect(alerts[0]?.kind).toBe('red_flag');
  });

  it('does not fire again when the same red flag was there the check-in before', () => {
    const alerts = computeAlerts(
      [
        entry('2026-03-09', 3, {}, { redFlags: [flag('infection')] }),
        entry('2026-03-16', 3, {}, { redFlags: [flag('infection')] }),
      ],
      context,
      today,
    );
    expect(alerts.filter((a) => a.kind === 'red_flag')).toEqual([]);
  });

  it('fires on a first check-in that has a red flag', () => {
    expect(
      kinds(computeAlerts([entry('2026-03-16', 3, {}, { redFlags: [flag('infection')] })], context, today)),
    ).toContain('red_flag:2026-03-16:infection');
  });
});

describe('worsening: worst severity 2 or more above the person’s recent level (warning)', () => {
  const history = [
    entry('2026-01-12', 4),
    entry('2026-01-19', 3),
    entry('2026-01-26', 4),
    entry('2026-02-02', 4),
  ];

  it('opens at the recent level + 2, the level being the median of the last 3 check-ins', () => {
    const alerts = computeAlerts([...history, entry('2026-03-16', 6)], context, today);
    const a = alerts.find((x) => x.kind === 'worsening');
    expect(a?.key).toBe('worsening:2026-03-16');
    expect(a?.reason).toMatch(
      /^Worst severity 6\/10 \(right wrist, middle \(palm side\)\), up 2 from 4 \(median of the last 3 check-ins\)/,
    );
    expect(a?.sources).toEqual(['farrar2001', 'hershman2018', 'henry2018']);
  });

  it('does not open just under the threshold (up 1)', () => {
    expect(
      computeAlerts([...history, entry('2026-03-16', 5)], context, today).map((a) => a.kind),
    ).not.toContain('worsening');
  });

  it('uses the person’s own level: 6/10 is no alert for someone at 5', () => {
    const steady = [entry('2026-01-12', 5), entry('2026-01-19', 6), entry('2026-01-26', 5)];
    expect(
      computeAlerts([...steady, entry('2026-03-16', 6)], context, today).map((a) => a.kind),
    ).not.toContain('worsening');
    const low = [entry('2026-01-12', 1), entry('2026-01-19', 2), entry('2026-01-26', 3)];
    expect(computeAlerts([...low, entry('2026-03-16', 6)], context, today).map((a) => a.kind)).toContain(
      'worsening',
    );
  });

  it('uses the check-ins there are while fewer than 3 come before the latest', () => {
    const alerts = computeAlerts(
      [entry('2026-01-12', 2), entry('2026-01-19', 3), entry('2026-01-26', 5)],
      context,
      '2026-01-27',
    );
    expect(alerts.find((a) => a.kind === 'worsening')?.reason).toContain(
      'up 2.5 from 2.5 (median of the last 2 check-ins)',
    );
  });

  it('needs at least one earlier check-in', () => {
    expect(computeAlerts([entry('2026-03-16', 9)], context, today).map((a) => a.kind)).not.toContain(
      'worsening',
    );
    expect(baselineOf([])).toBeNull();
  });

  it('does not open again while the episode it belongs to is still open', () => {
    const rising = [...history, entry('2026-02-09', 6), entry('2026-02-16', 7)];
    expect(computeAlerts(rising, context, today).map((a) => a.kind)).not.toContain('worsening');
  });

  it('reads entries in any order', () => {
    const shuffled = [entry('2026-03-16', 6), ...history.toReversed()];
    expect(computeAlerts(shuffled, context, today).map((a) => a.key)).toContain('worsening:2026-03-16');
  });

  it('follows the configured threshold', () => {
    const config = { ...DEFAULT_ALERT_CONFIG, worseningPoints: 3 };
    expect(
      computeAlerts([...history, entry('2026-03-16', 6)], context, today, config).map((a) => a.kind),
    ).not.toContain('worsening');
    expect(
      computeAlerts([...history, entry('2026-03-16', 7)], context, today, config).map((a) => a.kind),
    ).toContain('worsening');
  });
});

describe('new pattern: a condition resembled for the first time (warning)', () => {
  it('fires when the latest check-in resembles something no earlier one did', () => {
    const alerts = computeAlerts(
      [
        entry('2026-03-09', 3, {}, { resembles: [pattern('trigger_finger')] }),
        entry('2026-03-16', 3, {}, { resembles: [pattern('trigger_finger'), pattern('carpal_tunnel')] }),
      ],
      context,
      today,
    );
    const a = alerts.filter((x) => x.kind === 'new_pattern');
    expect(a.map((x) => x.key)).toEqual(['new_pattern:2026-03-16:carpal_tunnel']);
    expect(a[0]?.reason).toContain(
      'resembles carpal tunnel syndrome (moderate resemblance, not a diagnosis)',
    );
    expect(a[0]?.reason).toContain('right index finger, tip and end joint (palm side)');
    expect(a[0]?.sources).toContain('katz-afp');
  });

  it('does not fire for a pattern seen before, even weeks earlier', () => {
    const alerts = computeAlerts(
      [
        entry('2026-02-02', 3, {}, { resembles: [pattern('carpal_tunnel')] }),
        entry('2026-03-09', 3),
        entry('2026-03-16', 3, {}, { resembles: [pattern('carpal_tunnel')] }),
      ],
      context,
      today,
    );
    expect(alerts.map((a) => a.kind)).not.toContain('new_pattern');
  });

  it('does not count a weak resemblance, and fires when a weak one becomes moderate', () => {
    const weakNow = computeAlerts(
      [entry('2026-03-16', 3, {}, { resembles: [pattern('carpal_tunnel', 'weak')] })],
      context,
      today,
    );
    expect(weakNow.map((a) => a.kind)).not.toContain('new_pattern');
    const grew = computeAlerts(
      [
        entry('2026-03-09', 3, {}, { resembles: [pattern('carpal_tunnel', 'weak')] }),
        entry('2026-03-16', 3, {}, { resembles: [pattern('carpal_tunnel', 'moderate')] }),
      ],
      context,
      today,
    );
    expect(grew.map((a) => a.key)).toContain('new_pattern:2026-03-16:carpal_tunnel');
  });

  it('follows the configured strength', () => {
    const config = { ...DEFAULT_ALERT_CONFIG, newPatternMinStrength: 'weak' as const };
    const alerts = computeAlerts(
      [entry('2026-03-16', 3, {}, { resembles: [pattern('carpal_tunnel', 'weak')] })],
      context,
      today,
      config,
    );
    expect(alerts.map((a) => a.kind)).toContain('new_pattern');
  });
});

describe('composite grade 3 in the latest check-in (warning)', () => {
  const severeNumbness: Partial<CheckInInput> = {
    regions: [{ region: 'left.palm.index.distal', symptoms: ['numbness'], severity: 8, daysPerWeek: 6 }],
    hardToDo: [{ task: 'buttons', difficulty: 3 }],
  };

  it('fires for numbness graded 3 from the real scores, naming the attributes', () => {
    const alerts = computeAlerts([entry('2026-03-16', 0, severeNumbness)], context, today);
    const a = alerts.find((x) => x.kind === 'composite_grade_3');
    expect(a?.key).toBe('composite_grade_3:2026-03-16:numbness');
    expect(a?.reason).toBe(
      'PRO-CTCAE-style composite grade 3 of 3 for numbness and tingling (severity 3/4, interference 3/4).',
    );
  });

  it('does not fire at grade 2', () => {
    const moderate = { ...severeNumbness, hardToDo: [{ task: 'buttons' as const, difficulty: 1 }] };
    const e = entry('2026-03-16', 0, moderate);
    expect(e.assessment.scores.composite.numbness).toBe(2);
    expect(computeAlerts([e], context, today).map((a) => a.kind)).not.toContain('composite_grade_3');
  });

  it('follows the configured grade', () => {
    const moderate = { ...severeNumbness, hardToDo: [{ task: 'buttons' as const, difficulty: 1 }] };
    const config = { ...DEFAULT_ALERT_CONFIG, compositeGradeAtLeast: 2 };
    expect(
      computeAlerts([entry('2026-03-16', 0, moderate)], context, today, config).map((a) => a.key),
    ).toContain('composite_grade_3:2026-03-16:numbness');
  });
});

describe('pain linked to stopping the medicine: worst pain 4/10 or more (warning)', () => {
  it('fires at 4', () => {
    const a = computeAlerts([entry('2026-03-16', 3, { pain: { worst: 4 } })], context, today).find(
      (x) => x.kind === 'pain_adherence_risk',
    );
    expect(a?.key).toBe('pain_adherence_risk:2026-03-16');
    expect(a?.reason).toMatch(/^Worst pain 4\/10 this week/);
    expect(a?.sources).toEqual(['chim2013']);
  });

  it('does not fire at 3, nor without a pain answer', () => {
    expect(
      computeAlerts([entry('2026-03-16', 3, { pain: { worst: 3 } })], context, today).map((a) => a.kind),
    ).not.toContain('pain_adherence_risk');
    expect(computeAlerts([entry('2026-03-16', 8)], context, today).map((a) => a.kind)).not.toContain(
      'pain_adherence_risk',
    );
  });

  it('follows the configured level', () => {
    const config = { ...DEFAULT_ALERT_CONFIG, adherenceRiskWorstPain: 6 };
    expect(
      computeAlerts([entry('2026-03-16', 3, { pain: { worst: 5 } })], context, today, config).map(
        (a) => a.kind,
      ),
    ).not.toContain('pain_adherence_risk');
  });
});

describe('overdue: no check-in for 21 days (info)', () => {
  it('fires 21 days after the last check-in, keyed by that check-in so one gap is one alert', () => {
    const alerts = computeAlerts([entry('2026-03-01', 2)], context, '2026-03-22');
    expect(alerts.find((a) => a.kind === 'overdue')).toMatchObject({
      key: 'overdue:2026-03-01',
      level: 'info',
      date: '2026-03-22',
      reason:
        'No check-in for 21 days (the last one was on 2026-03-01); check-ins are expected weekly at this stage.',
    });
    expect(
      computeAlerts([entry('2026-03-01', 2)], context, '2026-03-30').find((a) => a.kind === 'overdue')?.key,
    ).toBe('overdue:2026-03-01');
  });

  it('does not fire at 20 days', () => {
    expect(computeAlerts([entry('2026-03-01', 2)], context, '2026-03-21').map((a) => a.kind)).not.toContain(
      'overdue',
    );
  });

  it('allows a longer gap once check-ins are every 2 or 4 weeks', () => {
    // 8 months in: every 2 weeks, so overdue at 28 days
    expect(computeAlerts([entry('2026-09-01', 2)], context, '2026-09-28').map((a) => a.kind)).not.toContain(
      'overdue',
    );
    expect(computeAlerts([entry('2026-09-01', 2)], context, '2026-09-29').map((a) => a.kind)).toContain(
      'overdue',
    );
    // 18 months in: every 4 weeks, so overdue at 42 days
    expect(computeAlerts([entry('2027-07-01', 2)], context, '2027-08-11').map((a) => a.kind)).not.toContain(
      'overdue',
    );
    expect(
      computeAlerts([entry('2027-07-01', 2)], context, '2027-08-12').find((a) => a.kind === 'overdue')
        ?.reason,
    ).toContain('expected every 4 weeks');
  });

  it('counts from the medicine start when there is no check-in yet, and not at all without one', () => {
    expect(kinds(computeAlerts([], context, '2026-01-26'))).toEqual(['overdue:2026-01-05']);
    expect(computeAlerts([], Context.parse({}), '2026-01-26')).toEqual([]);
  });

  it('follows the configured number of days', () => {
    const config = { ...DEFAULT_ALERT_CONFIG, overdueDays: 14, overdueFollowsCadence: false };
    expect(kinds(computeAlerts([entry('2026-09-01', 2)], context, '2026-09-15', config))).toEqual([
      'overdue:2026-09-01',
    ]);
  });
});

describe('overdueFrom: the first day the overdue alert fires, worked out once', () => {
  const firstOverdueDay = (
    latest: AssessedCheckIn | undefined,
    ctx: Context,
    config = DEFAULT_ALERT_CONFIG,
  ) => {
    const since = latest?.checkIn.date ?? ctx.medicines[0]?.startedOn;
    for (let day = 0; since && day <= 400; day++) {
      const today = addDays(since, day);
      if (computeAlerts(latest ? [latest] : [], ctx, today, config).some((a) => a.kind === 'overdue')) {
        return today;
      }
    }
    return null;
  };
  const weeklyOnly = { ...DEFAULT_ALERT_CONFIG, overdueDays: 14, overdueFollowsCadence: false };

  it.each([
    [
      'a check-in in the weekly months (21 days)',
      entry('2026-03-01', 2),
      context,
      DEFAULT_ALERT_CONFIG,
      '2026-03-22',
    ],
    [
      'a check-in 8 months in, every 2 weeks (28 days)',
      entry('2026-09-01', 2),
      context,
      DEFAULT_ALERT_CONFIG,
      '2026-09-29',
    ],
    [
      'a check-in 18 months in, every 4 weeks (42 days)',
      entry('2027-07-01', 2),
      context,
      DEFAULT_ALERT_CONFIG,
      '2027-08-12',
    ],
    [
      'a check-in on the day the 2-weekly cadence starts',
      entry('2026-07-05', 2),
      context,
      DEFAULT_ALERT_CONFIG,
      '2026-08-02',
    ],
    ['no check-in yet: from the medicine start', undefined, context, DEFAULT_ALERT_CONFIG, '2026-01-26'],
    ['a site that ignores the cadence (14 days)', entry('2027-07-01', 2), context, weeklyOnly, '2027-07-15'],
    [
      'a check-in but no medicine on record (weekly)',
      entry('2026-03-01', 2),
      Context.parse({}),
      DEFAULT_ALERT_CONFIG,
      '2026-03-22',
    ],
    ['no check-in and no medicine: never', undefined, Context.parse({}), DEFAULT_ALERT_CONFIG, null],
  ])('%s', (_, latest, ctx, config, expected) => {
    expect(overdueFrom(latest?.checkIn.date, ctx, config)).toBe(expected);
    expect(firstOverdueDay(latest, ctx, config)).toBe(expected);
  });

  it('is the day the rule starts firing, for any latest date over three years', () => {
    for (let day = 0; day < 3 * 365; day += 5) {
      const latest = entry(addDays('2025-12-01', day), 2);
      expect(overdueFrom(latest.checkIn.date, context)).toBe(firstOverdueDay(latest, context));
    }
  });
});

describe('all rules together', () => {
  it('lists the most prominent first and gives every alert sources', () => {
    const alerts = computeAlerts(
      [
        entry('2026-01-12', 2),
        entry(
          '2026-03-16',
          7,
          { pain: { worst: 7 } },
          { redFlags: [flag('infection')], resembles: [pattern('carpal_tunnel')] },
        ),
      ],
      context,
      '2026-04-20',
    );
    expect(alerts.map((a) => a.level)).toEqual(['critical', 'warning', 'warning', 'warning', 'info']);
    expect(alerts.every((a) => a.sources.length > 0 && a.reason.length > 0)).toBe(true);
    expect(new Set(alerts.map((a) => a.key)).size).toBe(alerts.length);
  });

  it('raises nothing for a calm, recent week', () => {
    expect(computeAlerts([entry('2026-03-09', 2), entry('2026-03-16', 2)], context, today)).toEqual([]);
  });
});

describe('what the person says about the medicine reaches the care team [chim2013][henry2012][hershman2011]', () => {
  const said = (date: string, medicineThisWeek: CheckInInput['medicineThisWeek']) =>
    entry(date, 2, { medicineThisWeek });
  const medicineAlerts = (entries: AssessedCheckIn[]) =>
    computeAlerts(entries, context, today).filter((a) => a.key.endsWith(':medicine'));

  it.each([
    ['a stop or pause', { taken: 'stopped' }, /stopped or paused their hormone medicine/],
    ['missed doses', { taken: 'missed_some' }, /missed some doses/],
    ['thinking of stopping', { taken: 'every_day', thinkingOfStopping: true }, /thinking of stopping/],
  ] as const)('%s raises one warning, in words, with its sources', (_name, m, words) => {
    const [a, ...more] = medicineAlerts([said('2026-03-16', m)]);
    expect(more).toEqual([]);
    expect(a?.kind).toBe('pain_adherence_risk');
    expect(a?.level).toBe('warning');
    expect(a?.reason).toMatch(words);
    expect(a?.sources).toEqual(expect.arrayContaining(['chim2013', 'henry2012', 'hershman2011']));
  });

  it('taking it every day, or not being asked, raises nothing', () => {
    expect(medicineAlerts([said('2026-03-16', { taken: 'every_day' })])).toEqual([]);
    expect(medicineAlerts([entry('2026-03-16', 2)])).toEqual([]);
  });

  it('the same answer two weeks running is one episode: the second week raises no new alert', () => {
    const first = said('2026-03-09', { taken: 'missed_some' });
    expect(medicineAlerts([first]).map((a) => a.key)).toEqual(['pain_adherence_risk:2026-03-09:medicine']);
    expect(medicineAlerts([first, said('2026-03-16', { taken: 'missed_some' })])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Context } from '../checkin/context';
import { CheckIn, type CheckInInput } from '../checkin/schema';
import { addDays } from '../timeline/dates';
import type { AssessedCheckIn } from '../timeline/weekly';
import { assess } from '../triage/assess';
import type { Assessment, RedFlagFinding, Resemblance, Urgency } from '../triage/types';
import {
  acknowledgeInState,
  EMPTY_ALERT_STATE,
  parseAlertState,
  redFlagLevel,
  replayEpisodes,
  stepAlerts,
} from './episodes';
import { DEFAULT_ALERT_CONFIG } from './rules';

const context = Context.parse({ medicines: [{ drug: 'anastrozole', startedOn: '2026-01-05' }] });
const START = '2026-01-12';
const week = (n: number) => addDays(START, 7 * n);

/** One painful area of the given severity (and worst pain when asked); flags and patterns by hand. */
function entry(
  n: number,
  severity: number,
  more: Partial<CheckInInput> = {},
  override: Partial<Pick<Assessment, 'redFlags' | 'resembles'>> = {},
): AssessedCheckIn {
  const checkIn = CheckIn.parse({
    date: week(n),
    regions:
      severity > 0
        ? [{ region: 'right.palm.wrist.central', symptoms: ['aching'], severity, daysPerWeek: 3 }]
        : [],
    ...more,
  });
  return { checkIn, assessment: { ...assess(checkIn, context), redFlags: [], resembles: [], ...override } };
}

const flag = (urgency: Urgency): RedFlagFinding => ({
  id: 'infection',
  name: 'possible infection',
  urgency,
  reason: 'a red, hot, swollen finger with fever',
  action: 'see a doctor',
  regions: ['right.palm.index.middle'],
  sources: ['kanavel-msd'],
});

const cts = (strength: Resemblance['strength'] = 'moderate'): Resemblance => ({
  condition: 'carpal_tunnel',
  name: 'carpal tunnel syndrome',
  score: 0.6,
  strength,
  hands: ['right'],
  regions: ['right.palm.index.distal'],
  evidence: [],
  against: [],
  sources: ['katz-afp'],
});

/** Every alert key ever raised for a course of weekly severities (no acknowledgements). */
const keysOf = (entries: AssessedCheckIn[], acks = new Map<string, string>()) =>
  replayEpisodes(entries, acks).alerts.map((a) => a.alert.key);

describe('worsening as episodes', () => {
  it('a rise opens one alert; a plateau keeps it, updated with the latest figures', () => {
    const course = [0, 0, 0, 2, 3, 4, 5, 6, 6, 6, 6].map((s, i) => entry(i, s));
    const replay = replayEpisodes(course, new Map());
    const worsening = replay.alerts.filter((a) => a.alert.kind === 'worsening');
    expect(worsening.map((a) => a.alert.key)).toEqual([`worsening:${week(3)}`]);
    // Updated: the reason carries the latest figure and when it opened.
    expect(worsening[0]?.alert.date).toBe(week(10));
    expect(worsening[0]?.alert.reason).toContain('Worst severity 6/10');
    expect(worsening[0]?.alert.reason).toContain(`Open since ${week(3)}`);
    expect(worsening[0]?.resolvedOn).toBeNull();
  });

  it('a fall below the threshold for three weeks resolves it; a second rise opens a new one', () => {
    const severities = [0, 0, 0, 4, 5, 0, 0, 0, 0, 0, 0, 4];
    const replay = replayEpisodes(
      severities.map((s, i) => entry(i, s)),
      new Map(),
    );
    const worsening = replay.alerts.filter((a) => a.alert.kind === 'worsening');
    expect(worsening.map((a) => [a.alert.key, a.resolvedOn])).toEqual([
      [`worsening:${week(3)}`, week(7)],
      [`worsening:${week(11)}`, null],
    ]);
  });

  it('compares with the recent level, not the first check-ins forever', () => {
    // Settled at 5 for months after an early 0: 5 is the usual level now; 6 is no new episode.
    const severities = [0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 6];
    const acked = replayEpisodes(
      severities.slice(0, 4).map((s, i) => entry(i, s)),
      new Map(),
    );
    const key = acked.alerts[0]?.alert.key as string;
    const replay = replayEpisodes(
      severities.map((s, i) => entry(i, s)),
      new Map([[key, week(4)]]),
    );
    expect(replay.alerts.filter((a) => a.alert.kind === 'worsening')).toHaveLength(1);
  });

  it('after an acknowledgement, reopens only when worse beyond the acknowledged level', () => {
    const severities = [0, 0, 0, 4, 4, 5, 4, 5, 7];
    const first = `worsening:${week(3)}`;
    const replay = replayEpisodes(
      severities.map((s, i) => entry(i, s)),
      new Map([[first, week(4)]]),
    );
    // Acknowledged at 4: 5 is not 2 beyond it; 7 is, a new episode measured from 4.
    const worsening = replay.alerts.filter((a) => a.alert.kind === 'worsening');
    expect(worsening.map((a) => a.alert.key)).toEqual([first, `worsening:${week(8)}`]);
    expect(worsening[1]?.alert.reason).toContain('up 3 from 4');
  });
});

describe('the other kinds open once per episode', () => {
  it('pain at or above the adherence threshold: one alert while it lasts, another after it resolved', () => {
    const pains = [5, 6, 5, 2, 2, 2, 6];
    const keys = keysOf(pains.map((p, i) => entry(i, 0, { pain: { worst: p } }))).filter((k) =>
      k.startsWith('pain'),
    );
    expect(keys).toEqual([`pain_adherence_risk:${week(0)}`, `pain_adherence_risk:${week(6)}`]);
  });

  it('a pattern: one alert when it starts, not every week it is still there', () => {
    const keys = keysOf([0, 1, 2, 3, 4].map((i) => entry(i, 0, {}, { resembles: [cts()] })));
    expect(keys).toEqual([`new_pattern:${week(0)}:carpal_tunnel`]);
  });

  it('a grade-3 composite: one alert per episode', () => {
    const severe = { pain: { worst: 9, average: 8, interference: { handTasks: 9, sleep: 9 } } };
    const course = [entry(0, 9, severe), entry(1, 9, severe), entry(2, 9, severe)];
    const grade3 = keysOf(course).filter((k) => k.startsWith('composite_grade_3'));
    expect(new Set(grade3.map((k) => k.split(':')[2])).size).toBe(grade3.length);
    expect(grade3.every((k) => k.includes(week(0)))).toBe(true);
  });

  it('a red flag: one alert while present; more urgent while acknowledged reopens; back after a week without is new', () => {
    const e = (n: number, u: Urgency | null) => entry(n, 0, {}, { redFlags: u ? [flag(u)] : [] });
    const first = `red_flag:${week(0)}:infection`;
    const replay = replayEpisodes(
      [e(0, 'soon'), e(1, 'soon'), e(2, 'emergency'), e(3, null), e(4, 'soon')],
      new Map([[first, week(0)]]),
    );
    expect(replay.alerts.map((a) => [a.alert.key, a.alert.level, a.resolvedOn])).toEqual([
      [first, 'warning', week(2)],
      [`red_flag:${week(2)}:infection`, 'critical', week(3)],
      [`red_flag:${week(4)}:infection`, 'warning', null],
    ]);
  });
});

describe('alert level follows urgency', () => {
  it('emergency and today are critical, soon a warning, routine information', () => {
    expect(['emergency', 'today', 'soon', 'routine'].map((u) => redFlagLevel(u as Urgency))).toEqual([
      'critical',
      'critical',
      'warning',
      'info',
    ]);
  });
});

describe('the state a save starts from', () => {
  it('stepping one check-in at a time gives what a replay of the whole record gives', () => {
    const course = [0, 0, 3, 4, 6, 6, 2, 1, 1, 1, 5, 5].map((s, i) =>
      entry(i, s, s >= 4 ? { pain: { worst: s } } : {}, i === 4 ? { redFlags: [flag('today')] } : {}),
    );
    let state = EMPTY_ALERT_STATE;
    for (const c of course) state = stepAlerts(state, c, DEFAULT_ALERT_CONFIG).state;
    const replayed = replayEpisodes(course, new Map()).state;
    expect(state).toEqual(replayed);
    expect(parseAlertState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseAlertState({ version: 1 })).toBeUndefined();
  });

  it('an acknowledgement of an unknown key changes nothing', () => {
    const { state } = stepAlerts(EMPTY_ALERT_STATE, entry(0, 0, { pain: { worst: 8 } }));
    expect(acknowledgeInState(state, 'worsening:1999-01-01')).toEqual(state);
  });
});

/**
 * Care-team alerts as EPISODES, not weeks. A condition — worse than the person's recent level, pain
 * at or above the adherence threshold, a pattern that starts, a grade-3 composite, a red flag —
 * opens one alert when it starts. While it lasts, that one alert is updated with the latest
 * figures. It ends when a clinician acknowledges it or when the condition has resolved (absent at
 * every check-in for `resolvedAfterWeeks`). After an acknowledgement the same condition opens a
 * new alert only when it gets worse beyond the level that was acknowledged; after a resolution,
 * when it starts again. One in three weekly surveys alerted in PRO-TECT [aft39-alerts]: a
 * clinician keeps reading alerts only while most of them matter.
 *
 * The rules are a fold over the record, oldest first (`stepAlerts`): what they remember is the
 * `AlertState` (plain JSON), stored with the record so a save reads no more than the recent window.
 * Pure: no clock; acknowledgements come in as dates.
 */
import { region } from '../hand/regions';
import type { SourceId } from '../knowledge/sources';
import { daysBetween } from '../timeline/dates';
import { type AdherenceConcern, adherenceConcerns, TALK_BEFORE_STOPPING } from '../triage/adherence';
import type { Resemblance, Urgency } from '../triage/types';
import {
  ALERT_SOURCES,
  type AlertConfig,
  type AlertEntry,
  DEFAULT_ALERT_CONFIG,
  describeAttributes,
  sentence,
  URGENCY_WORDS,
} from './rules';
import type { Alert, AlertKind, AlertLevel } from './types';

/** One condition's current episode (open, or acknowledged and still going). */
export interface Episode {
  /** The alert's key: `kind:openedOn[:detail]` (stable for the whole episode). */
  readonly key: string;
  readonly kind: AlertKind;
  readonly detail: string | null;
  readonly openedOn: string;
  /** The figure the rule reads, at the latest check-in that had the condition (see `levelOf`). */
  readonly level: number;
  /** `worsening`: the level it is compared with (the recent level when it opened, or the acknowledged one). */
  readonly baseline: number | null;
  /** Set when a clinician acknowledged it: the level then. */
  readonly acknowledgedLevel: number | null;
  /** First check-in of the current run without the condition (null while it is present). */
  readonly clearSince: string | null;
}

export interface AlertState {
  /** Changes when the shape changes; a stored state of another version is rebuilt from the record. */
  readonly version: 2;
  readonly count: number;
  readonly lastDate: string | null;
  /** Worst severity (0–10) of the latest check-ins, newest last (at most `RECENT_KEPT`). */
  readonly recentWorst: readonly number[];
  readonly episodes: readonly Episode[];
}

export const EMPTY_ALERT_STATE: AlertState = {
  version: 2,
  count: 0,
  lastDate: null,
  recentWorst: [],
  episodes: [],
};

/** Enough recent check-ins for the largest `baselineCheckIns` a config may set. */
const RECENT_KEPT = 52;

/** A stored state, when it has this version's shape; undefined otherwise (rebuild it from the record). */
export function parseAlertState(json: unknown): AlertState | undefined {
  const s = json as Partial<AlertState> | null | undefined;
  if (!s || typeof s !== 'object' || s.version !== 2 || !Array.isArray(s.episodes)) return undefined;
  return s as AlertState;
}

/** What one check-in did to the alerts: alerts opened or updated, and episodes that resolved. */
export interface AlertChanges {
  readonly upserts: readonly Alert[];
  readonly resolved: readonly { readonly key: string; readonly on: string }[];
}

const STRENGTH_RANK: Record<Resemblance['strength'], number> = { weak: 0, moderate: 1, strong: 2 };
/** Red flags: higher is more urgent. */
const URGENCY_LEVEL: Record<Urgency, number> = { routine: 0, soon: 1, today: 2, emergency: 3 };
const LEVEL_URGENCY: Record<number, Urgency> = { 0: 'routine', 1: 'soon', 2: 'today', 3: 'emergency' };

/** A red flag's alert level follows its urgency: emergency or today critical, soon a warning, routine information. */
export function redFlagLevel(urgency: Urgency): AlertLevel {
  return urgency === 'emergency' || urgency === 'today'
    ? 'critical'
    : urgency === 'soon'
      ? 'warning'
      : 'info';
}

/** The urgency of an open red-flag episode (from its level). */
export const episodeUrgency = (e: Episode): Urgency => LEVEL_URGENCY[e.level] ?? 'routine';

/** Highest severity 0–10 over the areas marked that day (0 when none), and where. */
export function worstOf(entry: AlertEntry): { severity: number; where: string | null } {
  let best = { severity: 0, where: null as string | null };
  for (const r of entry.checkIn.regions) {
    if (r.severity > best.severity) best = { severity: r.severity, where: region(r.region).name };
  }
  return best;
}

export function median(values: readonly number[]): number {
  const s = values.toSorted((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** A condition present at one check-in: which track, its figure, and how to word the alert. */
interface Finding {
  readonly kind: AlertKind;
  readonly detail: string | null;
  readonly level: number;
  /** How much higher than the acknowledged level reopens it. */
  readonly margin: number;
  readonly alertLevel: AlertLevel;
  readonly sources: readonly SourceId[];
  readonly reason: (openedOn: string | null) => string;
  /** `worsening`: the baseline it was measured from. */
  readonly baseline?: number;
}

const since = (openedOn: string | null, date: string) =>
  openedOn && openedOn !== date ? ` Open since ${openedOn}.` : '';

/**
 * The conditions present at `entry`, judged against the state before it. `worsening` is measured
 * from the person's recent level — the median worst severity of the last `baselineCheckIns`
 * check-ins — or, once an episode was acknowledged, from the level acknowledged; an open episode
 * keeps the baseline it opened with, so a plateau stays one episode.
 */
function findings(state: AlertState, entry: AlertEntry, config: AlertConfig): Finding[] {
  const out: Finding[] = [];
  const date = entry.checkIn.date;
  for (const f of entry.assessment.redFlags) {
    out.push({
      kind: 'red_flag',
      detail: f.id,
      level: URGENCY_LEVEL[f.urgency],
      margin: 1,
      alertLevel: redFlagLevel(f.urgency),
      sources: f.sources,
      reason: (openedOn) =>
        `Red flag (${f.name ? `${f.name}; ` : ''}${URGENCY_WORDS[f.urgency]}): ${sentence(f.reason)} ` +
        `Advised: ${sentence(f.action)}${since(openedOn, date)}`,
    });
  }
  const now = worstOf(entry);
  const open = state.episodes.find((e) => e.kind === 'worsening');
  const recent = state.recentWorst.slice(-config.baselineCheckIns);
  // An acknowledged episode: worse again beyond the level acknowledged is measured from that level.
  const ack = open?.acknowledgedLevel ?? null;
  const beyondAck = ack !== null && now.severity - ack >= config.worseningPoints;
  const baseline = beyondAck ? ack : (open?.baseline ?? (recent.length ? median(recent) : null));
  if (baseline !== null && now.severity - baseline >= config.worseningPoints) {
    const basis = beyondAck
      ? 'the level acknowledged'
      : open
        ? 'the level when this episode opened'
        : `median of the last ${recent.length} check-in${recent.length === 1 ? '' : 's'}`;
    out.push({
      kind: 'worsening',
      detail: null,
      level: now.severity,
      margin: config.worseningPoints,
      alertLevel: 'warning',
      sources: ALERT_SOURCES.worsening,
      baseline,
      reason: (openedOn) =>
        `Worst severity ${now.severity}/10${now.where ? ` (${now.where})` : ''}, up ${now.severity - baseline} from ` +
        `${baseline} (${basis}); a rise of ${config.worseningPoints} or more on a 0–10 scale is usually felt as a ` +
        `real change.${since(openedOn, date)}`,
    });
  }
  const minStrength = STRENGTH_RANK[config.newPatternMinStrength];
  for (const r of entry.assessment.resembles) {
    if (STRENGTH_RANK[r.strength] < minStrength) continue;
    const where = r.regions.slice(0, 3).map((id) => region(id).name);
    const more = r.regions.length > 3 ? ` and ${r.regions.length - 3} more` : '';
    out.push({
      kind: 'new_pattern',
      detail: r.condition,
      level: STRENGTH_RANK[r.strength],
      margin: 1,
      alertLevel: 'warning',
      sources: [...r.sources, ...ALERT_SOURCES.new_pattern],
      reason: (openedOn) =>
        `${openedOn && openedOn !== date ? 'The check-in still resembles' : 'The check-in now resembles'} ${r.name} ` +
        `(${r.strength} resemblance, not a diagnosis)${where.length ? `: ${where.join('; ')}${more}` : ''}.` +
        since(openedOn, date),
    });
  }
  const { composite, compositeAttributes } = entry.assessment.scores;
  for (const t of [
    {
      detail: 'joint_pain',
      name: 'joint pain',
      grade: composite.jointPain,
      attrs: compositeAttributes?.jointPain,
    },
    {
      detail: 'numbness',
      name: 'numbness and tingling',
      grade: composite.numbness,
      attrs: compositeAttributes?.numbness,
    },
  ]) {
    if (t.grade < config.compositeGradeAtLeast) continue;
    out.push({
      kind: 'composite_grade_3',
      detail: t.detail,
      level: t.grade,
      margin: 1,
      alertLevel: 'warning',
      sources: ALERT_SOURCES.composite_grade_3,
      reason: (openedOn) =>
        `PRO-CTCAE-style composite grade ${t.grade} of 3 for ${t.name}${describeAttributes(t.attrs)}.${since(openedOn, date)}`,
    });
  }
  const pain = entry.checkIn.pain?.worst;
  if (pain !== undefined && pain >= config.adherenceRiskWorstPain) {
    out.push({
      kind: 'pain_adherence_risk',
      detail: null,
      level: pain,
      margin: config.worseningPoints,
      alertLevel: 'warning',
      sources: ALERT_SOURCES.pain_adherence_risk,
      reason: (openedOn) =>
        `Worst pain ${pain}/10 this week. At ${config.adherenceRiskWorstPain} or more, people were about twice as ` +
        `likely to stop their aromatase inhibitor early: worth asking how they are managing.${since(openedOn, date)}`,
    });
  }
  // What the person said about the medicine this week (check-in version 2): a stop or pause, missed
  // doses, or thinking of stopping because of the symptoms. The oncology team should hear it in the
  // same week [chim2013][henry2012][hershman2011]; a stop is the most serious, so it re-alerts past
  // an acknowledged "missed some".
  const concerns = adherenceConcerns(entry.checkIn);
  if (concerns.length > 0) {
    const said = concerns.map((c) => CONCERN_WORDS[c]);
    out.push({
      kind: 'pain_adherence_risk',
      detail: 'medicine',
      level: Math.max(...concerns.map((c) => CONCERN_LEVEL[c])),
      margin: 1,
      alertLevel: 'warning',
      sources: TALK_BEFORE_STOPPING.sources,
      reason: (openedOn) =>
        `They say ${said.join(', and ')} (this week's check-in). Early stopping is common with these symptoms and ` +
        `shortens the medicine's benefit: worth a call about how to help.${since(openedOn, date)}`,
    });
  }
  return out;
}

/** How serious each answer about the medicine is (a stop first): an episode re-alerts when it rises. */
const CONCERN_LEVEL: Readonly<Record<AdherenceConcern, number>> = {
  stopped: 3,
  thinking_of_stopping: 2,
  missed_some: 1,
};
const CONCERN_WORDS: Readonly<Record<AdherenceConcern, string>> = {
  stopped: 'they stopped or paused their hormone medicine',
  thinking_of_stopping: 'they are thinking of stopping it because of the symptoms',
  missed_some: 'they missed some doses',
};

const track = (kind: AlertKind, detail: string | null) => (detail ? `${kind}:${detail}` : kind);

function toAlert(f: Finding, key: string, date: string, openedOn: string): Alert {
  return {
    key,
    kind: f.kind,
    level: f.alertLevel,
    date,
    reason: f.reason(openedOn),
    sources: [...new Set<SourceId>([...f.sources, ...ALERT_SOURCES[f.kind]])],
  };
}

/**
 * One more check-in (the latest): the conditions it shows open, update or keep episodes; those it
 * lacks count towards resolution. Red flags resolve at the first check-in without them, so a flag
 * that comes back always alerts again (our judgement: a red flag is never folded into an old one).
 */
export function stepAlerts(
  state: AlertState,
  entry: AlertEntry,
  config: AlertConfig = DEFAULT_ALERT_CONFIG,
): { state: AlertState; changes: AlertChanges } {
  const date = entry.checkIn.date;
  const found = findings(state, entry, config);
  const byTrack = new Map(found.map((f) => [track(f.kind, f.detail), f]));
  const upserts: Alert[] = [];
  const resolved: { key: string; on: string }[] = [];
  const episodes: Episode[] = [];
  for (const e of state.episodes) {
    const f = byTrack.get(track(e.kind, e.detail));
    if (!f) {
      const clearSince = e.clearSince ?? date;
      const weeks = e.kind === 'red_flag' ? 0 : config.resolvedAfterWeeks;
      if (daysBetween(clearSince, date) >= 7 * Math.max(0, weeks - 1))
        resolved.push({ key: e.key, on: date });
      else episodes.push({ ...e, clearSince });
      continue;
    }
    byTrack.delete(track(e.kind, e.detail));
    if (e.acknowledgedLevel === null) {
      // Still open: the same alert, with the latest figures.
      episodes.push({ ...e, level: f.level, clearSince: null });
      upserts.push(toAlert(f, e.key, date, e.openedOn));
    } else if (f.level >= e.acknowledgedLevel + f.margin) {
      // Worse beyond what was acknowledged: a new episode.
      resolved.push({ key: e.key, on: date });
      const opened = open(f, date, f.baseline ?? null);
      episodes.push(opened);
      upserts.push(toAlert(f, opened.key, date, date));
    } else {
      episodes.push({ ...e, level: f.level, clearSince: null });
    }
  }
  for (const f of byTrack.values()) {
    const opened = open(f, date, f.baseline ?? null);
    episodes.push(opened);
    upserts.push(toAlert(f, opened.key, date, date));
  }
  const recentWorst = [...state.recentWorst, worstOf(entry).severity].slice(-RECENT_KEPT);
  return {
    state: {
      version: 2,
      count: state.count + 1,
      lastDate: date,
      recentWorst,
      episodes,
    },
    changes: { upserts, resolved },
  };
}

function open(f: Finding, date: string, baseline: number | null): Episode {
  return {
    key: f.detail ? `${f.kind}:${date}:${f.detail}` : `${f.kind}:${date}`,
    kind: f.kind,
    detail: f.detail,
    openedOn: date,
    level: f.level,
    baseline: f.kind === 'worsening' ? (baseline ?? f.baseline ?? null) : null,
    acknowledgedLevel: null,
    clearSince: null,
  };
}

/**
 * A clinician acknowledged the alert `key`: its episode stays (acknowledged) until it resolves, and
 * reopens only beyond the level acknowledged. Unknown keys (a closed episode) change nothing.
 */
export function acknowledgeInState(state: AlertState, key: string): AlertState {
  const episodes = state.episodes.map((e) =>
    e.key !== key || e.acknowledgedLevel !== null ? e : { ...e, acknowledgedLevel: e.level },
  );
  return { ...state, episodes };
}

/** The final alert rows of a whole record, with when each episode resolved (null: still going). */
export interface ReplayedAlert {
  readonly alert: Alert;
  readonly resolvedOn: string | null;
}

/**
 * Every episode of a record, from its check-ins (oldest first) and the acknowledgements made
 * (`acknowledged`: key → when, an ISO timestamp or date). An acknowledgement applies before the
 * first check-in saved after it (`createdAt`; a check-in without one counts by its date), as it
 * did when it was made. Returns each alert's latest version and the state after the whole record.
 */
export function replayEpisodes(
  entries: readonly (AlertEntry & { readonly createdAt?: string })[],
  acknowledged: ReadonlyMap<string, string>,
  config: AlertConfig = DEFAULT_ALERT_CONFIG,
): { alerts: ReplayedAlert[]; state: AlertState } {
  const rows = new Map<string, { alert: Alert; resolvedOn: string | null }>();
  let state = EMPTY_ALERT_STATE;
  let pending = [...acknowledged].toSorted((a, b) => a[1].localeCompare(b[1]));
  for (const entry of entries) {
    const savedAt = entry.createdAt ?? entry.checkIn.date;
    for (const [key, at] of pending) if (at < savedAt) state = acknowledgeInState(state, key);
    pending = pending.filter(([, at]) => at >= savedAt);
    const step = stepAlerts(state, entry, config);
    state = step.state;
    for (const a of step.changes.upserts) rows.set(a.key, { alert: a, resolvedOn: null });
    for (const r of step.changes.resolved) {
      const row = rows.get(r.key);
      if (row) rows.set(r.key, { ...row, resolvedOn: r.on });
    }
  }
  for (const [key] of pending) state = acknowledgeInState(state, key);
  return { alerts: [...rows.values()], state };
}

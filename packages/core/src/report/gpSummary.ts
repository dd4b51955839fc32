/**
 * The one-page GP summary, as data: what the server's PDF (and any other face) lays out. The
 * surgeon in the seed interview asks patients to bring their GP a localized, timed history [seed];
 * a GP has about a minute, so the page leads with what changed and what is asked of the GP, then
 * who, which medicine since when, where it hurts, what the pattern resembles and why, the scores,
 * what was tried, the weekly series and the questions for the visit.
 *
 * Suggest, never diagnose: every piece of advice carries source ids, patterns "resemble".
 * Pure: `today` is passed in; everything else is read from the stored record (stored assessments
 * are never recomputed, so the page shows what the person was shown).
 */
import type { Context } from '../checkin/context';
import type { SymptomKind, Treatment } from '../checkin/schema';
import { region } from '../hand/regions';
import { SHORT_CONDITION_NAMES } from '../knowledge/conditionNames';
import { type CareLadder, LADDERS } from '../knowledge/ladders';
import type { SourceId } from '../knowledge/sources';
import type { PatientRecord, StoredCheckIn } from '../record';
import { addDays, daysBetween, weeksBetween } from '../timeline/dates';
import { EARLY_WINDOW_DAYS, firstAromataseInhibitor } from '../timeline/timing';
import { treatmentEffects } from '../timeline/treatmentEffect';
import { type Timeline, weeklyTimeline } from '../timeline/weekly';
import { CONDITION_IDS, URGENCIES } from '../triage/types';
import { askedOfGp, boneHealthAsk, whatChanged } from './asks';
import type {
  GpSummary,
  MedicineMarkKind,
  SeveritySeries,
  SourcedText,
  SummaryPattern,
  SummaryRedFlag,
  SummaryRegion,
  SummaryScores,
  SummaryTreatment,
} from './types';

export type * from './types';

import {
  ADHERENCE_PAIN_THRESHOLD,
  ADHERENCE_QUESTION,
  CONDITION_NAMES,
  CTS6_ITEM_WORDS,
  DRUG_NAMES,
  EFFECT_WORDS,
  QUESTIONS_BY_CONDITION,
  TREATMENT_NAMES,
  URGENCY_WORDS,
} from './wording';

/** Days in the window for "worst over the last 4 weeks". */
export const WINDOW_DAYS = 28;

export const GP_SUMMARY_DISCLAIMER =
  'Made by HandCheck from what the person reported. It says what the pattern resembles and suggests next steps; it is not a diagnosis.';

function medicineOf(record: PatientRecord, today: string): GpSummary['medicine'] {
  const first = firstAromataseInhibitor(record.context);
  if (!first) return null;
  // The course running today (a switch is a new course), else the first one.
  const current =
    record.context.medicines
      .filter((c) => c.startedOn <= today && (!c.stoppedOn || c.stoppedOn >= today))
      .toSorted((a, b) => b.startedOn.localeCompare(a.startedOn))[0] ?? first;
  const weeksOn = weeksBetween(first.startedOn, today);
  const since = `${DRUG_NAMES[current.drug]} since ${current.startedOn}`;
  const text =
    current === first
      ? `${since} (${weeksOn} weeks)`
      : `${since}; first aromatase inhibitor ${DRUG_NAMES[first.drug].toLowerCase()} from ${first.startedOn} (${weeksOn} weeks)`;
  return { drug: current.drug, name: DRUG_NAMES[current.drug], startedOn: first.startedOn, weeksOn, text };
}

/**
 * When symptoms began: the earlier of the earliest onset date anyone reported and the first
 * check-in with an area above 0, so the sentence and the chart start at the same place. Placed
 * against the usual onset window (the first 3 months of the aromatase inhibitor)
 * [arthcare2012][mao2009]; later onsets happen too [kanematsu2011][soumaya2016].
 */
export function onsetOf(
  checkIns: readonly StoredCheckIn[],
  medicine: GpSummary['medicine'],
  anchor: string | null,
): GpSummary['onset'] {
  let reported: string | null = null;
  for (const s of checkIns)
    for (const r of s.checkIn.regions)
      if (r.severity > 0 && r.startedOn && (!reported || r.startedOn < reported)) reported = r.startedOn;
  const firstMarked =
    checkIns.find((s) => s.checkIn.regions.some((r) => r.severity > 0))?.checkIn.date ?? null;
  const isReported = reported !== null && (firstMarked === null || reported <= firstMarked);
  const date = isReported ? reported : firstMarked;
  if (!date) return null;
  const what = isReported ? 'Symptoms began' : 'Symptoms first recorded at the check-in of';
  const week = anchor ? weeksBetween(anchor, date) : null;
  const base = { date, reported: isReported, week };
  if (!medicine)
    return { ...base, weeksAfterStart: null, inUsualWindow: null, text: `${what} ${date}.`, sources: [] };
  const days = daysBetween(medicine.startedOn, date);
  const weeks = weeksBetween(medicine.startedOn, date);
  const inUsualWindow = days >= 0 && days <= EARLY_WINDOW_DAYS;
  const relative =
    days < 0
      ? `before the aromatase inhibitor started (${medicine.startedOn})`
      : `${weeks} ${weeks === 1 ? 'week' : 'weeks'} after starting the aromatase inhibitor${
          inUsualWindow ? ', within the first 3 months, when such symptoms usually begin' : ''
        }`;
  return {
    ...base,
    weeksAfterStart: weeks,
    inUsualWindow: days < 0 ? null : inUsualWindow,
    text: `${what} ${date}, ${relative}.`,
    sources: days >= 0 ? ['arthcare2012', 'mao2009'] : [],
  };
}

/**
 * The usual onset window on a timeline's axis: weeks 0 to 13 of the first aromatase inhibitor, when
 * most joint symptoms begin [arthcare2012][mao2009]. Null when no start date is known (the axis
 * then counts from the first check-in).
 */
export function usualOnsetWindow(timeline: Timeline): GpSummary['onsetWindow'] {
  if (!timeline.medicineStartedOn) return null;
  return {
    fromWeek: 0,
    toWeek: Math.round(EARLY_WINDOW_DAYS / 7),
    label: 'usual onset: first 3 months',
    sources: ['arthcare2012', 'mao2009'],
  };
}

/** Medicine courses on the chart's axis: switches, pauses, restarts and stops, with a short label. */
export function medicineMarks(
  context: Context,
  anchor: string | null,
  today: string,
): GpSummary['medicineMarks'] {
  if (!anchor) return [];
  const courses = context.medicines.toSorted((a, b) => a.startedOn.localeCompare(b.startedOn));
  const first = firstAromataseInhibitor(context);
  const out: { week: number; date: string; kind: MedicineMarkKind; label: string }[] = [];
  const add = (date: string, kind: MedicineMarkKind, label: string) => {
    if (date <= today) out.push({ week: weeksBetween(anchor, date), date, kind, label });
  };
  courses.forEach((c, i) => {
    const prev = courses[i - 1];
    const next = courses[i + 1];
    const name = DRUG_NAMES[c.drug].toLowerCase();
    // The first aromatase inhibitor's start is week 0 of the axis; an earlier course (tamoxifen) has no mark.
    if (prev && c !== first) {
      const gap = prev.stoppedOn ? daysBetween(prev.stoppedOn, c.startedOn) : 0;
      if (c.drug !== prev.drug) add(c.startedOn, 'switch', `switch to ${name}`);
      else if (gap > 1) add(c.startedOn, 'restart', `restart ${name}`);
    }
    if (c.stoppedOn) {
      // Stopped and a new course started within a day: that is the switch, marked once.
      const gap = next ? daysBetween(c.stoppedOn, next.startedOn) : null;
      // A pause recorded on "Me" (`endedBy`) stays a pause while no restart follows yet.
      if (gap === null)
        add(
          c.stoppedOn,
          c.endedBy === 'pause' ? 'pause' : 'stop',
          `${c.endedBy === 'pause' ? 'pause' : 'stop'} ${name}`,
        );
      else if (gap > 1) add(c.stoppedOn, 'pause', `pause ${name}`);
    }
  });
  return out;
}

function windowOf(checkIns: readonly StoredCheckIn[], today: string): GpSummary['window'] {
  const latest = checkIns.at(-1)?.checkIn.date;
  if (!latest) return null;
  // The last 4 weeks up to today; when the latest check-in is older, the 4 weeks up to it.
  const to = daysBetween(latest, today) < WINDOW_DAYS ? today : latest;
  return { from: addDays(to, -(WINDOW_DAYS - 1)), to };
}

function regionsIn(checkIns: readonly StoredCheckIn[]): SummaryRegion[] {
  const byId = new Map<string, { worst: number; symptoms: Set<SymptomKind> }>();
  for (const { checkIn } of checkIns) {
    for (const r of checkIn.regions) {
      const seen = byId.get(r.region) ?? { worst: 0, symptoms: new Set<SymptomKind>() };
      seen.worst = Math.max(seen.worst, r.severity);
      for (const s of r.symptoms) seen.symptoms.add(s);
      byId.set(r.region, seen);
    }
  }
  return [...byId]
    .map(([id, v]) => {
      const reg = region(id);
      return {
        id,
        name: reg.name,
        hand: reg.hand,
        surface: reg.surface,
        worst: v.worst,
        symptoms: [...v.symptoms],
      };
    })
    .toSorted((a, b) => b.worst - a.worst || a.id.localeCompare(b.id));
}

function redFlagsIn(checkIns: readonly StoredCheckIn[]): SummaryRedFlag[] {
  const byId = new Map<string, SummaryRedFlag>();
  for (const { assessment } of checkIns) {
    for (const f of assessment.redFlags) {
      byId.set(f.id, {
        id: f.id,
        name: f.name ?? f.id.replaceAll('_', ' '),
        urgency: f.urgency,
        urgencyLabel: URGENCY_WORDS[f.urgency],
        reason: f.reason,
        action: f.action,
        date: assessment.checkInDate,
        sources: f.sources,
      });
    }
  }
  return [...byId.values()].toSorted(
    (a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) || b.date.localeCompare(a.date),
  );
}

function scoresOf(latest: StoredCheckIn | undefined): SummaryScores | null {
  if (!latest) return null;
  const s = latest.assessment.scores;
  return {
    date: latest.checkIn.date,
    katz: s.katz,
    cts6: {
      historyPoints: s.cts6.historyPoints,
      text: `${s.cts6.historyPoints} of ${s.cts6.maxFromHistory} from history (exam items needed for the rest of 26)`,
      itemsPresent: s.cts6.itemsPresent.map((i) => CTS6_ITEM_WORDS[i] ?? i.replaceAll('_', ' ')),
      examItemsToCheck: s.cts6.examItemsToCheck,
      sources: ['graham2006', 'mdcalc-cts6'],
    },
    pain: { worst: s.pain.worst, average: s.pain.average },
    function: s.function,
    composite: { ...s.composite, sources: ['basch2021'] },
  };
}

function seriesOf(timeline: Timeline): SeveritySeries[] {
  const out: SeveritySeries[] = [
    {
      key: 'worst',
      name: 'worst area',
      points: timeline.weeks.map((w) => ({ week: w.week, value: w.maxSeverity })),
    },
  ];
  const seen = CONDITION_IDS.filter((c) => timeline.weeks.some((w) => w.byCondition[c] !== undefined));
  for (const c of seen) {
    out.push({
      key: c,
      name: SHORT_CONDITION_NAMES[c],
      points: timeline.weeks.flatMap((w) => {
        const value = w.byCondition[c];
        return value === undefined ? [] : [{ week: w.week, value }];
      }),
    });
  }
  return out;
}

function treatmentsOf(
  record: PatientRecord,
  checkIns: readonly StoredCheckIn[],
  today: string,
): SummaryTreatment[] {
  // The treatment list, then what later check-ins said about the same treatment (latest wins).
  const byKey = new Map<string, Treatment>();
  const firstReported = new Map<string, string>();
  const key = (t: Treatment) => `${t.kind}|${t.hand ?? ''}|${t.startedOn ?? ''}`;
  for (const t of record.treatments) byKey.set(key(t), t);
  for (const { checkIn } of checkIns)
    for (const t of checkIn.treatments) {
      byKey.set(key(t), t);
      if (!firstReported.has(key(t))) firstReported.set(key(t), checkIn.date);
    }
  // Severity in the weeks before each start against the weeks after, on the same check-ins.
  const effects = treatmentEffects(checkIns, record.treatments, today);
  return [...byKey.values()]
    .toSorted((a, b) => (a.startedOn ?? '').localeCompare(b.startedOn ?? ''))
    .map((t) => {
      const e = effects.find(
        (x) => x.kind === t.kind && x.startedOn === t.startedOn && (x.hand ?? null) === (t.hand ?? null),
      );
      return {
        kind: t.kind,
        name: TREATMENT_NAMES[t.kind],
        hand: t.hand ?? null,
        startedOn: t.startedOn ?? null,
        firstReportedOn: firstReported.get(key(t)) ?? null,
        endedOn: t.endedOn ?? null,
        effect: EFFECT_WORDS[t.effect],
        measured:
          e?.status === 'measured'
            ? `worst ${e.before.worst} → ${e.after.worst} (4 weeks before against weeks 3-8 after)`
            : null,
      };
    });
}

function questionsFor(latest: StoredCheckIn | undefined): SourcedText[] {
  if (!latest) return [];
  const out: SourcedText[] = [];
  for (const r of latest.assessment.resembles) out.push(...(QUESTIONS_BY_CONDITION[r.condition] ?? []));
  // The engine's own step says so when the worst pain (or, without that answer, the worst painful
  // area) reached the threshold; the check-in app does not always ask the overall pain question.
  const worst = latest.assessment.scores.pain.worst;
  const told = latest.assessment.nextSteps.some((s) => s.id === 'tell_oncology_team');
  if (told || (worst !== null && worst >= ADHERENCE_PAIN_THRESHOLD)) out.push(ADHERENCE_QUESTION);
  return out.filter((q, i) => out.findIndex((o) => o.text === q.text) === i);
}

/** The engine's evidence speaks to the patient ("wakes you at night"); the GP reads about them. */
export function clinicianVoice(text: string): string {
  return text
    .replace(/\bwakes you\b/g, 'wakes them')
    .replace(/\byour\b/g, 'their')
    .replace(/\byou\b/g, 'they');
}

function notesFor(latest: StoredCheckIn | undefined): SourcedText[] {
  if (!latest) return [];
  const conditions = new Set(latest.assessment.resembles.map((r) => r.condition));
  return (LADDERS as readonly CareLadder[])
    .filter((l) => conditions.has(l.condition))
    .flatMap((l) => (l.notes ?? []).map((n) => ({ text: n.text, sources: n.sources })));
}

/** Builds the GP summary of a person's record as of `today` (YYYY-MM-DD). */
export function gpSummary(record: PatientRecord, today: string): GpSummary {
  const checkIns = record.checkIns
    .filter((s) => s.checkIn.date <= today)
    .toSorted((a, b) => a.checkIn.date.localeCompare(b.checkIn.date));
  const latest = checkIns.at(-1);
  const window = windowOf(checkIns, today);
  const inWindow = window
    ? checkIns.filter((s) => s.checkIn.date >= window.from && s.checkIn.date <= window.to)
    : [];
  const medicine = medicineOf(record, today);
  const timeline = weeklyTimeline(checkIns, record.context);
  const redFlags = redFlagsIn(inWindow);
  const patterns: SummaryPattern[] = (latest?.assessment.resembles ?? []).map((r) => ({
    name: CONDITION_NAMES[r.condition],
    strength: r.strength,
    hands: r.hands,
    evidence: r.evidence.map((e) => ({ text: clinicianVoice(e.text), sources: e.sources })),
    against: r.against.map((e) => ({ text: clinicianVoice(e.text), sources: e.sources })),
    sources: r.sources,
  }));
  const scores = scoresOf(latest);
  // What the latest assessment read (its check-in's treatments), then the record's own list.
  const bone = boneHealthAsk(record.context, today);
  const asks = [
    ...askedOfGp(latest?.assessment ?? null, [...(latest?.checkIn.treatments ?? []), ...record.treatments]),
    ...(bone ? [bone] : []),
  ];
  const onset = onsetOf(checkIns, medicine, timeline.anchor);
  const onsetWindow = usualOnsetWindow(timeline);
  const changes = whatChanged(checkIns);
  const questions = questionsFor(latest);
  const notes = notesFor(latest);
  const treatments = treatmentsOf(record, checkIns, today);
  const cited = new Set<SourceId>(['seed']);
  if (onset) for (const x of onset.sources) cited.add(x);
  if (onsetWindow) for (const x of onsetWindow.sources) cited.add(x);
  for (const list of [redFlags, changes, asks, patterns, questions, notes])
    for (const x of list) for (const s of x.sources) cited.add(s);
  for (const p of patterns)
    for (const e of [...p.evidence, ...p.against]) for (const s of e.sources) cited.add(s);
  if (scores) for (const s of [...scores.cts6.sources, ...scores.composite.sources]) cited.add(s);
  return {
    date: today,
    patient: { name: record.patient.name, age: record.context.risk.age ?? null },
    redFlags,
    changes,
    asks,
    medicine,
    onset,
    onsetWindow,
    medicineMarks: medicineMarks(record.context, timeline.anchor, today),
    latestCheckIn: latest?.checkIn.date ?? null,
    window,
    regions: regionsIn(inWindow),
    patterns,
    scores,
    treatments,
    timeline,
    series: seriesOf(timeline),
    treatmentMarks: timeline.anchor
      ? treatments.flatMap((t) => {
          // Marked at its start; without a start date, at the first check-in that reported it.
          const on = t.startedOn ?? t.firstReportedOn;
          return on
            ? [{ week: weeksBetween(timeline.anchor as string, on), kind: t.kind, name: t.name }]
            : [];
        })
      : [],
    questions,
    notes,
    checkIns: checkIns.map(({ checkIn, assessment }) => ({
      date: checkIn.date,
      week: timeline.anchor ? weeksBetween(timeline.anchor, checkIn.date) : null,
      maxSeverity: Math.max(0, ...checkIn.regions.map((r) => r.severity)),
      areas: checkIn.regions.length,
      resembles: assessment.resembles.map((r) => CONDITION_NAMES[r.condition]),
      redFlags: assessment.redFlags.length,
    })),
    sources: [...cited].toSorted(),
    disclaimer: GP_SUMMARY_DISCLAIMER,
  };
}

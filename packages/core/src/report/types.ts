/**
 * The GP summary's types: what `gpSummary` (report/gpSummary.ts) builds and every face (the PDF,
 * the clinician's page, the person's History through `chartView`) reads.
 */
import type { Drug } from '../checkin/context';
import type { SymptomKind, TreatmentKind } from '../checkin/schema';
import type { Hand, Surface } from '../hand/regions';
import type { SourceId } from '../knowledge/sources';
import type { Timeline } from '../timeline/weekly';
import type { KatzClass, Urgency } from '../triage/types';
import type { Ask } from './asks';

/** A sentence with where it comes from. Advice always has at least one source; plain facts may have none. */
export interface SourcedText {
  readonly text: string;
  readonly sources: readonly SourceId[];
}

export interface SummaryRegion {
  readonly id: string;
  readonly name: string;
  readonly hand: Hand;
  readonly surface: Surface;
  /** Highest severity 0-10 over the window (for shading the drawing). */
  readonly worst: number;
  readonly symptoms: readonly SymptomKind[];
}

export interface SummaryPattern {
  readonly name: string;
  readonly strength: 'strong' | 'moderate' | 'weak';
  readonly hands: readonly Hand[];
  readonly evidence: readonly SourcedText[];
  readonly against: readonly SourcedText[];
  readonly sources: readonly SourceId[];
}

export interface SummaryRedFlag {
  readonly id: string;
  readonly name: string;
  readonly urgency: Urgency;
  /** e.g. "Same day". */
  readonly urgencyLabel: string;
  readonly reason: string;
  readonly action: string;
  readonly date: string;
  readonly sources: readonly SourceId[];
}

export interface SummaryTreatment {
  readonly kind: TreatmentKind;
  /** As a clinician writes it (the person's own label is `TREATMENT_LABELS[kind]`). */
  readonly name: string;
  readonly hand: string | null;
  readonly startedOn: string | null;
  /** The first check-in that reported it (where the chart marks it when no start date was given). */
  readonly firstReportedOn: string | null;
  readonly endedOn: string | null;
  readonly effect: string;
  /**
   * What the person's own check-ins show, from core's `treatmentEffect` (timeline/treatmentEffect):
   * "worst 6 → 3 (4 weeks before against weeks 3-8 after)". Null when there are too few check-ins
   * around the start to measure.
   */
  readonly measured: string | null;
}

export interface SummaryScores {
  readonly date: string;
  readonly katz: Readonly<Record<Hand, KatzClass>>;
  readonly cts6: {
    readonly historyPoints: number;
    /** "3.5 of 7.5 from history" - never "likely": the exam items decide [graham2006]. */
    readonly text: string;
    readonly itemsPresent: readonly string[];
    readonly examItemsToCheck: readonly string[];
    readonly sources: readonly SourceId[];
  };
  readonly pain: { readonly worst: number | null; readonly average: number | null };
  /** 0-100, higher = harder. */
  readonly function: number | null;
  readonly composite: {
    readonly jointPain: number;
    readonly numbness: number;
    readonly sources: readonly SourceId[];
  };
}

/** One line of the weekly severity chart: the worst area overall, or one condition pattern's areas. */
export interface SeveritySeries {
  /** `worst` or a condition id. */
  readonly key: string;
  readonly name: string;
  /** Weeks since the medicine started (see `timeline.anchor`), severity 0-10; weeks without a value are left out. */
  readonly points: readonly { readonly week: number; readonly value: number }[];
}

export interface SummaryCheckIn {
  readonly date: string;
  readonly week: number | null;
  readonly maxSeverity: number;
  readonly areas: number;
  readonly resembles: readonly string[];
  readonly redFlags: number;
}

export interface GpSummary {
  /** The day the summary was made (also the PDF's creation date). */
  readonly date: string;
  readonly patient: { readonly name: string | null; readonly age: number | null };
  /** Red flags from check-ins in the window, most urgent first. Shown before anything else. */
  readonly redFlags: readonly SummaryRedFlag[];
  /** What changed since about 4 weeks before the latest check-in. */
  readonly changes: readonly SourcedText[];
  /** What is asked of the GP, red flags first, worded for a clinician. */
  readonly asks: readonly Ask[];
  readonly medicine: {
    readonly drug: Drug;
    readonly name: string;
    readonly startedOn: string;
    /** Whole weeks from the first aromatase inhibitor's start to `date`. */
    readonly weeksOn: number;
    /** "Letrozole since 2026-01-05 (32 weeks)". */
    readonly text: string;
  } | null;
  /** When symptoms began, on the chart's axis too (`week`), so the sentence and the chart agree. */
  readonly onset: {
    readonly date: string;
    /** True when the date is a reported onset, false when it is the first check-in with an area above 0. */
    readonly reported: boolean;
    /** Weeks on the chart's axis (since `timeline.anchor`). */
    readonly week: number | null;
    readonly weeksAfterStart: number | null;
    /** Within the first 3 months of the aromatase inhibitor; null without one or before it. */
    readonly inUsualWindow: boolean | null;
    readonly text: string;
    readonly sources: readonly SourceId[];
  } | null;
  /**
   * The usual onset window on the chart's axis: the first 3 months of the aromatase inhibitor, when
   * most joint symptoms begin [arthcare2012][mao2009]. Null without a start date.
   */
  readonly onsetWindow: {
    readonly fromWeek: number;
    readonly toWeek: number;
    readonly label: string;
    readonly sources: readonly SourceId[];
  } | null;
  /** Switches, pauses, restarts and stops of the medicine, as weeks on the chart's axis. */
  readonly medicineMarks: readonly {
    readonly week: number;
    readonly date: string;
    readonly kind: MedicineMarkKind;
    /** Short, for the chart: "switch to anastrozole", "pause letrozole". */
    readonly label: string;
  }[];
  readonly latestCheckIn: string | null;
  /** The 4-week window the regions' worst severities come from. */
  readonly window: { readonly from: string; readonly to: string } | null;
  readonly regions: readonly SummaryRegion[];
  readonly patterns: readonly SummaryPattern[];
  readonly scores: SummaryScores | null;
  readonly treatments: readonly SummaryTreatment[];
  readonly timeline: Timeline;
  /** The weekly series for the chart: the worst area first, then each condition pattern seen. */
  readonly series: readonly SeveritySeries[];
  /** Treatment starts as weeks on the same axis, for marks on the chart. */
  readonly treatmentMarks: readonly {
    readonly week: number;
    readonly kind: TreatmentKind;
    readonly name: string;
  }[];
  readonly questions: readonly SourcedText[];
  /** Facts worth knowing from the care ladders of the patterns seen (e.g. what does not help). */
  readonly notes: readonly SourcedText[];
  /** Every check-in, oldest first (for an appendix). */
  readonly checkIns: readonly SummaryCheckIn[];
  /** Every source id cited anywhere in the summary, sorted. */
  readonly sources: readonly SourceId[];
  readonly disclaimer: string;
}

export type MedicineMarkKind = 'switch' | 'pause' | 'restart' | 'stop';

/**
 * Alerts for the care team: "severe or worsening" is what the weekly-monitoring trials alerted on
 * [basch2016][basch2022]. The rules live in `alerts/rules.ts`; this is the shape other parts read.
 */
import type { SourceId } from '../knowledge/sources';

export const ALERT_KINDS = [
  'red_flag',
  'worsening',
  'new_pattern',
  'composite_grade_3',
  'pain_adherence_risk',
  'overdue',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** How prominently to show an alert (CDS Hooks card indicators use the same words). */
export type AlertLevel = 'critical' | 'warning' | 'info';

export interface Alert {
  /** Stable key for one alert, `kind:date[:detail]`, e.g. `worsening:2026-03-16` or `red_flag:2026-03-16:infection` (see rules.ts). */
  readonly key: string;
  readonly kind: AlertKind;
  readonly level: AlertLevel;
  /** The check-in date that raised it (for `overdue`: the day it was computed). */
  readonly date: string;
  /** Plain words for a clinician: why it fired, with the numbers. */
  readonly reason: string;
  readonly sources: readonly SourceId[];
}

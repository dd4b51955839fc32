/**
 * Labels for the clinician's screens. A status is always text + icon + colour together, never
 * colour alone (WCAG 1.4.1). Clinical meaning (what counts as worsening, overdue) lives in core and
 * on the server; this file only names it.
 */
import {
  type AlertKind,
  type AlertLevel,
  CLINICIAN_CONDITION_NAMES,
  CONDITION_IDS,
  type ConditionId,
  DRUG_NAMES,
  DRUGS,
  type Drug,
  type PanelStatus,
  type Urgency,
} from '@handcheck/core';
import { formatDay } from '../../words';

export interface StatusLook {
  /** Short label shown in the row. */
  readonly label: string;
  /** Longer words for the filter and for screen readers. */
  readonly long: string;
  readonly icon: string;
}

export const STATUS: Record<PanelStatus, StatusLook> = {
  red_flag: { label: 'Red flag', long: 'Red flag open', icon: '⚠' },
  worsening: { label: 'Worse lately', long: 'Worse in the last 2 weeks', icon: '↗' },
  overdue: { label: 'Overdue', long: 'Check-in overdue', icon: '◷' },
  no_check_in: { label: 'No check-in yet', long: 'No check-in yet', icon: '○' },
  stable: { label: 'Stable', long: 'Stable, nothing open', icon: '✓' },
};

export const LEVEL_WORDS: Record<AlertLevel, { label: string; icon: string }> = {
  critical: { label: 'Urgent', icon: '⚠' },
  warning: { label: 'Warning', icon: '↗' },
  info: { label: 'For information', icon: 'ℹ' },
};

export const ALERT_KIND_WORDS: Record<AlertKind, string> = {
  red_flag: 'Red flag',
  worsening: 'Worse than their usual',
  new_pattern: 'New pattern',
  composite_grade_3: 'Severe (grade 3)',
  pain_adherence_risk: 'Medicine at risk of being stopped',
  overdue: 'Check-in overdue',
};

export const KATZ_WORDS = {
  classic: 'classic',
  probable: 'probable',
  possible: 'possible',
  unlikely: 'unlikely',
} as const;

const isCondition = (c: string): c is ConditionId => (CONDITION_IDS as readonly string[]).includes(c);

/** "carpal tunnel syndrome, trigger finger" from condition ids; unknown ids read with spaces. */
export function patternWords(pattern: readonly string[]): string {
  if (pattern.length === 0) return 'No pattern';
  return pattern
    .map((c) => (isCondition(c) ? CLINICIAN_CONDITION_NAMES[c] : c.replaceAll('_', ' ')))
    .join(', ');
}

export function patientName(p: { name: string | null; email: string }): string {
  return p.name?.trim() || p.email;
}

const isDrug = (d: string): d is Drug => (DRUGS as readonly string[]).includes(d);

/** "Week 14 on letrozole", or what is known. */
export function weeksOn(weeks: number | null, medicine: string | null): string {
  const drug = medicine ? (isDrug(medicine) ? DRUG_NAMES[medicine].toLowerCase() : medicine) : null;
  if (weeks === null) return drug ? `On ${drug}, start date not given` : 'No medicine start given';
  return `Week ${weeks} on ${drug ?? 'an aromatase inhibitor'}`;
}

/** "3 Mar 2026" from `2026-03-03`: short enough for a table cell. */
export const shortDate = (iso: string): string => formatDay(iso, 'short');

/** How soon a red flag needs care, in words for the panel card. */
export const URGENCY_WORDS: Record<Urgency, string> = {
  emergency: 'Emergency now',
  today: 'Needs care today',
  soon: 'Within days',
  routine: 'Routine',
};

/** "signed up today", "signed up 3 days ago" (dates as YYYY-MM-DD, `today` the browser's). */
export function signedUpWords(
  signedUpOn: string | null,
  today = new Date().toISOString().slice(0, 10),
): string {
  if (!signedUpOn) return 'no check-in yet';
  const days = Math.round((Date.parse(today) - Date.parse(signedUpOn)) / 86_400_000);
  if (days <= 0) return 'no check-in yet · signed up today';
  if (days === 1) return 'no check-in yet · signed up yesterday';
  return `no check-in yet · signed up ${days} days ago`;
}

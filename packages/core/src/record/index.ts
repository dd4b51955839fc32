/**
 * One person's whole HandCheck record, as the server stores it and as the GP summary (PDF), the
 * FHIR export/import and the clinician panel read it. Pure data: the server fills it from the
 * database; core functions turn it into other shapes.
 */
import type { Alert } from '../alerts/types';
import type { Context } from '../checkin/context';
import type { CheckIn, Treatment } from '../checkin/schema';
import type { Assessment, Urgency } from '../triage/types';

export interface PatientInfo {
  /** Stable opaque id (a UUID on the server). */
  readonly id: string;
  readonly email: string;
  /** Name to show, when the person gave one. */
  readonly name: string | null;
}

/** A check-in as stored: the current version, with the assessment made when it was saved. */
export interface StoredCheckIn {
  readonly id: string;
  /** 1 for the first save; each amendment adds one (earlier versions are kept). */
  readonly version: number;
  readonly checkIn: CheckIn;
  /** Stored with the rules version that made it (`assessment.rulesVersion`); never recomputed silently. */
  readonly assessment: Assessment;
  /** ISO 8601 timestamps, set by the server. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A treatment the person tried, kept as its own list (a check-in may also mention treatments). */
export type StoredTreatment = Treatment & { readonly id: string };

export interface PatientRecord {
  readonly patient: PatientInfo;
  /** Medicine courses and risk profile. */
  readonly context: Context;
  /** Oldest first. */
  readonly checkIns: readonly StoredCheckIn[];
  readonly treatments: readonly StoredTreatment[];
  /** Alerts for the care team (open and acknowledged), newest first. */
  readonly alerts: readonly StoredAlert[];
}

/** An alert as stored, with who acknowledged it and when, and when its episode resolved. */
export type StoredAlert = Alert & {
  readonly acknowledgedAt: string | null;
  readonly acknowledgedBy: string | null;
  /** The check-in date at which the condition had been gone for the stated weeks; null while it lasts. */
  readonly resolvedOn?: string | null;
};

/**
 * Where a patient sorts on the clinician panel: red flags, then worsened lately, then overdue, then
 * people with no check-in yet, then stable.
 */
export const PANEL_STATUSES = ['red_flag', 'worsening', 'overdue', 'no_check_in', 'stable'] as const;
export type PanelStatus = (typeof PANEL_STATUSES)[number];

/** One row of the clinician panel (`GET /api/clinician/patients`). */
export interface PanelRow {
  readonly patient: PatientInfo;
  readonly status: PanelStatus;
  readonly medicine: string | null;
  readonly medicineStartedOn: string | null;
  /** Whole weeks since the first aromatase inhibitor started, as of the panel's `today`. */
  readonly weeksSinceStart: number | null;
  readonly lastCheckInDate: string | null;
  /** The day the account was made (for "no check-in yet, signed up … ago"). */
  readonly signedUpOn: string | null;
  /** The most urgent open red flag's urgency (red-flag rows sort by it, then newest), or null. */
  readonly redFlagUrgency: Urgency | null;
  /** How many alerts are open (not acknowledged, not resolved): the same count as the patient page. */
  readonly openAlertCount: number;
  /** Current pattern: condition ids resembled in the latest check-in, best first. */
  readonly pattern: readonly string[];
  /** Worst severity 0–10 per week for the last 12 weeks, oldest first (null = no check-in that week). */
  readonly sparkline: readonly (number | null)[];
  /** Open (unacknowledged) alerts, most urgent first. */
  readonly openAlerts: readonly Pick<Alert, 'key' | 'kind' | 'level' | 'reason' | 'date'>[];
}

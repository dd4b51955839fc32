/**
 * @handcheck/core — the clinical model and rules of HandCheck. Pure: no I/O, no clock.
 * Both faces (server, web) import from here and nowhere else for anything clinical.
 */

export * from './alerts/episodes';
export * from './alerts/open';
export * from './alerts/rules';
export * from './alerts/types';
export * from './cds/cards';
export { uuidV5 } from './cds/uuid';
export * from './checkin/context';
export * from './checkin/labels';
export * from './checkin/parse';
export * from './checkin/schema';
export * from './checkin/text';
export * from './fhir';
export * from './hand/geometry';
export * from './hand/regions';
export * from './knowledge/conditionNames';
export * from './knowledge/emergency';
export { type CareLadder, LADDERS, type LadderStep } from './knowledge/ladders';
export * from './knowledge/learn';
export * from './knowledge/plainWords';
export { RAPID_WORSENING, RED_FLAG_IDS, type RedFlagId, SOON_WITHIN_DAYS } from './knowledge/redFlags';
export * from './knowledge/sources';
export * from './knowledge/version';
export * from './panel/panel';
export * from './record';
export * from './report/asks';
export * from './report/chartLayout';
export * from './report/chartView';
export * from './report/gpSummary';
export { buildRecord, demoRecord, twoYearRecord } from './report/samples';
export { DRUG_NAMES } from './report/wording';
export * from './scores';
export * from './timeline/dates';
export * from './timeline/ics';
export * from './timeline/medicines';
export * from './timeline/reminders';
export * from './timeline/timing';
export * from './timeline/treatmentEffect';
export * from './timeline/weekly';
export * from './triage/adherence';
export { assess, assessUnknown } from './triage/assess';
export * from './triage/boneHealth';
export type { AssessInput, CheckInMarks } from './triage/input';
export * from './triage/types';

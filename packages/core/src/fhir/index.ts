/**
 * FHIR R4 export and import of one person's HandCheck record. Pure functions; see docs/fhir.md.
 */
export { type ExportOptions, recordToBundle } from './export';
export { bundleToRecord, type ImportResult } from './import';
export { checkInQuestionnaire } from './questionnaire';

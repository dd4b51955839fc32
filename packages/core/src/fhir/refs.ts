/**
 * Ids, references and small builders shared by the export's resource builders.
 */
import type { CodeableConcept, Patient, Reference } from '@medplum/fhirtypes';
import { cs, words } from './codes';

export const PATIENT_ID = 'patient';
export const patientRef: Reference<Patient> = { reference: `Patient/${PATIENT_ID}` };
export const qrId = (n: number) => `checkin-${n}`;
export const symptomObsId = (n: number, area: number, symptom: number) =>
  `checkin-${n}-area-${area}-${symptom}`;

/** A concept in one of our code systems, with plain words as display and text. */
export const concept = (
  system: string,
  code: string,
  display = words(code),
  text = display,
): CodeableConcept => ({
  coding: [{ system: cs(system), code, display }],
  text,
});

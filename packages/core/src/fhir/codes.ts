/**
 * Code systems and codes used by the FHIR export, kept as data with where each was checked.
 *
 * Rule (anchors.md §3): a standard code is used only when it was found in a published source
 * (an HL7 specification or implementation guide, a terminology mapping, several independent code
 * lists). Where a code could not be verified, HandCheck's own CodeSystem is used instead of a
 * guessed one, and the table says so. Our own codes are always sent as well, so an import never
 * depends on a standard code.
 */
import type { Drug } from '../checkin/context';
import type { SymptomKind } from '../checkin/schema';
import type { Area } from '../hand/regions';
import type { ConditionId } from '../triage/types';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const UCUM = 'http://unitsofmeasure.org';

/** Base of every HandCheck canonical URL (code systems, extensions, identifiers, the Questionnaire). */
export const HC = 'https://handcheck.example/fhir';
/** Our own code system for a kind of thing, e.g. `cs('region')`. */
export const cs = (name: string) => `${HC}/CodeSystem/${name}`;
/** Our own extension URL, e.g. `ext('checkin-json')`. */
export const ext = (name: string) => `${HC}/StructureDefinition/${name}`;
/** Identifier systems for our stable ids. */
export const idSystem = (name: 'patient' | 'checkin' | 'treatment' | 'alert') => `${HC}/id/${name}`;

export const QUESTIONNAIRE_URL = `${HC}/Questionnaire/checkin`;
export const QUESTIONNAIRE_VERSION = '1';

/** HL7 FHIR Symptoms IG (STU1, CC0), `input/fsh/SymptomObservation.fsh` and `Terminology.fsh`. */
export const SYMPTOMS_IG = {
  profile: 'http://hl7.org/fhir/uv/symptoms/StructureDefinition/SymptomObservation',
  categorySystem: 'http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary',
  categoryCode: 'symptom',
} as const;

/** LOINC codes, each checked in the Symptoms IG profile or an HL7/IG value set page. */
export const LOINC_CODES = {
  symptom: { code: '75325-1', display: 'Symptom' }, // Symptoms IG SymptomObservation.code
  severity: { code: '64750-3', display: 'Severity of symptoms' }, // Symptoms IG component[severity]
  exacerbating: { code: '100752-5', display: 'Exacerbating factors - Reported' }, // Symptoms IG
  alleviating: { code: '100753-3', display: 'Alleviating factors - Reported' }, // Symptoms IG
  frequency: { code: '104156-5', display: 'Condition frequency - Reported' }, // Symptoms IG
  // hl7-be patient-monitoring ValueSet pain-scale ("See https://loinc.org/72514-3"); MII/ANS FSH profiles.
  painNrs: { code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
  // Used as DocumentReference.type in several C-CDA/FHIR code lists ("Summary of episode note").
  summaryNote: { code: '34133-9', display: 'Summary of episode note' },
} as const;

/**
 * SNOMED CT findings for the symptom kinds. Checked: 22253000 Pain (MII PRO symptom FSH example),
 * 44077006 Numbness (Symptoms IG CommonSymptomCodes ECL), 62507009 Pins and needles (several code
 * lists), 84445001 Joint stiffness (two independent code lists), 65124004 Swelling (several lists).
 * The other kinds (aching, burning, catching, weakness, thinning, redness/heat, cold/pale/blue,
 * lump) were not verified: only our own code is sent for them.
 */
export const SYMPTOM_SNOMED: Partial<Record<SymptomKind, { code: string; display: string }>> = {
  pain: { code: '22253000', display: 'Pain (finding)' },
  numbness: { code: '44077006', display: 'Numbness (finding)' },
  tingling: { code: '62507009', display: 'Pins and needles (finding)' },
  stiffness: { code: '84445001', display: 'Joint stiffness (finding)' },
  swelling: { code: '65124004', display: 'Swelling (finding)' },
};

/**
 * SNOMED CT body structures, checked in the DICOM anatomic-region table (PixelMed
 * DisplayableAnatomicConcept: Hand 85562004, Finger 7569003, Thumb 76505004, Wrist joint 74670003)
 * and several FHIR examples (Forearm structure 14975008). Finer structures (thenar eminence,
 * each digit by name, first dorsal compartment) were not verified: our region code carries them.
 */
export const BODY_SNOMED = {
  hand: { code: '85562004', display: 'Hand structure' },
  finger: { code: '7569003', display: 'Finger structure' },
  thumb: { code: '76505004', display: 'Thumb structure' },
  wrist: { code: '74670003', display: 'Wrist joint structure' },
  forearm: { code: '14975008', display: 'Forearm structure' },
} as const;

/** The closest verified SNOMED body structure for an area of our hand model. */
export function bodySiteSnomed(area: Area): { code: string; display: string } {
  switch (area.kind) {
    case 'digit':
    case 'fingerBase':
      return area.digit === 'thumb' ? BODY_SNOMED.thumb : BODY_SNOMED.finger;
    case 'wrist':
      return BODY_SNOMED.wrist;
    case 'forearm':
      return BODY_SNOMED.forearm;
    default:
      return BODY_SNOMED.hand;
  }
}

/**
 * Standard codes for what a pattern resembles. Carpal tunnel syndrome 57406009 (a FHIR ValueSet
 * expansion and several code lists); trigger finger 1539003 (SNOMED "REPLACED BY" association text
 * and a replacement map). De Quervain's: no SNOMED code found, so ICD-10-CM M65.4 "Radial styloid
 * tenosynovitis [de Quervain]" (VistA encounter forms, several lists). The other patterns carry only
 * our own code: none was verified, and "aromatase inhibitor arthralgia" has no single standard term.
 */
export const CONDITION_CODES: Partial<
  Record<ConditionId, { system: string; code: string; display: string }[]>
> = {
  carpal_tunnel: [{ system: SNOMED, code: '57406009', display: 'Carpal tunnel syndrome' }],
  trigger_finger: [{ system: SNOMED, code: '1539003', display: 'Trigger finger' }],
  de_quervain: [{ system: ICD10CM, code: 'M65.4', display: 'Radial styloid tenosynovitis [de Quervain]' }],
};

/**
 * RxNorm for the medicines. Anastrozole 84857 and letrozole 72965 are ingredient codes (CTS2OnFHIR
 * breast-cancer drug mapping). Exemestane is sold only as 25 mg tablets; its verified code is the
 * clinical drug 310261 "exemestane 25 MG Oral Tablet" (same mapping; openFDA NDC records). Tamoxifen
 * comes in 10 and 20 mg and its ingredient code was not verified, so only our own code is sent.
 */
export const DRUG_RXNORM: Partial<Record<Drug, { code: string; display: string }>> = {
  anastrozole: { code: '84857', display: 'anastrozole' },
  letrozole: { code: '72965', display: 'letrozole' },
  exemestane: { code: '310261', display: 'exemestane 25 MG Oral Tablet' },
};

/** FHIR R4 terminology (hl7.org/fhir/R4 code systems). */
export const FHIR_CS = {
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  flagCategory: 'http://terminology.hl7.org/CodeSystem/flag-category',
} as const;

/** Plain words for a code of ours: `redness_heat` → "redness heat". */
export const words = (code: string) => code.replace(/_/g, ' ');

/**
 * Code systems and codes used by the FHIR export, kept as data with where each was checked.
 *
 * Rule: a standard code is used only when it was found in a published source
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

/**
 * Default base of every HandCheck canonical URL (code systems, extensions, identifier systems, the
 * Questionnaire): the server's own address when `HANDCHECK_PUBLIC_URL` is not set (its default port),
 * followed by `/fhir`. It is stable but not globally unique: a deployment sets HANDCHECK_PUBLIC_URL
 * and passes `${HANDCHECK_PUBLIC_URL}/fhir` as `canonicalBase` (the server does). Builders here
 * always write this base; `recordToBundle` rebases the finished Bundle onto the configured one, and
 * `bundleToRecord` reads any base back (see ./canonical.ts).
 */
export const DEFAULT_CANONICAL_BASE = 'http://localhost:8080/fhir';
/** The base the export of HandCheck up to December 2026 used (an example domain, before a site set its own); import still reads it. */
export const LEGACY_CANONICAL_BASE = 'https://handcheck.example/fhir';
const HC = DEFAULT_CANONICAL_BASE;

export { HC };
/** Our own code system for a kind of thing, e.g. `cs('region')`. */
export const cs = (name: string) => `${HC}/CodeSystem/${name}`;
/** Our own extension URL, e.g. `ext('checkin-json')`. */
export const ext = (name: string) => `${HC}/StructureDefinition/${name}`;
/** Identifier systems for our stable ids. */
export const idSystem = (name: 'patient' | 'checkin' | 'treatment' | 'alert' | 'context') =>
  `${HC}/id/${name}`;

export const QUESTIONNAIRE_URL = `${HC}/Questionnaire/checkin`;
/** Version 2: the check-in format's version 2 questions (safety events, the medicine this week). */
export const QUESTIONNAIRE_VERSION = '2';

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
  speedOfOnset: { code: '99495-4', display: 'Speed of condition onset' }, // Symptoms IG
  // hl7-be patient-monitoring ValueSet pain-scale ("See https://loinc.org/72514-3"); MII/ANS FSH profiles.
  painNrs: { code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
  // Used as DocumentReference.type in several C-CDA/FHIR code lists ("Summary of episode note").
  summaryNote: { code: '34133-9', display: 'Summary of episode note' },
} as const;

/** SNOMED CT: the code system, and which source verified each code (see docs/fhir.md's table). */
type Sct = { readonly code: string; readonly display: string };

/**
 * SNOMED CT findings for the symptom kinds. Where checked:
 * - numbness 44077006, weakness 13791008 (Asthenia): Symptoms IG value set CommonSymptomCodes
 *   (input/fsh/Terminology.fsh); 13791008 also as "weakness" in several independent code lists.
 * - aching 27635008 (Aching), burning 36349006 (Burning pain): Symptoms IG value set QualityCodes.
 * - pain 22253000: Symptoms IG CommonSymptomCodes and the MII PRO symptom example.
 * - tingling 62507009 Pins and needles; stiffness 84445001 Joint stiffness; swelling 65124004
 *   Swelling: several independent code lists (kept from the first export).
 * - redness_heat 707793005 Hot skin; cold_pale_blue 703883009 Cold skin: IHE PCC mPSC value set
 *   "Physical Finding of Skin". Each is the closest verified finding and narrower than our answer
 *   (ours also says "red", "pale or blue"); our own code, always sent, keeps the whole answer.
 * Not verified, so only our own code is sent: catching (locking or triggering of a finger: no
 * finding code found, only the disorder "trigger finger", which would be a diagnosis), thinning
 * (wasting at the thumb base), lump (only site-specific lumps such as "breast lump" were found).
 */
export const SYMPTOM_SNOMED: Partial<Record<SymptomKind, Sct>> = {
  pain: { code: '22253000', display: 'Pain' },
  aching: { code: '27635008', display: 'Aching' },
  numbness: { code: '44077006', display: 'Numbness' },
  tingling: { code: '62507009', display: 'Pins and needles' },
  burning: { code: '36349006', display: 'Burning pain' },
  stiffness: { code: '84445001', display: 'Joint stiffness' },
  swelling: { code: '65124004', display: 'Swelling' },
  weakness: { code: '13791008', display: 'Asthenia' },
  redness_heat: { code: '707793005', display: 'Hot skin' },
  cold_pale_blue: { code: '703883009', display: 'Cold skin' },
};

/**
 * SNOMED CT body structures. Checked: hand 85562004, thumb 76505004 (DICOM anatomic-region table); index finger 83738005, middle finger 65531009, ring finger 82002001,
 * little finger 12406000 (a FHIR shorthand body-site value set and two other independent code
 * lists); palm 21547004 "Palm (region) structure" (two independent code lists); wrist region
 * 8205005 (several FHIR value sets and a concept map); forearm 14975008 (several FHIR examples).
 * Finer places (a finger's segment, the thenar and hypothenar eminence, the back of the hand, a side
 * of the wrist) had no verified code: the closest structure above is sent, the rest travels as the
 * Symptoms IG's locationQualifier text and as our region code.
 */
export const BODY_SNOMED = {
  hand: { code: '85562004', display: 'Hand structure' },
  thumb: { code: '76505004', display: 'Thumb structure' },
  index: { code: '83738005', display: 'Index finger structure' },
  long: { code: '65531009', display: 'Middle finger structure' },
  ring: { code: '82002001', display: 'Ring finger structure' },
  little: { code: '12406000', display: 'Little finger structure' },
  palm: { code: '21547004', display: 'Palm (region) structure' },
  wrist: { code: '8205005', display: 'Wrist region structure' },
  forearm: { code: '14975008', display: 'Forearm structure' },
} as const satisfies Record<string, Sct>;

/**
 * SNOMED CT laterality qualifiers, from the FHIR value set bodystructure-laterality
 * (http://hl7.org/fhir/ValueSet/bodystructure-laterality): 7771000 Left, 24028007 Right,
 * 51440002 Right and left.
 */
export const LATERALITY_SNOMED = {
  left: { code: '7771000', display: 'Left' },
  right: { code: '24028007', display: 'Right' },
  both: { code: '51440002', display: 'Right and left' },
} as const satisfies Record<string, Sct>;

/** The most specific verified SNOMED body structure for an area of our hand model. */
export function bodySiteSnomed(area: Area): Sct {
  switch (area.kind) {
    case 'digit':
      return BODY_SNOMED[area.digit === 'long' ? 'long' : area.digit];
    case 'fingerBase':
    case 'thenar':
    case 'centralPalm':
    case 'hypothenar':
      return BODY_SNOMED.palm;
    case 'wrist':
      return BODY_SNOMED.wrist;
    case 'forearm':
      return BODY_SNOMED.forearm;
    default:
      return BODY_SNOMED.hand;
  }
}

/**
 * SNOMED CT severity qualifiers (FHIR value set condition-severity: 255604002 Mild, 6736007
 * Moderate, 24484000 Severe; 24484000 is also the Symptoms IG's own example). They are descendants
 * of 272141005 Severities, the Symptoms IG's SeverityCodes. The band of a 0–10 rating is core's
 * `severityBand` (scores/scales.ts): 1–3 mild, 4–6 moderate, 7–10 severe; 0 has no band.
 */
export const SEVERITY_SNOMED = {
  mild: { code: '255604002', display: 'Mild' },
  moderate: { code: '6736007', display: 'Moderate' },
  severe: { code: '24484000', display: 'Severe' },
} as const satisfies Record<string, Sct>;

/**
 * SNOMED CT qualitative frequencies for the timing answers that say how often. 255238004
 * Continuous: Symptoms IG value set FrequencyCodes, and a Symptoms IG-shaped example with it in
 * component[frequency]; 7087005 Intermittent: two independent code lists (a Chilean IG code system,
 * a FHIR mapping's constants). The other timing answers (wakes at night, morning stiffness, during
 * or after activity) say when, not how often: our `timing` code only.
 */
export const FREQUENCY_SNOMED = {
  constant: { code: '255238004', display: 'Continuous' },
  comes_and_goes: { code: '7087005', display: 'Intermittent' },
} as const satisfies Record<string, Sct>;

/** 385315009 Sudden onset: the Symptoms IG's SpeedOfOnset value set (and its examples' display). */
export const SUDDEN_ONSET = { code: '385315009', display: 'Sudden onset' } as const satisfies Sct;

/**
 * Context (the risk profile) as standard resources. Checked:
 * - BMI: LOINC 39156-5 "Body mass index (BMI) [Ratio]", UCUM kg/m2 (FHIR R4 BMI profile).
 * - Diabetes mellitus 73211009 (HL7 CPG and CRMI value sets); Arthritis 3723001 (HL7 Switzerland
 *   medical-conditions value set). Osteoarthritis and rheumatoid arthritis had no verified code:
 *   the Condition says Arthritis and our `arthritis` code names which.
 * - Excision of axillary lymph node 234262008 (ICHOM Breast Cancer IG, AxillaSurgeryVS).
 * - Chemotherapy 367336001 (a dQM value set of prior treatments); Radiation oncology AND/OR
 *   radiotherapy 108290001 and Hormone therapy 169413002 (ICHOM Breast Cancer IG). Hormone therapy
 *   is broader than hormone replacement therapy; our `history` code says which.
 * - Osteoporosis 64859006 (HL7 Switzerland medical-conditions value set). Osteopenia, a port or
 *   PICC line, blood thinners and bone medicines had no verified code: our own codes only.
 */
export const CONTEXT_CODES = {
  bmi: { code: '39156-5', display: 'Body mass index (BMI) [Ratio]' },
  diabetes: { code: '73211009', display: 'Diabetes mellitus' },
  arthritis: { code: '3723001', display: 'Arthritis' },
  axillaryNodes: { code: '234262008', display: 'Excision of axillary lymph node' },
  chemotherapy: { code: '367336001', display: 'Chemotherapy' },
  radiotherapy: { code: '108290001', display: 'Radiation oncology AND/OR radiotherapy' },
  hormoneTherapy: { code: '169413002', display: 'Hormone therapy' },
  // HL7 Switzerland medical-conditions value set (with Arthritis above).
  osteoporosis: { code: '64859006', display: 'Osteoporosis' },
} as const satisfies Record<string, Sct>;

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
  /** The Symptoms IG's LocationQualifier extension (on Observation.bodySite). */
  locationQualifier: 'http://hl7.org/fhir/uv/symptoms/StructureDefinition/LocationQualifier',
  /** The Symptoms IG's AssessmentScaleInformation extension (on a component). */
  assessmentScale: 'http://hl7.org/fhir/uv/symptoms/StructureDefinition/AssessmentScaleInformation',
} as const;

/** Plain words for a code of ours: `redness_heat` → "redness heat". */
export const words = (code: string) => code.replace(/_/g, ' ');

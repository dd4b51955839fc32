/**
 * Observations made from a check-in: one Symptoms-IG symptom observation per symptom kind per
 * marked area, and one survey observation per score of the stored assessment.
 */
import type { CodeableConcept, Observation, ObservationComponent } from '@medplum/fhirtypes';
import type { CheckIn, RegionReport } from '../checkin/schema';
import { type Hand, type Region, region } from '../hand/regions';
import type { StoredCheckIn } from '../record';
import { severityBand } from '../scores/scales';
import {
  BODY_SNOMED,
  bodySiteSnomed,
  cs,
  ext,
  FHIR_CS,
  FREQUENCY_SNOMED,
  LATERALITY_SNOMED,
  LOINC,
  LOINC_CODES,
  SEVERITY_SNOMED,
  SNOMED,
  SUDDEN_ONSET,
  SYMPTOM_SNOMED,
  SYMPTOMS_IG,
  UCUM,
  words,
} from './codes';
import { concept, patientRef, qrId, symptomObsId } from './refs';

const SURFACE_WORDS = { palm: 'palm side', back: 'back of the hand' } as const;
const SEGMENT_WORDS = { distal: 'tip and end joint', middle: 'middle joint', proximal: 'base' } as const;
const SIDE_WORDS = { radial: 'thumb side', central: 'middle', ulnar: 'little-finger side' } as const;

/** The qualifiers our region id carries beyond the SNOMED structure, in plain words. */
function locationQualifiers(r: Region): string[] {
  const out: string[] = [r.hand, SURFACE_WORDS[r.surface]];
  const a = r.area;
  if (a.kind === 'digit') {
    out.push(SEGMENT_WORDS[a.segment]);
    // A digit split along its length (the ring finger's halves) names the half too.
    const half = (a as { half?: 'radial' | 'ulnar' }).half;
    if (half) out.push(half === 'radial' ? 'thumb-side half' : 'little-finger-side half');
  }
  if (a.kind === 'fingerBase') out.push(`base of the ${a.digit === 'long' ? 'middle' : a.digit} finger`);
  if (a.kind === 'thenar') out.push('thumb base');
  if (a.kind === 'hypothenar') out.push('little-finger side');
  if (a.kind === 'backOfHand' || a.kind === 'wrist' || a.kind === 'forearm') out.push(SIDE_WORDS[a.side]);
  return out;
}

/**
 * Where it is: the most specific verified SNOMED body structure, the side as a SNOMED laterality
 * qualifier (our `laterality` extension), the rest of the place as the Symptoms IG's
 * locationQualifier texts, and our region id (exact, for the round trip) with its plain name.
 */
export function bodySite(regionId: string): CodeableConcept {
  const r = region(regionId);
  const sct = bodySiteSnomed(r.area);
  return {
    extension: [
      {
        url: ext('laterality'),
        valueCodeableConcept: { coding: [{ system: SNOMED, ...LATERALITY_SNOMED[r.hand] }] },
      },
      ...locationQualifiers(r).map((q) => ({ url: FHIR_CS.locationQualifier, valueString: q })),
    ],
    coding: [
      { system: SNOMED, ...sct },
      { system: cs('region'), code: r.id, display: r.name },
    ],
    text: r.name,
  };
}

function symptomComponents(report: RegionReport): ObservationComponent[] {
  const band = severityBand(report.severity);
  const out: ObservationComponent[] = [
    {
      // The Symptoms IG's severity slice: a CodeableConcept. The band (core's severityBand, 1–3
      // mild, 4–6 moderate, 7–10 severe) as SNOMED, plus our exact 0–10 code; the scale it was
      // rated on as the IG's AssessmentScaleInformation extension.
      extension: [
        {
          url: FHIR_CS.assessmentScale,
          valueCodeableConcept: concept(
            'scale',
            'nrs-0-10',
            'worst this week, 0 none to 10 worst imaginable',
          ),
        },
      ],
      code: { coding: [{ system: LOINC, ...LOINC_CODES.severity }] },
      valueCodeableConcept: {
        coding: [
          ...(band ? [{ system: SNOMED, ...SEVERITY_SNOMED[band] }] : []),
          { system: cs('severity-0-10'), code: String(report.severity), display: `${report.severity} of 10` },
        ],
        text: `${report.severity} of 10 (0 none, 10 worst imaginable)`,
      },
    },
    {
      // The same rating as a number, for systems that chart it.
      code: concept('symptom-detail', 'severity_0_10', 'severity, 0 none to 10 worst imaginable'),
      valueInteger: report.severity,
    },
  ];
  for (const a of report.worse)
    out.push({
      code: { coding: [{ system: LOINC, ...LOINC_CODES.exacerbating }] },
      valueCodeableConcept: concept('aggravator', a),
    });
  for (const b of report.better)
    out.push({
      code: { coding: [{ system: LOINC, ...LOINC_CODES.alleviating }] },
      valueCodeableConcept: concept('reliever', b),
    });
  // When and how it shows (not in the Symptoms IG's slices; its component list is open).
  for (const t of report.timing) {
    const sct = FREQUENCY_SNOMED[t as keyof typeof FREQUENCY_SNOMED];
    // "Constant" and "comes and goes" say how often: the IG's frequency slice, qualitative
    // (it repeats the slice for a qualitative and a quantitative frequency).
    if (sct)
      out.push({
        code: { coding: [{ system: LOINC, ...LOINC_CODES.frequency }] },
        valueCodeableConcept: {
          coding: [
            { system: SNOMED, ...sct },
            { system: cs('timing'), code: t, display: words(t) },
          ],
          text: words(t),
        },
      });
    else out.push({ code: concept('symptom-detail', 'timing'), valueCodeableConcept: concept('timing', t) });
  }
  if (report.morningStiffnessMinutes !== undefined)
    out.push({
      code: concept('symptom-detail', 'morning_stiffness_minutes', 'minutes until morning stiffness eases'),
      valueQuantity: { value: report.morningStiffnessMinutes, unit: 'min', system: UCUM, code: 'min' },
    });
  if (report.locking)
    out.push({
      code: concept('symptom-detail', 'locking'),
      valueCodeableConcept: concept('locking', report.locking),
    });
  out.push({
    code: { coding: [{ system: LOINC, ...LOINC_CODES.frequency }] },
    valueRatio: {
      numerator: { value: report.daysPerWeek, unit: 'd', system: UCUM, code: 'd' },
      // The IG binds the denominator's unit to FHIR duration units (d, wk…).
      denominator: { value: 1, unit: 'wk', system: UCUM, code: 'wk' },
    },
  });
  return out;
}

const SUDDEN_KINDS = new Set<string>(['numbness', 'tingling', 'weakness', 'swelling']);

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A hand as a body site: SNOMED hand structure with the side as a laterality qualifier. */
export function handSite(
  hand: Hand | 'both',
  text = hand === 'both' ? 'both hands' : `${hand} hand`,
): CodeableConcept {
  return {
    extension: [
      {
        url: ext('laterality'),
        valueCodeableConcept: { coding: [{ system: SNOMED, ...LATERALITY_SNOMED[hand] }] },
      },
    ],
    coding: [{ system: SNOMED, ...BODY_SNOMED.hand }],
    text,
  };
}

/** One Symptoms-IG SymptomObservation per symptom kind per marked area. */
export function symptomObservations(checkIn: CheckIn, n: number, issuedAt: string): Observation[] {
  return checkIn.regions.flatMap((report, a) =>
    report.symptoms.map((symptom, s): Observation => {
      const sct = SYMPTOM_SNOMED[symptom];
      return {
        resourceType: 'Observation',
        id: symptomObsId(n, a + 1, s + 1),
        meta: { profile: [SYMPTOMS_IG.profile] },
        status: 'final',
        category: [
          {
            coding: [
              { system: SYMPTOMS_IG.categorySystem, code: SYMPTOMS_IG.categoryCode, display: 'Symptom' },
            ],
          },
        ],
        code: { coding: [{ system: LOINC, ...LOINC_CODES.symptom }] },
        subject: patientRef,
        // The Symptoms IG puts the onset in effectivePeriod.start (an open period: still there at
        // the check-in); without a known onset, the check-in's date.
        ...(report.startedOn
          ? { effectivePeriod: { start: report.startedOn } }
          : { effectiveDateTime: checkIn.date }),
        ...(INSTANT.test(issuedAt) ? { issued: issuedAt } : {}),
        performer: [patientRef],
        valueCodeableConcept: {
          coding: [
            ...(sct ? [{ system: SNOMED, ...sct }] : []),
            { system: cs('symptom-kind'), code: symptom, display: words(symptom) },
          ],
          text: words(symptom),
        },
        bodySite: bodySite(report.region),
        component: [
          ...symptomComponents(report),
          // Check-in format v2: "it came on suddenly, within hours" is asked of numbness, weakness
          // or swelling; the IG's speed-of-onset slice says so on those symptoms.
          ...((checkIn.events as { suddenOnset?: boolean }).suddenOnset === true && SUDDEN_KINDS.has(symptom)
            ? [
                {
                  code: { coding: [{ system: LOINC, ...LOINC_CODES.speedOfOnset }] },
                  valueCodeableConcept: {
                    coding: [{ system: SNOMED, ...SUDDEN_ONSET }],
                    text: 'came on suddenly, within hours',
                  },
                },
              ]
            : []),
        ],
        derivedFrom: [{ reference: `QuestionnaireResponse/${qrId(n)}` }],
      };
    }),
  );
}

type ScoreValue = Pick<Observation, 'valueInteger' | 'valueQuantity' | 'valueCodeableConcept'>;

const numberValue = (value: number, unit: string): ScoreValue =>
  Number.isInteger(value) ? { valueInteger: value } : { valueQuantity: { value, unit } };

/** Scores of the stored assessment, one survey Observation each (US Core screening pattern). */
export function scoreObservations(stored: StoredCheckIn, n: number): Observation[] {
  const { scores } = stored.assessment;
  const date = stored.checkIn.date;
  const out: Observation[] = [];
  const add = (key: string, code: CodeableConcept, value: ScoreValue, extra: Partial<Observation> = {}) =>
    out.push({
      resourceType: 'Observation',
      id: `checkin-${n}-score-${key}`,
      status: 'final',
      category: [{ coding: [{ system: FHIR_CS.observationCategory, code: 'survey', display: 'Survey' }] }],
      code,
      subject: patientRef,
      effectiveDateTime: date,
      ...value,
      ...extra,
      derivedFrom: [{ reference: `QuestionnaireResponse/${qrId(n)}` }],
    });
  const ours = (code: string, display: string) => concept('score', code, display);

  if (scores.pain.worst !== null)
    add(
      'pain-worst',
      {
        coding: [{ system: LOINC, ...LOINC_CODES.painNrs }],
        text: 'Worst hand or joint pain, past 7 days (0–10)',
      },
      numberValue(scores.pain.worst, 'score'),
    );
  if (scores.pain.average !== null)
    add(
      'pain-average',
      ours('pain-average', 'Average pain, past 7 days (0–10)'),
      numberValue(scores.pain.average, 'score'),
    );
  if (scores.pain.interference !== null)
    add(
      'pain-interference',
      ours('pain-interference', 'Pain interference, mean of answered items (0–10)'),
      numberValue(scores.pain.interference, 'score'),
    );
  for (const hand of ['left', 'right'] as const satisfies readonly Hand[]) {
    add(
      `katz-${hand}`,
      ours('katz-class', 'Katz hand-diagram class'),
      {
        valueCodeableConcept: concept('katz-class', scores.katz[hand]),
      },
      { bodySite: handSite(hand) },
    );
  }
  add(
    'cts6-history',
    ours('cts6-history-points', 'CTS-6 points from history items (of 7.5; exam items need a clinician)'),
    {
      valueQuantity: { value: scores.cts6.historyPoints, unit: 'points' },
    },
  );
  add('composite-joint-pain', ours('composite-grade-joint-pain', 'Composite grade, joint pain (0–3)'), {
    valueInteger: scores.composite.jointPain,
  });
  add(
    'composite-numbness',
    ours('composite-grade-numbness', 'Composite grade, numbness and tingling (0–3)'),
    {
      valueInteger: scores.composite.numbness,
    },
  );
  if (scores.function !== null)
    add(
      'function',
      ours('hand-function', 'Hand function difficulty (0–100, higher is harder)'),
      numberValue(scores.function, 'score'),
    );
  if (scores.symptomSeverity !== null)
    add(
      'symptom-severity',
      ours('symptom-severity', 'Symptom severity (1–5, mean of answered items)'),
      numberValue(scores.symptomSeverity, 'score'),
    );
  return out;
}

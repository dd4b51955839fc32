/**
 * Test data only (imported by the *.test.ts files here; not exported from core).
 * A rich patient record for the FHIR tests: two medicine courses (tamoxifen, then letrozole), two
 * check-ins assessed by the real `assess()`, stand-alone treatments, open and acknowledged alerts.
 */
import { Context } from '../checkin/context';
import { CheckIn } from '../checkin/schema';
import type { PatientRecord } from '../record';
import { assess } from '../triage/assess';
import type { Assessment, Resemblance } from '../triage/types';

export const context = Context.parse({
  medicines: [
    { drug: 'tamoxifen', startedOn: '2023-01-10', stoppedOn: '2025-01-05' },
    { drug: 'letrozole', startedOn: '2025-01-06' },
  ],
  risk: {
    age: 61,
    menopause: 'post',
    bmi: 31.5,
    chemotherapy: ['taxane'],
    priorHandProblems: ['trigger_finger'],
    lymphNodeSurgerySide: 'left',
  },
});

export const firstCheckIn = CheckIn.parse({
  date: '2025-03-10',
  regions: [
    {
      region: 'right.palm.index.distal',
      symptoms: ['numbness', 'tingling'],
      startedOn: '2025-02-20',
      severity: 6,
      timing: ['wakes_at_night'],
      daysPerWeek: 5,
      worse: ['gripping', 'driving'],
      better: ['shaking_hand'],
    },
    { region: 'right.palm.thumb.distal', symptoms: ['tingling'], severity: 4, daysPerWeek: 3 },
    {
      region: 'left.palm.base.ring',
      symptoms: ['catching', 'pain'],
      severity: 5,
      daysPerWeek: 7,
      locking: 'straightens_itself',
      timing: ['morning_stiffness'],
      morningStiffnessMinutes: 20,
    },
    { region: 'left.back.wrist.radial', symptoms: ['swelling', 'redness_heat'], severity: 3, daysPerWeek: 2 },
  ],
  pain: { worst: 6, average: 4, interference: { sleep: 7, handTasks: 5 } },
  hardToDo: [
    { task: 'jars', difficulty: 3 },
    { task: 'buttons', difficulty: 1 },
  ],
  treatments: [{ kind: 'night_splint', hand: 'right', startedOn: '2025-03-01', effect: 'too_early' }],
  events: { fever: false, armSwelling: 'left' },
  elsewhere: [{ site: 'knees', symptoms: ['aching', 'stiffness'] }],
  notes: 'Worse after gardening at the weekend.',
});

export const secondCheckIn = CheckIn.parse({
  date: '2025-03-17',
  regions: [
    {
      region: 'right.palm.long.middle',
      symptoms: ['numbness'],
      severity: 7,
      daysPerWeek: 6,
      timing: ['wakes_at_night', 'constant'],
    },
  ],
  pain: { worst: 7 },
});

/** Fixed resemblances of every strength, for tests that must not move when the rules change. */
export const RESEMBLES: Resemblance[] = [
  {
    condition: 'carpal_tunnel',
    name: 'carpal tunnel syndrome',
    score: 0.82,
    strength: 'strong',
    hands: ['right'],
    regions: ['right.palm.index.distal', 'right.palm.thumb.distal'],
    evidence: [
      {
        id: 'median_territory',
        text: 'Numbness and tingling in the thumb and index finger.',
        sources: ['katz1990'],
      },
      {
        id: 'wakes_at_night',
        text: 'It wakes you at night and shaking the hand helps.',
        sources: ['graham2006'],
      },
    ],
    against: [],
    sources: ['katz1990', 'graham2006', 'sestak2009'],
  },
  {
    condition: 'trigger_finger',
    name: 'trigger finger',
    score: 0.55,
    strength: 'moderate',
    hands: ['left'],
    regions: ['left.palm.base.ring'],
    evidence: [
      {
        id: 'catching',
        text: 'The ring finger catches and straightens by itself.',
        sources: ['quinnell1980'],
      },
    ],
    against: [{ id: 'no_nodule', text: 'No lump was reported.', sources: ['quinnell1980'] }],
    sources: ['quinnell1980'],
  },
  {
    condition: 'de_quervain',
    name: "De Quervain's tenosynovitis",
    score: 0.2,
    strength: 'weak',
    hands: ['left'],
    regions: ['left.back.wrist.radial'],
    where: 'first_dorsal_compartment',
    evidence: [],
    against: [],
    sources: [],
  },
];

const stored = (checkIn: CheckIn, history: CheckIn[]): Assessment => assess(checkIn, context, history);

export const record: PatientRecord = {
  patient: { id: '5b0f2c1e-8f1a-4c7b-9a55-1d2e3f4a5b6c', email: 'mary@example.org', name: 'Mary Example' },
  context,
  checkIns: [
    {
      id: 'c8a1d2e3-0000-4000-8000-000000000001',
      version: 2,
      checkIn: firstCheckIn,
      assessment: stored(firstCheckIn, []),
      createdAt: '2025-03-10T18:02:11.000Z',
      updatedAt: '2025-03-11T08:15:00.000Z',
    },
    {
      id: 'c8a1d2e3-0000-4000-8000-000000000002',
      version: 1,
      checkIn: secondCheckIn,
      assessment: stored(secondCheckIn, [firstCheckIn]),
      createdAt: '2025-03-17T19:40:00.000Z',
      updatedAt: '2025-03-17T19:40:00.000Z',
    },
  ],
  treatments: [
    {
      id: 't-1',
      kind: 'steroid_injection',
      hand: 'left',
      startedOn: '2025-02-01',
      endedOn: '2025-02-01',
      effect: 'a_little_better',
      note: 'Given by the GP practice nurse.',
    },
    { id: 't-2', kind: 'paracetamol', effect: 'no_change' },
    { id: 't-3', kind: 'thumb_splint', hand: 'both', startedOn: '2025-03-12', effect: 'too_early' },
  ],
  alerts: [
    {
      key: 'worsening:2025-03-17',
      kind: 'worsening',
      level: 'warning',
      date: '2025-03-17',
      reason: 'Numbness went from 6 to 7 of 10 in a week, waking at night.',
      sources: ['basch2016', 'basch2022'],
      acknowledgedAt: null,
      acknowledgedBy: null,
    },
    {
      key: 'new_pattern:2025-03-10',
      kind: 'new_pattern',
      level: 'info',
      date: '2025-03-10',
      reason: 'A pattern resembling carpal tunnel syndrome appeared.',
      sources: ['basch2016'],
      acknowledgedAt: '2025-03-12T09:30:00.000Z',
      acknowledgedBy: 'Dr Nurse',
    },
  ],
};

/** The same record with the first check-in's stored assessment resembling {@link RESEMBLES}. */
export const recordWithFixedResemblances: PatientRecord = {
  ...record,
  checkIns: record.checkIns.map((s, i) =>
    i === 0 ? { ...s, assessment: { ...s.assessment, resembles: RESEMBLES } } : s,
  ),
};

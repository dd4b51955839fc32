/**
 * The weekly check-in as a FHIR Questionnaire, and one check-in as QuestionnaireResponse items.
 *
 * One table (`FORM`) mirrors the check-in format (checkin/schema.ts) field by field; the
 * Questionnaire, the response items and the way back (items → check-in) are all read from it, so
 * they cannot drift apart. Question texts are our own words (no licensed questionnaire wording).
 */
import type {
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  ValueSet,
} from '@medplum/fhirtypes';
import {
  AGGRAVATORS,
  EFFECTS,
  ELSEWHERE_SITES,
  LOCKINGS,
  MEDICINE_TAKEN,
  RELIEVERS,
  SYMPTOM_KINDS,
  TASKS,
  TIMINGS,
  TREATMENT_KINDS,
} from '../checkin/schema';
import { REGIONS, regionById } from '../hand/regions';
import { cs, ext, HC, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, words } from './codes';

const REGION_VALUE_SET = `${HC}/ValueSet/hand-region`;

type Scalar = 'date' | 'integer' | 'boolean' | 'string' | 'text';

interface Question {
  readonly key: string;
  readonly text: string;
  readonly type: Scalar | 'choice';
  readonly repeats?: boolean;
  /** For choices: our code system name and its codes (or a value set, for the 98 regions). */
  readonly system?: string;
  readonly options?: readonly string[];
  readonly valueSet?: string;
}

interface Group {
  readonly key: string;
  readonly text: string;
  readonly type: 'group';
  readonly repeats?: boolean;
  readonly items: readonly (Question | Group)[];
}

type Node = Question | Group;

const choice = (key: string, text: string, system: string, options: readonly string[], repeats = false) =>
  ({ key, text, type: 'choice', system, options, repeats }) as const satisfies Question;

const SIDES = ['left', 'right', 'both'] as const;
const ARM_SWELLING = ['none', 'left', 'right', 'both'] as const;
const ELSEWHERE_SYMPTOMS = ['pain', 'aching', 'stiffness', 'swelling', 'numbness', 'tingling'] as const;

/** The check-in, question by question, in the order a person answers it. */
export const FORM: readonly Node[] = [
  { key: 'date', text: 'Which day is this check-in about?', type: 'date' },
  {
    key: 'regions',
    text: 'Each area of the hands or wrists that bothered you',
    type: 'group',
    repeats: true,
    items: [
      {
        key: 'region',
        text: 'Which area (hand, side, finger or part of the wrist)?',
        type: 'choice',
        system: 'region',
        valueSet: REGION_VALUE_SET,
      },
      choice('symptoms', 'What did you feel there?', 'symptom-kind', SYMPTOM_KINDS, true),
      { key: 'startedOn', text: 'When did it start, if you know?', type: 'date' },
      {
        key: 'severity',
        text: 'How bad was it at its worst this week (0 none, 10 worst imaginable)?',
        type: 'integer',
      },
      choice('timing', 'When was it there?', 'timing', TIMINGS, true),
      {
        key: 'morningStiffnessMinutes',
        text: 'After waking, how many minutes until the stiffness eased?',
        type: 'integer',
      },
      { key: 'daysPerWeek', text: 'On how many days of the past week was it there?', type: 'integer' },
      choice('worse', 'What made it worse?', 'aggravator', AGGRAVATORS, true),
      choice('better', 'What made it better?', 'reliever', RELIEVERS, true),
      choice('locking', 'When the finger caught or locked, how did it straighten?', 'locking', LOCKINGS),
    ],
  },
  {
    key: 'pain',
    text: 'Hand and joint pain over the past 7 days',
    type: 'group',
    items: [
      { key: 'worst', text: 'Worst pain (0 none, 10 worst imaginable)', type: 'integer' },
      { key: 'average', text: 'Pain on an ordinary day (0–10)', type: 'integer' },
      {
        key: 'interference',
        text: 'How much the pain got in the way (0 not at all, 10 completely)',
        type: 'group',
        items: [
          { key: 'sleep', text: 'Sleep', type: 'integer' },
          { key: 'handTasks', text: 'Everyday tasks with your hands', type: 'integer' },
          { key: 'work', text: 'Work, paid or at home', type: 'integer' },
          { key: 'mood', text: 'Mood', type: 'integer' },
        ],
      },
    ],
  },
  {
    key: 'hardToDo',
    text: 'Tasks that were hard this week',
    type: 'group',
    repeats: true,
    items: [
      choice('task', 'Which task?', 'task', TASKS),
      { key: 'difficulty', text: 'How hard (0 no trouble … 4 could not do it)?', type: 'integer' },
    ],
  },
  {
    key: 'treatments',
    text: 'Things you tried for your hands',
    type: 'group',
    repeats: true,
    items: [
      choice('kind', 'What did you try?', 'treatment-kind', TREATMENT_KINDS),
      choice('hand', 'For which hand?', 'hand', SIDES),
      { key: 'startedOn', text: 'Started on', type: 'date' },
      { key: 'endedOn', text: 'Stopped on', type: 'date' },
      choice('effect', 'Did it help?', 'treatment-effect', EFFECTS),
      { key: 'note', text: 'Anything else about it', type: 'string' },
    ],
  },
  {
    key: 'events',
    text: 'Since your last check-in',
    type: 'group',
    items: [
      { key: 'fallOrInjury', text: 'Did you fall or hurt your hand or wrist?', type: 'boolean' },
      {
        key: 'looksDeformed',
        text: 'Does the wrist or a finger look out of shape since then?',
        type: 'boolean',
      },
      {
        key: 'suddenlyCannotMoveFinger',
        text: 'Can you suddenly not bend or straighten a finger or the thumb?',
        type: 'boolean',
      },
      { key: 'cutOrBite', text: 'Did you get a cut, puncture or bite on the hand?', type: 'boolean' },
      { key: 'fever', text: 'Have you had a fever?', type: 'boolean' },
      choice('armSwelling', 'Is a hand or arm swollen? Which side?', 'arm-swelling', ARM_SWELLING),
      // Check-in format version 2: asked only where they matter, so often not answered.
      { key: 'bite', text: 'Was it a bite, by an animal or a person?', type: 'boolean' },
      {
        key: 'suddenOnset',
        text: 'Did the numbness, weakness or swelling come on suddenly, within hours?',
        type: 'boolean',
      },
      { key: 'faceSpeechOrLeg', text: 'Are your face, your speech or a leg affected too?', type: 'boolean' },
      { key: 'unsteadyWalking', text: 'Has your walking or balance become unsteady?', type: 'boolean' },
      { key: 'neckPainIntoArm', text: 'Does neck pain run down into the arm?', type: 'boolean' },
      {
        key: 'fingerHeldBent',
        text: 'Is a finger held bent, and does it hurt to straighten it?',
        type: 'boolean',
      },
    ],
  },
  {
    key: 'elsewhere',
    text: 'Aches or stiffness elsewhere in the body',
    type: 'group',
    repeats: true,
    items: [
      choice('site', 'Where?', 'elsewhere-site', ELSEWHERE_SITES),
      choice('symptoms', 'What did you feel?', 'symptom-kind', ELSEWHERE_SYMPTOMS, true),
      { key: 'bothSides', text: 'On both sides of the body?', type: 'boolean' },
    ],
  },
  { key: 'notes', text: 'Anything else you want your care team to know', type: 'text' },
  {
    key: 'medicineThisWeek',
    text: 'Your hormone medicine this week',
    type: 'group',
    items: [
      choice('taken', 'Did you take it?', 'medicine-taken', MEDICINE_TAKEN),
      {
        key: 'thinkingOfStopping',
        text: 'Are you thinking about stopping it because of these symptoms?',
        type: 'boolean',
      },
    ],
  },
];

const BLANK_NAMES: Record<string, string> = { ' ': 'sp', '\t': 'tab', '\n': 'lf', '\r': 'cr' };
const BLANK_CHARS = Object.fromEntries(Object.entries(BLANK_NAMES).map(([c, n]) => [n, c]));

/** A blank text as a code naming each character: "  \n" → "sp sp lf"; others as "u+00a0". */
function blankToCode(text: string): string {
  return [...text]
    .map((c) => BLANK_NAMES[c] ?? `u+${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
    .join(' ');
}

function codeToBlank(code: string): string {
  return code
    .split(' ')
    .map(
      (n) =>
        BLANK_CHARS[n] ?? (n.startsWith('u+') ? String.fromCodePoint(Number.parseInt(n.slice(2), 16)) : ''),
    )
    .join('');
}

function optionDisplay(system: string, code: string): string {
  if (system === 'region') return regionById(code)?.name ?? code;
  return words(code);
}

function coding(system: string, code: string): Coding {
  return { system: cs(system), code, display: optionDisplay(system, code) };
}

function toQuestionnaireItem(node: Node, prefix: string): QuestionnaireItem {
  const linkId = prefix ? `${prefix}.${node.key}` : node.key;
  if (node.type === 'group') {
    return {
      linkId,
      text: node.text,
      type: 'group',
      ...(node.repeats ? { repeats: true } : {}),
      item: node.items.map((n) => toQuestionnaireItem(n, linkId)),
    };
  }
  const item: QuestionnaireItem = { linkId, text: node.text, type: node.type };
  if (node.repeats) item.repeats = true;
  if (node.valueSet) item.answerValueSet = node.valueSet;
  else if (node.system && node.options)
    item.answerOption = node.options.map((code) => ({ valueCoding: coding(node.system as string, code) }));
  return item;
}

/** The 98 hand regions as a ValueSet, so the Questionnaire's region question can be resolved. */
export function handRegionValueSet(): ValueSet {
  return {
    resourceType: 'ValueSet',
    id: 'hand-region',
    url: REGION_VALUE_SET,
    name: 'HandCheckHandRegions',
    title: 'HandCheck hand and wrist regions',
    status: 'active',
    compose: {
      include: [{ system: cs('region'), concept: REGIONS.map((r) => ({ code: r.id, display: r.name })) }],
    },
  };
}

/** The check-in form, version 1, as a FHIR Questionnaire (the same for every person). */
export function checkInQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'handcheck-checkin',
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSION,
    name: 'HandCheckWeeklyCheckIn',
    title: 'HandCheck weekly hand and wrist check-in',
    status: 'active',
    subjectType: ['Patient'],
    description:
      'Hand and wrist symptoms area by area, pain, hard tasks, treatments tried and warning events, written in HandCheck’s own words.',
    item: FORM.map((n) => toQuestionnaireItem(n, '')),
  };
}

function answersFor(node: Question, value: unknown): QuestionnaireResponseItemAnswer[] {
  const values = node.repeats ? (value as unknown[]) : [value];
  return values.map((v): QuestionnaireResponseItemAnswer => {
    switch (node.type) {
      case 'date':
        return { valueDate: v as string };
      case 'integer':
        return { valueInteger: v as number };
      case 'boolean':
        return { valueBoolean: v as boolean };
      case 'string':
      case 'text':
        return { valueString: v as string };
      default:
        return { valueCoding: coding(node.system as string, v as string) };
    }
  });
}

function responseItems(nodes: readonly Node[], data: Record<string, unknown>, prefix: string) {
  const out: QuestionnaireResponseItem[] = [];
  for (const node of nodes) {
    const value = data[node.key];
    if (value === undefined) continue;
    const linkId = prefix ? `${prefix}.${node.key}` : node.key;
    if (node.type === 'group') {
      const members = node.repeats
        ? (value as Record<string, unknown>[])
        : [value as Record<string, unknown>];
      for (const member of members) {
        const item = responseItems(node.items, member, linkId);
        out.push({ linkId, text: node.text, ...(item.length ? { item } : {}) });
      }
    } else {
      if (node.repeats && (value as unknown[]).length === 0) continue;
      // FHIR strings need non-blank content: a blank answer is the question with no answer (an
      // unasked question has no item at all), and, when it was not empty, its whitespace named in
      // the `blank-text` extension, so it reads back exactly.
      if ((node.type === 'string' || node.type === 'text') && (value as string).trim() === '') {
        out.push({
          linkId,
          text: node.text,
          ...(value
            ? { extension: [{ url: ext('blank-text'), valueCode: blankToCode(value as string) }] }
            : {}),
        });
        continue;
      }
      out.push({ linkId, text: node.text, answer: answersFor(node, value) });
    }
  }
  return out;
}

/** One check-in (already parsed) as QuestionnaireResponse items, answers coded in our code systems. */
export function checkInToItems(checkIn: object): QuestionnaireResponseItem[] {
  return responseItems(FORM, checkIn as Record<string, unknown>, '');
}

function answerValue(node: Question, answer: QuestionnaireResponseItemAnswer): unknown {
  switch (node.type) {
    case 'date':
      return answer.valueDate;
    case 'integer':
      return answer.valueInteger;
    case 'boolean':
      return answer.valueBoolean;
    case 'string':
    case 'text':
      return answer.valueString;
    default:
      return answer.valueCoding?.code;
  }
}

function readItems(nodes: readonly Node[], items: readonly QuestionnaireResponseItem[], prefix: string) {
  const data: Record<string, unknown> = {};
  for (const node of nodes) {
    const linkId = prefix ? `${prefix}.${node.key}` : node.key;
    const found = items.filter((i) => i.linkId === linkId);
    if (found.length === 0) continue;
    if (node.type === 'group') {
      const members = found.map((i) => readItems(node.items, i.item ?? [], linkId));
      data[node.key] = node.repeats ? members : members[0];
    } else {
      const values = found.flatMap((i) => (i.answer ?? []).map((a) => answerValue(node, a)));
      const text = node.type === 'string' || node.type === 'text';
      const blank = found[0]?.extension?.find((e) => e.url === ext('blank-text'))?.valueCode;
      data[node.key] = node.repeats
        ? values
        : text && values.length === 0
          ? blank !== undefined
            ? codeToBlank(blank)
            : ''
          : values[0];
    }
  }
  return data;
}

/**
 * Reads the answers back into check-in shape (unvalidated: parse the result with `CheckIn`).
 * Used when a response carries no exact check-in JSON, e.g. one written by another tool.
 */
export function itemsToCheckIn(items: readonly QuestionnaireResponseItem[]): Record<string, unknown> {
  return readItems(FORM, items, '');
}

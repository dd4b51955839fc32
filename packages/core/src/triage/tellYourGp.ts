/**
 * "Tell your GP": short sentences a person can say or show at the appointment — where, what,
 * when, how often, how long since starting the medicine, and what was tried. Patients on these
 * medicines say they were not warned or not believed; a clear, localized history is the answer
 * [nyrop2016][seed].
 */
import {
  AGGRAVATORS,
  type Aggravator,
  RELIEVERS,
  type Reliever,
  SYMPTOM_KINDS,
  type SymptomKind,
  type SymptomTiming,
  TIMINGS,
  type TreatmentKind,
} from '../checkin/schema';
import { CONDITION_NAMES } from '../knowledge/conditions';
// How a treatment worked reads the same in the patient's summary as in the GP summary.
import { EFFECT_WORDS } from '../report/wording';
import type { Facts, Mark } from './facts';
import type { RedFlagFinding, Resemblance } from './types';

const SYMPTOM_WORDS: Readonly<Record<SymptomKind, string>> = {
  pain: 'pain',
  aching: 'aching',
  numbness: 'numbness',
  tingling: 'tingling',
  burning: 'burning',
  catching: 'catching or locking',
  stiffness: 'stiffness',
  swelling: 'swelling',
  weakness: 'weakness or dropping things',
  thinning: 'a thinner muscle at the thumb base',
  redness_heat: 'redness or heat',
  cold_pale_blue: 'cold, pale or blue fingers',
  lump: 'a lump',
};

const TIMING_WORDS: Readonly<Record<SymptomTiming, string>> = {
  wakes_at_night: 'it wakes me at night',
  morning_stiffness: 'stiff in the morning',
  during_activity: 'during activity',
  after_activity: 'after activity',
  constant: 'all the time',
  comes_and_goes: 'it comes and goes',
};

const WORSE_WORDS: Readonly<Record<Aggravator, string>> = {
  gripping: 'gripping',
  pinching: 'pinching',
  lifting: 'lifting',
  thumb_use: 'using the thumb',
  wrist_bending: 'bending the wrist',
  elbow_bent: 'keeping the elbow bent',
  driving: 'driving',
  holding_phone_or_book: 'holding a phone or book',
  typing: 'typing',
  turning_handle: 'turning handles or keys',
};

const BETTER_WORDS: Readonly<Record<Reliever, string>> = {
  shaking_hand: 'shaking the hand',
  rest: 'rest',
  splint: 'a splint',
  warmth: 'warmth',
  moving_it: 'moving it',
  medicine: 'medicine',
};

const TREATMENT_WORDS: Readonly<Record<TreatmentKind, string>> = {
  night_splint: 'a night wrist splint',
  thumb_splint: 'a thumb splint',
  finger_splint: 'a finger splint',
  steroid_injection: 'a steroid injection',
  surgical_release: 'an operation (release)',
  hand_therapy: 'hand therapy',
  exercise: 'exercise',
  paracetamol: 'paracetamol',
  nsaid_tablets: 'anti-inflammatory tablets',
  nsaid_gel: 'anti-inflammatory gel',
  duloxetine: 'duloxetine',
  acupuncture: 'acupuncture',
  activity_change: 'changing activities',
  medicine_switch: 'a change of hormone medicine',
  other: 'something else',
  hand_exercises: 'hand exercises',
};

/**
 * The words for a set of answers given as a bit mask (bit i = `keys[i]`, as in triage/facts.ts),
 * in the schema's order. Made once per distinct set: the wording of a set never changes.
 */
function wordsFor<K extends string>(keys: readonly K[], words: Readonly<Record<K, string>>) {
  const cache = new Map<number, readonly string[]>();
  return (mask: number): readonly string[] => {
    let list = cache.get(mask);
    if (!list) {
      const made: string[] = [];
      keys.forEach((k, i) => {
        if (mask & (1 << i)) made.push(words[k]);
      });
      list = made;
      cache.set(mask, list);
    }
    return list;
  };
}

const symptomWords = wordsFor(SYMPTOM_KINDS, SYMPTOM_WORDS);
const timingWords = wordsFor(TIMINGS, TIMING_WORDS);
const worseWords = wordsFor(AGGRAVATORS, WORSE_WORDS);
const betterWords = wordsFor(RELIEVERS, BETTER_WORDS);

const MAX_AREAS = 6;

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  let out = items[0] ?? '';
  const last = items.length - 1;
  for (let i = 1; i <= last; i++) out += (i === last ? ' and ' : ', ') + items[i];
  return out;
}

/** Short sentences for the GP, red flags first. Empty when nothing is marked or flagged. */
export function tellYourGp(
  f: Facts,
  resembles: readonly Resemblance[],
  redFlags: readonly RedFlagFinding[],
): string[] {
  const out: string[] = [];
  for (const flag of redFlags) out.push(`HandCheck flagged ${flag.name ?? flag.id}: ${flag.reason}`);
  const marks = f.both.marks;
  const { checkIn } = f.input;
  if (marks.length > 0) {
    const shown = Math.min(marks.length, MAX_AREAS);
    let where = 'Where: ';
    for (let i = 0; i < shown; i++) where += (i ? '; ' : '') + (marks[i] as Mark).region.name;
    const more = marks.length - shown;
    if (more > 0) where += `; and ${more} more area${more > 1 ? 's' : ''}`;
    out.push(`${where}.`);

    let worst = 0;
    let days = 0;
    let stiffMinutes = 0;
    for (const m of marks) {
      const r = m.report;
      if (r.severity > worst) worst = r.severity;
      if (r.daysPerWeek > days) days = r.daysPerWeek;
      if ((r.morningStiffnessMinutes ?? 0) > stiffMinutes) stiffMinutes = r.morningStiffnessMinutes ?? 0;
    }
    const all = f.both;
    out.push(`What: ${listOf(symptomWords(all.symptoms))}.`);
    const when = timingWords(all.timing);
    const whenParts =
      stiffMinutes > 0
        ? when.map((w) =>
            w === TIMING_WORDS.morning_stiffness ? `${w} for about ${stiffMinutes} minutes` : w,
          )
        : when.slice();
    if (all.worse) whenParts.push(`worse with ${listOf(worseWords(all.worse))}`);
    if (all.better) whenParts.push(`eased by ${listOf(betterWords(all.better))}`);
    if (whenParts.length) out.push(`When: ${whenParts.join('; ')}.`);
    out.push(
      `How often and how bad: up to ${days} day${days === 1 ? '' : 's'} a week; at worst ${worst} out of 10.`,
    );
  }
  // The overall pain answer is asked separately from the areas; a GP hears both.
  if (checkIn.pain) {
    const { worst, average } = checkIn.pain;
    out.push(
      `Pain in my hands or joints this week: at worst ${worst} out of 10${average === undefined ? '' : `, usually ${average}`}.`,
    );
  }

  const t = f.timing;
  if (t.medicine && t.weeksSinceStart !== null && (marks.length > 0 || redFlags.length > 0)) {
    const ago = `${t.weeksSinceStart} week${t.weeksSinceStart === 1 ? '' : 's'} ago`;
    const w = t.onsetWeeksAfterStart;
    out.push(
      t.earliestOnset && w !== null
        ? w >= 0
          ? `It started around ${t.earliestOnset}, ${w} week${w === 1 ? '' : 's'} after I started ${t.medicine} (${ago}).`
          : `It started around ${t.earliestOnset}, before I started ${t.medicine} (${ago}).`
        : `I started ${t.medicine} on ${t.medicineStartedOn}, ${ago}.`,
    );
  }

  if (checkIn.treatments.length > 0) {
    const tried = checkIn.treatments.map((tr) => `${TREATMENT_WORDS[tr.kind]} (${EFFECT_WORDS[tr.effect]})`);
    out.push(`What I tried: ${listOf(tried)}.`);
  }

  if (resembles.length > 0) {
    const names: string[] = [];
    for (const r of resembles) {
      const plain = r.condition === 'other_tendonitis' ? r.name : CONDITION_NAMES[r.condition];
      const name = `${plain} (${r.hands.join(' and ')} ${r.hands.length > 1 ? 'hands' : 'hand'})`;
      if (!names.includes(name)) names.push(name);
    }
    out.push(`HandCheck says the pattern resembles ${listOf(names.slice(0, 3))}. Could you check?`);
  }
  return out;
}

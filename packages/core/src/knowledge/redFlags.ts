/**
 * Red flags: signs that need a doctor sooner than any care ladder, as data (clinical-brief.md §6).
 *
 * Urgencies (the brief's column is a design suggestion derived from the sources):
 * `emergency` = now, emergency department; `today` = a doctor the same day; `soon` = a GP within a
 * few days, asking for a prompt or urgent referral; `routine` = the next ordinary GP appointment.
 * A red flag reads every marked area whatever its severity: a blue finger that does not hurt still counts.
 */

import { daysBetween } from '../timeline/dates';
import { type Facts, type Mark, PAINFUL, S, some, T, where, worstPainOf } from '../triage/facts';
import type { CareRole, Urgency } from '../triage/types';
import { deepFreeze } from './freeze';
import type { SourceId } from './sources';

/** A stronger form of a red flag, when an extra sign is present (e.g. fever with arm swelling). */
export interface Escalation {
  readonly when: (f: Facts) => boolean;
  readonly urgency: Urgency;
  readonly reason: string;
  readonly action: string;
  readonly who: CareRole;
  readonly sources: readonly SourceId[];
}

export interface RedFlag {
  readonly id: string;
  readonly name: string;
  readonly urgency: Urgency;
  /** Plain words: why this came up. */
  readonly reason: string;
  /** Plain words: what to do and how soon. */
  readonly action: string;
  readonly sources: readonly SourceId[];
  /** Its own next step: a stable id and whom to see. */
  readonly step: { readonly id: string; readonly who: CareRole };
  /**
   * Symptoms of which at least one must be marked somewhere for this flag to be possible; the
   * engine skips `detect` otherwise (most check-ins raise no flag, and this keeps them cheap).
   */
  readonly needs?: number;
  /** The areas involved when present (possibly none), or null when absent. */
  readonly detect: (f: Facts) => readonly Mark[] | null;
  /** Checked in order; the first that applies replaces urgency, reason and action. */
  readonly escalations?: readonly Escalation[];
}

/** How far the worst severity must rise, and within how many days, to count as rapid worsening. */
export const RAPID_WORSENING = { points: 4, withinDays: 28 } as const;

/** Constant pain that raises `night_pain`: severity (0–10) with night waking; without it, severity and days a week. */
export const NIGHT_PAIN = { withNightWaking: 5, withoutNightWaking: 7, daysWithoutNightWaking: 5 } as const;

/** Severity (0–10) of the worst pain that, with buttons very hard, raises `severe_pain` (CTCAE grade 3-like). */
export const SEVERE_PAIN_AT_LEAST = 7;

const has = (m: Mark, bits: number) => (m.symptoms & bits) !== 0;
const events = (f: Facts) => f.input.checkIn.events;
const orNull = (marks: readonly Mark[]) => (marks.length ? marks : null);

/** A whole finger swollen, red and sore along two or more of its parts: Kanavel-like [kanavel-msd]. */
function sausageFinger(f: Facts): readonly Mark[] {
  const sore = where(
    f.all,
    (m) => m.digit !== undefined && has(m, S.swelling) && has(m, S.redness_heat | S.pain),
  );
  return where(sore, (m) =>
    sore.some((o) => o !== m && o.digit === m.digit && o.region.hand === m.region.hand),
  );
}

/** Pain (0–10) after a fall that raises `fracture` anywhere on the hand. */
export const FRACTURE_PAIN_AT_LEAST = 6;

/** The thumb side of the wrist, where a broken scaphoid hurts (either surface). */
const thumbSideWrist = (m: Mark) => m.region.area.kind === 'wrist' && m.region.area.side === 'radial';

/**
 * Red or hot areas that are swollen (marked, or on the side of a swollen arm) or painful: after a
 * bite or with a fever, redness and pain alone can be a spreading infection before any swelling is
 * noticed [glos-hand][kanavel-msd].
 */
function hotSore(f: Facts): readonly Mark[] {
  // On the side where lymph nodes were removed, a red swollen arm is the lymphoedema flag's cellulitis.
  const armCounts = !lymphSide(f);
  // With a fever, a swollen and painful joint counts even when no redness was noticed: an infected
  // joint (such as the wrist) may not look red from outside [glos-hand].
  const fever = events(f).fever;
  return where(
    f.all,
    (m) =>
      (has(m, S.redness_heat) &&
        (has(m, S.swelling | S.pain | S.aching) || (armCounts && onSwollenSide(f, m)))) ||
      (fever &&
        has(m, S.swelling) &&
        has(m, S.pain | S.aching) &&
        (m.region.joints.length > 0 || m.digit !== undefined)),
  );
}

/**
 * Red, hot and swollen areas (swelling marked there, or the arm swollen on that side), leaving out
 * those that the lymphoedema flag already escalates (redness on the side where nodes were removed).
 */
function hotSwelling(f: Facts): readonly Mark[] {
  const lymph = lymphSide(f);
  return where(
    f.all,
    (m) =>
      has(m, S.redness_heat) &&
      (has(m, S.swelling) || onSwollenSide(f, m)) &&
      !(lymph && onSwollenSide(f, m)),
  );
}

/** The side(s) where lymph nodes were removed and the arm now swells; unknown surgery side counts. */
function lymphSide(f: Facts): boolean {
  const swelling = events(f).armSwelling;
  if (swelling === 'none') return false;
  const surgery = f.input.context.risk.lymphNodeSurgerySide;
  if (surgery === undefined) return true;
  if (surgery === 'none') return false;
  return surgery === 'both' || swelling === 'both' || surgery === swelling;
}

function onSwollenSide(f: Facts, m: Mark): boolean {
  const s = events(f).armSwelling;
  return s === 'both' || s === m.region.hand;
}

function maxSeverity(regions: readonly { severity: number }[]): number {
  let max = 0;
  for (const r of regions) if (r.severity > max) max = r.severity;
  return max;
}

/**
 * The rise is measured from the calmest check-in of the last 28 days, not only the one before: 2, 4,
 * 6 then 8 over three weeks is a fast worsening even though no single week rose by 4.
 */
function rapidWorsening(f: Facts): readonly Mark[] | null {
  const { checkIn, history } = f.input;
  let before = Number.POSITIVE_INFINITY;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i] as (typeof history)[number];
    if (daysBetween(h.date, checkIn.date) > RAPID_WORSENING.withinDays) break;
    const worst = maxSeverity(h.regions);
    if (worst < before) before = worst;
  }
  if (before === Number.POSITIVE_INFINITY) return null;
  const now = maxSeverity(checkIn.regions);
  if (now - before < RAPID_WORSENING.points) return null;
  return where(f.all, (m) => m.report.severity - before >= RAPID_WORSENING.points);
}

function swollenJoints(f: Facts): readonly Mark[] | null {
  const stiffLong = some(f.all, (m) => (m.report.morningStiffnessMinutes ?? 0) > 30);
  // Morning stiffness ticked without saying how long: unknown, not short. With two or more swollen
  // joints that is enough to ask, as NICE refers urgently for more than one swollen joint [nice-cg79].
  const stiffUnknown = some(
    f.all,
    (m) => (m.timing & T.morning_stiffness) !== 0 && m.report.morningStiffnessMinutes === undefined,
  );
  if (!stiffLong && !stiffUnknown) return null;
  const swollen = where(f.all, (m) => m.region.joints.length > 0 && has(m, S.swelling));
  if (!stiffLong) return swollen.length >= 2 ? swollen : null;
  const small = some(swollen, (m) => m.digit !== undefined);
  const elsewhere = f.input.checkIn.elsewhere.some((e) => e.symptoms.includes('swelling'));
  return small || swollen.length >= 2 || (swollen.length === 1 && elsewhere) ? swollen : null;
}

export const RED_FLAGS = deepFreeze([
  {
    id: 'infection',
    name: 'possible infection',
    urgency: 'emergency',
    reason:
      'With a fever or after a cut or bite, a red or hot area that is swollen or sore can be an infection of a tendon sheath or joint. So can a swollen, painful joint with a fever, or a whole finger swollen like a sausage. These spread fast.',
    action: 'Go to an emergency department now. Do not wait for it to settle.',
    sources: ['glos-hand', 'kanavel-msd', 'aliem', 'bjgp-fts'],
    step: { id: 'emergency_care', who: 'emergency' },
    needs: S.swelling | S.redness_heat,
    detect: (f) => {
      const e = events(f);
      const hot = e.fever || e.cutOrBite ? hotSore(f) : [];
      const sausage = sausageFinger(f);
      if (hot.length === 0 && sausage.length === 0) return null;
      const out = hot.slice();
      for (const m of sausage) if (!out.includes(m)) out.push(m);
      return out;
    },
  },
  {
    // A hot, red, swollen joint or skin needs a doctor the same day even without a fever: an infected
    // joint or skin does not always cause one, and joint pain from the medicine does not look
    // inflamed [glos-hand][arthcare2012]. With a fever or after a bite, `infection` (above) applies.
    id: 'hot_swelling',
    name: 'a hot, red, swollen area',
    urgency: 'today',
    reason:
      'A joint, finger or part of the hand or arm that is hot, red and swollen should be seen by a doctor the same day, even without a fever: an infection or another inflammation needs treatment early.',
    action:
      'Contact your GP practice today, or an urgent care centre. Go to an emergency department if you get a fever or feel unwell.',
    sources: ['glos-hand', 'arthcare2012'],
    step: { id: 'urgent_care', who: 'gp' },
    needs: S.redness_heat,
    detect: (f) => {
      const e = events(f);
      if (e.fever || e.cutOrBite || sausageFinger(f).length > 0) return null;
      return orNull(hotSwelling(f));
    },
  },
  {
    id: 'fracture',
    name: 'possible broken bone',
    urgency: 'today',
    reason:
      'Swelling or strong pain after a fall or injury can be a broken bone; small wrist bones such as the scaphoid can be missed at first.',
    action:
      'Get it checked today at an urgent care centre or by your GP, and ask whether an X-ray is needed.',
    sources: ['glos-hand', 'shehab2013'],
    step: { id: 'urgent_care', who: 'gp' },
    // After a fall, any pain on the thumb side of the wrist counts whatever its severity: a broken
    // scaphoid can hurt only a little and is missed on up to 30% of first X-rays [glos-hand][shehab2013].
    detect: (f) => {
      const e = events(f);
      if (!e.fallOrInjury) return null;
      const hurt = where(
        f.all,
        (m) =>
          has(m, S.swelling) ||
          (has(m, S.pain) && m.report.severity >= FRACTURE_PAIN_AT_LEAST) ||
          (has(m, S.pain | S.aching) && m.report.severity > 0 && thumbSideWrist(m)),
      );
      return e.looksDeformed || hurt.length ? hurt : null;
    },
    escalations: [
      {
        when: (f) => events(f).looksDeformed,
        urgency: 'emergency',
        reason:
          'After a fall or injury the wrist or a finger looks out of shape: it may be broken or out of joint.',
        action: 'Go to an emergency department now. Keep the hand still and raised on the way.',
        who: 'emergency',
        sources: ['glos-hand'],
      },
    ],
  },
  {
    id: 'tendon_rupture',
    name: 'possible torn tendon',
    urgency: 'emergency',
    reason: 'Suddenly being unable to bend or straighten a finger or the thumb can mean a torn tendon.',
    action: 'Go to an emergency department now: torn tendons are repaired best within days.',
    sources: ['glos-hand'],
    step: { id: 'emergency_care', who: 'emergency' },
    detect: (f) => (events(f).suddenlyCannotMoveFinger ? where(f.all, (m) => m.digit !== undefined) : null),
  },
  {
    id: 'circulation',
    name: 'poor blood supply',
    urgency: 'emergency',
    reason: 'Cold, pale or blue fingers can mean the blood supply is blocked.',
    action: 'Go to an emergency department now, or call emergency services.',
    sources: ['glos-hand'],
    step: { id: 'emergency_care', who: 'emergency' },
    needs: S.cold_pale_blue,
    detect: (f) => orNull(where(f.all, (m) => has(m, S.cold_pale_blue))),
  },
  {
    id: 'lymphoedema',
    name: 'possible lymphoedema',
    urgency: 'soon',
    reason:
      'Swelling of the arm or hand on the side where lymph nodes were removed can be lymphoedema. Treated early, it is easier to control.',
    action: 'Contact your breast care team or GP within the next few days.',
    sources: ['scot-lymph', 'bcn-lymph'],
    step: { id: 'breast_team', who: 'oncology_team' },
    detect: (f) =>
      lymphSide(f) ? where(f.all, (m) => onSwollenSide(f, m) && has(m, S.swelling | S.redness_heat)) : null,
    escalations: [
      {
        when: (f) => events(f).fever,
        urgency: 'emergency',
        reason:
          'Arm swelling on the side where lymph nodes were removed, with a fever, can be a skin infection (cellulitis) that needs treatment at once.',
        action:
          'Get medical help now: call your breast care team’s urgent line or go to an emergency department.',
        who: 'emergency',
        sources: ['scot-lymph', 'bcn-lymph'],
      },
      {
        when: (f) => some(f.all, (m) => has(m, S.redness_heat) && onSwollenSide(f, m)),
        urgency: 'today',
        reason:
          'Arm swelling on the side where lymph nodes were removed, with redness or heat, can be a skin infection (cellulitis).',
        action: 'Contact your GP or breast care team today.',
        who: 'gp',
        sources: ['scot-lymph', 'bcn-lymph'],
      },
    ],
  },
  {
    id: 'numbness_after_injury',
    name: 'numbness after an injury',
    urgency: 'soon',
    reason: 'Numbness or tingling that began after an injury can mean a nerve was hurt.',
    action: 'See your GP within the next few days and mention the injury.',
    sources: ['cornwall-cts'],
    step: { id: 'gp_soon', who: 'gp' },
    // Tingling counts too: a nerve bruised or squeezed by swelling after a fall often tingles first.
    needs: S.numbness | S.tingling,
    detect: (f) => {
      const e = events(f);
      return e.fallOrInjury || e.cutOrBite
        ? orNull(where(f.all, (m) => has(m, S.numbness | S.tingling)))
        : null;
    },
    escalations: [
      {
        when: (f) => events(f).cutOrBite,
        urgency: 'today',
        reason: 'Numbness beyond a cut can mean the cut reached a nerve; nerves are repaired best early.',
        action: 'Get the cut checked today at an urgent care centre or by your GP.',
        who: 'gp',
        sources: ['glos-hand', 'cornwall-cts'],
      },
    ],
  },
  {
    id: 'night_pain',
    name: 'constant pain, day and night',
    urgency: 'soon',
    reason:
      'Pain that does not let up, even at night, should be checked by a doctor in anyone who has had cancer. Most often it has another cause, but it needs a look.',
    action: 'See your GP within the next few days and mention your cancer history.',
    sources: ['glos-hand', 'nj-blog'],
    step: { id: 'gp_soon', who: 'gp' },
    needs: S.pain | S.aching,
    // "Constant unrelenting pain, especially at night" [glos-hand]: constant pain of 5 or more that
    // wakes the person, or constant pain of 7 or more on most days of the week (5+) whether or not
    // night waking was ticked.
    detect: (f) =>
      orNull(
        where(
          f.all,
          (m) =>
            has(m, S.pain | S.aching) &&
            (m.timing & T.constant) !== 0 &&
            m.report.severity >= NIGHT_PAIN.withNightWaking &&
            ((m.timing & T.wakes_at_night) !== 0 ||
              (m.report.severity >= NIGHT_PAIN.withoutNightWaking &&
                m.report.daysPerWeek >= NIGHT_PAIN.daysWithoutNightWaking)),
        ),
      ),
  },
  {
    id: 'inflammatory_arthritis',
    name: 'possible inflammatory arthritis',
    urgency: 'soon',
    reason:
      'Swollen joints with morning stiffness lasting more than 30 minutes can be an inflammatory arthritis, which does best when treated early.',
    action: 'See your GP within the next few days and ask about an urgent referral to a rheumatologist.',
    sources: ['nice-cg79', 'rnhrd-eia', 'eular'],
    step: { id: 'rheumatology', who: 'rheumatology' },
    needs: S.swelling,
    detect: swollenJoints,
  },
  {
    id: 'nerve_deficit',
    name: 'a nerve under strain',
    urgency: 'soon',
    reason:
      'Numbness all the time, weakness or dropping things, or a thinner muscle at the thumb base can mean a nerve is being harmed. This should not wait on self-care alone.',
    action: 'See your GP within the next week or two and ask for a prompt referral to a hand specialist.',
    sources: ['cornwall-cts', 'lothian-cts', 'nhs-ebi-cts', 'aaos2008'],
    step: { id: 'hand_specialist', who: 'hand_specialist' },
    needs: S.numbness | S.weakness | S.thinning,
    detect: (f) =>
      orNull(
        where(
          f.all,
          (m) => (has(m, S.numbness) && (m.timing & T.constant) !== 0) || has(m, S.weakness | S.thinning),
        ),
      ),
  },
  {
    id: 'rapid_worsening',
    name: 'quickly getting worse',
    urgency: 'soon',
    reason: `The worst symptom rose by ${RAPID_WORSENING.points} or more points on the 0–10 scale within ${RAPID_WORSENING.withinDays} days. Fast worsening is a reason to be seen sooner.`,
    action: 'See your GP within the next few days; ask about a prompt hand clinic referral.',
    sources: ['glos-hand', 'cornwall-cts'],
    step: { id: 'gp_soon', who: 'gp' },
    detect: rapidWorsening,
  },
  {
    id: 'finger_stuck_bent',
    name: 'a finger stuck bent',
    urgency: 'soon',
    reason:
      'A finger that stays bent even with help is the most advanced stage of trigger finger; injections help less then.',
    action: 'See your GP within the next week or two and ask about a hand specialist.',
    sources: ['green-var', 'inha2022'],
    step: { id: 'hand_specialist', who: 'hand_specialist' },
    needs: S.catching,
    detect: (f) => orNull(where(f.all, (m) => m.report.locking === 'stays_bent')),
  },
  {
    id: 'severe_pain',
    name: 'severe pain limiting self-care',
    urgency: 'soon',
    reason:
      'Severe pain that makes everyday self-care (such as buttons) very hard is worth telling your cancer team about, whatever its cause.',
    action:
      'Contact your oncology team within the next few days; they can help with the pain and talk through options.',
    sources: ['ctcae5', 'chim2013'],
    step: { id: 'oncology_team', who: 'oncology_team' },
    detect: (f) => {
      const { hardToDo } = f.input.checkIn;
      if (
        worstPainOf(f) < SEVERE_PAIN_AT_LEAST ||
        !hardToDo.some((t) => t.task === 'buttons' && t.difficulty >= 3)
      )
        return null;
      return where(f.all, (m) => has(m, PAINFUL));
    },
  },
  {
    id: 'lump',
    name: 'a lump',
    urgency: 'routine',
    reason: 'A new lump in the hand or wrist is usually harmless (often a ganglion) but should be looked at.',
    action: 'Show it to your GP at your next appointment; sooner if it grows quickly or hurts.',
    sources: ['glos-lump'],
    step: { id: 'gp_review', who: 'gp' },
    // A nodule at the base of a catching finger belongs to trigger finger, not here.
    needs: S.lump,
    detect: (f) =>
      orNull(
        where(
          f.all,
          (m) =>
            has(m, S.lump) &&
            !(
              m.region.area.kind === 'fingerBase' &&
              some(f.all, (o) => o.digit === m.digit && has(o, S.catching))
            ),
        ),
      ),
    escalations: [
      {
        when: (f) =>
          some(
            f.all,
            (m) =>
              has(m, S.lump) &&
              m.region.surface === 'palm' &&
              (m.region.area.kind === 'thenar' ||
                m.region.area.kind === 'centralPalm' ||
                (m.region.area.kind === 'wrist' && m.region.area.side === 'central')),
          ),
        urgency: 'soon',
        reason: 'A lump over the carpal tunnel (the palm side of the wrist and palm) can press on the nerve.',
        action: 'See your GP within the next week or two and ask for a prompt referral.',
        who: 'gp',
        sources: ['cornwall-cts', 'glos-lump'],
      },
    ],
  },
] as const satisfies readonly RedFlag[]);

export type RedFlagId = (typeof RED_FLAGS)[number]['id'];
export const RED_FLAG_IDS: readonly RedFlagId[] = RED_FLAGS.map((r) => r.id);

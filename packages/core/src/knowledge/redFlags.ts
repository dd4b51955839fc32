/**
 * Red flags: signs that need a doctor sooner than any care ladder, as data, each rule with the
 * sources it rests on (including what is not the hand at all: a stroke, a clot, the neck).
 * docs/red-flags.md has one row per rule.
 *
 * Urgencies: `emergency` = now, emergency department or emergency services; `today` = a doctor the
 * same day; `soon` = a GP (or the named team) within {@link SOON_WITHIN_DAYS} days, the same number
 * in every text; `routine` = the next ordinary GP appointment.
 * A red flag reads only the areas present this week (severity above 0): an area marked 0/10 counts
 * as not present. Texts describe signs and what to do; they never name a diagnosis and never
 * promise an outcome (tests check both).
 */

import { daysBetween } from '../timeline/dates';
import { B, type Facts, type Mark, PAINFUL, S, some, T, where, worstPainOf } from '../triage/facts';
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
  /**
   * Flags this one stands in for when both are present (a finding is dropped only when it is not
   * more urgent than this one); `all` = nothing else is shown beside it.
   */
  readonly supersedes?: readonly string[] | 'all';
}

/** What `soon` means in days, in every red-flag text: see a GP (or the named team) within this many days. Our judgement, close to NICE's "within 3 working days" for suspected inflammatory arthritis [nice-cg79]. */
export const SOON_WITHIN_DAYS = 3;
const SOON = `within ${SOON_WITHIN_DAYS} days`;

/** How far the worst severity must rise, and within how many days, to count as rapid worsening. */
export const RAPID_WORSENING = { points: 4, withinDays: 28 } as const;

/**
 * Pain in one site at rest or at night that raises `night_pain`: at least this severity (0–10), on at
 * least this many days a week (or rising over earlier check-ins), in at most this many areas of one
 * hand. Our judgement on [glos-hand][nice-ng234].
 */
export const NIGHT_PAIN = { severityAtLeast: 3, daysPerWeekAtLeast: 5, maxAreas: 3 } as const;

/**
 * Nerve signs that ask for a prompt referral: constant numbness of at least this severity (or over two
 * or more digits of a hand), weakness of at least this severity (or with constant numbness in the same
 * hand), or a thinner thumb-base muscle. Our judgement on [cornwall-cts][lothian-cts]: a 1/10 numb
 * fingertip or a 2/10 ache with a weak grip is not a fixed deficit.
 */
export const NERVE_DEFICIT = { constantNumbnessAtLeast: 3, weaknessAtLeast: 4 } as const;

/** A joint counts as "suddenly" swollen when its area started within this many days [coakley2006]. */
export const ACUTE_JOINT_DAYS = 14;

/** Pain (0–10) that counts as "very painful" for a single hot joint, and as out of proportion after an injury. Our judgement. */
export const HOT_JOINT_PAIN_AT_LEAST = 6;
export const PRESSURE_PAIN_AT_LEAST = 7;

/** Severity (0–10) of the worst pain that, with buttons very hard, raises `severe_pain` (CTCAE grade 3-like). */
export const SEVERE_PAIN_AT_LEAST = 7;

const has = (m: Mark, bits: number) => (m.symptoms & bits) !== 0;
const events = (f: Facts) => f.input.checkIn.events;
const risk = (f: Facts) => f.input.context.risk;
const orNull = (marks: readonly Mark[]) => (marks.length ? marks : null);
const NONE: readonly Mark[] = Object.freeze([]);

/** Wrist, forearm, palm or back of the hand: where pressure builds after an injury (not a finger). */
const handOrForearm = (m: Mark) => m.digit === undefined;
const isWristOrForearm = (m: Mark) => m.region.area.kind === 'wrist' || m.region.area.kind === 'forearm';
/** The end segment of a finger or the thumb, where the nail is. */
const fingertip = (m: Mark) => m.region.area.kind === 'digit' && m.region.area.segment === 'distal';

/** Marks of one digit (same hand) other than `m`. */
function sameDigit(f: Facts, m: Mark, test: (o: Mark) => boolean): boolean {
  return some(
    f.present,
    (o) =>
      o !== m && o.digit !== undefined && o.digit === m.digit && o.region.hand === m.region.hand && test(o),
  );
}

/** A fingertip mark that is the only marked part of its digit: a nail-fold problem, not a whole finger. */
const loneFingertip = (f: Facts, m: Mark) =>
  fingertip(m) && !sameDigit(f, m, (o) => has(o, PAINFUL | S.redness_heat));

/**
 * A whole finger swollen and sore along two or more of its parts, in one or two fingers of one hand:
 * Kanavel-like [kanavel-msd]. Many puffy fingers in both hands are a joint pattern, not this.
 */
function sausageFinger(f: Facts): readonly Mark[] {
  const sore = where(
    f.present,
    (m) => m.digit !== undefined && has(m, S.swelling) && has(m, S.redness_heat | S.pain),
  );
  if (sore.length < 2) return NONE;
  const out = where(sore, (m) =>
    sore.some((o) => o !== m && o.digit === m.digit && o.region.hand === m.region.hand),
  );
  const digits = new Set(out.map((m) => `${m.region.hand}.${m.digit}`));
  const hands = new Set(out.map((m) => m.region.hand));
  return hands.size === 1 && digits.size <= 2 ? out : NONE;
}

/** The side(s) where lymph nodes were removed and the arm now swells; unknown surgery side counts. */
function lymphSide(f: Facts): boolean {
  const swelling = events(f).armSwelling;
  if (swelling === 'none') return false;
  const surgery = risk(f).lymphNodeSurgerySide;
  if (surgery === undefined) return true;
  if (surgery === 'none') return false;
  return surgery === 'both' || swelling === 'both' || surgery === swelling;
}

function onSwollenSide(f: Facts, m: Mark): boolean {
  const s = events(f).armSwelling;
  return s === 'both' || s === m.region.hand;
}

/**
 * The swollen arm(s) that could hold a clot: the side of a port or PICC line, a side where lymph
 * nodes were not removed (one arm only), or any one arm that swelled suddenly [kucher2011][heil2017].
 */
function clotSides(f: Facts): readonly ('left' | 'right')[] {
  const r = risk(f);
  let sw = events(f).armSwelling;
  if (sw === 'none') {
    // Swelling marked on the wrist, hand or forearm on the side of a line counts as that arm swelling.
    const side = r.venousLine !== undefined && r.venousLine !== 'none' ? r.venousLineSide : undefined;
    if (!side || f.signs.fall || f.signs.wound) return [];
    const marked = some(f.present, (m) => m.region.hand === side && handOrForearm(m) && has(m, S.swelling));
    if (!marked) return [];
    sw = side;
  }
  const sides: ('left' | 'right')[] = sw === 'both' ? ['left', 'right'] : [sw];
  const out: ('left' | 'right')[] = [];
  for (const side of sides) {
    const line =
      (r.venousLine !== undefined && r.venousLine !== 'none' && r.venousLineSide === side) ||
      // A line mentioned in the note, side not recorded, with one arm swollen.
      (sw !== 'both' && f.signs.lineInNote && r.venousLineSide === undefined);
    const surgery = r.lymphNodeSurgerySide;
    const notOperated = sw !== 'both' && surgery !== undefined && surgery !== 'both' && surgery !== side;
    const sudden = sw !== 'both' && f.signs.sudden === true;
    if (line || notOperated || sudden) out.push(side);
  }
  return out;
}

/**
 * Red or hot areas that are swollen (marked, or on the side of a swollen arm) or painful: after a
 * bite or with a fever, redness and pain alone can be a spreading infection before any swelling is
 * noticed [glos-hand][kanavel-msd]. A red fingertip alone is the nail-fold flag.
 */
function hotSore(f: Facts): readonly Mark[] {
  // On the side where lymph nodes were removed, a red swollen arm is the lymphoedema flag's escalation.
  const armCounts = !lymphSide(f);
  return where(
    f.present,
    (m) =>
      has(m, S.redness_heat) &&
      !loneFingertip(f, m) &&
      (has(m, S.swelling | S.pain | S.aching) || (armCounts && onSwollenSide(f, m))),
  );
}

/**
 * One joint (or two areas of one hand) swollen and painful: with a fever, an infected joint; suddenly
 * and very painful, an infected or crystal joint [coakley2006][glos-hand]. Swelling in several joints
 * or both hands is the inflammatory-joints pattern instead.
 */
function singleSwollenJoint(f: Facts, painAtLeast: number): readonly Mark[] {
  const swollen = where(
    f.present,
    (m) => m.region.joints.length > 0 && has(m, S.swelling) && has(m, S.pain | S.aching | S.redness_heat),
  );
  if (swollen.length === 0 || swollen.length > 2) return NONE;
  if (swollen.length === 2 && swollen[0]?.region.hand !== swollen[1]?.region.hand) return NONE;
  return some(swollen, (m) => m.report.severity >= painAtLeast) ? swollen : NONE;
}

/** The area started within {@link ACUTE_JOINT_DAYS} days, or the person said it came on suddenly. */
function acute(f: Facts, m: Mark): boolean {
  if (f.signs.sudden === true) return true;
  const on = m.report.startedOn;
  return on !== undefined && daysBetween(on, f.input.checkIn.date) <= ACUTE_JOINT_DAYS;
}

/** Red, hot and swollen areas (swelling marked there, or the arm swollen on that side), leaving out the lymphoedema side. */
function hotSwelling(f: Facts): readonly Mark[] {
  const lymph = lymphSide(f);
  return where(
    f.present,
    (m) =>
      has(m, S.redness_heat) &&
      !loneFingertip(f, m) &&
      (has(m, S.swelling) || onSwollenSide(f, m)) &&
      !(lymph && onSwollenSide(f, m)),
  );
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
  return where(f.present, (m) => m.report.severity - before >= RAPID_WORSENING.points);
}

/** The same area was marked lower in a check-in 2 to 12 weeks before: getting worse over weeks. */
function risingOverWeeks(f: Facts, m: Mark): boolean {
  const { checkIn, history } = f.input;
  for (const h of history) {
    const d = daysBetween(h.date, checkIn.date);
    if (d < 14 || d > 84) continue;
    const earlier = h.regions.find((r) => r.region === m.report.region);
    if (!earlier || earlier.severity < m.report.severity) return true;
  }
  return false;
}

/**
 * One site hurting at rest or at night, lasting, in someone who has had cancer: a bone should be
 * checked [glos-hand][nice-ng234]. Pain in both hands (the medicine's joint aches), pain with nerve
 * symptoms in that hand (a trapped nerve wakes people too), pain worse with use and not constant
 * (a tendon or joint), catching fingers, and injuries are other patterns.
 */
function nightPain(f: Facts): readonly Mark[] | null {
  const painful = where(f.present, (m) => has(m, S.pain | S.aching));
  if (painful.length === 0 || painful.length > NIGHT_PAIN.maxAreas) return null;
  const hand = painful[0]?.region.hand;
  if (painful.some((m) => m.region.hand !== hand)) return null;
  if (f.signs.fall || f.signs.wound || f.signs.fever) return null;
  const handFacts = hand === 'left' ? f.left : f.right;
  if (handFacts.sensory.length > 0 || (handFacts.symptoms & S.catching) !== 0) return null;
  return orNull(
    where(painful, (m) => {
      const restOrNight = (m.timing & (T.wakes_at_night | T.constant)) !== 0 || f.signs.nightOrRestInNote;
      const mechanical =
        (m.timing & T.constant) === 0 &&
        (m.worse !== 0 || (m.timing & (T.during_activity | T.after_activity)) !== 0);
      const lasting =
        m.report.daysPerWeek >= NIGHT_PAIN.daysPerWeekAtLeast ||
        f.signs.worseningInNote ||
        risingOverWeeks(f, m);
      return restOrNight && !mechanical && lasting && m.report.severity >= NIGHT_PAIN.severityAtLeast;
    }),
  );
}

/** Small joints of the hand: the finger and thumb joints (not the wrist). */
const smallJoint = (m: Mark) => m.region.joints.some((j) => j !== 'wrist');

/**
 * Swelling of more than one joint, or of a small hand joint with morning stiffness of more than 30
 * minutes (only when minutes were given) or other joints swollen too: NICE refers urgently on more
 * than one swollen joint or small joints of the hands alone, whatever the blood tests say [nice-ng100].
 */
function swollenJoints(f: Facts): readonly Mark[] | null {
  const swollen = where(f.present, (m) => m.region.joints.length > 0 && has(m, S.swelling));
  if (swollen.length === 0) return null;
  // The same joint seen from the palm and the back is one joint.
  const joints = new Set(
    swollen.map((m) => `${m.region.hand}.${m.digit ?? m.region.area.kind}.${m.region.joints.join('+')}`),
  );
  if (joints.size >= 2) return swollen;
  const small = some(swollen, smallJoint);
  const stiffLong = some(swollen, (m) => (m.report.morningStiffnessMinutes ?? 0) > 30);
  const elsewhere = f.input.checkIn.elsewhere.some((e) => e.symptoms.includes('swelling'));
  return (small && stiffLong) || elsewhere ? swollen : null;
}

/** Cold, pale or blue fingers that come in episodes and recover (with warmth), not constant [remedy-raynaud]. */
const episodicColour = (f: Facts, m: Mark) =>
  (m.timing & T.constant) === 0 &&
  ((m.timing & T.comes_and_goes) !== 0 || (m.better & B.warmth) !== 0 || f.signs.colourEpisodesInNote);

/** Bones thin on an aromatase inhibitor, or a known osteoporosis or osteopenia [asco-bone2019][hadji2017]. */
const thinBones = (f: Facts) =>
  f.onAi || risk(f).boneDensity === 'osteoporosis' || risk(f).boneDensity === 'osteopenia';

/** Pain (0–10) after a fall that raises `fracture` anywhere on the hand. */
export const FRACTURE_PAIN_AT_LEAST = 6;

/** The thumb side of the wrist, where a broken scaphoid hurts (either surface). */
const thumbSideWrist = (m: Mark) => m.region.area.kind === 'wrist' && m.region.area.side === 'radial';

/** Numbness, tingling or weakness in a hand. */
const NERVE = S.numbness | S.tingling | S.weakness;

export const RED_FLAGS = deepFreeze([
  {
    // Not the hand at all: sudden numbness or weakness with the face, speech or a leg affected, or
    // with sudden unsteadiness, is how a stroke shows [nice-ng128]. Nothing else is shown beside it.
    id: 'stroke_signs',
    name: 'signs that may come from the brain',
    urgency: 'emergency',
    reason:
      'Numbness or weakness that came on suddenly, with the face, speech, balance or a leg affected too, can mean the brain is short of blood. This is not a hand problem and every minute counts.',
    action:
      'Call 999 (or your local emergency number) now. Do not wait to see if it passes, and do not drive yourself.',
    sources: ['nice-ng128'],
    step: { id: 'call_emergency', who: 'emergency' },
    supersedes: 'all',
    detect: (f) => {
      const s = f.signs;
      if (!s.faceSpeechOrLeg && !(s.sudden === true && s.unsteady)) return null;
      const nerve = where(f.present, (m) => has(m, NERVE));
      if (s.faceSpeechOrLeg && s.sudden !== false && (nerve.length > 0 || s.sudden === true)) return nerve;
      if (s.sudden === true && s.unsteady && nerve.length > 0) return nerve;
      return null;
    },
  },
  {
    // Sudden new numbness or weakness without an injury, or numbness spreading beyond the arm to the
    // face or a leg over days: a same-day doctor, not a hand ladder [nice-ng128][glos-hand].
    id: 'sudden_nerve_loss',
    name: 'numbness or weakness that came on suddenly',
    urgency: 'today',
    reason:
      'Numbness or weakness that came on within hours, without an injury, or that also affects the face or a leg, should be checked by a doctor today.',
    action:
      'Contact your GP practice today or call 111. Call 999 at once if the face, speech or a leg become affected, or it gets worse.',
    sources: ['nice-ng128', 'glos-hand'],
    step: { id: 'urgent_care', who: 'gp' },
    supersedes: ['nerve_deficit'],
    needs: S.numbness | S.weakness,
    detect: (f) => {
      const s = f.signs;
      if (s.sudden !== true && !s.faceSpeechOrLeg) return null;
      const nerve = where(f.present, (m) => has(m, S.numbness | S.weakness));
      if (nerve.length === 0) return null;
      if (s.sudden === true && !s.fall && !s.wound) return nerve;
      return s.faceSpeechOrLeg ? nerve : null;
    },
  },
  {
    id: 'arm_clot',
    name: 'one arm swollen',
    urgency: 'today',
    reason:
      'Swelling of one arm or hand on the side of a port or PICC line, on the side where lymph nodes were not removed, or that came on suddenly, can mean a vein is blocked. It needs a scan the same day.',
    action:
      'Contact your GP practice or oncology team today, or go to an urgent care centre, and say which arm is swollen and whether there is a line in it. Call 999 if you are short of breath or have chest pain.',
    sources: ['kucher2011', 'heil2017'],
    step: { id: 'urgent_care', who: 'gp' },
    supersedes: ['lymphoedema'],
    detect: (f) => {
      const sides = clotSides(f);
      if (sides.length === 0) return null;
      return where(f.present, (m) => sides.includes(m.region.hand));
    },
  },
  {
    // After an injury: swelling with numbness or tingling (pressure on the nerve in the carpal tunnel),
    // or pain out of proportion with swelling in the forearm or hand (pressure in a muscle
    // compartment). Both need surgery within hours [schnetzler2008][boast-cs]. Our threshold for "out
    // of proportion" is pain of 7 or more that is constant or comes with tingling.
    id: 'pressure_after_injury',
    name: 'swelling and numbness after an injury',
    urgency: 'emergency',
    reason:
      'After a fall or injury, a swollen wrist or hand with numbness or tingling, or pain much stronger than the injury seems to explain with swelling, can mean pressure is building on the nerves and blood vessels. This gets worse over hours.',
    action:
      'Go to an emergency department now. Take off rings and anything tight, and keep the arm raised on the way. No splint or exercise meanwhile.',
    sources: ['schnetzler2008', 'boast-cs', 'glos-hand'],
    step: { id: 'emergency_care', who: 'emergency' },
    supersedes: ['numbness_after_injury'],
    detect: (f) => {
      if (!f.signs.fall) return null;
      const out: Mark[] = [];
      for (const hand of [f.left, f.right]) {
        const swollenHere =
          some(hand.marks, (m) => handOrForearm(m) && has(m, S.swelling)) ||
          some(hand.marks, (m) => onSwollenSide(f, m));
        if (!swollenHere) continue;
        const sensory = where(hand.marks, (m) => has(m, S.numbness | S.tingling));
        const severe = where(
          hand.marks,
          (m) =>
            handOrForearm(m) &&
            has(m, S.pain) &&
            m.report.severity >= PRESSURE_PAIN_AT_LEAST &&
            ((m.timing & T.constant) !== 0 || sensory.length > 0),
        );
        if (sensory.length === 0 && severe.length === 0) continue;
        for (const m of hand.marks)
          if (has(m, S.swelling | S.numbness | S.tingling) || severe.includes(m)) out.push(m);
      }
      return out.length ? out : null;
    },
  },
  {
    id: 'fracture',
    name: 'possible broken bone',
    urgency: 'today',
    reason:
      'Pain or swelling after a fall or injury can be a broken bone. Bones thin on aromatase inhibitors, so any wrist or forearm pain after a fall counts, and small wrist bones can look normal on a first X-ray.',
    action:
      'Get it checked today at an urgent care centre or minor injuries unit, and ask whether an X-ray is needed. Keep it still and raised meanwhile.',
    sources: ['glos-hand', 'shehab2013', 'asco-bone2019'],
    step: { id: 'urgent_care', who: 'gp' },
    // After a fall, any pain on the thumb side of the wrist counts whatever its severity: a broken
    // scaphoid can hurt only a little and is missed on up to 30% of first X-rays [glos-hand][shehab2013].
    // On an aromatase inhibitor (or with thin bones) any wrist or forearm pain counts [asco-bone2019].
    detect: (f) => {
      if (!f.signs.fall) return null;
      const thin = thinBones(f);
      const hurt = where(
        f.present,
        (m) =>
          has(m, S.swelling) ||
          (has(m, S.pain) && m.report.severity >= FRACTURE_PAIN_AT_LEAST) ||
          (has(m, S.pain | S.aching) && (thumbSideWrist(m) || (thin && isWristOrForearm(m)))),
      );
      return events(f).looksDeformed || hurt.length ? hurt : null;
    },
    escalations: [
      {
        when: (f) => events(f).looksDeformed,
        urgency: 'emergency',
        reason:
          'After a fall or injury the wrist or a finger looks out of shape: a bone may be broken or out of joint.',
        action: 'Go to an emergency department now. Keep the hand still and raised on the way.',
        who: 'emergency',
        sources: ['glos-hand'],
      },
    ],
  },
  {
    id: 'tendon_rupture',
    name: 'a finger that suddenly will not move',
    urgency: 'emergency',
    reason:
      'Suddenly being unable to bend or straighten a finger or the thumb can mean a tendon has torn. A torn tendon needs a hand surgeon to look within days.',
    action: 'Go to an emergency department now, or the same day to a minor injuries unit.',
    sources: ['glos-hand'],
    step: { id: 'emergency_care', who: 'emergency' },
    detect: (f) =>
      events(f).suddenlyCannotMoveFinger ? where(f.present, (m) => m.digit !== undefined) : null,
  },
  {
    id: 'infection',
    name: 'possible infection',
    urgency: 'emergency',
    reason:
      'A finger or joint that is swollen and painful after a cut or bite, red and sore with a fever, swollen along its whole length, or held bent and painful to straighten, can be an infection deep in a tendon sheath or joint. These spread within hours.',
    action: 'Go to an emergency department now. Do not wait for it to settle.',
    sources: ['glos-hand', 'kanavel-msd', 'aliem', 'bjgp-fts', 'coakley2006'],
    step: { id: 'emergency_care', who: 'emergency' },
    // Two swollen parts of one infected finger are not "more than one joint": the emergency comes alone.
    supersedes: ['hot_swelling', 'bite_or_wound', 'nail_fold', 'finger_held_bent', 'inflammatory_arthritis'],
    detect: (f) => {
      const s = f.signs;
      const out: Mark[] = [];
      const add = (ms: readonly Mark[]) => {
        for (const m of ms) if (!out.includes(m)) out.push(m);
      };
      if (s.fever || s.wound) add(hotSore(f));
      add(sausageFinger(f));
      // After a cut or bite, a swollen and painful finger even without redness [kanavel-msd][bjgp-fts].
      if (s.wound)
        add(
          where(
            f.present,
            (m) =>
              m.digit !== undefined &&
              !loneFingertip(f, m) &&
              has(m, S.swelling) &&
              has(m, S.pain | S.aching),
          ),
        );
      // Held bent and painful to straighten, with the finger swollen or red, a fever or a wound [kanavel-msd].
      let heldBent = false;
      if (s.fingerHeldBent) {
        const digits = where(f.present, (m) => m.digit !== undefined && has(m, S.swelling | S.redness_heat));
        if (digits.length > 0 || s.fever || s.wound) {
          heldBent = true;
          add(digits.length ? digits : where(f.present, (m) => m.digit !== undefined));
        }
      }
      // A single swollen, painful joint with a fever, even without redness [coakley2006][glos-hand].
      if (s.fever) add(singleSwollenJoint(f, HOT_JOINT_PAIN_AT_LEAST - 1));
      return out.length || heldBent ? out : null;
    },
  },
  {
    // A bite that broke the skin needs assessing the same day even before redness: the hand is a
    // high-risk site [nice-ng184]. A cut with the hand now swollen or sore, too [glos-hand].
    id: 'bite_or_wound',
    name: 'a bite or a sore cut',
    urgency: 'today',
    reason:
      'A bite on the hand, or a cut that is now swollen or sore, should be checked the same day: germs from a wound spread quickly in the hand, even before any redness shows.',
    action:
      'Get it checked today at an urgent care centre, a minor injuries unit or your GP practice. Go to an emergency department if you get a fever, spreading redness, or a finger you cannot straighten.',
    sources: ['nice-ng184', 'glos-hand'],
    step: { id: 'urgent_care', who: 'gp' },
    detect: (f) => {
      const s = f.signs;
      if (!s.wound) return null;
      const sore = where(f.present, (m) => has(m, S.swelling | S.pain | S.redness_heat));
      return s.bite || sore.length ? sore : null;
    },
  },
  {
    // A hot, red, swollen area needs a doctor the same day even without a fever; so does one joint
    // suddenly very swollen and painful (infected or crystal joint) [glos-hand][arthcare2012][coakley2006].
    id: 'hot_swelling',
    name: 'a hot or suddenly swollen joint or area',
    urgency: 'today',
    reason:
      'A joint, finger or part of the hand or arm that is hot, red and swollen, or one joint that suddenly became very swollen and painful, should be seen by a doctor the same day, even without a fever.',
    action:
      'Contact your GP practice today, or an urgent care centre. Go to an emergency department if you get a fever or feel unwell.',
    sources: ['glos-hand', 'arthcare2012', 'coakley2006'],
    step: { id: 'urgent_care', who: 'gp' },
    needs: S.redness_heat | S.swelling,
    detect: (f) => {
      const s = f.signs;
      if (s.fever || s.wound) return null;
      const out = hotSwelling(f).slice();
      if (!s.fall)
        for (const m of singleSwollenJoint(f, HOT_JOINT_PAIN_AT_LEAST))
          if (acute(f, m) && !out.includes(m)) out.push(m);
      return orNull(out);
    },
  },
  {
    // Red, hot, throbbing skin beside a nail: GP soon; the same day if it spreads along the finger
    // or comes with a fever [rigopoulos2008]. Timings are our judgement from these sources.
    id: 'nail_fold',
    name: 'a red, sore fingertip beside the nail',
    urgency: 'soon',
    reason:
      'Red, hot, throbbing skin beside a nail usually starts from a small break in the skin there. It should be looked at, as it may need medicine or draining.',
    action: `See your GP or a pharmacist ${SOON}. The same day if the redness spreads along the finger or you get a fever.`,
    sources: ['rigopoulos2008'],
    step: { id: 'gp_soon', who: 'gp' },
    needs: S.redness_heat,
    detect: (f) => orNull(where(f.present, (m) => fingertip(m) && has(m, S.redness_heat) && has(m, PAINFUL))),
    escalations: [
      {
        when: (f) =>
          f.signs.fever ||
          some(
            f.present,
            (m) =>
              fingertip(m) &&
              has(m, S.redness_heat) &&
              sameDigit(f, m, (o) => has(o, S.redness_heat | S.swelling)),
          ),
        urgency: 'today',
        reason:
          'A red, hot, throbbing fingertip with a fever, or with the redness or swelling spreading along the finger, needs a doctor the same day.',
        action: 'Contact your GP practice today or go to an urgent care centre.',
        who: 'gp',
        sources: ['rigopoulos2008', 'glos-hand'],
      },
    ],
  },
  {
    // Held bent and painful to straighten without swelling, redness, fever or a wound yet: the same
    // day, as a deep finger infection can start this way [kanavel-msd][aliem]. A catching finger that
    // stays bent is `finger_stuck_bent`.
    id: 'finger_held_bent',
    name: 'a finger held bent that hurts to straighten',
    urgency: 'today',
    reason:
      'A finger that is held bent and hurts when you try to straighten it should be seen the same day, even before it swells or turns red.',
    action:
      'Contact your GP practice today or go to an urgent care centre. Go to an emergency department if it swells, turns red or you get a fever.',
    sources: ['kanavel-msd', 'aliem'],
    step: { id: 'urgent_care', who: 'gp' },
    detect: (f) => {
      if (!f.signs.fingerHeldBent) return null;
      if (some(f.present, (m) => has(m, S.catching))) return null;
      return where(f.present, (m) => m.digit !== undefined);
    },
  },
  {
    id: 'circulation',
    name: 'poor blood supply',
    urgency: 'emergency',
    reason:
      'Cold, pale or blue fingers that stay that way, or turn so after an injury, can mean the blood supply is blocked.',
    action: 'Go to an emergency department now, or call 999.',
    sources: ['glos-hand', 'remedy-raynaud'],
    step: { id: 'emergency_care', who: 'emergency' },
    needs: S.cold_pale_blue,
    detect: (f) =>
      orNull(where(f.present, (m) => has(m, S.cold_pale_blue) && (!episodicColour(f, m) || f.signs.fall))),
  },
  {
    // Episodes of white or blue fingers with cold that recover with warmth: routine GP; one-sided
    // sooner [remedy-raynaud].
    id: 'colour_episodes',
    name: 'fingers that change colour in the cold',
    urgency: 'routine',
    reason:
      'Fingers that turn white or blue in the cold and recover with warmth are common and not an emergency, but worth mentioning to your GP.',
    action:
      'Mention it at your next GP appointment, and keep your hands and whole body warm. Go to an emergency department if a finger stays cold, pale and painful.',
    sources: ['remedy-raynaud'],
    step: { id: 'gp_review', who: 'gp' },
    needs: S.cold_pale_blue,
    detect: (f) => {
      const ep = where(f.present, (m) => has(m, S.cold_pale_blue) && episodicColour(f, m));
      return ep.length &&
        !f.signs.fall &&
        !some(f.present, (m) => has(m, S.cold_pale_blue) && !episodicColour(f, m))
        ? ep
        : null;
    },
    escalations: [
      {
        when: (f) => {
          const hands = new Set(where(f.present, (m) => has(m, S.cold_pale_blue)).map((m) => m.region.hand));
          return hands.size === 1;
        },
        urgency: 'soon',
        reason:
          'Colour changes in the cold in one hand only should be checked: they can come from a narrowed artery in that arm.',
        action: `See your GP ${SOON}. Go to an emergency department if a finger stays cold, pale and painful.`,
        who: 'gp',
        sources: ['remedy-raynaud'],
      },
    ],
  },
  {
    id: 'lymphoedema',
    name: 'arm swelling on the operated side',
    urgency: 'soon',
    reason:
      'Swelling of the arm or hand on the side where lymph nodes were removed should be checked by your breast care team. Treated early, it is easier to keep under control.',
    action: `Contact your breast care team or GP ${SOON}.`,
    sources: ['scot-lymph', 'bcn-lymph'],
    step: { id: 'breast_team', who: 'oncology_team' },
    detect: (f) =>
      lymphSide(f)
        ? where(f.present, (m) => onSwollenSide(f, m) && has(m, S.swelling | S.redness_heat))
        : null,
    escalations: [
      {
        when: (f) => f.signs.fever,
        urgency: 'emergency',
        reason:
          'Arm swelling on the side where lymph nodes were removed, with a fever, can be a skin infection that needs treatment at once.',
        action:
          'Get medical help now: call your breast care team’s urgent line or go to an emergency department.',
        who: 'emergency',
        sources: ['scot-lymph', 'bcn-lymph'],
      },
      {
        when: (f) => some(f.present, (m) => has(m, S.redness_heat) && onSwollenSide(f, m)),
        urgency: 'today',
        reason:
          'Arm swelling on the side where lymph nodes were removed, with redness or heat, can be a skin infection.',
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
    action: `See your GP ${SOON} and mention the injury. Go to an emergency department if the hand swells or the numbness spreads.`,
    sources: ['cornwall-cts', 'glos-hand'],
    step: { id: 'gp_soon', who: 'gp' },
    // Tingling counts too: a nerve bruised or squeezed by swelling after a fall often tingles first.
    needs: S.numbness | S.tingling,
    detect: (f) =>
      f.signs.fall || f.signs.wound ? orNull(where(f.present, (m) => has(m, S.numbness | S.tingling))) : null,
    escalations: [
      {
        when: (f) => f.signs.wound,
        urgency: 'today',
        reason:
          'Numbness beyond a cut can mean the cut reached a nerve; a cut nerve needs a hand surgeon early.',
        action: 'Get the cut checked today at an urgent care centre or by your GP.',
        who: 'gp',
        sources: ['glos-hand', 'cornwall-cts'],
      },
    ],
  },
  {
    // Both hands numb or weak with neck pain, unsteady walking or numb feet without chemotherapy, or
    // one hand with neck pain going into the arm: the neck or spinal cord, not the wrist. A GP soon
    // with the neck in mind, never the carpal-tunnel ladder or a hand surgeon [davies2018][glos-cts].
    id: 'neck_or_spine',
    name: 'signs that may come from the neck',
    urgency: 'soon',
    reason:
      'Numbness, tingling or weakness in the hands together with neck pain going into the arm, unsteady walking or numb feet can come from the neck or the spinal cord rather than the wrist. The neck should be checked before any wrist treatment.',
    action: `See your GP ${SOON} and say the neck may be involved. Go to an emergency department if walking or your hands get worse quickly, or passing urine becomes hard.`,
    sources: ['davies2018', 'glos-cts', 'mdcalc-cts6'],
    step: { id: 'gp_soon', who: 'gp' },
    supersedes: ['nerve_deficit'],
    needs: NERVE,
    detect: (f) => {
      const s = f.signs;
      if (!s.unsteady && !s.neckIntoArm && !f.neckArm && !f.feetSensory) return null;
      const left = where(f.left.marks, (m) => has(m, NERVE));
      const right = where(f.right.marks, (m) => has(m, NERVE));
      if (left.length + right.length === 0) return null;
      const neck = s.neckIntoArm || f.neckArm;
      const bothHands = left.length > 0 && right.length > 0;
      const cord = s.unsteady || neck || (f.feetSensory && !f.anyChemo);
      // One hand with neck or arm symptoms reported (a nerve root in the neck): the neck first.
      if ((bothHands && cord) || s.unsteady || neck) return [...left, ...right];
      return null;
    },
  },
  {
    id: 'night_pain',
    name: 'pain in one place, at rest or at night',
    urgency: 'soon',
    reason:
      'Pain in one place that is there at rest or wakes you at night, week after week, should be checked by a doctor in anyone who has had cancer. Most often it has another cause, but a bone needs a look.',
    action: `See your GP or contact your oncology team ${SOON}, and mention your cancer history.`,
    sources: ['glos-hand', 'nice-ng234', 'nj-blog'],
    step: { id: 'gp_soon', who: 'gp' },
    needs: S.pain | S.aching,
    detect: nightPain,
  },
  {
    id: 'inflammatory_arthritis',
    name: 'swelling in more than one joint',
    urgency: 'soon',
    reason:
      'Swelling in more than one joint, or in a small hand joint with long morning stiffness, should be checked for an inflammation of the joints that does better when treated early. Blood tests can be normal even when it is there.',
    action: `See your GP ${SOON} and ask about an urgent referral to a rheumatologist.`,
    sources: ['nice-ng100', 'nice-cg79', 'rnhrd-eia', 'eular'],
    step: { id: 'rheumatology', who: 'rheumatology' },
    needs: S.swelling,
    detect: swollenJoints,
  },
  {
    id: 'nerve_deficit',
    name: 'a nerve under strain',
    urgency: 'soon',
    reason:
      'Numbness all the time, real weakness or dropping things, or a thinner muscle at the thumb base can mean a nerve is being harmed. This should not wait on self-care alone.',
    action: `See your GP ${SOON} and ask for a prompt referral to a hand specialist.`,
    sources: ['cornwall-cts', 'lothian-cts', 'nhs-ebi-cts', 'aaos2008'],
    step: { id: 'hand_specialist', who: 'hand_specialist' },
    needs: S.numbness | S.weakness | S.thinning,
    detect: (f) => {
      const out: Mark[] = [];
      for (const hand of [f.left, f.right]) {
        const constantNumb = where(hand.marks, (m) => has(m, S.numbness) && (m.timing & T.constant) !== 0);
        const numbDigits = new Set(constantNumb.map((m) => m.digit).filter((d) => d !== undefined));
        for (const m of hand.marks) {
          const deficit =
            has(m, S.thinning) ||
            (constantNumb.includes(m) &&
              (m.report.severity >= NERVE_DEFICIT.constantNumbnessAtLeast || numbDigits.size >= 2)) ||
            (has(m, S.weakness) &&
              (m.report.severity >= NERVE_DEFICIT.weaknessAtLeast || constantNumb.length > 0));
          if (deficit) out.push(m);
        }
      }
      return orNull(out);
    },
  },
  {
    id: 'rapid_worsening',
    name: 'quickly getting worse',
    urgency: 'soon',
    reason: `The worst symptom rose by ${RAPID_WORSENING.points} or more points on the 0–10 scale within ${RAPID_WORSENING.withinDays} days. Fast worsening is a reason to be seen sooner.`,
    action: `See your GP ${SOON}; ask about a prompt hand clinic referral.`,
    sources: ['glos-hand', 'cornwall-cts'],
    step: { id: 'gp_soon', who: 'gp' },
    detect: rapidWorsening,
  },
  {
    id: 'finger_stuck_bent',
    name: 'a finger stuck bent',
    urgency: 'soon',
    reason:
      'A finger that stays bent even when you try to straighten it with the other hand should be seen by a hand specialist; injections tend to help less once a finger stays bent.',
    action: `See your GP ${SOON} and ask about a hand specialist.`,
    sources: ['green-var', 'inha2022'],
    step: { id: 'hand_specialist', who: 'hand_specialist' },
    needs: S.catching,
    detect: (f) => orNull(where(f.present, (m) => m.report.locking === 'stays_bent')),
  },
  {
    id: 'severe_pain',
    name: 'severe pain limiting self-care',
    urgency: 'soon',
    reason:
      'Severe pain that makes everyday self-care (such as buttons) very hard is worth telling your cancer team about, whatever its cause.',
    action: `Contact your oncology team ${SOON}; they can help with the pain and talk through options.`,
    sources: ['ctcae5', 'chim2013'],
    step: { id: 'oncology_team', who: 'oncology_team' },
    detect: (f) => {
      const { hardToDo } = f.input.checkIn;
      if (
        worstPainOf(f) < SEVERE_PAIN_AT_LEAST ||
        !hardToDo.some((t) => t.task === 'buttons' && t.difficulty >= 3)
      )
        return null;
      return where(f.present, (m) => has(m, PAINFUL));
    },
  },
  {
    id: 'lump',
    name: 'a lump',
    urgency: 'routine',
    reason: 'A new lump in the hand or wrist is usually harmless but should be looked at.',
    action:
      'Show it to your GP at your next appointment; sooner if it grows quickly, hurts, or the fingers go numb.',
    sources: ['glos-lump'],
    step: { id: 'gp_review', who: 'gp' },
    // A nodule at the base of a catching finger belongs to the catching finger, not here.
    needs: S.lump,
    detect: (f) =>
      orNull(
        where(
          f.present,
          (m) =>
            has(m, S.lump) &&
            !(
              m.region.area.kind === 'fingerBase' &&
              some(f.present, (o) => o.digit === m.digit && has(o, S.catching))
            ),
        ),
      ),
    escalations: [
      {
        // Only with nerve symptoms in the median territory of that hand: a painless lump in the
        // middle of the palm or on the back of the end joints stays routine [glos-lump][cornwall-cts].
        when: (f) =>
          some(
            f.present,
            (m) =>
              has(m, S.lump) &&
              m.region.surface === 'palm' &&
              (m.region.area.kind === 'thenar' ||
                m.region.area.kind === 'centralPalm' ||
                (m.region.area.kind === 'wrist' && m.region.area.side === 'central')) &&
              (m.region.hand === 'left' ? f.left : f.right).medianMarks.length > 0,
          ),
        urgency: 'soon',
        reason:
          'A lump on the palm side of the wrist or palm with numbness or tingling in the thumb-side fingers can press on the nerve there.',
        action: `See your GP ${SOON} and ask for a prompt referral.`,
        who: 'gp',
        sources: ['cornwall-cts', 'glos-lump'],
      },
    ],
  },
] as const satisfies readonly RedFlag[]);

export type RedFlagId = (typeof RED_FLAGS)[number]['id'];
export const RED_FLAG_IDS: readonly RedFlagId[] = RED_FLAGS.map((r) => r.id);

/**
 * What the free-text note says about the safety questions, for check-ins written before version 2
 * asked them (or by a tool that only fills `notes`). Deliberately narrow: a phrase counts only when
 * it is not negated in its own clause ("no fever", "did not fall", "not sudden"), and a note can only
 * add a sign, never take away one that was ticked. Our judgement, not a validated parser: the
 * structured answers are always preferred; this keeps a note such as "it came on suddenly and my
 * face feels droopy" from being ignored [nice-ng128][glos-hand].
 */

export interface NoteSigns {
  readonly sudden: boolean;
  readonly faceSpeechOrLeg: boolean;
  readonly unsteady: boolean;
  readonly neckIntoArm: boolean;
  readonly bite: boolean;
  readonly cut: boolean;
  readonly fall: boolean;
  readonly fever: boolean;
  readonly fingerHeldBent: boolean;
  /** A port, PICC or other central line is mentioned. */
  readonly venousLine: boolean;
  /** Getting worse over time. */
  readonly worsening: boolean;
  /** Pain at night or at rest. */
  readonly nightOrRest: boolean;
  /** Colour changes in episodes with cold that recover with warmth. */
  readonly colourEpisodes: boolean;
}

export const NO_NOTE_SIGNS: NoteSigns = Object.freeze({
  sudden: false,
  faceSpeechOrLeg: false,
  unsteady: false,
  neckIntoArm: false,
  bite: false,
  cut: false,
  fall: false,
  fever: false,
  fingerHeldBent: false,
  venousLine: false,
  worsening: false,
  nightOrRest: false,
  colourEpisodes: false,
});

const PATTERNS: Readonly<Record<keyof NoteSigns, RegExp>> = {
  sudden:
    /\b(sudden(ly)?|all at once|all of a sudden|out of (nowhere|the blue)|overnight|came on (fast|quickly|within)|within (an|a few|\d+) hours?|(an|a few|two|three|\d+) hours? ago)\b/,
  faceSpeechOrLeg:
    /\b(face\b.{0,25}\b(droop\w*|numb|weak|lopsided|dropp\w*)|droop\w*|slurr\w*|speech|speak|finding (my )?words|words? (came out )?(wrong|jumbled|muddled)|can'?t (speak|talk|get (my )?words)|leg\b.{0,20}\b(weak|numb|heavy|dead)|(weak|numb)\w* (in |of )?(my |the |one )?(left |right )?leg)\b/,
  unsteady:
    /\b(unsteady|off balance|lost my balance|balance is|wobbly|stumbl\w*|trouble walking|walking (is )?(unsteady|worse|clumsy))\b/,
  neckIntoArm: /\bneck\b/,
  bite: /\b(bite|bitten|bit (me|my|her|him))\b/,
  cut: /\b(a cut|cut (my|it|on|the|into)|puncture\w*|splinter|thorn|scratched|stabbed)\b/,
  fall: /\b(fell|a fall|had a fall|tripped|slipped|fallen)\b/,
  fever: /\b(fever\w*|high temperature|shivery|shivering|rigors?|chills)\b/,
  venousLine: /\b(port|picc|portacath|port-a-cath|central line|hickman)\b/,
  worsening: /\b(getting worse|worse and worse|worsening|steadily worse|worse every week|worse each week)\b/,
  nightOrRest: /\b(at night|at rest|wakes? me|night pain|in bed|keeps me awake)\b/,
  // Narrow on purpose: this one lowers the urgency of cold, pale fingers, so it needs cold and warmth words.
  colourEpisodes:
    /\b(in the cold|when (it'?s |i'?m )?cold|warm(ing|s)? (them |it )?up|with warmth|in warm water)\b/,
  fingerHeldBent:
    /\b((can'?t|cannot|won'?t) straighten (my |the |a |one |that )?(\w+ )?(finger|thumb)|held bent|hurts to straighten)\b/,
};

/** Words that negate a sign when they come before it in the same clause. */
const NEGATION =
  /\b(no|not|never|without|nor|denies|didn'?t|don'?t|doesn'?t|wasn'?t|isn'?t|haven'?t|hasn'?t)\b/;

function negatedBefore(clause: string, at: number): boolean {
  return NEGATION.test(clause.slice(0, at));
}

/** The signs a note mentions, each only when not negated in its own clause. */
export function readNotes(notes: string | undefined): NoteSigns {
  if (!notes) return NO_NOTE_SIGNS;
  const text = notes.toLowerCase().replace(/[’‘]/g, "'");
  const clauses = text.split(/[.;!?\n]|,\s*(?:but|and|though)\b|\bbut\b/);
  const out: Record<keyof NoteSigns, boolean> = { ...NO_NOTE_SIGNS };
  for (const clause of clauses) {
    if (!clause.trim()) continue;
    for (const key of Object.keys(PATTERNS) as (keyof NoteSigns)[]) {
      if (out[key]) continue;
      const m = PATTERNS[key].exec(clause);
      if (!m) continue;
      // "fall asleep" is not a fall.
      if (key === 'fall' && /\bfall(en)? asleep\b/.test(clause)) continue;
      if (!negatedBefore(clause, m.index)) out[key] = true;
    }
  }
  return out;
}

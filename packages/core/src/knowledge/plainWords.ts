/**
 * Guards for text that patients read. Two ground rules of HandCheck, checked in words:
 * - never tell the reader to stop, pause or skip their medicine — that decision belongs to the
 *   person and their oncology team;
 * - suggest, never diagnose: "this resembles…", never "you have…".
 * They are deliberately strict: a false alarm costs a rewording, a miss costs trust.
 */

const MEDICINE =
  /\b(medicines?|medications?|tablets?|pills?|doses?|treatment|hormone therapy|letrozole|anastrozole|exemestane|aromatase inhibitors?|AI)\b/i;
const END = '(stop|stopping|quit|quitting|pause|pausing|skip|skipping|discontinue|discontinuing|halt|drop)';
const LEAVE =
  '(give up|giving up|come off|coming off|go off|going off|take a break from|taking a break from)';
const IMPERATIVE = new RegExp(`^(please\\s+|just\\s+)?(${END.slice(1, -1)}|${LEAVE.slice(1, -1)})\\b`, 'i');
const PERMISSION = new RegExp(
  `\\b(you|you'll|you will|you should|you can|you could|you may|you might|you need to|try|try to|it is (fine|ok|okay|safe) to|it's (fine|ok|okay|safe) to|consider|why not)\\s+(${END.slice(1, -1)}|${LEAVE.slice(1, -1)})\\b`,
  'i',
);
const NEGATED = /\b(do not|don't|never|before you|without talking)\b/i;

/** Sentences of a text, split at . ! ? followed by a space or the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Does any sentence tell (or allow) the reader to stop, pause or skip their medicine?
 * Facts about what study participants did ("1 in 4 came off their first medicine") do not count.
 */
export function tellsReaderToStopMedicine(text: string): boolean {
  return sentences(text).some(
    (s) => MEDICINE.test(s) && !NEGATED.test(s) && (IMPERATIVE.test(s) || PERMISSION.test(s)),
  );
}

const DIAGNOSIS = [
  /\byou\s+(have|have got|'ve got|are suffering from|suffer from|are diagnosed with)\b/i,
  /\byou've got\b/i,
  /\byour (diagnosis|condition) is\b/i,
  /\b(this|it) (is|means) (a |an )?(carpal tunnel|trigger finger|de quervain|arthritis|tendonitis|tenosynovitis|aimss|nerve damage)/i,
];

/** Does the text name a condition as the reader's own ("you have…")? */
export function soundsLikeDiagnosis(text: string): boolean {
  return DIAGNOSIS.some((re) => re.test(text));
}

/**
 * The medicine this week (check-in version 2): missed doses, a stop or pause, or thinking of stopping
 * because of the symptoms. Stopping early is the harm these symptoms cause most often: joint pain
 * predicts early discontinuation [chim2013][henry2012], and early discontinuation and non-adherence
 * are linked with higher mortality [hershman2011]. The answer is never "stop": it is a talk with the
 * oncology team, who have ways to help.
 */
import type { CheckIn } from '../checkin/schema';
import type { SourceId } from '../knowledge/sources';
import type { CareRole } from './types';

/** The step shown to the person (never beside an emergency or same-day red flag). */
export const TALK_BEFORE_STOPPING = {
  id: 'talk_before_stopping',
  who: 'oncology_team',
  text: 'Please talk to your oncology team before you leave off or change your hormone medicine, and tell them about any missed doses: there are ways to help with these symptoms.',
  sources: ['chim2013', 'henry2012', 'hershman2011'],
} as const satisfies { id: string; who: CareRole; text: string; sources: readonly SourceId[] };

export type AdherenceConcern = 'stopped' | 'missed_some' | 'thinking_of_stopping';

/**
 * What the person said about the medicine this week that the oncology team should hear, most
 * serious first; empty when nothing was said or it was taken every day without a thought of stopping.
 * The alerts engine (alerts/episodes.ts) raises a `pain_adherence_risk` alert with detail
 * `medicine` for the care team when this is non-empty (see {@link needsAdherenceAlert}).
 */
export function adherenceConcerns(checkIn: CheckIn): AdherenceConcern[] {
  const m = checkIn.medicineThisWeek;
  if (!m) return [];
  const out: AdherenceConcern[] = [];
  if (m.taken === 'stopped') out.push('stopped');
  if (m.taken === 'missed_some') out.push('missed_some');
  if (m.thinkingOfStopping === true) out.push('thinking_of_stopping');
  return out;
}

/** True when this check-in should raise a care-team alert for the oncology team about the medicine. */
export function needsAdherenceAlert(checkIn: CheckIn): boolean {
  return adherenceConcerns(checkIn).length > 0;
}

/** One first-person sentence for the GP and oncology summary, or null. */
export function adherenceSentence(checkIn: CheckIn): string | null {
  const c = adherenceConcerns(checkIn);
  if (c.length === 0) return null;
  const parts: string[] = [];
  if (c.includes('stopped')) parts.push('I stopped or paused my hormone medicine this week');
  if (c.includes('missed_some')) parts.push('I missed some doses of my hormone medicine this week');
  if (c.includes('thinking_of_stopping'))
    parts.push(
      parts.length
        ? 'I am thinking about stopping it because of these symptoms'
        : 'I am thinking about stopping my hormone medicine because of these symptoms',
    );
  return `${parts.join(', and ')}.`;
}

/**
 * Symptom severity 1–5, with the structure of the symptom scale of the Boston Carpal Tunnel
 * Questionnaire: several symptom items, each on five levels (1 = none … 5 = most severe), scored as
 * the mean of the answered items [levine1993]. The items are not the questionnaire's: they are built
 * from what the check-in already holds (our design), so no question wording is reproduced.
 *
 * Items, each 1 + a 0–4 level (see `scales.ts`):
 * 1. pain: the worst severity among areas with pain, aching or burning;
 * 2. numbness: the worst severity among numb areas;
 * 3. tingling: the worst severity among tingling areas;
 * 4. weakness: the worst severity among areas with weakness or dropping things;
 * 5. night waking: how many days a week symptoms that wake the person were there (level 1 at least
 *    when any area wakes them);
 * 6. frequency: how many days a week the most frequent symptom was there (constant = top level).
 * A symptom not marked is answered "none" (1). Null when no area has a symptom this week.
 */
import type { CheckIn, RegionReport, SymptomKind } from '../checkin/schema';
import type { SourceId } from '../knowledge/sources';
import { frequencyOf, type Level, levelOfDays, levelOfRating, mean, round } from './scales';

export const SYMPTOM_SEVERITY_SOURCES = ['levine1993'] as const satisfies readonly SourceId[];

export type SymptomSeverityItem =
  | 'pain'
  | 'numbness'
  | 'tingling'
  | 'weakness'
  | 'night_waking'
  | 'frequency';

const worstLevel = (areas: readonly RegionReport[], kinds: readonly SymptomKind[]): Level =>
  levelOfRating(
    Math.max(0, ...areas.filter((a) => a.symptoms.some((s) => kinds.includes(s))).map((a) => a.severity)),
  );

/** Each item on 1–5, or null when no area has a symptom this week. */
export function symptomSeverityItems(checkIn: CheckIn): Record<SymptomSeverityItem, number> | null {
  const areas = checkIn.regions.filter((r) => r.severity > 0);
  if (areas.length === 0) return null;
  const waking = areas.filter((a) => a.timing.includes('wakes_at_night'));
  const nightLevel = waking.length === 0 ? 0 : Math.max(1, ...waking.map((a) => levelOfDays(a.daysPerWeek)));
  return {
    pain: 1 + worstLevel(areas, ['pain', 'aching', 'burning']),
    numbness: 1 + worstLevel(areas, ['numbness']),
    tingling: 1 + worstLevel(areas, ['tingling']),
    weakness: 1 + worstLevel(areas, ['weakness']),
    night_waking: 1 + nightLevel,
    frequency: 1 + Math.max(...areas.map(frequencyOf)),
  };
}

/** Mean of the items, two decimals; null when there are no hand symptoms. */
export function symptomSeverity(checkIn: CheckIn): number | null {
  const items = symptomSeverityItems(checkIn);
  const m = items && mean(Object.values(items));
  return m == null ? null : round(m, 2);
}

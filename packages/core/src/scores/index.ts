/**
 * All scores for one check-in, each computed in its own file with its sources beside it:
 * Katz class (`katz.ts`), CTS-6 history items (`cts6.ts`), pain (`pain.ts`), symptom severity
 * (`symptomSeverity.ts`), hand function (`handFunction.ts`) and PRO-CTCAE-style composite grades
 * (`composite.ts`). Pure: the same check-in always gives the same scores.
 */
import type { CheckIn } from '../checkin/schema';
import type { Scores } from '../triage/types';
import { compositeScores } from './composite';
import { cts6History } from './cts6';
import { handFunction } from './handFunction';
import { katzClasses } from './katz';
import { painScores } from './pain';
import { symptomSeverity } from './symptomSeverity';

export {
  COMPOSITE_SOURCES,
  type CompositeGrade,
  compositeGrade,
  jointPainAttributes,
  numbnessAttributes,
} from './composite';
export {
  CTS6_EXAM_ITEMS_TO_CHECK,
  CTS6_HISTORY_ITEMS,
  CTS6_SOURCES,
  type Cts6HistoryItem,
  cts6History,
} from './cts6';
export { HAND_FUNCTION_MIN_ANSWERED, HAND_FUNCTION_SOURCES, handFunction } from './handFunction';
export {
  KATZ_SOURCES,
  KATZ_SYMPTOMS,
  type KatzFindings,
  katzClasses,
  katzClassOf,
  katzFindings,
} from './katz';
export { PAIN_SOURCES, painScores } from './pain';
export { levelOfDays, levelOfRating, SEVERITY_BANDS, type SeverityBand, severityBand } from './scales';
export { SYMPTOM_SEVERITY_SOURCES, symptomSeverity, symptomSeverityItems } from './symptomSeverity';

export function computeScores(checkIn: CheckIn): Scores {
  const composite = compositeScores(checkIn);
  return {
    katz: katzClasses(checkIn),
    cts6: cts6History(checkIn),
    pain: painScores(checkIn),
    symptomSeverity: symptomSeverity(checkIn),
    function: handFunction(checkIn),
    composite: { jointPain: composite.jointPain, numbness: composite.numbness },
    compositeAttributes: composite.attributes,
  };
}

import type { CheckIn } from '../checkin/schema';
import type { Scores } from '../triage/types';

/** All scores for one check-in. (Being written: Katz, CTS-6, pain, severity, function, composite.) */
export function computeScores(_checkIn: CheckIn): Scores {
  return {
    katz: { left: 'unlikely', right: 'unlikely' },
    cts6: { historyPoints: 0, maxFromHistory: 7.5, itemsPresent: [], examItemsToCheck: [] },
    pain: { worst: null, average: null, interference: null },
    symptomSeverity: null,
    function: null,
    composite: { jointPain: 0, numbness: 0 },
  };
}

/**
 * CTS-6, history items only [graham2006], items and weights as published in [mdcalc-cts6].
 *
 * Of the six criteria, two come from the history and the app can ask them: numbness mostly in the
 * median nerve's territory (3.5 points) and numbness at night that wakes the person (4.0). The other
 * four (18.5 of 26 points) need a clinician's examination. "CTS likely" needs ≥ 12, so it can never
 * be reached from the app alone: this score must never be shown as "likely".
 *
 * Design: items are read per hand and the hand with more points is reported.
 * - Item 1: on that hand, numbness is marked on at least one of thumb, index or long finger, and
 *   more of the numb areas lie only in the median territory than only outside it (the thumb-side
 *   half of the ring finger is the median's; areas in two territories, like a v1 whole ring finger,
 *   count for neither). The item is numbness [graham2006]: tingling alone does not score it.
 * - Item 2: numbness on that hand is marked as waking the person at night (nocturnal numbness).
 */
import type { CheckIn, RegionReport, SymptomKind } from '../checkin/schema';
import { HANDS, type Hand, region } from '../hand/regions';
import type { SourceId } from '../knowledge/sources';

export const CTS6_SOURCES = ['graham2006', 'mdcalc-cts6'] as const satisfies readonly SourceId[];

export const CTS6_HISTORY_ITEMS = {
  median_territory_numbness: {
    points: 3.5,
    text: 'numbness mostly in the thumb, index and middle finger (median nerve territory)',
  },
  night_waking_numbness: { points: 4.0, text: 'numbness that wakes them at night' },
} as const;
export type Cts6HistoryItem = keyof typeof CTS6_HISTORY_ITEMS;

/** The four examination items, in plain words for the clinician who sees the person. */
export const CTS6_EXAM_ITEMS_TO_CHECK: readonly string[] = [
  'Thenar wasting or weak thumb abduction (strength 4/5 or less) — 5 points',
  'Phalen test: holding the wrist flexed brings on the numbness — 5 points',
  'Two-point discrimination lost in the median territory (cannot tell points 5 mm apart) — 4.5 points',
  'Tinel sign over the carpal tunnel — 4 points',
];

const NUMB: readonly SymptomKind[] = ['numbness'];
const DIGITS_1_TO_3 = new Set(['thumb', 'index', 'long']);

export interface Cts6History {
  readonly historyPoints: number;
  readonly maxFromHistory: 7.5;
  readonly itemsPresent: readonly Cts6HistoryItem[];
  readonly examItemsToCheck: readonly string[];
  /** The hand(s) the points come from; empty when no item is present. */
  readonly hands: readonly Hand[];
}

function numbAreasOn(checkIn: CheckIn, hand: Hand): RegionReport[] {
  return checkIn.regions.filter(
    (r) => r.severity > 0 && r.symptoms.some((s) => NUMB.includes(s)) && region(r.region).hand === hand,
  );
}

/** History items present on one hand. */
export function cts6ItemsOn(checkIn: CheckIn, hand: Hand): Cts6HistoryItem[] {
  const numb = numbAreasOn(checkIn, hand);
  let medianOnly = 0;
  let outside = 0;
  let digit1to3 = false;
  for (const report of numb) {
    const r = region(report.region);
    if (r.area.kind === 'digit' && DIGITS_1_TO_3.has(r.area.digit)) digit1to3 = true;
    if (r.nerves.length === 1 && r.nerves[0] === 'median') medianOnly++;
    else if (!r.nerves.includes('median')) outside++;
  }
  const items: Cts6HistoryItem[] = [];
  if (digit1to3 && medianOnly > outside) items.push('median_territory_numbness');
  if (numb.some((r) => r.timing.includes('wakes_at_night'))) items.push('night_waking_numbness');
  return items;
}

const pointsOf = (items: readonly Cts6HistoryItem[]) =>
  items.reduce((sum, id) => sum + CTS6_HISTORY_ITEMS[id].points, 0);

/** CTS-6 history items: at most 7.5 of 26 points; the exam items are listed for a clinician. */
export function cts6History(checkIn: CheckIn): Cts6History {
  const byHand = HANDS.map((hand) => ({ hand, items: cts6ItemsOn(checkIn, hand) }));
  const best = Math.max(...byHand.map((h) => pointsOf(h.items)));
  const top = byHand.filter((h) => best > 0 && pointsOf(h.items) === best);
  return {
    historyPoints: best,
    maxFromHistory: 7.5,
    itemsPresent: top[0]?.items ?? [],
    examItemsToCheck: CTS6_EXAM_ITEMS_TO_CHECK,
    hands: top.map((h) => h.hand),
  };
}

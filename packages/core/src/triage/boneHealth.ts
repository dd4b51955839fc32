/**
 * Bone health on an aromatase inhibitor: these medicines thin the bones, so guidelines advise a
 * bone-density (DXA) scan when one starts and again during treatment, calcium and vitamin D,
 * exercise, and a bone medicine for those at high risk [asco-bone2019][esmo-bone2014][hadji2017].
 * The GP summary asks for a scan when the last one is unknown or overdue. Data and one pure function:
 * report/ calls {@link boneScanAsk} with the person's context and the summary date.
 */
import { AROMATASE_INHIBITORS, type Context } from '../checkin/context';
import type { SourceId } from '../knowledge/sources';
import { daysBetween } from '../timeline/dates';

/**
 * A scan counts as overdue after this many days. Guidelines give 1–2 years during treatment; we use
 * the longer end (two years) so the ask is not repeated too soon. Our judgement within that range
 * [asco-bone2019][hadji2017].
 */
export const BONE_SCAN_INTERVAL_DAYS = 730;

export const BONE_SCAN_SOURCES: readonly SourceId[] = ['asco-bone2019', 'esmo-bone2014', 'hadji2017'];

export interface BoneScanAsk {
  /** Why the scan is asked for: no date on record, or the last one is more than two years old. */
  readonly reason: 'unknown' | 'overdue';
  /** The last scan day, when known. */
  readonly lastScanOn: string | null;
  /** A first-person sentence for the GP summary. */
  readonly text: string;
  readonly sources: readonly SourceId[];
}

/** On an aromatase inhibitor on `date` (a course started on or before it and not stopped before it). */
export function onAromataseInhibitor(context: Context, date: string): boolean {
  return context.medicines.some(
    (c) =>
      AROMATASE_INHIBITORS.includes(c.drug) &&
      c.startedOn <= date &&
      (c.stoppedOn === undefined || c.stoppedOn >= date),
  );
}

/**
 * The bone-density ask for the GP summary, or null when none is needed (not on an aromatase
 * inhibitor on `date`, or a scan within the last two years is on record).
 */
export function boneScanAsk(context: Context, date: string): BoneScanAsk | null {
  if (!onAromataseInhibitor(context, date)) return null;
  const last = context.risk.lastBoneScanOn;
  if (last === undefined) {
    return {
      reason: 'unknown',
      lastScanOn: null,
      text: 'I am on an aromatase inhibitor and do not know when I last had a bone-density (DXA) scan: is one due? Guidelines advise one at the start and every 1–2 years.',
      sources: BONE_SCAN_SOURCES,
    };
  }
  if (last > date || daysBetween(last, date) <= BONE_SCAN_INTERVAL_DAYS) return null;
  return {
    reason: 'overdue',
    lastScanOn: last,
    text: `I am on an aromatase inhibitor and my last bone-density (DXA) scan was on ${last}, more than two years ago: could I have another? Guidelines advise one every 1–2 years.`,
    sources: BONE_SCAN_SOURCES,
  };
}

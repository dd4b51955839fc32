/**
 * Which stored alerts are open, counted the same way everywhere (the panel card, the patient page,
 * CDS Hooks cards, FHIR Flags): not acknowledged and not resolved. Most prominent first, then newest.
 */
import type { StoredAlert } from '../record';
import type { AlertLevel } from './types';

const LEVEL_RANK: Record<AlertLevel, number> = { critical: 0, warning: 1, info: 2 };

export const isOpenAlert = (a: StoredAlert): boolean => a.acknowledgedAt === null && !a.resolvedOn;

/** The open alerts of a record, most prominent first, then newest, then by key. */
export function openAlerts(alerts: readonly StoredAlert[]): StoredAlert[] {
  return alerts
    .filter(isOpenAlert)
    .toSorted(
      (a, b) =>
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        b.date.localeCompare(a.date) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}

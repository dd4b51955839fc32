/**
 * Which stored alerts are open, counted the same way everywhere (the panel card, the patient page,
 * CDS Hooks cards, FHIR Flags): not acknowledged and not resolved. Most prominent first, then newest.
 */
import type { StoredAlert } from '../record';
import type { Alert, AlertLevel } from './types';

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

/**
 * The open alerts after one save's changes (`stepAlerts`), worked out from those open before it,
 * as the database would list them once the changes are written: an alert opened or updated is open
 * unless its stored row was acknowledged (`acknowledged`: such keys, which keep their
 * acknowledgement when rewritten); one resolved now, and not also rewritten, is closed. Lets a save
 * write its alerts and its panel row in one statement.
 */
export function openAfter(
  before: readonly StoredAlert[],
  changes: { readonly upserts: readonly Alert[]; readonly resolved: readonly { readonly key: string }[] },
  acknowledged: ReadonlySet<string>,
): StoredAlert[] {
  const rewritten = new Set(changes.upserts.map((a) => a.key));
  const closed = new Set(changes.resolved.map((r) => r.key));
  return [
    ...before.filter((a) => isOpenAlert(a) && !rewritten.has(a.key) && !closed.has(a.key)),
    ...changes.upserts
      .filter((a) => !acknowledged.has(a.key))
      .map((a) => ({ ...a, acknowledgedAt: null, acknowledgedBy: null, resolvedOn: null })),
  ];
}

/**
 * The open alerts once a whole record's replayed alerts are written in place of the stored ones
 * (`replayEpisodes`): a replayed alert still going is open unless its stored row was acknowledged
 * (`acknowledged`: such keys, which keep their acknowledgement when rewritten); the stored open
 * alerts the replay no longer raises go, except `overdue` ones, which no check-in raises.
 */
export function openAfterReplay(
  before: readonly StoredAlert[],
  replayed: readonly { readonly alert: Alert; readonly resolvedOn: string | null }[],
  acknowledged: ReadonlySet<string>,
): StoredAlert[] {
  const rewritten = new Set(replayed.map((r) => r.alert.key));
  return [
    ...before.filter((a) => isOpenAlert(a) && a.kind === 'overdue' && !rewritten.has(a.key)),
    ...replayed
      .filter((r) => r.resolvedOn === null && !acknowledged.has(r.alert.key))
      .map((r) => ({ ...r.alert, acknowledgedAt: null, acknowledgedBy: null, resolvedOn: null })),
  ];
}

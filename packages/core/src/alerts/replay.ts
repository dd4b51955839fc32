/**
 * Alert replay: the alerts a record's check-ins raise, as if each had just been saved. What the
 * server stores after any change to a record (a save, an amendment, a deletion, an import).
 */
import type { Context } from '../checkin/context';
import {
  type AlertConfig,
  type AlertEntry,
  type AlertState,
  advanceAlertState,
  checkInAlerts,
  DEFAULT_ALERT_CONFIG,
  EMPTY_ALERT_STATE,
} from './rules';
import type { Alert } from './types';

/**
 * The alerts raised by every check-in dated `from` or later, each judged against the check-ins
 * before it (a fold over the record, oldest first); once per date, by the last check-in of that
 * date. `overdue` is left out: it depends on today, not on a check-in. Also returns the state
 * after the whole record, which the next save starts from.
 */
export function replayAlerts(
  entries: readonly AlertEntry[],
  from: string,
  _context: Context,
  config: AlertConfig = DEFAULT_ALERT_CONFIG,
): { alerts: Alert[]; state: AlertState } {
  const alerts: Alert[] = [];
  let state = EMPTY_ALERT_STATE;
  entries.forEach((entry, i) => {
    const { date } = entry.checkIn;
    if (date >= from && entries[i + 1]?.checkIn.date !== date)
      alerts.push(...checkInAlerts(state, entry, config));
    state = advanceAlertState(state, entry);
  });
  return { alerts, state };
}

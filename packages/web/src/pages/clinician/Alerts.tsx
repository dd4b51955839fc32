/**
 * A patient's care-team alerts: open ones first, most urgent first, each with the reason it fired
 * and an "Acknowledge" button; acknowledged ones folded away below. Acknowledging is stored on the
 * server (it survives a reload and takes the alert off the panel).
 */
import { type AlertLevel, isOpenAlert, type PatientRecord, type StoredAlert } from '@handcheck/core';
import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { Sources } from '../../components/ResultView';
import { clinicianApi } from './api';
import { ALERT_KIND_WORDS, LEVEL_WORDS, shortDate } from './words';

const LEVEL_RANK: Record<AlertLevel, number> = { critical: 0, warning: 1, info: 2 };

export function AlertsSection({
  record,
  onChanged,
}: {
  record: PatientRecord;
  onChanged: () => Promise<void>;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const open = record.alerts
    .filter((a) => isOpenAlert(a) && !done.has(a.key))
    .toSorted((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || b.date.localeCompare(a.date));
  const acknowledged = record.alerts.filter((a) => !isOpenAlert(a));

  /** Acknowledges the given alerts one by one; stops at the first failure and says so. */
  const acknowledge = async (alerts: readonly StoredAlert[], busyKey: string) => {
    setBusy(busyKey);
    setError(null);
    let count = 0;
    try {
      for (const a of alerts) {
        await clinicianApi.acknowledge(record.patient.id, a.key);
        setDone((d) => new Set(d).add(a.key));
        count += 1;
      }
      const one = alerts[0];
      setMessage(
        alerts.length === 1 && one
          ? `Acknowledged: ${ALERT_KIND_WORDS[one.kind]} of ${shortDate(one.date)}.`
          : `Acknowledged all ${count} alerts.`,
      );
      // The button that had focus is gone: put the keyboard back at the top of the list.
      heading.current?.focus();
    } catch (e) {
      const why = e instanceof ApiError ? e.message : 'Check your connection and try again.';
      setError(`Could not acknowledge ${count > 0 ? 'every' : 'the'} alert. ${why}`);
    } finally {
      setBusy(null);
      await onChanged();
    }
  };

  return (
    <section class="card alerts" aria-labelledby="alerts-title">
      <div class="alerts-head">
        <h2 id="alerts-title" ref={heading} tabIndex={-1}>
          Open alerts ({open.length})
        </h2>
        {open.length > 1 && (
          <button
            type="button"
            class="secondary ack-all"
            disabled={busy !== null}
            onClick={() => acknowledge(open, 'all')}
          >
            {busy === 'all' ? 'Acknowledging…' : `Acknowledge all ${open.length}`}
          </button>
        )}
      </div>
      <p role="status" class="ok">
        {message}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {open.length === 0 ? (
        <p>No open alerts.</p>
      ) : (
        <ul class="plain alert-list">
          {open.map((a) => (
            <li key={a.key} class={`alert-item level-${a.level}`}>
              <div class="alert-body">
                <p class="alert-what">
                  <span class={`level level-${a.level}`}>
                    <span aria-hidden="true">{LEVEL_WORDS[a.level].icon}</span> {LEVEL_WORDS[a.level].label}
                  </span>{' '}
                  <strong>{ALERT_KIND_WORDS[a.kind]}</strong> · {shortDate(a.date)}
                </p>
                <p class="alert-reason" id={`reason-${a.key}`}>
                  {a.reason}
                </p>
                <Sources ids={a.sources} />
              </div>
              <button
                type="button"
                class="secondary ack"
                aria-describedby={`reason-${a.key}`}
                disabled={busy !== null}
                onClick={() => acknowledge([a], a.key)}
              >
                {busy === a.key ? 'Acknowledging…' : 'Acknowledge'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {acknowledged.length > 0 && (
        <details class="acknowledged">
          <summary>Acknowledged or resolved ({acknowledged.length})</summary>
          <ul>
            {acknowledged.map((a) => (
              <li key={a.key}>
                {ALERT_KIND_WORDS[a.kind]} of {shortDate(a.date)}: {a.reason}{' '}
                <span class="muted">
                  {a.acknowledgedAt
                    ? `(acknowledged ${shortDate(a.acknowledgedAt.slice(0, 10))})`
                    : a.resolvedOn
                      ? `(resolved ${shortDate(a.resolvedOn)})`
                      : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

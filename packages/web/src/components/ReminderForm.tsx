/**
 * The check-in reminder (day and time) and the private calendar feed: made, shown once, copied,
 * replaced or stopped. Anyone with the link sees reminder times only, never health data.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api, type Reminders } from '../api';
import { WEEKDAYS } from '../words';
import { ChoiceChips } from './ChoiceChips';

export function ReminderForm() {
  const [r, setR] = useState<Reminders | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    api.reminders().then(setR, () => setStatus('Could not load your reminder.'));
  }, []);
  if (!r) return status ? <p class="error">{status}</p> : null;

  const feed = r.feedUrl ? new URL(r.feedUrl, location.origin) : null;
  const webcal = feed ? `webcal://${feed.host}${feed.pathname}${feed.search}` : null;
  return (
    <section aria-labelledby="reminder-title" class="card">
      <h2 id="reminder-title">Your reminder</h2>
      <ChoiceChips
        legend="Which day?"
        options={WEEKDAYS.map((d, i) => ({ value: String(i), label: d }))}
        selected={[String(r.weekday)]}
        onChange={(v) => v[0] !== undefined && setR({ ...r, weekday: Number(v[0]) })}
        single
      />
      <label class="field">
        <span>What time?</span>
        <input type="time" value={r.time} onInput={(e) => setR({ ...r, time: e.currentTarget.value })} />
      </label>
      <button
        type="button"
        class="primary wide"
        onClick={async () => {
          try {
            const saved = await api.saveReminders(r.weekday, r.time);
            // The server never sends the link again (it keeps it hashed): keep the one just shown.
            setR({ ...saved, feedUrl: saved.feedActive ? r.feedUrl : null });
            setStatus('Reminder saved.');
          } catch (err) {
            setStatus(err instanceof ApiError ? err.message : 'Could not save the reminder.');
          }
        }}
      >
        Save reminder
      </button>
      <h3>Add to my calendar</h3>
      <p class="hint">
        A private calendar link puts your check-in days (see "How often we ask") in your phone's calendar.
        Anyone with the link can see the reminder times (nothing about your health), so keep it to yourself.
      </p>
      {feed && webcal && (
        <div class="stack">
          <a class="button primary wide" href={webcal}>
            Open in my calendar
          </a>
          <label class="field">
            <span>Calendar link (shown only this once)</span>
            <input type="text" readOnly value={feed.href} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button
            type="button"
            class="secondary wide"
            onClick={async () => {
              await navigator.clipboard?.writeText(feed.href).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {copied ? 'Copied' : 'Copy the link'}
          </button>
        </div>
      )}
      {!feed && r.feedActive && (
        <p>
          Your calendar link is working. For safety it is shown only when it is made: to add it to another
          calendar, make a new one (the old link then stops working).
        </p>
      )}
      <button
        type="button"
        class={feed ? 'secondary wide' : 'primary wide'}
        onClick={async () => {
          try {
            const { feedUrl } = await api.newFeed();
            setCopied(false);
            setR({ ...r, feedUrl, feedActive: true });
          } catch (err) {
            setStatus(err instanceof ApiError ? err.message : 'Could not make a calendar link.');
          }
        }}
      >
        {feed || r.feedActive ? 'Make a new calendar link' : 'Add to my calendar'}
      </button>
      {(feed || r.feedActive) && (
        <button
          type="button"
          class="danger wide"
          onClick={async () => {
            try {
              await api.revokeFeed();
              setR({ ...r, feedUrl: null, feedActive: false });
              setStatus('The calendar link no longer works. You can make a new one at any time.');
            } catch (err) {
              setStatus(err instanceof ApiError ? err.message : 'Could not stop the calendar link.');
            }
          }}
        >
          Stop the calendar link
        </button>
      )}
      <p role="status" class="ok">
        {status}
      </p>
    </section>
  );
}

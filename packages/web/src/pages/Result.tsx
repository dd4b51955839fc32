/**
 * The result of one stored check-in: the server's assessment, which is the record. An emergency
 * result shows one thing: a button that calls the emergency number of the person's country (from
 * "Me", else this phone's language; 112 otherwise), with the reason. The rest waits, folded away.
 */
import { countryFromLocale, emergencyNumber, type StoredCheckIn } from '@handcheck/core';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { ApiError, api } from '../api';
import { ResultView } from '../components/ResultView';
import { recentResult } from '../results';
import { useSession } from '../session';
import { longDate } from '../words';

export function ResultPage({ id }: { id: string }) {
  const [stored, setStored] = useState<StoredCheckIn | null>(() => recentResult(id));
  const [error, setError] = useState<string | null>(null);
  const { context } = useSession();
  useEffect(() => {
    if (stored?.id === id) return;
    api
      .checkIn(id)
      .then(setStored, (e: unknown) =>
        setError(e instanceof ApiError ? e.message : 'Could not load this check-in.'),
      );
  }, [id]);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!stored) return <p class="loading">Loading…</p>;
  const emergencies = stored.assessment.redFlags.filter((f) => f.urgency === 'emergency');
  if (emergencies.length > 0) {
    const { number } = emergencyNumber(context?.country ?? countryFromLocale(navigator.language));
    return (
      <div class="emergency">
        <h1>Get help now</h1>
        <a class="button call" href={`tel:${number}`}>
          <span aria-hidden="true">✆</span> Call {number}
        </a>
        <div role="alert">
          {emergencies.map((f) => (
            <p key={f.id}>
              <strong>{f.action}</strong> {f.reason}
            </p>
          ))}
        </div>
        <details class="later">
          <summary>The rest of this check-in (for later)</summary>
          <ResultView checkIn={stored.checkIn} assessment={stored.assessment} />
        </details>
      </div>
    );
  }
  return (
    <>
      <h1>Your check-in of {longDate(stored.checkIn.date)}</h1>
      <ResultView checkIn={stored.checkIn} assessment={stored.assessment} />
      <div class="row-buttons">
        <Link href="/history" class="button secondary">
          See my history
        </Link>
        <Link href="/learn" class="button secondary">
          Learn more
        </Link>
      </div>
    </>
  );
}

/** The result of one stored check-in: the server's assessment, which is the record. */
import type { StoredCheckIn } from '@handcheck/core';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { ApiError, api } from '../api';
import { ResultView } from '../components/ResultView';
import { recentResult } from '../results';
import { longDate } from '../words';

export function ResultPage({ id }: { id: string }) {
  const [stored, setStored] = useState<StoredCheckIn | null>(() => recentResult(id));
  const [error, setError] = useState<string | null>(null);
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

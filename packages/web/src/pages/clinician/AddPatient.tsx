/**
 * "Add a patient": the patient makes a one-time code on their Share screen (8 characters, valid
 * 72 hours) and reads it out or shows it; the clinician types it here.
 */
import type { PatientInfo } from '@handcheck/core';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { ApiError } from '../../api';
import { clinicianApi } from './api';
import { patientName } from './words';

export function AddPatientPage() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<PatientInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!code.trim()) {
      setError('Type the code the patient gave you (8 letters and numbers).');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setAdded(await clinicianApi.redeem(code.trim()));
      setCode('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Something went wrong. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-title" class="narrow">
      <h1 id="add-title">Add a patient</h1>
      <p class="lead">
        Ask the patient to open <strong>Share</strong> in their HandCheck app and make a code. It works once,
        for 72 hours.
      </p>
      <form onSubmit={submit} noValidate>
        <label class="field">
          <span>Share code</span>
          <input
            type="text"
            name="code"
            class="code-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'code-error' : undefined}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </label>
        {error && (
          <p id="code-error" role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" class="primary wide" disabled={busy}>
          Add patient
        </button>
      </form>
      <div role="status">
        {added && (
          <p class="card ok-card">
            {patientName(added)} now shares their record with you.{' '}
            <Link href={`/clinician/patients/${encodeURIComponent(added.id)}`}>
              Open {patientName(added)}’s page
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}

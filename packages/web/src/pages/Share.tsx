/**
 * Share and control my data: a one-time code for a clinician, who has access (and revoking it),
 * a download of everything as JSON, and deleting the account.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api, type ShareGrant } from '../api';
import { clearDraft } from '../draft';
import { useSession } from '../session';
import { longDate } from '../words';

export function SharePage() {
  const { user, setUser } = useSession();
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [grants, setGrants] = useState<ShareGrant[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmText, setConfirmText] = useState('');

  const load = () => api.shares().then(setGrants, () => setGrants([]));
  useEffect(() => {
    load();
  }, []);

  const fail = (err: unknown, fallback: string) =>
    setStatus(err instanceof ApiError ? err.message : fallback);

  return (
    <>
      <h1>Share and your data</h1>
      <section aria-labelledby="code-title" class="card">
        <h2 id="code-title">Share with a clinician</h2>
        <p class="hint">
          Give this code to your doctor or nurse. It works once, for 72 hours, and lets them see your
          check-ins until you stop it.
        </p>
        {code ? (
          <p class="share-code">
            <span class="visually-hidden">Your share code: </span>
            {/* Two groups of four are easier to read out; a screen reader gets it letter by letter. */}
            <strong aria-hidden="true">
              {code.code.slice(0, 4)} {code.code.slice(4)}
            </strong>
            <span class="visually-hidden">{code.code.split('').join(' ')}</span>
            <span class="hint">Valid until {new Date(code.expiresAt).toLocaleString('en-GB')}</span>
          </p>
        ) : null}
        <button
          type="button"
          class="primary wide"
          onClick={() => api.newShareCode().then(setCode, (e) => fail(e, 'Could not make a code.'))}
        >
          {code ? 'Make a new code' : 'Make a share code'}
        </button>
      </section>

      <section aria-labelledby="access-title" class="card">
        <h2 id="access-title">Who can see my check-ins</h2>
        {grants === null ? (
          <p class="loading">Loading…</p>
        ) : grants.length === 0 ? (
          <p>Nobody. Only you can see your check-ins.</p>
        ) : (
          <ul class="plain">
            {grants.map((g) => (
              <li key={g.clinician.id} class="row-between">
                <span>
                  {g.clinician.name ?? g.clinician.email}
                  <br />
                  <small>since {longDate(g.since.slice(0, 10))}</small>
                </span>
                <button
                  type="button"
                  class="danger"
                  aria-label={`Stop sharing with ${g.clinician.name ?? g.clinician.email}`}
                  onClick={() =>
                    api.revokeShare(g.clinician.id).then(
                      () => {
                        setStatus(
                          `${g.clinician.name ?? g.clinician.email} can no longer see your check-ins.`,
                        );
                        load();
                      },
                      (e) => fail(e, 'Could not stop sharing.'),
                    )
                  }
                >
                  Stop sharing
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="export-title" class="card">
        <h2 id="export-title">Your data</h2>
        <p class="hint">
          Download everything HandCheck keeps about you, as a file you can keep or take elsewhere.
        </p>
        <button
          type="button"
          class="secondary wide"
          onClick={() =>
            api.exportRecord().then(
              (record) => {
                const blob = new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' });
                const a = document.createElement('a');
                a.href = URL.createObjectURL(blob);
                a.download = 'handcheck-my-data.json';
                a.click();
                setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
              },
              (e) => fail(e, 'Could not download your data.'),
            )
          }
        >
          Download my data
        </button>
        <a class="button secondary wide" href="/api/report.pdf" download>
          Download the summary for my GP (PDF)
        </a>
      </section>

      <section aria-labelledby="delete-title" class="card danger-zone">
        <h2 id="delete-title">Delete my account</h2>
        <p>This removes your account and every check-in for good. It cannot be undone.</p>
        {!confirming ? (
          <button type="button" class="danger wide" onClick={() => setConfirming(true)}>
            Delete my account…
          </button>
        ) : (
          <div class="stack">
            <label class="field">
              <span>To confirm, type DELETE</span>
              <input
                type="text"
                autoComplete="off"
                autoCapitalize="characters"
                value={confirmText}
                onInput={(e) => setConfirmText(e.currentTarget.value)}
              />
            </label>
            <button
              type="button"
              class="danger wide"
              disabled={confirmText.trim().toUpperCase() !== 'DELETE'}
              onClick={() =>
                api.deleteAccount().then(
                  () => {
                    if (user) clearDraft(user.id);
                    setUser(null);
                  },
                  (e) => fail(e, 'Could not delete your account.'),
                )
              }
            >
              Delete everything now
            </button>
            <button type="button" class="secondary wide" onClick={() => setConfirming(false)}>
              Keep my account
            </button>
          </div>
        )}
      </section>
      <p role="status" class="ok">
        {status}
      </p>
    </>
  );
}

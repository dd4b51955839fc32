/**
 * Share and control my data: a one-time code for a clinician (with a copy button and a QR code),
 * who has access (and revoking it), "Download for my doctor" (the PDF summary and the FHIR file), a
 * download of everything as JSON, and deleting the account.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api, type ShareGrant } from '../api';
import { clearDraft } from '../draft';
import { useSession } from '../session';
import { dateTime, longDate } from '../words';

/** The QR code as SVG markup; the library is fetched only when a code is made (not on check-in). */
async function qrSvg(text: string): Promise<string> {
  const { renderSVG } = await import('uqr');
  return renderSVG(text, { border: 2, pixelSize: 6 });
}

function ShareCode({ code }: { code: { code: string; expiresAt: string } }) {
  const [svg, setSvg] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    setSvg(null);
    setCopied(null);
    qrSvg(code.code).then(setSvg, () => setSvg(null));
  }, [code.code]);
  return (
    <div class="share-code">
      <p>
        <span class="visually-hidden">Your share code: </span>
        {/* Two groups of four are easier to read out; a screen reader gets it letter by letter. */}
        <strong aria-hidden="true">
          {code.code.slice(0, 4)} {code.code.slice(4)}
        </strong>
        <span class="visually-hidden">{code.code.split('').join(' ')}</span>
        <span class="hint">
          Valid until <time dateTime={code.expiresAt}>{dateTime(code.expiresAt)}</time>
        </span>
      </p>
      <button
        type="button"
        class="secondary wide"
        onClick={() =>
          navigator.clipboard?.writeText(code.code).then(
            () => setCopied(true),
            () => setCopied(false),
          ) ?? setCopied(false)
        }
      >
        {copied ? 'Copied' : 'Copy the code'}
      </button>
      <p role="status" class="ok">
        {copied === true ? 'The code is copied: paste it into a message to your clinic.' : ''}
        {copied === false ? 'Could not copy here: read the code out or let them scan it.' : ''}
      </p>
      {svg && (
        <figure class="qr">
          {/* The markup is made by the QR library from the 8-letter code alone. */}
          <div
            role="img"
            aria-label={`QR code of your share code ${code.code.split('').join(' ')}`}
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <figcaption class="hint">Your clinician can scan this instead of typing the code.</figcaption>
        </figure>
      )}
    </div>
  );
}

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
        {code ? <ShareCode code={code} /> : null}
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

      <section aria-labelledby="doctor-title" class="card">
        <h2 id="doctor-title">Download for my doctor</h2>
        <p class="hint">
          A summary your GP can read in a minute (PDF), and the same record as a FHIR file that a clinic's
          computer system can import.
        </p>
        <a class="button primary wide" href="/api/report.pdf" download="handcheck-summary.pdf">
          Download the summary (PDF)
        </a>
        <a class="button secondary wide" href="/api/fhir/export" download="handcheck-fhir.json">
          Download the FHIR file
        </a>
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

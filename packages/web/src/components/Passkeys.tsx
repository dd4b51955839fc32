/**
 * "Sign in without typing" on Me: add a passkey on this device, see mine (when added, when last
 * used) and remove one (a lost phone). Removing needs no password: the person is signed in.
 */
import type {
  PublicKeyCredentialCreationOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, call, type Passkey } from '../api';
import { passkeyLibrary, passkeysSupported } from '../passkeys';
import { longDate, today } from '../words';

const listPasskeys = () => call<{ items: Passkey[] }>('GET', '/api/auth/passkeys').then((r) => r.items);
const removePasskey = (id: string) => call<void>('DELETE', `/api/auth/passkeys/${encodeURIComponent(id)}`);

/** Makes a new passkey for the signed-in person on this device, named after the device. */
async function addPasskey(): Promise<Passkey> {
  const { startRegistration } = await passkeyLibrary();
  const optionsJSON = await call<PublicKeyCredentialCreationOptionsJSON>(
    'POST',
    '/api/auth/passkeys/register/options',
  );
  const response: RegistrationResponseJSON = await startRegistration({ optionsJSON });
  const saved = await call<{ passkey: Passkey }>('POST', '/api/auth/passkeys/register/verify', {
    response,
    name: deviceName(),
  });
  return saved.passkey;
}

/** Plain words for what went wrong, including the browser's own refusals. */
function addProblem(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  const name = err instanceof Error ? err.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError')
    return 'No passkey was made (cancelled, or it took too long). You can try again.';
  if (name === 'InvalidStateError') return 'This device already has a passkey for your account.';
  return 'Could not add a passkey on this device.';
}

/** A name a person recognises in their list ("Android phone"), without asking them to type one. */
function deviceName(ua: string = navigator.userAgent): string {
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua)) return 'iPad';
  if (/Android/.test(ua)) return /Mobile/.test(ua) ? 'Android phone' : 'Android tablet';
  if (/Macintosh|Mac OS X/.test(ua)) return 'Mac';
  if (/Windows/.test(ua)) return 'Windows computer';
  if (/CrOS/.test(ua)) return 'Chromebook';
  if (/Linux/.test(ua)) return 'Linux computer';
  return 'Passkey';
}

/** A server timestamp as the person's own calendar day, "3 March 2026". */
const day = (iso: string) => longDate(today(new Date(iso)));

export function Passkeys() {
  const [items, setItems] = useState<Passkey[] | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () =>
    listPasskeys().then(setItems, () => setStatus({ ok: false, text: 'Could not load your passkeys.' }));
  useEffect(() => {
    load();
  }, []);

  const add = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const p = await addPasskey();
      setStatus({
        ok: true,
        text: `Passkey added (${p.name}). Next time, sign in with it: nothing to type.`,
      });
      await load();
    } catch (err) {
      setStatus({ ok: false, text: addProblem(err) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (p: Passkey) => {
    setStatus(null);
    try {
      await removePasskey(p.id);
      setStatus({ ok: true, text: `Passkey removed (${p.name}). It no longer signs you in.` });
      await load();
    } catch (err) {
      setStatus({ ok: false, text: err instanceof ApiError ? err.message : 'Could not remove the passkey.' });
    }
  };

  return (
    <section aria-labelledby="passkeys-title" class="card">
      <h2 id="passkeys-title">Sign in without typing</h2>
      <p class="hint">
        Sign in with your fingerprint, face or phone next time, instead of typing your password. The passkey
        stays on your device; your password keeps working too.
      </p>
      {items && items.length > 0 && (
        <ul class="plain" aria-label="Your passkeys">
          {items.map((p) => (
            <li key={p.id} class="row-between">
              <span>
                {p.name}
                <br />
                <small>
                  added {day(p.createdAt)} ·{' '}
                  {p.lastUsedAt ? `last used ${day(p.lastUsedAt)}` : 'not used yet'}
                </small>
              </span>
              <button
                type="button"
                class="danger"
                aria-label={`Remove the passkey ${p.name}, added ${day(p.createdAt)}`}
                onClick={() => remove(p)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {items?.length === 0 && <p>No passkeys yet.</p>}
      {passkeysSupported() ? (
        <button type="button" class="primary wide" disabled={busy} onClick={add}>
          Add a passkey on this device
        </button>
      ) : (
        <p class="hint">This browser cannot make passkeys; your password still works.</p>
      )}
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>
          {status.text}
        </p>
      )}
    </section>
  );
}

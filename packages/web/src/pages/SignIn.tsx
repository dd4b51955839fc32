/**
 * Sign up or sign in: big fields, a show-password toggle, errors in plain words next to the field;
 * and, where the browser can, signing in with a passkey (no typing at all, for sore hands).
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { ApiError, api } from '../api';
import { passkeyProblem, passkeysSupported, signInWithPasskey } from '../passkeys';
import { useSession } from '../session';

export function SignInPage() {
  const { setUser } = useSession();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<'signin' | 'signup'>('signin');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [show, setShow] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user =
        mode === 'signup'
          ? await api.signUp(email.trim(), password, name.trim())
          : await api.signIn(email.trim(), password);
      navigate(mode === 'signup' ? '/start' : '/');
      setUser(user);
    } catch (err) {
      setError(err instanceof ApiError ? describe(err) : 'Something went wrong. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  const withPasskey = async () => {
    setBusy(true);
    setError(null);
    try {
      const user = await signInWithPasskey();
      navigate('/');
      setUser(user);
    } catch (err) {
      setError(passkeyProblem(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="signin-title" class="narrow">
      <h1 id="signin-title">{mode === 'signup' ? 'Create your account' : 'Sign in'}</h1>
      <p class="lead">
        A weekly check-in for your hands and wrists while you take your breast cancer medicine.
      </p>
      {mode === 'signin' && passkeysSupported() && (
        <div class="passkey-signin">
          <button type="button" class="primary wide big" disabled={busy} onClick={withPasskey}>
            Sign in with a passkey
          </button>
          <p class="hint">With your fingerprint, face or phone: nothing to type. Or use your email below.</p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        {mode === 'signup' && (
          <label class="field">
            <span>Your first name (optional)</span>
            <input
              type="text"
              name="name"
              autoComplete="given-name"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
        )}
        <label class="field">
          <span>Email</span>
          <input
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>Password{mode === 'signup' ? ' (at least 10 characters)' : ''}</span>
          <span class="with-button">
            <input
              type={show ? 'text' : 'password'}
              name="password"
              autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
              required
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
            <button type="button" class="secondary" aria-pressed={show} onClick={() => setShow(!show)}>
              {show ? 'Hide' : 'Show'}
            </button>
          </span>
        </label>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" class="primary wide" disabled={busy}>
          {mode === 'signup' ? 'Create account' : 'Sign in'}
        </button>
      </form>
      <p class="switch">
        {mode === 'signup' ? 'Already have an account?' : 'New to HandCheck?'}{' '}
        <button
          type="button"
          class="secondary wide"
          onClick={() => {
            setMode(mode === 'signup' ? 'signin' : 'signup');
            setError(null);
          }}
        >
          {mode === 'signup' ? 'Sign in instead' : 'Create an account'}
        </button>
      </p>
    </section>
  );
}

function describe(err: ApiError): string {
  if (err.fields.length > 0) return err.fields.map((f) => `${f.field}: ${f.message}`).join(' ');
  return err.message;
}

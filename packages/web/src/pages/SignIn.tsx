/**
 * Sign up or sign in: big fields, a show-password toggle, errors in plain words next to the field;
 * and, where the browser can, signing in with a passkey (no typing at all, for sore hands).
 * A new account is a patient's unless the person says they are a clinician; each role lands on its
 * own home (administrators are made by the `add-admin` command, never here).
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { ApiError, api, type User } from '../api';
import { passkeyProblem, passkeysSupported, signInWithPasskey } from '../passkeys';
import { useSession } from '../session';

export function SignInPage() {
  const { setUser } = useSession();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<'signin' | 'signup'>('signin');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<SignUpRole>('patient');
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
          ? await api.signUp(email.trim(), password, name.trim(), role)
          : await api.signIn(email.trim(), password);
      // A new patient starts on "Me" (their medicine and its start date come first).
      navigate(mode === 'signup' && user.role === 'patient' ? '/start' : homeOf(user));
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
      navigate(homeOf(user));
      setUser(user);
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'disabled' ? describe(err) : passkeyProblem(err));
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
        {mode === 'signup' && <RoleChoice role={role} onChange={setRole} />}
        {mode === 'signup' && (
          <label class="field">
            <span>
              {role === 'clinician'
                ? 'Your name, as patients know you (optional)'
                : 'Your first name (optional)'}
            </span>
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

type SignUpRole = 'patient' | 'clinician';

const ROLES = [
  {
    role: 'patient',
    label: 'I’m checking my own hands',
    hint: 'A weekly check-in while you take your breast cancer medicine, to show your GP.',
  },
  {
    role: 'clinician',
    label: 'I’m a clinician caring for patients',
    hint: 'See the patients who share their check-ins with you, most in need first.',
  },
] as const satisfies readonly { role: SignUpRole; label: string; hint: string }[];

/** Two big radio cards: the whole card is the label, arrow keys move between them. */
function RoleChoice({ role, onChange }: { role: SignUpRole; onChange: (r: SignUpRole) => void }) {
  return (
    <fieldset class="role-choice">
      <legend>Who is this account for?</legend>
      {ROLES.map((r) => (
        <label key={r.role} class="role-card">
          <input
            type="radio"
            name="role"
            value={r.role}
            checked={role === r.role}
            aria-labelledby={`role-${r.role}-label`}
            aria-describedby={`role-${r.role}-hint`}
            onChange={() => onChange(r.role)}
          />
          <span class="role-text">
            <span class="role-label" id={`role-${r.role}-label`}>
              {r.label}
            </span>
            <span class="hint" id={`role-${r.role}-hint`}>
              {r.hint}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Where each kind of account starts after signing in. */
function homeOf(user: User): string {
  if (user.role === 'clinician') return '/clinician';
  if (user.role === 'admin') return '/admin';
  return '/';
}

function describe(err: ApiError): string {
  // The server's words are for any account; say what it means for the person and what they can do.
  if (err.code === 'disabled')
    return 'This account has been disabled by the person who runs HandCheck here, so it cannot sign in. Ask them to enable it again: nothing in it has been deleted.';
  if (err.fields.length > 0) return err.fields.map((f) => `${f.field}: ${f.message}`).join(' ');
  return err.message;
}

/**
 * Passkeys in the browser: sign in with a fingerprint, face or phone instead of typing (adding one
 * is on Me, components/Passkeys.tsx). @simplewebauthn/browser is loaded only when a passkey button
 * is pressed, so the sign-in and check-in screens do not carry it.
 */
import { ApiError, api, type User } from './api';

/** Shown only where the browser can do WebAuthn at all (and in a secure context). */
export const passkeysSupported = (): boolean =>
  typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';

export async function passkeyLibrary() {
  try {
    return await import('@simplewebauthn/browser');
  } catch {
    throw new ApiError(0, 'offline', 'Could not load passkey support. Check your connection and try again.');
  }
}

/** Asks the phone or computer for a passkey made here, then signs in with it. */
export async function signInWithPasskey(): Promise<User> {
  const { startAuthentication } = await passkeyLibrary();
  const optionsJSON = await api.passkeySignInOptions();
  return api.passkeySignIn(await startAuthentication({ optionsJSON }));
}

/** Plain words for what went wrong signing in, including the browser's own refusals. */
export function passkeyProblem(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  const name = err instanceof Error ? err.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError') {
    return 'The passkey was not used (cancelled, or it took too long). Try again, or sign in with your email and password.';
  }
  return 'Signing in with a passkey did not work. Try again, or sign in with your email and password.';
}

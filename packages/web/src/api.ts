/**
 * Typed client for the HandCheck HTTP API (described by the server at /api/openapi.json).
 * Same-origin only: the session lives in an http-only cookie; every non-GET request carries the
 * CSRF token the server handed out at sign-in, sign-up or `GET /api/me`.
 */
import type {
  CheckInInput,
  Context,
  ContextInput,
  PatientRecord,
  StoredCheckIn,
  StoredTreatment,
  Timeline,
  Treatment,
} from '@handcheck/core';
// Types only (erased at build): the library itself is loaded on demand, see passkeys.ts.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: 'patient' | 'clinician' | 'admin';
}

export interface Reminders {
  readonly weekday: number;
  readonly time: string;
  /** Only right after it is made: the server keeps the link hashed and cannot show it again. */
  readonly feedUrl: string | null;
  /** A calendar link exists (and works) even when it cannot be shown. */
  readonly feedActive?: boolean;
}

export interface ShareGrant {
  readonly clinician: { id: string; name: string | null; email: string };
  readonly since: string;
}

/** One of my passkeys, as listed on "Me" (its calls live in components/Passkeys.tsx, loaded with Me). */
export interface Passkey {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

/** An error the server explained: `message` is plain words, `fields` name what to fix. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Exported for screens with their own endpoints (the clinician's side); same CSRF and errors. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', 'Could not reach HandCheck. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) {
    const message =
      typeof data?.message === 'string' ? data.message : `Something went wrong (error ${res.status}).`;
    const fields = Array.isArray(data?.fields) ? (data.fields as { field: string; message: string }[]) : [];
    throw new ApiError(res.status, typeof data?.error === 'string' ? data.error : 'error', message, fields);
  }
  return data as T;
}

function remember<T extends { csrfToken: string }>(r: T): T {
  csrfToken = r.csrfToken;
  return r;
}

export const api = {
  async me(): Promise<User | null> {
    try {
      return remember(await call<{ user: User; csrfToken: string }>('GET', '/api/me')).user;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  /** Sign-up makes patients and clinicians only; administrators come from the `add-admin` command. */
  async signUp(
    email: string,
    password: string,
    name?: string,
    role: 'patient' | 'clinician' = 'patient',
  ): Promise<User> {
    const body = { email, password, role, ...(name ? { name } : {}) };
    return remember(await call<{ user: User; csrfToken: string }>('POST', '/api/auth/signup', body)).user;
  },
  async signIn(email: string, password: string): Promise<User> {
    return remember(
      await call<{ user: User; csrfToken: string }>('POST', '/api/auth/signin', { email, password }),
    ).user;
  },
  passkeySignInOptions: () =>
    call<PublicKeyCredentialRequestOptionsJSON>('POST', '/api/auth/passkeys/signin/options'),
  async passkeySignIn(response: AuthenticationResponseJSON): Promise<User> {
    return remember(
      await call<{ user: User; csrfToken: string }>('POST', '/api/auth/passkeys/signin/verify', { response }),
    ).user;
  },
  async signOut(): Promise<void> {
    await call('POST', '/api/auth/signout');
    csrfToken = null;
  },

  profile: () => call<{ context: Context }>('GET', '/api/profile').then((r) => r.context),
  saveProfile: (context: ContextInput) =>
    call<{ context: Context }>('PUT', '/api/profile', { context }).then((r) => r.context),

  reminders: () => call<Reminders>('GET', '/api/reminders'),
  saveReminders: (weekday: number, time: string) =>
    call<Reminders>('PUT', '/api/reminders', { weekday, time }),
  newFeed: () => call<{ feedUrl: string }>('POST', '/api/reminders/feed'),
  revokeFeed: () => call<void>('DELETE', '/api/reminders/feed'),

  checkIns: (from?: string, to?: string) => {
    const q = new URLSearchParams();
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    const qs = q.toString();
    return call<{ items: StoredCheckIn[] }>('GET', `/api/checkins${qs ? `?${qs}` : ''}`).then((r) => r.items);
  },
  checkIn: (id: string) => call<StoredCheckIn>('GET', `/api/checkins/${encodeURIComponent(id)}`),
  sendCheckIn: (checkIn: CheckInInput) => call<StoredCheckIn>('POST', '/api/checkins', checkIn),

  treatments: () => call<{ items: StoredTreatment[] }>('GET', '/api/treatments').then((r) => r.items),
  addTreatment: (t: Treatment) => call<StoredTreatment>('POST', '/api/treatments', t),

  timeline: () => call<Timeline>('GET', '/api/timeline'),
  exportRecord: () => call<PatientRecord>('GET', '/api/export'),
  deleteAccount: () => call<void>('DELETE', '/api/account'),

  newShareCode: () => call<{ code: string; expiresAt: string }>('POST', '/api/shares/code'),
  shares: () => call<{ items: ShareGrant[] }>('GET', '/api/shares').then((r) => r.items),
  revokeShare: (clinicianId: string) =>
    call<void>('DELETE', `/api/shares/${encodeURIComponent(clinicianId)}`),
};

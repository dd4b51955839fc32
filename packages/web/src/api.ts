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
    /** The whole answer, for errors that carry data (a 409 sends the current context). */
    readonly data: Record<string, unknown> | null = null,
  ) {
    super(message);
  }
}

/** A save from an older context: the server's current one, to offer reloading it. */
export class ContextConflict extends ApiError {
  constructor(
    err: ApiError,
    readonly current: Context,
  ) {
    super(err.status, err.code, err.message, err.fields, err.data);
  }
}

let csrfToken: string | null = null;
let contextVersion: number | null = null;

/** Exported for screens with their own endpoints (the clinician's side); same CSRF and errors. */
export async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
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
    throw new ApiError(
      res.status,
      typeof data?.error === 'string' ? data.error : 'error',
      message,
      fields,
      data,
    );
  }
  return data as T;
}

/**
 * The service worker keeps the last answers of the patient's screens for offline use (sw.js,
 * `handcheck-data-*`): a new sign-in or a sign-out empties them, so no one sees another's data.
 */
export async function clearDataCache(): Promise<void> {
  // The worker first, so an answer still on its way is not kept after this.
  const worker = typeof navigator === 'undefined' ? null : navigator.serviceWorker?.controller;
  if (worker) {
    await new Promise<void>((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      worker.postMessage({ type: 'clear-data' }, [channel.port2]);
      setTimeout(done, 2000);
    });
  }
  try {
    for (const name of await caches.keys()) if (name.startsWith('handcheck-data')) await caches.delete(name);
  } catch {
    // No Cache Storage (an old browser, a private window): nothing is kept.
  }
}

function fresh<T extends { csrfToken: string }>(r: T): T {
  clearDataCache();
  return remember(r);
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
    // Sign-up answers the same whether or not the e-mail is known, and starts no session: sign in next.
    await call('POST', '/api/auth/signup', body);
    return api.signIn(email, password);
  },
  async signIn(email: string, password: string): Promise<User> {
    return fresh(
      await call<{ user: User; csrfToken: string }>('POST', '/api/auth/signin', { email, password }),
    ).user;
  },
  passkeySignInOptions: () =>
    call<PublicKeyCredentialRequestOptionsJSON>('POST', '/api/auth/passkeys/signin/options'),
  async passkeySignIn(response: AuthenticationResponseJSON): Promise<User> {
    return fresh(
      await call<{ user: User; csrfToken: string }>('POST', '/api/auth/passkeys/signin/verify', { response }),
    ).user;
  },
  async signOut(): Promise<void> {
    try {
      await call('POST', '/api/auth/signout');
    } finally {
      csrfToken = null;
      contextVersion = null;
      await clearDataCache();
    }
  },

  /** The context; its version is kept here and sent with the next save (a stale save gets 409). */
  context: () =>
    call<{ context: Context; version: number }>('GET', '/api/context').then((r) => {
      contextVersion = r.version;
      return r.context;
    }),
  /** Throws `ContextConflict` (with the current context) when another device saved in between. */
  saveContext: (context: ContextInput) =>
    call<{ context: Context; version: number }>('PUT', '/api/context', {
      context,
      ...(contextVersion === null ? {} : { version: contextVersion }),
    }).then(
      (r) => {
        contextVersion = r.version;
        return r.context;
      },
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 409 && e.data?.context) {
          contextVersion = typeof e.data.version === 'number' ? e.data.version : contextVersion;
          throw new ContextConflict(e, e.data.context as Context);
        }
        throw e;
      },
    ),

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
  /** `key`: made on the phone; a retry with it returns the stored check-in instead of a second one. */
  sendCheckIn: (checkIn: CheckInInput, key?: string) =>
    call<StoredCheckIn>('POST', '/api/checkins', checkIn, key ? { 'idempotency-key': key } : {}),

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

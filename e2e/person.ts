/**
 * One person talking to the API from Node (for what a test prepares rather than what it shows):
 * session cookie and CSRF token kept between calls, as a browser would.
 */
import { newEmail, type TestBed } from './phone';

export const PASSWORD = 'a long enough passphrase 42';

export class Person {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(
    readonly base: string,
    readonly email: string,
  ) {}

  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    expected = [200, 201, 202, 204],
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = (pair as string).indexOf('=');
      this.cookies.set((pair as string).slice(0, eq), (pair as string).slice(eq + 1));
    }
    const text = await res.text();
    if (!expected.includes(res.status)) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    const data = text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
    if (data && typeof data.csrfToken === 'string') this.csrf = data.csrfToken;
    return data as T;
  }

  static async signUp(base: string, what: string, name: string, role: 'patient' | 'clinician' = 'patient') {
    const p = new Person(base, newEmail(what));
    // Sign-up starts no session (it answers the same for a known e-mail): sign in next.
    await p.call('POST', '/api/auth/signup', { email: p.email, password: PASSWORD, name, role });
    await p.call('POST', '/api/auth/signin', { email: p.email, password: PASSWORD });
    return p;
  }

  /**
   * A clinician signed up and in, and approved at once in the bed's database (a new clinician sees
   * no patient until an administrator approves the account; e2e/roles.test.ts does it on screen).
   */
  static async clinician(bed: Pick<TestBed, 'url' | 'db'>, what: string, name: string) {
    const p = await Person.signUp(bed.url, what, name, 'clinician');
    await bed.db.query('update users set approved = true where email = $1', [p.email]);
    return p;
  }

  /** A second session for someone who signed up in a browser. */
  static async signIn(base: string, email: string) {
    const p = new Person(base, email);
    await p.call('POST', '/api/auth/signin', { email, password: PASSWORD });
    return p;
  }
}

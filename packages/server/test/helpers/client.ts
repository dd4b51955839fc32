import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** Answers are JSON read by assertions: loosely typed on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Json = any;

export const PASSWORD = 'correct horse battery';

export interface Res<T = Json> {
  readonly status: number;
  readonly body: T;
  readonly headers: LightMyRequestResponse['headers'];
  readonly raw: LightMyRequestResponse;
}

/** A browser-like client over `inject()`: keeps the session cookie and sends the CSRF header. */
export class Client {
  cookie: string | undefined;
  csrf: string | undefined;
  user: { id: string; email: string; name: string | null; role: string } | undefined;

  constructor(readonly app: FastifyInstance) {}

  async request<T = Json>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    opts: { csrf?: boolean; headers?: Record<string, string>; rawBody?: string } = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = `__Host-hc_session=${this.cookie}`;
    if (this.csrf && opts.csrf !== false) headers['x-csrf-token'] = this.csrf;
    const hasBody = body !== undefined || opts.rawBody !== undefined;
    if (hasBody && !headers['content-type']) headers['content-type'] = 'application/json';
    const raw = await this.app.inject({
      method,
      url,
      headers,
      ...(hasBody ? { payload: opts.rawBody ?? JSON.stringify(body) } : {}),
    });
    const setCookie = raw.cookies.find((c) => c.name === '__Host-hc_session');
    if (setCookie) this.cookie = setCookie.value || undefined;
    let parsed: unknown = raw.body;
    if ((raw.headers['content-type'] ?? '').toString().includes('json') && raw.body)
      parsed = JSON.parse(raw.body);
    const out = { status: raw.statusCode, body: parsed as T, headers: raw.headers, raw };
    const b = parsed as { csrfToken?: string; user?: Client['user'] };
    if (out.status < 300 && b && typeof b === 'object' && b.csrfToken) {
      this.csrf = b.csrfToken;
      this.user = b.user;
    }
    return out;
  }

  get = <T = Json>(url: string) => this.request<T>('GET', url);
  post = <T = Json>(url: string, body?: unknown) => this.request<T>('POST', url, body);
  put = <T = Json>(url: string, body?: unknown) => this.request<T>('PUT', url, body);
  del = <T = Json>(url: string) => this.request<T>('DELETE', url);

  /**
   * Signs up (202, no session: the answer is the same for a known e-mail), then signs in. A
   * clinician is approved straight in the database unless `approve` is false: the tests of the
   * approval itself go through the administrator's route.
   */
  async signup(
    role: 'patient' | 'clinician' = 'patient',
    email = uniqueEmail(role),
    opts: { approve?: boolean } = {},
  ): Promise<this> {
    const r = await this.post('/api/auth/signup', { email, password: PASSWORD, name: `Test ${role}`, role });
    if (r.status !== 202) throw new Error(`signup failed: ${r.status} ${JSON.stringify(r.body)}`);
    if (role === 'clinician' && opts.approve !== false)
      await this.app.db.query('update users set approved = true where email = $1', [email]);
    const s = await this.signin(email);
    if (s.status !== 200)
      throw new Error(`signin after signup failed: ${s.status} ${JSON.stringify(s.body)}`);
    return this;
  }

  async signin(email: string, password = PASSWORD): Promise<Res> {
    return this.post('/api/auth/signin', { email, password });
  }
}

export const uniqueEmail = (what = 'person') => `${what}.${randomBytes(5).toString('hex')}@example.org`;

export async function signedUp(app: FastifyInstance, role: 'patient' | 'clinician' = 'patient') {
  return new Client(app).signup(role);
}

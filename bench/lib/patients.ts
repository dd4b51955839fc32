/** Signed-in patients on a running server, over real HTTP, as the web app would do it. */

export const BENCH_PASSWORD = 'bench horse battery staple';

export interface SignedIn {
  readonly cookie: string;
  readonly csrf: string;
}

async function call(url: string, init: RequestInit, expect: number) {
  const r = await fetch(url, init);
  if (r.status !== expect) throw new Error(`${init.method ?? 'GET'} ${url}: ${r.status} ${await r.text()}`);
  return r;
}

/** Signs up a patient with a letrozole course and returns the session cookie and CSRF token. */
export async function signUpPatient(base: string, n: number): Promise<SignedIn> {
  const email = `bench.${n}.${Date.now()}@example.org`;
  // Sign-up answers 202 and starts no session (the same answer for a known e-mail): sign in next.
  await call(
    `${base}/api/auth/signup`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: BENCH_PASSWORD, name: `Bench ${n}` }),
    },
    202,
  );
  const r = await call(
    `${base}/api/auth/signin`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: BENCH_PASSWORD }),
    },
    200,
  );
  const session = r.headers.getSetCookie().find((c) => c.startsWith('__Host-hc_session='));
  if (!session) throw new Error('sign-up set no session cookie');
  const cookie = session.split(';')[0] as string;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  await call(
    `${base}/api/context`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        context: { medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }], risk: { age: 61 } },
      }),
    },
    200,
  );
  return { cookie, csrf: csrfToken };
}

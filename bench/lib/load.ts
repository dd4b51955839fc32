import autocannon, { type Request } from 'autocannon';

export interface LoadResult {
  /** Mean requests per second over the measured round. */
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** Requests that failed: socket errors, timeouts or a status other than 2xx. */
  readonly failed: number;
  readonly total: number;
}

export interface Target {
  readonly url: string;
  /**
   * Builds the i-th request (counted across every round, so no two requests repeat). With
   * `people`, requests are made as people, each with at most one request on its way at a time (as
   * from one phone each): `person` is who sends it (0 … people − 1, the one waiting longest) and
   * `nth` how many that person sent before, across every round.
   */
  readonly request: (
    i: number,
    person: number,
    nth: number,
  ) => Pick<Request, 'method' | 'path' | 'headers' | 'body'>;
  readonly people?: number;
}

/** The autocannon request list for one round against `t`, continuing its counters. */
function requestsFor(t: Target, c: { i: number; sent: number[] }): Request[] {
  const people = t.people ?? 0;
  // Who is free to send, longest waiting first (no request is on its way between rounds).
  const free = Array.from({ length: people }, (_, p) => p);
  return [
    {
      setupRequest: (req, context) => {
        const person = people > 0 ? (free.shift() ?? c.i % people) : 0;
        context.person = person;
        const nth = c.sent[person] ?? 0;
        c.sent[person] = nth + 1;
        return { ...req, ...t.request(c.i++, person, nth) };
      },
      onResponse: (_status, _body, context) => {
        const person = context.person;
        if (people > 0 && typeof person === 'number') free.push(person);
      },
    },
  ];
}

/**
 * Compares a system with its baseline on a shared, noisy machine: each gets a warm-up round, then
 * they take turns for `rounds` measured rounds, so a burst of background load hits both alike.
 * Throughput is requests over time across all rounds; p50/p99 are the means of the rounds' figures.
 */
export async function loadTestAlternating(opts: {
  subject: Target;
  baseline: Target;
  connections: number;
  seconds: number;
  rounds: number;
  warmupSeconds: number;
}): Promise<{ subject: LoadResult; baseline: LoadResult }> {
  const counters = new Map<Target, { i: number; sent: number[]; results: LoadResult[] }>();
  const round = async (t: Target, seconds: number) => {
    const c = counters.get(t) ?? { i: 0, sent: [], results: [] };
    counters.set(t, c);
    const requests = requestsFor(t, c);
    const r = await autocannon({ url: t.url, connections: opts.connections, duration: seconds, requests });
    return {
      rps: r.requests.total / r.duration,
      p50: r.latency.p50,
      p99: r.latency.p99,
      failed: r.errors + r.timeouts + r.non2xx,
      total: r.requests.total,
    };
  };
  for (const t of [opts.baseline, opts.subject])
    if (opts.warmupSeconds > 0) await round(t, opts.warmupSeconds);
  for (const t of [opts.baseline, opts.subject]) (counters.get(t) as { results: LoadResult[] }).results = [];
  const each = Math.max(1, Math.round(opts.seconds / opts.rounds));
  for (let k = 0; k < opts.rounds; k++) {
    for (const t of k % 2 ? [opts.subject, opts.baseline] : [opts.baseline, opts.subject]) {
      (counters.get(t) as { results: LoadResult[] }).results.push(await round(t, each));
    }
  }
  const combine = (t: Target): LoadResult => {
    const rs = (counters.get(t) as { results: LoadResult[] }).results;
    const mean = (f: (r: LoadResult) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
    const total = rs.reduce((a, r) => a + r.total, 0);
    return {
      rps: total / (each * rs.length),
      p50: mean((r) => r.p50),
      p99: mean((r) => r.p99),
      failed: rs.reduce((a, r) => a + r.failed, 0),
      total,
    };
  };
  return { subject: combine(opts.subject), baseline: combine(opts.baseline) };
}

/**
 * `loadTestAlternating` for several targets: a warm-up round each, then `rounds` measured rounds
 * in rotating order, so background load hits all alike.
 */
export async function loadTestRotating<K extends string>(opts: {
  targets: Record<K, Target>;
  connections: number;
  seconds: number;
  rounds: number;
  warmupSeconds: number;
}): Promise<Record<K, LoadResult>> {
  const names = Object.keys(opts.targets) as K[];
  const counters = new Map<K, { i: number; sent: number[]; results: LoadResult[] }>(
    names.map((n) => [n, { i: 0, sent: [], results: [] }]),
  );
  const round = async (name: K, seconds: number) => {
    const t = opts.targets[name];
    const c = counters.get(name) as { i: number; sent: number[]; results: LoadResult[] };
    const requests = requestsFor(t, c);
    const r = await autocannon({ url: t.url, connections: opts.connections, duration: seconds, requests });
    return {
      rps: r.requests.total / r.duration,
      p50: r.latency.p50,
      p99: r.latency.p99,
      failed: r.errors + r.timeouts + r.non2xx,
      total: r.requests.total,
    };
  };
  if (opts.warmupSeconds > 0) for (const n of names) await round(n, opts.warmupSeconds);
  const each = Math.max(1, Math.round(opts.seconds / opts.rounds));
  for (let k = 0; k < opts.rounds; k++) {
    const order = [...names.slice(k % names.length), ...names.slice(0, k % names.length)];
    for (const n of order) (counters.get(n) as { results: LoadResult[] }).results.push(await round(n, each));
  }
  const out = {} as Record<K, LoadResult>;
  for (const n of names) {
    const rs = (counters.get(n) as { results: LoadResult[] }).results;
    const mean = (f: (r: LoadResult) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
    const total = rs.reduce((a, r) => a + r.total, 0);
    out[n] = {
      rps: total / (each * rs.length),
      p50: mean((r) => r.p50),
      p99: mean((r) => r.p99),
      failed: rs.reduce((a, r) => a + r.failed, 0),
      total,
    };
  }
  return out;
}

/**
 * Fastify's method: one warm-up round, then one measured round, fixed connections for a fixed time.
 * `request(i)` builds the i-th request (counted across both rounds, so no two requests repeat).
 */
export async function loadTest(opts: {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  request: (i: number) => Pick<Request, 'method' | 'path' | 'headers' | 'body'>;
}): Promise<LoadResult> {
  let i = 0;
  const requests: Request[] = [
    {
      setupRequest: (req) => {
        const r = opts.request(i++);
        return { ...req, ...r };
      },
    },
  ];
  if (opts.warmupSeconds > 0)
    await autocannon({
      url: opts.url,
      connections: opts.connections,
      duration: opts.warmupSeconds,
      requests,
    });
  const r = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    requests,
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.errors + r.timeouts + r.non2xx,
    total: r.requests.total,
  };
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

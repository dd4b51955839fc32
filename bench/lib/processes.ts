/**
 * Child processes for benchmarks: servers run in their own process so the load generator (and the
 * bench runner) never share their event loop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HANDCHECK_BIN =
  process.env.BENCH_HANDCHECK_BIN ??
  fileURLToPath(new URL('../../packages/server/bin/handcheck.js', import.meta.url));

/** A TCP port free right now on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  /** Everything the child wrote to stderr so far (for error messages). */
  stderr(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** `node <args>` from the repository root; stdout is discarded (request logs), stderr kept. */
export function spawnNode(args: readonly string[], env: Record<string, string | undefined> = {}): Child {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    pid: child.pid ?? -1,
    stderr: () => err,
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 200; throws with the child's stderr if it exits or time runs out. */
export async function waitForOk(url: string, child: Child, timeoutMs = 60_000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (child.process.exitCode !== null)
      throw new Error(
        `the server exited (${child.process.exitCode}) before answering: ${child.stderr().trim()}`,
      );
    try {
      const r = await fetch(url);
      if (r.ok) return performance.now() - start;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${child.stderr().trim()}`);
}

/** Resident set size of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** Starts `handcheck start` on PGlite under `dataDir`, or on PostgreSQL when `databaseUrl` is set. */
export async function startHandcheck(opts: {
  dataDir: string;
  databaseUrl?: string;
  nodeArgs?: readonly string[];
}): Promise<{ url: string; child: Child; readyMs: number }> {
  const port = await freePort();
  const child = spawnNode(
    [...(opts.nodeArgs ?? []), HANDCHECK_BIN, 'start', '--port', String(port), '--data', opts.dataDir],
    // Many patients sign up from this one address: lift the per-address sign-up limit.
    { DATABASE_URL: opts.databaseUrl ?? '', HANDCHECK_SIGNUPS_PER_HOUR: '100000' },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    const readyMs = await waitForOk(`${url}/api/health`, child, 120_000);
    return { url, child, readyMs };
  } catch (e) {
    await child.stop();
    throw e;
  }
}

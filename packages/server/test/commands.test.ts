import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase } from './helpers/db';

const BIN = fileURLToPath(new URL('../bin/handcheck.js', import.meta.url));
// On PostgreSQL: each command is a new process, and opening PGlite costs seconds each time (the
// embedded path is exercised by crash.test.ts).
let database: Awaited<ReturnType<typeof createPgDatabase>>;

function handcheck(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: stdin,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, DATABASE_URL: database.url, HANDCHECK_DATA: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('handcheck add-admin and demo', () => {
  beforeAll(async () => {
    database = await createPgDatabase();
  });
  afterAll(async () => database?.drop());

  it('refuses a weak password before touching the database (exit 2)', () => {
    const r = handcheck(['add-admin', 'boss@example.org'], 'short\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('at least 10 characters');
  });

  it('creates an administrator once; a second time says the account exists (exit 1)', {
    timeout: 120_000,
  }, () => {
    const first = handcheck(['add-admin', 'boss@example.org'], 'a long admin passphrase\n');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Administrator boss@example.org created.');
    const again = handcheck(['add-admin', 'boss@example.org'], 'a long admin passphrase\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('seeds the demo and prints how to sign in as each demo person', { timeout: 120_000 }, () => {
    const r = handcheck(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Demo data created.');
    expect(r.stdout).toMatch(/Patient: +demo\.patient@example\.org +password handcheck-demo-2026/);
    expect(r.stdout).toMatch(/Clinician: +demo\.clinician@example\.org/);
  });

  it('rejects a port that is not a port (exit 2)', () => {
    const r = handcheck(['start', '--port', 'eighty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port must be 0–65535');
  });
});

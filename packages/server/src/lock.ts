import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** Another HandCheck process holds the data folder: two on one PGlite folder corrupt it. */
export class DataDirBusy extends Error {
  constructor(dir: string, pid: number | null) {
    super(
      `Another HandCheck server${pid ? ` (process ${pid})` : ''} is already using the data folder ${dir}. ` +
        'Stop it first, or give this one another folder with --data DIR. ' +
        'To run several servers on one database, use PostgreSQL (DATABASE_URL).',
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder for this process (PGlite has no lock of its own: pglite#1106). A lock left
 * by a killed process is taken over at once when its recorded process is gone; otherwise
 * proper-lockfile's staleness rule applies. Returns the release function.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  mkdirSync(dir, { recursive: true });
  const lockfilePath = join(dir, 'handcheck.lock');
  const pidPath = join(dir, 'handcheck.pid');
  const options = {
    lockfilePath,
    realpath: false,
    // Opening PGlite blocks the event loop for seconds: a short staleness would misfire.
    stale: 60_000,
    update: 10_000,
    onCompromised: (e: Error) => {
      process.stderr.write(
        `handcheck: the lock on ${dir} was lost (${e.message}); stopping to protect the data.\n`,
      );
      process.exit(1);
    },
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
    let pid: number | null = null;
    try {
      pid = Number(readFileSync(pidPath, 'utf8')) || null;
    } catch {}
    if (pid === null || alive(pid)) throw new DataDirBusy(dir, pid);
    rmSync(lockfilePath, { recursive: true, force: true });
    release = await lockfile.lock(dir, options);
  }
  writeFileSync(pidPath, String(process.pid));
  return async () => {
    rmSync(pidPath, { force: true });
    await release();
  };
}

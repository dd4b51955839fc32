/**
 * `handcheck export --fhir`, `handcheck import --fhir` and `handcheck set-password`: one person's
 * record out of and into a HandCheck database, as a FHIR R4 Bundle (core `recordToBundle` /
 * `bundleToRecord`). The embedded database is locked while they run, like the server does.
 *
 * An imported account has no usable password (its hash is a marker no password matches): whoever
 * runs the server sets one with `handcheck set-password EMAIL` and tells the person. Letting the
 * sign-up form "claim" it would hand the record to anyone who knows the e-mail address.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleToRecord, DEFAULT_ALERT_CONFIG, type FieldError } from '@handcheck/core';
import { hashPassword, passwordProblem } from './auth/passwords';
import { withDb } from './cliDatabase';
import { loadConfig } from './config';
import type { Db } from './db';
import { DataDirBusy } from './lock';
import { loadPatientRecord } from './record/read';
import { RecordService } from './record/service';
import { emailTaken, findPatientIdByEmail, setPasswordHash } from './repos/accounts';
import { audit } from './repos/audit';
import { fhirBundle } from './routes/careShared';
import { readStdin } from './stdin';

export { NO_PASSWORD } from './record/service';

/** The patient's Bundle, its DocumentReference pointing at the PDF on `publicUrl`. */
export async function exportPatientBundle(
  db: Db,
  email: string,
  opts: { publicUrl: string; now?: Date; configuredPublicUrl?: string | undefined },
): Promise<ReturnType<typeof fhirBundle> | undefined> {
  const record = await db.transaction(async (tx) => {
    const id = await findPatientIdByEmail(tx, email);
    if (!id) return undefined;
    await audit(tx, { actor: null, action: 'fhir.export', patient: id, target: 'cli' });
    return loadPatientRecord(tx, id);
  });
  if (!record) return undefined;
  return fhirBundle(record, {
    pdfUrl: `${opts.publicUrl.replace(/\/+$/, '')}/api/report.pdf`,
    now: opts.now,
    publicUrl: opts.configuredPublicUrl,
  });
}

export type ImportOutcome =
  | { ok: true; patientId: string; email: string; checkIns: number }
  | { ok: false; code: 'invalid'; errors: FieldError[] }
  | { ok: false; code: 'exists'; message: string };

/** Reads a Bundle into the database as a new patient account (same ids where they are free). */
export async function importBundle(
  db: Db,
  bundle: unknown,
  record: RecordService = new RecordService(DEFAULT_ALERT_CONFIG),
): Promise<ImportOutcome> {
  const parsed = bundleToRecord(bundle);
  if (!parsed.ok) return { ok: false, code: 'invalid', errors: parsed.errors };
  return db.transaction(async (tx) => {
    const email = parsed.record.patient.email.trim().toLowerCase();
    if (await emailTaken(tx, email)) {
      return {
        ok: false,
        code: 'exists',
        message: `This HandCheck already has an account for ${email}; import into an empty HandCheck, or delete that account first.`,
      } as const;
    }
    const patientId = await record.importRecord(tx, parsed.record, email);
    await audit(tx, { actor: null, action: 'fhir.import', patient: patientId, target: 'cli' });
    return { ok: true, patientId, email, checkIns: parsed.record.checkIns.length } as const;
  });
}

/** Sets a new password (e.g. for an imported account). False when there is no such account. */
export async function setPassword(db: Db, email: string, password: string): Promise<boolean> {
  return setPasswordHash(db, email, await hashPassword(password));
}

class UsageError extends Error {}

function options(command: string, args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      fhir: { type: 'boolean', default: false },
      patient: { type: 'string' },
      data: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const config = loadConfig({ data: values.data });
  if ((command === 'export' || command === 'import') && !values.fhir) {
    throw new UsageError(`say which format: handcheck ${command} --fhir … (FHIR R4 is the only one)`);
  }
  return {
    ...values,
    positionals,
    config,
    cwd: config.cwd,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
  };
}

const err = (command: string, message: string) => process.stderr.write(`handcheck ${command}: ${message}\n`);

/** Runs one of the commands; returns the exit code (0 ok, 1 failure, 2 bad input or usage). */
export async function fhirCommand(
  command: 'export' | 'import' | 'set-password',
  args: string[],
): Promise<number> {
  let opts: ReturnType<typeof options>;
  try {
    opts = options(command, args);
  } catch (e) {
    err(command, (e as Error).message);
    return 2;
  }
  try {
    if (command === 'export') {
      if (!opts.patient) {
        err(command, 'name the patient: handcheck export --fhir --patient EMAIL [--data DIR]');
        return 2;
      }
      const email = opts.patient;
      const bundle = await withDb(opts, (db) =>
        exportPatientBundle(db, email, {
          publicUrl: opts.publicUrl,
          configuredPublicUrl: opts.config.publicUrl,
        }),
      );
      if (!bundle) {
        err(command, `there is no patient account for ${email}`);
        return 1;
      }
      process.stdout.write(`${JSON.stringify(bundle, null, 2)}\n`);
      return 0;
    }
    if (command === 'import') {
      const [file] = opts.positionals;
      if (!file) {
        err(command, 'name the file: handcheck import --fhir FILE [--data DIR]');
        return 2;
      }
      let json: unknown;
      try {
        json = JSON.parse(await readFile(resolve(opts.cwd, file), 'utf8'));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        err(
          command,
          code ? `cannot read ${file} (${code})` : `${file} is not valid JSON (${(e as Error).message})`,
        );
        return 2;
      }
      // Check the file before touching (and locking) the database.
      const check = bundleToRecord(json);
      if (!check.ok) {
        for (const e of check.errors) err(command, `${e.field} ${e.message}`);
        return 2;
      }
      const outcome = await withDb(opts, (db) =>
        importBundle(db, json, new RecordService(opts.config.alerts)),
      );
      if (!outcome.ok) {
        if (outcome.code === 'invalid') {
          for (const e of outcome.errors) err(command, `${e.field} ${e.message}`);
          return 2;
        }
        err(command, outcome.message);
        return 1;
      }
      process.stdout.write(
        `Imported ${outcome.checkIns} check-ins for ${outcome.email} (patient ${outcome.patientId}).\n` +
          `The account has no password yet: set one with  handcheck set-password ${outcome.email}  ` +
          '(reads it from standard input) and give it to the person.\n',
      );
      return 0;
    }
    const [email] = opts.positionals;
    if (!email) {
      err(command, 'name the account: echo NEW-PASSWORD | handcheck set-password EMAIL [--data DIR]');
      return 2;
    }
    const password = (await readStdin()).replace(/\r?\n$/, '');
    const problem = passwordProblem(password, email);
    if (problem) {
      err(command, `the password ${problem}`);
      return 2;
    }
    if (!(await withDb(opts, (db) => setPassword(db, email, password)))) {
      err(command, `there is no account for ${email}`);
      return 1;
    }
    process.stdout.write(`Password set for ${email.toLowerCase()}.\n`);
    return 0;
  } catch (e) {
    if (e instanceof DataDirBusy) {
      err(command, e.message);
      return 1;
    }
    err(command, (e as Error).message);
    return 1;
  }
}

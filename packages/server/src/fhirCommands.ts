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
import { bundleToRecord, type FieldError, type PatientRecord } from '@handcheck/core';
import { hashPassword, passwordProblem } from './auth/passwords';
import { databasePlace, withDb } from './cliDatabase';
import type { Db, Queryable } from './db';
import { DataDirBusy } from './lock';
import { fhirBundle } from './routes/careShared';
import { readStdin } from './stdin';
import { audit } from './store/audit';
import { refreshSummary } from './store/panel';
import { loadPatientRecord } from './store/record';

/** Stored as the password hash of imported accounts: not an argon2 hash, so nothing verifies. */
export const NO_PASSWORD = '!imported-no-password';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The patient's Bundle, its DocumentReference pointing at the PDF on `publicUrl`. */
export async function exportPatientBundle(
  db: Db,
  email: string,
  opts: { publicUrl: string; now?: Date; configuredPublicUrl?: string | undefined },
): Promise<ReturnType<typeof fhirBundle> | undefined> {
  const record = await db.transaction(async (tx) => {
    const [u] = await tx.query<{ id: string }>(`select id from users where email = $1 and role = 'patient'`, [
      email.trim().toLowerCase(),
    ]);
    if (!u) return undefined;
    await audit(tx, { actor: null, action: 'fhir.export', patient: u.id, target: 'cli' });
    return loadPatientRecord(tx, u.id);
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
export async function importBundle(db: Db, bundle: unknown): Promise<ImportOutcome> {
  const parsed = bundleToRecord(bundle);
  if (!parsed.ok) return { ok: false, code: 'invalid', errors: parsed.errors };
  const record = parsed.record;
  return db.transaction(async (tx) => {
    const email = record.patient.email.trim().toLowerCase();
    const [taken] = await tx.query('select 1 from users where email = $1', [email]);
    if (taken) {
      return {
        ok: false,
        code: 'exists',
        message: `This HandCheck already has an account for ${email}; import into an empty HandCheck, or delete that account first.`,
      } as const;
    }
    const patientId = await insertRecord(tx, record, email);
    await audit(tx, { actor: null, action: 'fhir.import', patient: patientId, target: 'cli' });
    return { ok: true, patientId, email, checkIns: record.checkIns.length } as const;
  });
}

/** Keeps our ids (and timestamps) when they are free, so an export of the import matches the original. */
async function insertRecord(tx: Queryable, record: PatientRecord, email: string): Promise<string> {
  const wanted = UUID.test(record.patient.id) ? record.patient.id : null;
  const free = wanted ? (await tx.query('select 1 from users where id = $1', [wanted])).length === 0 : false;
  const [u] = await tx.query<{ id: string }>(
    `insert into users (id, email, password_hash, role, name)
     values (coalesce($1::uuid, gen_random_uuid()), $2, $3, 'patient', $4) returning id`,
    [free ? wanted : null, email, NO_PASSWORD, record.patient.name],
  );
  const patientId = (u as { id: string }).id;
  await tx.query('insert into profiles (patient_id, context) values ($1, $2)', [
    patientId,
    JSON.stringify(record.context),
  ]);
  const idOrNew = (id: string) => (UUID.test(id) ? id : null);
  for (const { id, ...treatment } of record.treatments) {
    await tx.query(
      'insert into treatments (id, patient_id, body) values (coalesce($1::uuid, gen_random_uuid()), $2, $3)',
      [idOrNew(id), patientId, JSON.stringify(treatment)],
    );
  }
  for (const c of record.checkIns) {
    await tx.query(
      `insert into checkins (id, patient_id, version, date, body, assessment, rules_version, created_at, updated_at)
       values (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        idOrNew(c.id),
        patientId,
        c.version,
        c.checkIn.date,
        JSON.stringify(c.checkIn),
        JSON.stringify(c.assessment),
        c.assessment.rulesVersion,
        c.createdAt,
        c.updatedAt,
      ],
    );
  }
  for (const a of record.alerts) {
    // Who acknowledged is kept only when that clinician exists here too.
    await tx.query(
      `insert into alerts (patient_id, key, kind, level, date, reason, sources, acknowledged_at, acknowledged_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, (select id from users where id::text = $9))`,
      [
        patientId,
        a.key,
        a.kind,
        a.level,
        a.date,
        a.reason,
        JSON.stringify(a.sources),
        a.acknowledgedAt,
        a.acknowledgedBy,
      ],
    );
  }
  await refreshSummary(tx, patientId);
  return patientId;
}

/** Sets a new password (e.g. for an imported account). False when there is no such account. */
export async function setPassword(db: Db, email: string, password: string): Promise<boolean> {
  const rows = await db.query('update users set password_hash = $2 where email = $1 returning id', [
    email.trim().toLowerCase(),
    await hashPassword(password),
  ]);
  return rows.length > 0;
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
  const env = process.env;
  const cwd = env.INIT_CWD ?? process.cwd();
  if ((command === 'export' || command === 'import') && !values.fhir) {
    throw new UsageError(`say which format: handcheck ${command} --fhir … (FHIR R4 is the only one)`);
  }
  return {
    ...values,
    positionals,
    cwd,
    ...databasePlace(values.data, env),
    publicUrl: env.HANDCHECK_PUBLIC_URL?.replace(/\/+$/, '') || `http://localhost:${env.PORT ?? '8080'}`,
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
          configuredPublicUrl: process.env.HANDCHECK_PUBLIC_URL || undefined,
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
      const outcome = await withDb(opts, (db) => importBundle(db, json));
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

/**
 * The `handcheck` command line. Thin: parse the arguments, read input, call core or the server,
 * print. Exit codes: 0 ok, 1 failure, 2 bad input or usage.
 */
import {
  assessUnknown,
  CheckIn,
  Context,
  checkInJsonSchema,
  describeErrors,
  fieldErrors,
} from '@handcheck/core';
import { z } from 'zod';
import { readStdin } from './stdin';

const USAGE = `handcheck — notice hand and wrist problems early while taking an aromatase inhibitor

Usage:
  handcheck assess          read {"checkIn": …, "context": …} as JSON on standard input,
                            print the assessment as JSON (exit 2 on bad input)
  handcheck schema          print the JSON Schema of the check-in format
  handcheck start [--port N] [--host H] [--data DIR] [--demo]
                            run the server (web app + API); --demo seeds the demo first
  handcheck demo [--data DIR]
                            create the demo accounts and ~9 months of check-ins, then exit
  handcheck export --fhir --patient EMAIL [--data DIR]
                            print that patient's record as a FHIR R4 Bundle
  handcheck import --fhir FILE [--data DIR]
                            read a Bundle into this HandCheck as a new patient account
                            (no password yet; exit 2 on a bad file)
  handcheck set-password EMAIL [--data DIR]
                            set an account's password, read from standard input
  handcheck add-admin EMAIL [--data DIR]
                            create an administrator; the password is read from standard input
  handcheck setup-roles [--owner ROLE] [--app ROLE] [--app-password-stdin]
                            PostgreSQL: an owner role for the tables and an app role for the
                            server that may only INSERT and SELECT the audit log (DATABASE_URL
                            as a role that may create roles; run again after an upgrade)
  handcheck help            this text

Environment: PORT (8080), HOST (127.0.0.1), HANDCHECK_DATA (./data at the repository root),
DATABASE_URL (postgres://… uses PostgreSQL instead of the embedded database),
HANDCHECK_PUBLIC_URL (public address: links, passkeys; required beyond localhost),
HANDCHECK_TRUST_PROXY=N (N proxies in front), HANDCHECK_CDS_TRUSTED_EHRS (JSON list of
{"issuer", "jwksUrl"} allowed to call CDS Hooks), HANDCHECK_CDS_DEV_SHARED_SECRET (development only).
`;

const AssessRequest = z.strictObject({
  checkIn: z.unknown(),
  context: z.unknown().optional(),
  history: z.array(z.unknown()).optional(),
});

async function assessCommand(): Promise<number> {
  const text = await readStdin();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    process.stderr.write(`handcheck assess: standard input is not valid JSON (${(e as Error).message})\n`);
    return 2;
  }
  const req = AssessRequest.safeParse(json);
  if (!req.success) {
    process.stderr.write(`handcheck assess: ${describeErrors(fieldErrors(req.error))}\n`);
    process.stderr.write('expected one JSON document {"checkIn": …, "context": …}\n');
    return 2;
  }
  const checkIn = CheckIn.safeParse(req.data.checkIn, { reportInput: true });
  const context = Context.safeParse(req.data.context ?? {}, { reportInput: true });
  const errors = [
    ...(checkIn.success ? [] : fieldErrors(checkIn.error, 'checkIn')),
    ...(context.success ? [] : fieldErrors(context.error, 'context')),
  ];
  (req.data.history ?? []).forEach((h, i) => {
    const r = CheckIn.safeParse(h, { reportInput: true });
    if (!r.success) errors.push(...fieldErrors(r.error, `history[${i}]`));
  });
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`handcheck assess: ${e.field} ${e.message}\n`);
    return 2;
  }
  const assessment = assessUnknown(req.data as Parameters<typeof assessUnknown>[0]);
  process.stdout.write(`${JSON.stringify(assessment, null, 2)}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'assess':
      return assessCommand();
    case 'start':
    case 'demo':
    case 'add-admin': {
      const { serverCommand } = await import('./serverCommands');
      return serverCommand(command, rest);
    }
    case 'export':
    case 'import':
    case 'set-password': {
      const { fhirCommand } = await import('./fhirCommands');
      return fhirCommand(command, rest);
    }
    case 'setup-roles': {
      const { setupRolesCommand } = await import('./db/roles');
      return setupRolesCommand(rest);
    }
    case 'schema':
      process.stdout.write(`${JSON.stringify(checkInJsonSchema(), null, 2)}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`handcheck: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

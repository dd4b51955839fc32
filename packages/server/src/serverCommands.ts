/**
 * `handcheck start`, `handcheck demo` and `handcheck add-admin`: options from flags, then the environment, then defaults.
 * Loaded only for these commands, so `assess` and `schema` stay quick.
 */
import { parseArgs } from 'node:util';
import { securitySettings } from './auth/deployment';
import { hashPassword, passwordProblem } from './auth/passwords';
import { databasePlace, withDb } from './cliDatabase';
import { seedDemo } from './demo';
import { DataDirBusy } from './lock';
import { startServer } from './main';
import { readStdin } from './stdin';
import { createUser } from './store/users';

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const env = process.env;
  const portText = values.port ?? env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0–65535 (got "${portText}")`);
  const host = values.host ?? env.HOST ?? '127.0.0.1';
  const security = securitySettings(env, host);
  const opts = {
    port,
    host,
    ...databasePlace(values.data, env),
    publicUrl: security.publicUrl,
    trustProxy: security.trustProxy,
    cds: security.cds,
    limits: security.limits,
    demo: values.demo ?? false,
  };
  return { opts, positionals };
}

type Options = ReturnType<typeof options>['opts'];

class UsageError extends Error {}

/** `echo PASSWORD | handcheck add-admin EMAIL`: the first administrator (sign-up makes only patients and clinicians). */
async function addAdmin(opts: Options, email: string | undefined): Promise<number> {
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    process.stderr.write(
      'handcheck add-admin: name the account: echo PASSWORD | handcheck add-admin EMAIL [--data DIR]\n',
    );
    return 2;
  }
  const password = (await readStdin()).replace(/\r?\n$/, '');
  const problem = passwordProblem(password, email);
  if (problem) {
    process.stderr.write(`handcheck add-admin: the password ${problem}\n`);
    return 2;
  }
  const passwordHash = await hashPassword(password);
  const user = await withDb(opts, (db) => createUser(db, { email, passwordHash, role: 'admin', name: null }));
  if (!user) {
    process.stderr.write(`handcheck add-admin: an account with the email ${email} already exists\n`);
    return 1;
  }
  process.stdout.write(`Administrator ${user.email} created.\n`);
  return 0;
}

export async function serverCommand(
  command: 'start' | 'demo' | 'add-admin',
  args: string[],
): Promise<number> {
  let opts: Options;
  let positionals: string[];
  try {
    ({ opts, positionals } = options(args));
  } catch (e) {
    process.stderr.write(`handcheck ${command}: ${(e as Error).message}\n`);
    return 2;
  }
  const where = opts.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${opts.dataDir}`;
  try {
    if (command === 'add-admin') return await addAdmin(opts, positionals[0]);
    if (positionals.length > 0) {
      process.stderr.write(`handcheck ${command}: unexpected "${positionals[0]}"\n`);
      return 2;
    }
    if (command === 'demo') {
      await withDb(opts, (db) => seedDemo(db, { print: (line) => process.stdout.write(`${line}\n`) }));
      return 0;
    }
    process.stdout.write(`Starting HandCheck with ${where}…\n`);
    const running = await startServer(opts);
    process.stdout.write(`HandCheck is running at ${running.url}\n`);
    await new Promise<void>((done) => {
      const stop = (signal: string) => {
        process.stdout.write(`\n${signal}: closing the database…\n`);
        running.stop().then(done, (e) => {
          process.stderr.write(`handcheck: error while stopping: ${(e as Error).message}\n`);
          done();
        });
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    return 0;
  } catch (e) {
    if (e instanceof DataDirBusy) {
      process.stderr.write(`handcheck ${command}: ${e.message}\n`);
      return 1;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(
        `handcheck ${command}: port ${opts.port} is already in use; choose another with --port N.\n`,
      );
      return 1;
    }
    process.stderr.write(`handcheck ${command}: could not start with ${where}: ${(e as Error).message}\n`);
    return 1;
  }
}

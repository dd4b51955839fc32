/**
 * `handcheck start`, `handcheck demo` and `handcheck add-admin`: options from flags, then the environment, then defaults.
 * Loaded only for these commands, so `assess` and `schema` stay quick.
 */
import { parseArgs } from 'node:util';
import { hashPassword, passwordProblem } from './auth/passwords';
import { withDb } from './cliDatabase';
import { loadConfig } from './config';
import { seedDemo } from './demo';
import { DataDirBusy } from './lock';
import { startServer } from './main';
import { RecordService } from './record/service';
import { createUser } from './repos/accounts';
import { readStdin } from './stdin';

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
  const config = loadConfig({ port: values.port, host: values.host, data: values.data });
  const opts = {
    ...config,
    serverConfig: config,
    publicUrl: config.security.publicUrl,
    trustProxy: config.security.trustProxy,
    cds: config.security.cds,
    limits: config.security.limits,
    demo: values.demo ?? false,
  };
  return { opts, positionals };
}

type Options = ReturnType<typeof options>['opts'];

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
      await withDb(opts, (db) =>
        seedDemo(db, {
          record: new RecordService(opts.alerts),
          print: (line) => process.stdout.write(`${line}\n`),
        }),
      );
      return 0;
    }
    process.stdout.write(`Starting HandCheck with ${where}…\n`);
    const running = await startServer({
      config: opts.serverConfig,
      demo: opts.demo,
      publicUrl: opts.publicUrl,
      trustProxy: opts.trustProxy,
      cds: opts.cds,
      limits: opts.limits,
    });
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

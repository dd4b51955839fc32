#!/usr/bin/env node
// `npm start`: build the web app when its build is missing or older than its sources, then run
// `handcheck start` in this process (so Ctrl-C and SIGTERM reach the server and close the database).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const web = join(root, 'packages/web');
const built = join(web, 'dist/index.html');

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist') continue;
    t = Math.max(t, newest(join(path, name)));
  }
  return t;
}

const scripts = existsSync(join(web, 'package.json'))
  ? (JSON.parse(readFileSync(join(web, 'package.json'), 'utf8')).scripts ?? {})
  : {};
if (scripts.build) {
  const sources = Math.max(newest(web), newest(join(root, 'packages/core/src')));
  const stale = !existsSync(built) || statSync(built).mtimeMs < sources;
  if (stale) {
    process.stdout.write('Building the web app (packages/web)…\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', 'build', '-w', '@handcheck/web'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) {
      process.stderr.write('handcheck: the web app did not build; see the messages above.\n');
      process.exit(1);
    }
  }
}

process.argv = [
  process.argv[0],
  fileURLToPath(new URL('../bin/handcheck.js', import.meta.url)),
  'start',
  ...process.argv.slice(2),
];
await import('../bin/handcheck.js');

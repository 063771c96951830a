// Runs `npm ci` in the current folder only when node_modules was not installed from this exact
// package-lock.json: a build that changed nothing prints nothing and needs no network.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const hash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const stamp = 'node_modules/.installed-from-lock-sha256';
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  process.exit(0);
}
// The stamp is written only after a complete install, so an interrupted one is redone.
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  shell: process.platform === 'win32',
});
if (npm.status !== 0) {
  console.error(`npm ci failed in ${process.cwd()} (exit ${npm.status ?? npm.signal})`);
  process.exit(npm.status || 1);
}
writeFileSync(stamp, hash);

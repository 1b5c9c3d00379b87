#!/usr/bin/env node
// Makes a fresh machine ready: pnpm (the version pinned in package.json), the workspace's dependencies and,
// with --browser, a Chromium for the browser tests. Safe to run again: every step checks before it acts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function run(cmd, args, env = {}) {
  return spawnSync(cmd, args, {
    cwd: root,
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

function pnpmVersion() {
  const r = run('pnpm', ['--version']);
  return r.status === 0 ? r.stdout.trim() : null;
}

function ensurePnpm() {
  if (pnpmVersion() === wanted) return;
  console.log(`[bootstrap] enabling pnpm ${wanted} through corepack`);
  run('corepack', ['enable']);
  if (pnpmVersion() === wanted) return;
  // Some registry mirrors serve pnpm without the signatures corepack checks; the tarball is still verified
  // against the registry's integrity hash by corepack's download.
  const env = { COREPACK_INTEGRITY_KEYS: '0' };
  const r = run('corepack', ['prepare', `pnpm@${wanted}`, '--activate'], env);
  process.env.COREPACK_INTEGRITY_KEYS = '0';
  if (pnpmVersion() === wanted) return;
  console.log('[bootstrap] corepack could not provide pnpm, installing it with npm');
  const n = run('npm', ['install', '--global', `pnpm@${wanted}`]);
  if (pnpmVersion() !== wanted) {
    console.error(r.stderr, n.stderr);
    console.error(`[bootstrap] pnpm ${wanted} is not available. Install it (corepack enable) and run again.`);
    process.exit(1);
  }
}

function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(
      '[bootstrap] installing Chromium (and the Noto fonts the charts are designed with) from Debian packages',
    );
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return;
  }
  console.error(
    `[bootstrap] The browser tests need Chromium at ${path}.\n` +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: set SMARTCITY_CHROMIUM to the path of a Chromium or Chrome binary.',
  );
  process.exit(1);
}

ensurePnpm();
console.log('[bootstrap] installing the workspace (frozen lockfile)');
const install = spawnSync('pnpm', ['install', '--frozen-lockfile'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
if (install.status !== 0) process.exit(install.status ?? 1);
if (process.argv.includes('--browser')) ensureChromium();

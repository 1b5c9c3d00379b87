#!/usr/bin/env node
// Fails when a published package changed since its last release without a pending changeset naming it.
// "Since its last release" = since the last commit that changed that package's version in package.json
// (or since the first commit, for a package never released). Apps are private and ignored.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
try {
  git('rev-parse', 'HEAD');
} catch {
  console.log('check-changesets: not a git checkout, skipped');
  process.exit(0);
}

const pending = new Set();
const malformed = [];
for (const f of readdirSync('.changeset').filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const text = readFileSync(join('.changeset', f), 'utf8');
  // The format changesets reads: front matter of `"package": major|minor|patch` lines, then a summary.
  const front = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  const lines = front ? front[1].split(/\r?\n/).filter((l) => l.trim() !== '') : [];
  const entries = lines.map((l) => /^\s*["']?(@?[\w./-]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(l));
  if (!front || entries.length === 0 || entries.some((e) => !e)) {
    malformed.push(f);
    continue;
  }
  for (const e of entries) pending.add(e[1]);
}
if (malformed.length > 0) {
  console.error(
    `check-changesets: malformed front matter in ${malformed.map((f) => `.changeset/${f}`).join(', ')} ` +
      '(expected ---, lines of "package": major|minor|patch, ---).',
  );
  process.exit(1);
}

const missing = [];
for (const dir of readdirSync('packages')) {
  const pkgFile = join('packages', dir, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (pkg.private) continue;
  const versionCommits = git('log', '--format=%H', '-G"version"', '--', pkgFile).split('\n').filter(Boolean);
  // The oldest commit that set the version is the package's creation; a later one is a release.
  const lastRelease = versionCommits.length > 1 ? versionCommits[0] : null;
  const range = lastRelease ? [`${lastRelease}..HEAD`] : ['HEAD'];
  const changed = git('log', '--format=%H', ...range, '--', join('packages', dir, 'src'), pkgFile)
    .split('\n')
    .filter(Boolean);
  if (changed.length > 0 && !pending.has(pkg.name)) missing.push(pkg.name);
}
if (missing.length > 0) {
  console.error(
    `check-changesets: changed without a changeset: ${missing.join(', ')}. Run \`pnpm changeset\`.`,
  );
  process.exit(1);
}
console.log(`check-changesets: ok (${pending.size} package(s) with pending changesets)`);

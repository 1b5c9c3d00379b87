// The release rule: a change to a published package without a pending changeset fails CI. This runs the
// repository's own check in a scratch git repository and walks it through change, changeset and release.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = resolve(dirname(fileURLToPath(import.meta.url)), '../../../scripts/check-changesets.mjs');
let repo: string;

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const commit = (message: string) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
};
const check = () => spawnSync(process.execPath, [script], { cwd: repo, encoding: 'utf8' });
const pkg = (name: string, version: string, extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ name, version, ...extra }, null, 2)}\n`;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'smartcity-changesets-'));
  git('init', '-q');
  write('.changeset/README.md', 'changesets\n');
  write('packages/model/package.json', pkg('@smartcity/model', '0.1.0'));
  write('packages/model/src/index.ts', 'export const a = 1;\n');
  write('packages/app/package.json', pkg('@smartcity/app', '0.0.0', { private: true }));
  write('packages/app/src/index.ts', 'export const b = 1;\n');
  commit('initial');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('scripts/check-changesets.mjs', () => {
  it('fails when a published package changed without a changeset, naming the package', () => {
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('@smartcity/model');
    expect(r.stderr).not.toContain('@smartcity/app');
  });

  it('passes once a pending changeset names the package', () => {
    write('.changeset/brave-lions.md', '---\n"@smartcity/model": minor\n---\n\nA first release.\n');
    commit('changeset');
    const r = check();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ok');
  });

  it('after a release (version bump, changesets consumed), only new changes need a new changeset', () => {
    rmSync(join(repo, '.changeset/brave-lions.md'));
    write('packages/model/package.json', pkg('@smartcity/model', '0.2.0'));
    commit('Version Packages');
    expect(check().status).toBe(0);
    write('packages/model/src/index.ts', 'export const a = 2;\n');
    commit('change after the release');
    expect(check().status).toBe(1);
  });

  it('refuses a changeset whose front matter changesets could not read', () => {
    write('.changeset/mangled.md', '---\n\n## "@smartcity/model": minor\n\nA heading, not front matter.\n');
    commit('mangled changeset');
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('.changeset/mangled.md');
    rmSync(join(repo, '.changeset/mangled.md'));
    commit('drop it');
  });

  it('ignores private packages', () => {
    write('.changeset/calm-owls.md', '---\n"@smartcity/model": patch\n---\n\nFix.\n');
    write('packages/app/src/index.ts', 'export const b = 2;\n');
    commit('app change');
    expect(check().status).toBe(0);
  });
});

// Tests the packages as npm will ship them: publint and are-the-types-wrong on the packed tarballs, then
// a fresh project outside the repository installs the tarballs from disk (and zod, lit, typescript from
// the registry), runs them in plain Node and type-checks a strict TypeScript consumer.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const consumerSources = fileURLToPath(new URL('./consumer/', import.meta.url));

/** The published packages, dependencies first. */
const PACKAGES = [
  { name: '@smartcity/model', dir: 'packages/model' },
  { name: '@smartcity/scoring', dir: 'packages/scoring' },
  { name: '@smartcity/charts', dir: 'packages/charts' },
  { name: '@smartcity/report', dir: 'packages/report' },
  { name: '@smartcity/cli', dir: 'packages/cli' },
] as const;

/** Peer dependencies and tools the consumer installs from the registry. */
const REGISTRY_DEPS = ['zod@^4.1.0', 'lit@^3.3.0', 'typescript@5.9.3', '@types/node@^20.19.0'];

const work = mkdtempSync(join(tmpdir(), 'smartcity-packaging-'));
const packs = join(work, 'packs');
const project = join(work, 'consumer');
const tarballs = new Map<string, string>();

/** Runs pnpm: the one running this test (npm_execpath) when there is one, else pnpm from PATH. */
function pnpm(args: string[], cwd: string): string {
  const execpath = process.env.npm_execpath;
  return execpath && /pnpm/.test(execpath)
    ? execFileSync(process.execPath, [execpath, ...args], { cwd, encoding: 'utf8' })
    : execFileSync('pnpm', args, { cwd, encoding: 'utf8' });
}

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  mkdirSync(packs, { recursive: true });
  const sizes: string[] = [];
  for (const p of PACKAGES) {
    // `pnpm pack` rewrites workspace: and catalog: ranges as `pnpm publish` would.
    const out = JSON.parse(pnpm(['pack', '--pack-destination', packs, '--json'], join(repo, p.dir))) as {
      filename: string;
      files: unknown[];
    };
    tarballs.set(p.name, out.filename);
    const kB = (statSync(out.filename).size / 1024).toFixed(1);
    sizes.push(`${p.name.padEnd(20)} ${kB.padStart(7)} kB packed, ${out.files.length} files`);
  }
  console.log(`Tarballs (${packs}):\n${sizes.join('\n')}`);
});

afterAll(() => {
  if (!process.env.SMARTCITY_KEEP_PACKAGING) rmSync(work, { recursive: true, force: true });
});

describe.each(PACKAGES)('$name', ({ name, dir }) => {
  it('passes publint (errors fail; warnings and suggestions are listed)', async () => {
    // publint packs the directory itself (with pnpm), so it also sees files that exist but are not published.
    const { messages, pkg } = await publint({ pkgDir: join(repo, dir), pack: 'pnpm' });
    const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
    if (lines.length) console.log(`publint ${name}:\n  ${lines.join('\n  ')}`);
    expect(lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('has types that resolve for ESM consumers (attw, esm-only profile)', () => {
    const attw = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
    const r = run(
      process.execPath,
      [attw, tarballs.get(name)!, '--profile', 'esm-only', '--format', 'json'],
      repo,
    );
    const result = JSON.parse(r.stdout) as {
      analysis: { problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[] };
    };
    // The esm-only profile ignores the node10 and node16-cjs resolutions (no CommonJS consumers).
    const problems = (result.analysis.problems ?? [])
      .filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs')
      .map((p) => `${p.kind} ${p.entrypoint ?? ''} (${p.resolutionKind ?? 'any'})`);
    expect(problems).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('a fresh consumer project', () => {
  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    writeFileSync(
      join(project, 'package.json'),
      `${JSON.stringify({ name: 'smartcity-consumer', private: true, type: 'module' }, null, 2)}\n`,
    );
    const local = PACKAGES.map((p) => tarballs.get(p.name)!);
    const r = run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
        ...local,
        ...REGISTRY_DEPS,
      ],
      project,
    );
    if (r.code !== 0) throw new Error(`npm install failed (${r.code}):\n${r.stderr}`);
    for (const f of ['node.mjs', 'node-consumer.ts', 'dom-consumer.ts'])
      copyFileSync(join(consumerSources, f), join(project, f));
  });

  it('installed the tarballs, not a registry copy', () => {
    for (const p of PACKAGES) {
      const installed = JSON.parse(
        readFileSync(join(project, 'node_modules', p.name, 'package.json'), 'utf8'),
      ) as { name: string; version: string };
      expect(installed.name).toBe(p.name);
      expect(basename(tarballs.get(p.name)!)).toContain(installed.version);
    }
  });

  it('parses, scores and draws the Minahasa sample in plain Node (no DOM)', () => {
    const r = run(process.execPath, ['node.mjs'], project);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown> & { svg: string; samplePath: string };
    expect(out.samplePath).toMatch(
      /node_modules[/\\]@smartcity[/\\]model[/\\]dist[/\\]samples[/\\]minahasa\.json$/,
    );
    expect(out).toMatchObject({
      region: 'Kabupaten Minahasa',
      sameAsModule: true,
      dimensions: 6,
      dom: false,
    });
    expect(typeof out.index).toBe('number');
    expect(out.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // One spoke per dimension, and the region's name in the SVG title.
    expect(out.svg.match(/<g class="spokes">(.*?)<\/g>/)?.[1]?.match(/<line /g)).toHaveLength(6);
    expect(out.svg).toMatch(/<title id="sc-[0-9a-f]{8}-title">Kabupaten Minahasa/);
  });

  it('runs the smartcity binary: exit 0 on the sample, 1 on a broken file', () => {
    const bin = join(project, 'node_modules', '.bin', 'smartcity');
    const sample = require.resolve('@smartcity/model/samples/minahasa.json', { paths: [project] });
    copyFileSync(sample, join(project, 'sample.json'));
    const ok = run(bin, ['validate', 'sample.json'], project);
    expect(ok.stdout).toContain('sample.json');
    expect(ok.code).toBe(0);

    const broken = JSON.parse(readFileSync(sample, 'utf8')) as { region: { code: string } };
    broken.region.code = '99.99';
    writeFileSync(join(project, 'broken.json'), JSON.stringify(broken));
    const bad = run(bin, ['validate', 'broken.json', '--lang', 'en'], project);
    expect(bad.stdout).toContain('unknown-region');
    expect(bad.code).toBe(1);

    writeFileSync(join(project, 'not-json.json'), '{ "kind": ');
    expect(run(bin, ['validate', 'not-json.json'], project).code).toBe(1);
  });

  it('type-checks a strict TypeScript consumer (NodeNext, noUncheckedIndexedAccess, verbatimModuleSyntax)', () => {
    const strict = {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      noEmit: true,
      skipLibCheck: false,
    };
    writeFileSync(
      join(project, 'tsconfig.node.json'),
      JSON.stringify({
        compilerOptions: { ...strict, lib: ['ES2022'], types: ['node'] },
        files: ['node-consumer.ts'],
      }),
    );
    writeFileSync(
      join(project, 'tsconfig.dom.json'),
      JSON.stringify({
        compilerOptions: { ...strict, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] },
        files: ['dom-consumer.ts'],
      }),
    );
    const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const config of ['tsconfig.node.json', 'tsconfig.dom.json']) {
      const r = run(process.execPath, [tsc, '-p', config], project);
      expect(`${config}\n${r.stdout}${r.stderr}`.trim()).toBe(config);
      expect(r.code).toBe(0);
    }
  });
});

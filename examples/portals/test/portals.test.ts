// The charts as portal developers install them: @smartcity/charts is packed (as npm publishes it) and
// installed with the frameworks into one fresh project outside the repository. Each portal app is built
// once (Next.js app router with server rendering, Vue, Svelte 5) and served next to a plain HTML page;
// every page is then driven in Chromium: hydration (the chart is drawn, not empty), typed events, export
// (toSVG, toPNG), axe-core. The template types are checked too: the good pages pass tsc / vue-tsc /
// svelte-check, and pages that bind a number to `data` fail them.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const packageDir = (name: string) => fileURLToPath(new URL(`../../../packages/${name}`, import.meta.url));
const charts = packageDir('charts');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the consumer installs from the registry besides the tarball (versions that run on Node 20). */
const REGISTRY = {
  lit: '^3.3.0',
  react: '^19.2.0',
  'react-dom': '^19.2.0',
  next: '^16.0.0',
  vue: '^3.5.0',
  svelte: '^5.40.0',
  vite: '^7.1.0',
  '@vitejs/plugin-vue': '^6.0.0',
  '@sveltejs/vite-plugin-svelte': '^6.2.0',
  'vue-tsc': '^3.1.0',
  'svelte-check': '^4.3.0',
  typescript: '5.9.3',
  '@types/react': '^19.2.0',
  '@types/react-dom': '^19.2.0',
  '@types/node': '^20.19.0',
};

/** The machines running this are small and busy: wait for what the page does, generously. */
const POLL = { timeout: 15_000 };

const work = process.env.SMARTCITY_PORTALS_DIR ?? mkdtempSync(join(tmpdir(), 'smartcity-portals-'));
const project = join(work, 'consumer');

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  if (r.error) throw r.error;
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function must(command: string, args: string[], cwd: string) {
  const r = run(command, args, cwd);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.code}):\n${r.out}`);
  return r.out;
}

const bin = (name: string) => join(project, 'node_modules', '.bin', name);

function pnpmPack(dir: string, dest: string): string {
  const execpath = process.env.npm_execpath;
  const args = ['pack', '--pack-destination', dest, '--json'];
  const out =
    execpath && /pnpm/.test(execpath)
      ? execFileSync(process.execPath, [execpath, ...args], { cwd: dir, encoding: 'utf8' })
      : execFileSync('pnpm', args, { cwd: dir, encoding: 'utf8' });
  return (JSON.parse(out) as { filename: string }).filename;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves the built Vue and Svelte apps and the plain HTML page (with the packed single-file module). */
function staticServer(): Server {
  const roots: Record<string, string> = {
    vue: join(project, 'vue', 'dist'),
    svelte: join(project, 'svelte', 'dist'),
    html: join(project, 'html'),
  };
  const bundle = join(project, 'node_modules', '@smartcity', 'charts', 'dist', 'smartcity-charts.js');
  return createServer((req, res) => {
    const [, app = '', ...rest] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
    const root = roots[app];
    let path = rest.join('/') || 'index.html';
    if (app === 'html' && path === 'smartcity-charts.js') path = bundle;
    else if (root) path = normalize(join(root, path));
    if (!root || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
}

let next: ChildProcess | undefined;
let server: Server | undefined;
let browser: Browser;
const urls: Record<string, string> = {};

beforeAll(async () => {
  // Pack once (what npm would publish), install once (every framework in one project), build each app once.
  const packs = join(work, 'packs');
  mkdirSync(packs, { recursive: true });
  const tarball = pnpmPack(charts, packs);
  // The charts format numbers with the scoring package's rules (its `format` and `rules` subpaths, which load
  // neither the model nor zod at run time); npm installs it, and the model it names, from their tarballs too.
  const scoringTarball = pnpmPack(packageDir('scoring'), packs);
  const modelTarball = pnpmPack(packageDir('model'), packs);
  mkdirSync(project, { recursive: true });
  cpSync(join(here, 'apps'), project, { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify(
      {
        name: 'smartcity-portals',
        private: true,
        type: 'module',
        dependencies: {
          '@smartcity/charts': `file:${tarball}`,
          '@smartcity/scoring': `file:${scoringTarball}`,
          '@smartcity/model': `file:${modelTarball}`,
          zod: '^4.1.0',
          ...REGISTRY,
        },
        // The tarballs name each other by version; these point npm at the local files.
        overrides: {
          '@smartcity/scoring': `file:${scoringTarball}`,
          '@smartcity/model': `file:${modelTarball}`,
        },
      },
      null,
      2,
    )}\n`,
  );
  // A kept project (SMARTCITY_PORTALS_DIR) must take the new tarball, whose name and version are the same.
  rmSync(join(project, 'node_modules', '@smartcity'), { recursive: true, force: true });
  rmSync(join(project, 'package-lock.json'), { force: true });
  must('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], project);
  const nextBin = join(project, 'node_modules', 'next', 'dist', 'bin', 'next');
  must(process.execPath, [nextBin, 'build', 'next'], project);
  for (const app of ['vue', 'svelte']) must(bin('vite'), ['build', '--logLevel', 'warn'], join(project, app));

  server = staticServer();
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  for (const app of ['vue', 'svelte', 'html']) urls[app] = `http://127.0.0.1:${port}/${app}/`;

  next = spawn(process.execPath, [nextBin, 'start', 'next', '-H', '127.0.0.1', '-p', '0'], {
    cwd: project,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  urls.next = await new Promise<string>((resolve, reject) => {
    let log = '';
    const onData = (b: Buffer) => {
      log += String(b);
      const m = /https?:\/\/[^\s]+:(\d+)/.exec(log);
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    };
    next!.stdout!.on('data', onData);
    next!.stderr!.on('data', onData);
    next!.on('exit', (code) => reject(new Error(`next start exited (${code}):\n${log}`)));
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  next?.kill();
  server?.close();
  if (!process.env.SMARTCITY_PORTALS_DIR && !process.env.SMARTCITY_KEEP_PACKAGING)
    rmSync(work, { recursive: true, force: true });
});

describe('template types from the tarball', () => {
  const tsc = () => join(project, 'node_modules', 'typescript', 'bin', 'tsc');

  it('type-checks the Next.js page and its client component (tsc)', () => {
    const r = run(process.execPath, [tsc(), '-p', 'next/tsconfig.json'], project);
    expect(r.out.trim()).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses a number as radar data and a detail field the radar does not have (tsc)', () => {
    const r = run(process.execPath, [tsc(), '-p', 'next/bad/tsconfig.json'], project);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/bad\/page\.tsx\(\d+,\d+\).*'number' is not assignable/);
    expect(r.out).toMatch(/pillarId.*does not exist on type 'RadarPointDetail'/);
  });

  it('type-checks the Vue page and refuses :data="123" (vue-tsc)', () => {
    const ok = run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json'], project);
    expect(ok.out.trim()).toBe('');
    expect(ok.code).toBe(0);
    const bad = run(bin('vue-tsc'), ['-p', 'vue/bad/tsconfig.json'], project);
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/Bad\.vue.*'number' is not assignable/s);
  });

  it('type-checks the Svelte page and refuses data={123} (svelte-check)', () => {
    const ok = run(
      bin('svelte-check'),
      ['--tsconfig', 'tsconfig.json', '--output', 'machine'],
      join(project, 'svelte'),
    );
    expect(ok.out).toMatch(/COMPLETED \d+ FILES 0 ERRORS/);
    expect(ok.code).toBe(0);
    const bad = run(
      bin('svelte-check'),
      ['--tsconfig', 'bad/tsconfig.json', '--output', 'machine'],
      join(project, 'svelte'),
    );
    expect(bad.out).toMatch(/ERROR .*Bad\.svelte.*'number' is not assignable/);
    expect(bad.out).toMatch(/pillarId.*does not exist on type .*RadarPointDetail/);
    expect(bad.code).not.toBe(0);
  });
});

describe.each(['next', 'vue', 'svelte', 'html'])('the %s portal page in Chromium', (app) => {
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(urls[app]!);
  });

  afterAll(() => page?.close());

  if (app === 'next') {
    it('is rendered on the server: the chart tags and the static SVG with its visible legend', async () => {
      const html = await (await fetch(urls.next!)).text();
      expect(html).toContain('<sc-maturity-radar');
      expect(html).toContain('<sc-benchmark-strip');
      expect(html).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/);
      expect(html).toContain('class="caption-legend"');
    });
  }

  it('draws all seven charts (after hydration, not the empty state)', async () => {
    const radar = page.locator('sc-maturity-radar');
    await expect.poll(() => radar.locator('svg .spokes line').count(), POLL).toBe(6);
    expect(await radar.locator('.empty').count()).toBe(0);
    for (const tag of [
      'sc-readiness-bars',
      'sc-quickwin-matrix',
      'sc-roadmap-timeline',
      'sc-benchmark-strip',
      'sc-maturity-heatmap',
      'sc-benchmark-wheel',
    ]) {
      await expect.poll(() => page.locator(`${tag} svg.chart`).count(), POLL).toBe(1);
    }
  });

  it('hands a selected point and a selected axis to the page, with their typed detail', async () => {
    await page.locator('sc-maturity-radar .point[data-key]').first().click();
    await expect
      .poll(() => page.getByTestId('selected').textContent(), POLL)
      .toBe('governance/current: 2.67');
    await page.locator('sc-maturity-radar .axis-label[data-axis="economy"]').click();
    await expect.poll(() => page.getByTestId('axis').textContent(), POLL).toBe('economy');
  });

  it('exports the chart as a self-contained SVG and as a PNG', async () => {
    await page.getByRole('button', { name: 'Ekspor' }).click();
    await expect.poll(() => page.getByTestId('exported').textContent(), POLL).toMatch(/^\d+ image\/png \d+$/);
    const [svgLength, , pngSize] = (await page.getByTestId('exported').textContent())!.split(' ');
    expect(Number(svgLength)).toBeGreaterThan(2000);
    expect(Number(pngSize)).toBeGreaterThan(5000);
    const svg = await page
      .locator('sc-maturity-radar')
      .evaluate((el) => (el as unknown as { toSVG(): string }).toSVG());
    // Colours written into the file (the first series' default colour), the legend drawn visibly.
    expect(svg).toContain('stroke="#1f5fbf"');
    expect(svg).toContain('>Target</text>');
  });

  it('has no axe-core violations', async () => {
    await page.evaluate(`${AXE}\n;0`);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('logged no console error or warning (no hydration mismatch)', () => {
    expect(problems).toEqual([]);
  });
});

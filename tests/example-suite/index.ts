// The React and Vue examples show the same page; one suite checks both. It builds the app, serves dist/
// with `vite preview` and drives it in Chromium: the charts render from the scoring of the Minahasa sample,
// a legend click and a selected point reach the framework's state, and axe-core finds nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs the example suite on the app in `root` (the example's folder). */
export function exampleAppTests(framework: 'React' | 'Vue', root: string): void {
  describe(`${framework} example`, () => {
    let server: PreviewServer;
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      // A production build in its own process: vitest's NODE_ENV=test would select development builds.
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
        {
          cwd: root,
          stdio: 'inherit',
          env: { ...process.env, NODE_ENV: 'production' },
        },
      );
      server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
      browser = await chromium.launch(chromiumLaunchOptions());
      page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.goto(server.resolvedUrls!.local[0]!);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('renders the radar from the scored sample, with the data table', async () => {
      const radar = page.locator('sc-maturity-radar');
      await expect.poll(() => radar.locator('svg .spokes line').count()).toBe(6);
      expect(await radar.locator('table tbody tr').count()).toBe(6);
      expect(await radar.locator('svg.chart').getAttribute('aria-label')).toBe(
        'Kematangan per dimensi, 2023',
      );
      await expect.poll(() => page.locator('sc-readiness-bars svg.chart').count()).toBe(1);
      expect(await page.getByTestId('shown').textContent()).toBe(
        'Saat ini (2023), Sebelumnya (2021), Target',
      );
    });

    it(`puts a legend click into ${framework} state`, async () => {
      await page.locator('sc-maturity-radar button[data-series="previous"]').click();
      await expect.poll(() => page.getByTestId('shown').textContent()).toBe('Saat ini (2023), Target');
      await page.locator('sc-maturity-radar button[data-series="previous"]').click();
      await expect
        .poll(() => page.getByTestId('shown').textContent())
        .toBe('Saat ini (2023), Sebelumnya (2021), Target');
    });

    it(`puts a selected point into ${framework} state`, async () => {
      await page.locator('sc-maturity-radar .point[data-key]').first().click();
      await expect.poll(() => page.getByTestId('selected').textContent()).toMatch(/^Tata Kelola, .+: \d/);
    });

    it('switches the page and the charts to English', async () => {
      await page.getByRole('button', { name: 'Switch the page to English' }).click();
      const radar = page.locator('sc-maturity-radar');
      await expect
        .poll(() => radar.locator('svg.chart').getAttribute('aria-label'))
        .toBe('Maturity by dimension, 2023');
      expect(await radar.locator('.axis-labels').textContent()).toContain('Smart Governance');
      // Built-in strings of the chart follow the closest lang attribute.
      expect(await radar.locator('button.table-toggle').textContent()).toContain('Show data table');
      await page.getByRole('button', { name: 'Ganti bahasa halaman ke Bahasa Indonesia' }).click();
      await expect.poll(() => radar.locator('.axis-labels').textContent()).toContain('Tata Kelola');
    });

    it('has no axe-core violations', async () => {
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document) => Promise<AxeResult> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    });

    it('logged no console error or warning', () => {
      expect(problems).toEqual([]);
    });
  });

  interface AxeResult {
    violations: { id: string; nodes: { target: string[] }[] }[];
  }
}

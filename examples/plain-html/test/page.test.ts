// Loads index.html in Chromium as a visitor would (the single-file charts bundle, a strict CSP) and checks
// that both charts render, that events reach the page, and that axe-core finds nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startServer } from '../serve.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('plain HTML example', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch(chromiumLaunchOptions());
    page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    // CSP violations are also logged to the console, but the event says which directive.
    await page.exposeBinding('__csp', (_source, text: string) => problems.push(`CSP: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: (t: string) => void }).__csp(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${server.url}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('upgrades both elements and draws the radar from the JSON attribute', async () => {
    expect(await page.evaluate(() => !!customElements.get('sc-maturity-radar'))).toBe(true);
    const radar = page.locator('sc-maturity-radar');
    // Six spokes: one per dimension in the JSON.
    await expect.poll(() => radar.locator('svg .spokes line').count()).toBe(6);
    expect(await radar.locator('svg.chart').getAttribute('aria-label')).toBe('Kematangan per dimensi, 2023');
    // A real data table: one row per axis.
    expect(await radar.locator('table tbody tr').count()).toBe(6);
    expect(await radar.locator('table').textContent()).toContain('Lingkungan Hidup Layak');
  });

  it('draws the readiness bars from the property set by app.js', async () => {
    const bars = page.locator('sc-readiness-bars');
    await expect.poll(() => bars.locator('table tbody tr').count()).toBe(3);
    expect(await bars.locator('svg.chart').textContent()).toContain('Suprastruktur');
  });

  it('hands chart events to the page', async () => {
    await page.locator('sc-maturity-radar button[data-series="target"]').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Target disembunyikan.');
    await page.locator('sc-maturity-radar button[data-series="target"]').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Target ditampilkan.');
  });

  it('has no axe-core violations', async () => {
    // page.evaluate runs through the DevTools protocol, which the page's CSP does not govern; an inline
    // <script> (page.addScriptTag({ content })) would be blocked by the policy this page is served with.
    await page.evaluate(`${AXE_SOURCE}\n;0`);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document) => Promise<AxeResult> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('logged no console error or warning and no CSP violation', () => {
    expect(problems).toEqual([]);
  });

  it('shows a tooltip on keyboard focus, positioned without breaking the CSP', async () => {
    const before = problems.length;
    await page.locator('sc-maturity-radar .point[tabindex="0"]').focus();
    const tooltip = page.locator('sc-maturity-radar .tooltip');
    await expect.poll(() => tooltip.count()).toBe(1);
    expect(await tooltip.textContent()).toContain('Tata Kelola');
    // Its position is set from script; a style="…" attribute would be refused by style-src 'self'.
    expect(await tooltip.evaluate((t) => (t as HTMLElement).style.left)).toMatch(/%$/);
    await page.keyboard.press('Escape');
    expect(problems.slice(before)).toEqual([]);
  });
});

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

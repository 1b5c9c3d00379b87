import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { inject } from 'vitest';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Where screenshots go: outside the repository. */
export const SHOTS = process.env.SMARTCITY_SHOTS ?? join(tmpdir(), 'smartcity-dashboard-shots');

export const ROUTES = [
  'profil',
  'kesiapan',
  'kematangan',
  'program',
  'quick-win',
  'literasi',
  'laporan',
  'evaluasi',
  'monitoring',
  'nasional',
  'proyek',
] as const;

export function baseURL(): string {
  return inject('baseURL');
}

export async function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Problems a page reported: CSP violations, console errors and warnings, uncaught exceptions. */
export interface Watch {
  csp: string[];
  errors: string[];
}

/**
 * A fresh context (its own IndexedDB) whose pages report CSP violations (the `securitypolicyviolation`
 * event, recorded by a binding — no script is injected into the page) and console errors.
 */
export async function newContext(browser: Browser, options: { locale?: string } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: options.locale ?? 'id-ID',
  });
  const watch: Watch = { csp: [], errors: [] };
  await context.exposeBinding('__cspViolation', (_src, text: string) => {
    watch.csp.push(text);
  });
  // Init scripts run through the DevTools protocol, not as inline page scripts: the CSP does not apply.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') watch.errors.push(msg.text());
  });
  context.on('weberror', (e) => watch.errors.push(String(e.error())));
  return { context, watch };
}

/** Opens a route and waits until its page has rendered. */
export async function open(page: Page, route: string, base = baseURL()): Promise<void> {
  if (!page.url().startsWith(base)) await page.goto(`${base}/#/${route}`);
  else await page.evaluate((r) => (location.hash = `#/${r}`), route);
  await page.waitForFunction(
    (r) =>
      location.hash === `#/${r}` &&
      !document.querySelector('main p.muted:only-of-type')?.textContent?.match(/^(Memuat|Loading)/),
    route,
  );
  await page.locator('main > h1').waitFor();
  await page.waitForFunction(
    () => !/^(Memuat|Loading)…$/.test(document.querySelector('main > p')?.textContent?.trim() ?? ''),
  );
}

/** The application shell's completion: the last change analysed, stored and rendered. */
async function completion(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (document.querySelector('sc-app') as { settled?: unknown })?.settled === 'function',
  );
  await page.evaluate(() =>
    (document.querySelector('sc-app') as unknown as { settled(): Promise<void> }).settled(),
  );
}

/** Waits until everything typed is stored (the shell's completion, no fixed delay). */
export async function saved(page: Page): Promise<void> {
  await completion(page);
}

/** Waits for the validation and scoring of the last change (the analysis task's completion). */
export async function settled(page: Page): Promise<void> {
  await completion(page);
}

/** Runs axe-core on the page and returns its violations. */
export async function axe(page: Page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (an inline <script> tag
  // would be blocked, and reported as a violation).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE_SOURCE}\n;0`);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: unknown,
        ) => Promise<{ violations: { id: string; nodes: { target: string[] }[]; help: string }[] }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

export type { Browser, BrowserContext, Page };

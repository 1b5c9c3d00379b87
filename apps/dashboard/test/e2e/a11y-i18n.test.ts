import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  type Browser,
  baseURL,
  launch,
  newContext,
  open,
  type Page,
  ROUTES,
  SHOTS,
  settled,
  type Watch,
} from './helpers.js';

describe('accessibility, language and focus', () => {
  let browser: Browser;
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    const c = await newContext(browser);
    watch = c.watch;
    page = await c.context.newPage();
    await page.goto(`${baseURL()}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('axe-core finds no violations on any page (Bahasa Indonesia)', async () => {
    const found: Record<string, unknown> = {};
    for (const r of ROUTES) {
      await open(page, r);
      await settled(page);
      await page.waitForTimeout(300);
      const v = await axe(page);
      if (v.length) found[r] = v;
      await page.screenshot({ path: `${SHOTS}/id-${r}.png`, fullPage: false });
    }
    expect(found).toEqual({});
  });

  it('has landmarks, a skip link that moves focus to the content, and focuses the heading on route change', async () => {
    await page.goto('about:blank');
    await page.goto(`${baseURL()}/#/profil`);
    await open(page, 'profil');
    expect(await page.locator('header').count()).toBeGreaterThan(0);
    expect(await page.locator('nav[aria-label]').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByRole('link', { name: /Kesiapan/ }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kesiapan');
    expect(await page.locator('[role="status"][data-testid="save-status"]').count()).toBe(1);
  });

  it('switches the whole interface to English, remembers it and sets <html lang>', async () => {
    await open(page, 'kesiapan');
    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('main > h1').textContent()).toBe('Readiness');
    expect(await page.locator('nav').textContent()).toContain('Regional profile');
    expect(await page.locator('main').textContent()).toContain('Readiness index');
    await page.reload();
    await open(page, 'kesiapan');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('main > h1').textContent()).toBe('Readiness');
    const found: Record<string, unknown> = {};
    for (const r of ROUTES) {
      await open(page, r);
      await settled(page);
      const v = await axe(page);
      if (v.length) found[r] = v;
      await page.screenshot({ path: `${SHOTS}/en-${r}.png`, fullPage: false });
    }
    expect(found).toEqual({});
    await page.getByRole('button', { name: 'Ganti bahasa antarmuka ke Bahasa Indonesia' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('id');
  });

  it('reported no CSP violation and no console error', () => {
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, baseURL, launch, newContext, open, type Page, SHOTS, settled } from './helpers.js';

describe('the printable report', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    const c = await newContext(browser);
    page = await c.context.newPage();
    await page.goto(`${baseURL()}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints to a PDF of many pages, every chapter on its own page, without the app chrome', async () => {
    await open(page, 'laporan');
    await settled(page);
    await page.waitForTimeout(800);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="print"]').isVisible()).toBe(false);
    const breaks = await page
      .locator('section.chapter')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(Array(8).fill('page'));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${SHOTS}/laporan.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(10);
    await page.emulateMedia({ media: 'screen' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, baseURL, launch, newContext, open, type Page, saved, settled } from './helpers.js';

// Issue 12: one bad value (an e-mail on the profile) used to blank every score on every page, and the
// problem list showed internal paths that could not be clicked.
describe('a problem in one section leaves the other scores visible', () => {
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

  it('keeps the maturity index and its coverage while a team e-mail is invalid', async () => {
    await open(page, 'kematangan');
    await settled(page);
    const index = page.getByTestId('maturity-index').locator('.v');
    await expect.poll(() => index.textContent()).toMatch(/\d,\d\d/);
    const before = await index.textContent();
    await expect
      .poll(() => page.getByTestId('maturity-coverage').locator('.v').textContent())
      .toMatch(/\/18/);

    await open(page, 'profil');
    const email = page.locator('#f-team_members_0__email');
    await email.fill('bukan-email');
    await email.blur();
    await settled(page);

    await open(page, 'kematangan');
    await settled(page);
    expect(await index.textContent()).toBe(before);
    const notice = page.getByTestId('problems');
    await expect.poll(() => notice.textContent()).toContain('Skor bagian yang sah tetap dihitung');
  });

  it('lists the problem in words and its link focuses the field', async () => {
    await open(page, 'profil');
    const notice = page.getByTestId('problems');
    await notice.locator('summary').click();
    const item = notice.locator('li').first();
    const text = (await item.textContent()) ?? '';
    expect(text).not.toMatch(/^\s*team\.members/); // words first, not the internal path
    await item.locator('a').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-team_members_0__email');
  });

  it('still scores it after a reload, with no earlier valid version analysed', async () => {
    // The bad e-mail is stored; a new start analyses the document afresh, with nothing valid to fall back on.
    await saved(page);
    await page.reload();
    await open(page, 'kematangan');
    await settled(page);
    await expect
      .poll(() => page.getByTestId('maturity-index').locator('.v').textContent())
      .toMatch(/\d,\d\d/);
    await expect.poll(() => page.getByTestId('problems').textContent()).toContain('tetap dihitung');
  });
});

// An installable app: a regency office with a bad connection reopens it offline, and its work is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, baseURL, launch, newContext, open } from './helpers.js';

describe('installable, and reopened offline', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has a web app manifest and a service worker that keeps the app for offline use', async () => {
    const { context, watch } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseURL()}/#/profil`);
    await open(page, 'profil');
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
      return href
        ? ((await (await fetch(href)).json()) as { name: string; display: string; start_url: string })
        : null;
    });
    expect(manifest).toMatchObject({ name: 'Masterplan Smart City', display: 'standalone' });
    // The service worker has installed (every file of the build cached) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await page.getByLabel('Nama tim', { exact: true }).fill('Tim sebelum luring');

    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('/index.html').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('online'); // from the cache
    await page.reload();
    await open(page, 'profil');
    expect(await page.getByLabel('Nama tim', { exact: true }).inputValue()).toBe('Tim sebelum luring');
    // Work goes on offline: pages load (their modules come from the cache) and edits are kept.
    await open(page, 'kematangan');
    await open(page, 'profil');
    await page.getByLabel('Nama tim', { exact: true }).fill('Tim luring');
    await page.reload();
    await open(page, 'profil');
    expect(await page.getByLabel('Nama tim', { exact: true }).inputValue()).toBe('Tim luring');
    await context.setOffline(false);
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

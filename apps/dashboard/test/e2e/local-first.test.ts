// One browser, no server: nothing typed is lost on a reload or a closed tab, two tabs of one project merge,
// and without IndexedDB the app says so, works in memory and offers the export.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, baseURL, launch, newContext, open, type Page } from './helpers.js';

const team = (page: Page) => page.getByLabel('Nama tim', { exact: true });

describe('local-first: reloads, closed tabs and two tabs', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the last keystrokes typed just before a reload', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseURL()}/#/profil`);
    await open(page, 'profil');
    await team(page).fill('Tim');
    // Typed, then the page is reloaded at once: no wait for any save indicator.
    await team(page).pressSequentially(' Pelaksana Kabupaten');
    await page.reload();
    await open(page, 'profil');
    expect(await team(page).inputValue()).toBe('Tim Pelaksana Kabupaten');
    await context.close();
  });

  it('keeps what was typed in a tab closed right after', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseURL()}/#/profil`);
    await open(page, 'profil');
    await team(page).fill('Tim yang ditutup');
    await page.close();
    const again = await context.newPage();
    await again.goto(`${baseURL()}/#/profil`);
    await open(again, 'profil');
    expect(await team(again).inputValue()).toBe('Tim yang ditutup');
    await context.close();
  });

  it('merges two tabs of one project instead of letting one overwrite the other', async () => {
    const { context } = await newContext(browser);
    const a = await context.newPage();
    await a.goto(`${baseURL()}/#/profil`);
    await open(a, 'profil');
    const b = await context.newPage();
    await b.goto(`${baseURL()}/#/profil`);
    await open(b, 'profil');
    await team(a).fill('Tim dari tab A');
    await b.getByLabel('Visi smart city', { exact: true }).fill('Visi dari tab B');
    // Each tab shows the other's edit without a reload…
    await expect.poll(() => team(b).inputValue()).toBe('Tim dari tab A');
    await expect
      .poll(() => a.getByLabel('Visi smart city', { exact: true }).inputValue())
      .toBe('Visi dari tab B');
    // …and both edits are stored.
    await a.close();
    await b.reload();
    await open(b, 'profil');
    expect(await team(b).inputValue()).toBe('Tim dari tab A');
    expect(await b.getByLabel('Visi smart city', { exact: true }).inputValue()).toBe('Visi dari tab B');
    await context.close();
  });

  it('opens the projects an earlier version of the dashboard kept', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    // Same origin, without the app: write the earlier store's database as that version did.
    await page.goto(`${baseURL()}/favicon.svg`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('smartcity-dashboard', 1);
          req.onupgradeneeded = () => {
            req.result.createObjectStore('projects', { keyPath: 'id' });
            req.result.createObjectStore('meta');
          };
          req.onsuccess = () => {
            const tx = req.result.transaction('projects', 'readwrite');
            tx.objectStore('projects').put({
              id: 'p-old',
              doc: {
                schemaVersion: 1,
                kind: 'smartcity.masterplan',
                region: { code: '71.71', name: 'Kota Manado' },
                team: { name: 'Tim lama' },
              },
              drafts: { 'period.endYear': '20x' },
              createdAt: '2025-01-01T00:00:00.000Z',
              updatedAt: '2025-01-01T00:00:00.000Z',
            });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.goto(`${baseURL()}/#/profil`);
    await open(page, 'profil');
    expect(await team(page).inputValue()).toBe('Tim lama');
    expect(await page.getByLabel('Tahun selesai').inputValue()).toBe('20x');
    await context.close();
  });

  it('without IndexedDB says so, works in memory, never claims "saved", and offers the export', async () => {
    const { context } = await newContext(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('IndexedDB is disabled', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/#/profil`);
    await open(page, 'profil');
    const notice = page.getByTestId('storage-unavailable');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Penyimpanan peramban (IndexedDB) tidak tersedia');
    await team(page).fill('Tim tanpa penyimpanan');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Tidak disimpan');
    expect((await page.getByTestId('save-status').textContent())?.toLowerCase()).not.toContain('tersimpan');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('memory-export').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text).team.name).toBe('Tim tanpa penyimpanan');
    // In English too.
    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    expect(await notice.textContent()).toContain('Browser storage (IndexedDB) is unavailable');
    expect(await page.getByTestId('save-status').textContent()).toContain('Not saved');
    await context.close();
  });
});

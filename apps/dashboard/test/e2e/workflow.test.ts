import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  baseURL,
  launch,
  newContext,
  open,
  type Page,
  SHOTS,
  saved,
  settled,
  type Watch,
} from './helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('the regency workflow, page by page', () => {
  let browser: Browser;
  let page: Page;
  let watch: Watch;
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    const c = await newContext(browser);
    watch = c.watch;
    page = await c.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${baseURL()}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('seeds the Minahasa sample on the first run and opens the profile', async () => {
    await open(page, 'profil');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.getByLabel('Kabupaten/kota').inputValue()).toBe('71.02');
    expect(await page.getByLabel('Nama tim', { exact: true }).inputValue()).toContain('Minahasa');
  });

  it('1 · profil: edits the team and keeps a half-typed number as typed, with its error', async () => {
    await page.getByLabel('Nama tim', { exact: true }).fill('Tim Pelaksana Uji');
    await page.getByRole('button', { name: '+ Tambah OPD' }).click();
    const names = page.locator('table.edit-table').nth(1).locator('tbody tr');
    const last = names.last();
    await last.locator('input').first().fill(HOSTILE);
    const end = page.getByLabel('Tahun selesai');
    await end.fill('20x');
    await expect.poll(() => page.locator('#f-period_endYear-err').textContent()).toContain('Bukan angka');
    await saved(page);
    await page.reload();
    await open(page, 'profil');
    expect(await page.getByLabel('Tahun selesai').inputValue()).toBe('20x');
    expect(await page.locator('#f-period_endYear-err').textContent()).toContain('Bukan angka');
    expect(await page.getByLabel('Nama tim', { exact: true }).inputValue()).toBe('Tim Pelaksana Uji');
    await page.getByLabel('Tahun selesai').fill('2031');
    await settled(page);
    expect(await page.locator('#f-period_endYear-err').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/1-profil.png`, fullPage: true });
  });

  it('2 · kesiapan: answers an item with evidence; scores and coverage update live', async () => {
    await open(page, 'kesiapan');
    const before = await page.getByTestId('readiness-coverage').textContent();
    // An item answered neither with a score nor at all ("unknown" or missing): answering it raises coverage.
    const itemId = await page.evaluate(() => {
      const q = [...document.querySelectorAll<HTMLElement>('.question')].find((el) =>
        ['', 'unknown'].includes(el.querySelector('select')!.value),
      );
      return q?.dataset.item;
    });
    expect(itemId).toBeTruthy();
    const item = page.locator(`.question[data-item="${itemId}"] select`);
    await item.selectOption('5');
    await page.locator(`#ev-${itemId}-link`).fill('https://minahasa.go.id/bukti');
    await settled(page);
    await expect.poll(() => page.getByTestId('readiness-coverage').textContent()).not.toBe(before);
    await saved(page);
    await page.screenshot({ path: `${SHOTS}/2-kesiapan.png`, fullPage: true });
    (globalThis as Record<string, unknown>).itemId = itemId;
  });

  it('3 · kematangan: sets current and target levels; the radar is drawn', async () => {
    await open(page, 'kematangan');
    await page.getByLabel('Saat ini — Layanan Publik').selectOption('3');
    await page.getByLabel('Target — Layanan Publik').selectOption('5');
    await page.locator('#ev-public-service-note').fill('Mal Pelayanan Publik beroperasi');
    await settled(page);
    expect(await page.locator('sc-maturity-radar').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('maturity-index').textContent()).toMatch(/\d,\d\d/);
    await saved(page);
    await page.screenshot({ path: `${SHOTS}/3-kematangan.png`, fullPage: true });
  });

  it('4 · program: adds a programme with a hostile name, a budget and quick-win ratings', async () => {
    await open(page, 'program');
    const table = page.getByTestId('programme-table').locator('tbody tr');
    // The page renders its table after the project loads: count only once the rows are there.
    await expect.poll(() => table.count()).toBeGreaterThan(0);
    const rows = await table.count();
    await page.getByRole('button', { name: '+ Tambah program' }).click();
    await expect.poll(() => page.getByTestId('programme-table').locator('tbody tr').count()).toBe(rows + 1);
    const editor = page.locator('#programme-editor');
    await editor.getByLabel('Nama', { exact: true }).fill(HOSTILE);
    await editor.getByRole('button', { name: '+ Tambah baris anggaran' }).click();
    await editor.getByLabel('Jumlah (Rp) (1)').fill('250.000.000');
    await editor.getByRole('checkbox', { name: /Kandidat/ }).check();
    for (const c of [
      'Dampak bagi warga',
      'Keselarasan dengan RPJMD',
      'Biaya',
      'Waktu pelaksanaan',
      'Kelayakan',
    ])
      await editor
        .getByLabel(c, { exact: true })
        .selectOption(c === 'Biaya' || c === 'Waktu pelaksanaan' ? '1' : '5');
    await settled(page);
    await expect.poll(() => page.getByTestId('programme-table').textContent()).toContain(HOSTILE);
    await saved(page);
    await page.screenshot({ path: `${SHOTS}/4-program.png`, fullPage: true });
  });

  it('5 · quick win: sets the budget, shows candidates and adopts the optimal portfolio', async () => {
    await open(page, 'quick-win');
    await page.getByLabel('Anggaran quick win tahun 1–2 (Rp)').fill('5000000000');
    await settled(page);
    await expect.poll(() => page.getByTestId('candidates').textContent()).toContain(HOSTILE);
    await page.getByTestId('adopt').click();
    await settled(page);
    const chosen = Number(await page.getByTestId('portfolio-count').locator('.v').textContent());
    expect(chosen).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#h-sel .badge').textContent()).toBe(String(chosen));
    await saved(page);
    await page.screenshot({ path: `${SHOTS}/5-quick-win.png`, fullPage: true });
  });

  it('6 · literasi: edits a pillar baseline and compares it with the national index', async () => {
    await open(page, 'literasi');
    const skills = page.getByLabel('Kecakapan Digital (1–5)');
    await skills.fill('3,1');
    await settled(page);
    await expect.poll(() => page.getByTestId('literacy-table').textContent()).toContain('3,10');
    await saved(page);
    await page.screenshot({ path: `${SHOTS}/6-literasi.png`, fullPage: true });
  });

  it('8 · evaluasi: adds a year and shows the index and the change since last year', async () => {
    await open(page, 'evaluasi');
    await page.getByRole('button', { name: '+ Tambah evaluasi tahun' }).click();
    await settled(page);
    const card = page
      .locator('section.card')
      .filter({ has: page.locator('h2', { hasText: /Evaluasi \d{4}/ }) })
      .first();
    for (const [label, v] of [
      ['Baseline (0–5)', '3'],
      ['Output (0–5)', '3,5'],
      ['Outcome (0–5)', '3'],
      ['Dampak (0–5)', '3'],
      ['Quick Win (0–5)', '4'],
    ])
      await card.getByLabel(label!, { exact: true }).fill(v!);
    await settled(page);
    await expect.poll(() => page.getByTestId('evaluation-index').locator('.v').textContent()).toBe('3,20');
    expect(await page.getByTestId('evaluation-change').textContent()).toBeTruthy();
    await saved(page);
    await page.screenshot({ path: `${SHOTS}/8-evaluasi.png`, fullPage: true });
  });

  it('7 · laporan: the report shows every chapter and the hostile name as text', async () => {
    await open(page, 'laporan');
    await settled(page);
    const chapters = page.locator('section.chapter h2');
    await expect.poll(() => chapters.count()).toBe(8);
    expect(await chapters.first().textContent()).toContain('Bab I');
    expect(await page.locator('article.report').textContent()).toContain(HOSTILE);
    await page.screenshot({ path: `${SHOTS}/7-laporan.png`, fullPage: false });
  });

  it('keeps everything after a reload', async () => {
    await saved(page);
    await page.reload();
    await open(page, 'profil');
    expect(await page.getByLabel('Nama tim', { exact: true }).inputValue()).toBe('Tim Pelaksana Uji');
    await open(page, 'kesiapan');
    const itemId = (globalThis as Record<string, unknown>).itemId as string;
    expect(await page.locator(`.question[data-item="${itemId}"] select`).inputValue()).toBe('5');
    expect(await page.locator(`#ev-${itemId}-link`).inputValue()).toBe('https://minahasa.go.id/bukti');
    await open(page, 'kematangan');
    expect(await page.getByLabel('Saat ini — Layanan Publik').inputValue()).toBe('3');
    expect(await page.getByLabel('Target — Layanan Publik').inputValue()).toBe('5');
    await open(page, 'program');
    expect(await page.getByTestId('programme-table').textContent()).toContain(HOSTILE);
    await open(page, 'quick-win');
    expect(await page.getByLabel('Anggaran quick win tahun 1–2 (Rp)').inputValue()).toBe('5000000000');
    await open(page, 'literasi');
    expect(await page.getByLabel('Kecakapan Digital (1–5)').inputValue()).toBe('3.1');
    await open(page, 'evaluasi');
    expect(await page.getByTestId('evaluation-index').locator('.v').textContent()).toBe('3,20');
  });

  it('shows hostile text as text everywhere: no element injected, no script run', async () => {
    for (const r of ['profil', 'program', 'quick-win', 'laporan']) {
      await open(page, r);
      await settled(page);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });

  it('reported no CSP violation and no console error', () => {
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
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

// The seeded Minahasa sample carries three illustrative years of monitoring (2022–2024).
describe('monitoring and the projection', () => {
  let browser: Browser;
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    browser = await launch();
    const c = await newContext(browser);
    watch = c.watch;
    page = await c.context.newPage();
    await page.goto(`${baseURL()}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows plan against realisation per year and dimension, what is late, and the RPJMD check', async () => {
    await open(page, 'monitoring');
    await settled(page);
    expect(await page.locator('main > h1').textContent()).toBe('Monitoring');
    for (const y of [2022, 2023, 2024]) await page.getByTestId(`realisation-${y}`).waitFor();
    const total2023 = page.getByTestId('realisation-2023').locator('tbody tr').last();
    expect(await total2023.textContent()).toContain('19/19');
    expect(await total2023.textContent()).toContain('77,6%');
    expect(await page.getByTestId('monitoring-late').textContent()).toContain('4');
    expect(await page.getByTestId('monitoring-late-list').textContent()).toContain('command-center');
    expect(await page.getByTestId('revision').textContent()).toContain('2031');
  });

  it('edits a record of the year in place, and the summary follows', async () => {
    await page.getByLabel('Berjalan (CCTV Terpadu dan Command Center 2024)').selectOption('true');
    await page.getByLabel('Status (CCTV Terpadu dan Command Center 2024)').selectOption('on-track');
    await saved(page);
    await settled(page);
    await expect.poll(() => page.getByTestId('monitoring-late').textContent()).toContain('3');
    expect(await page.getByTestId('monitoring-late-list').textContent()).not.toContain('command-center');
  });

  it('imports a CSV and reports a bad one with its row and column', async () => {
    await page.getByTestId('monitoring-csv').setInputFiles({
      name: 'monitoring-2025.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'program;tahun;berjalan;status;sumber_dana;realisasi\r\nkanal-aduan;2025;ya;on-track;apbd;100000000\r\n',
      ),
    });
    await page.getByText('1 catatan monitoring diimpor.').waitFor();
    await settled(page);
    await page.getByTestId('realisation-2025').waitFor();
    await page.getByTestId('monitoring-csv').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'programme,year,ran,status,source,realised\r\nkanal-aduan,2025,maybe,on-track,apbd,1.500.000\r\n',
      ),
    });
    const alert = page.locator('#monitoring-import-result [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('rows[2].ran');
    expect(await alert.textContent()).toContain('rows[2].realised');
  });

  it('draws the radar over time and changes it with a what-if', async () => {
    const table = page.getByTestId('projection-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(10); // 2023–2031 and the target
    await page.getByTestId('projection-radar').waitFor();
    await page.getByTestId('projection-year').selectOption('2027');
    await page.getByLabel('Hapus program').selectOption('e-pajak');
    await page.getByRole('button', { name: 'Hitung skenario' }).click();
    const schedule = page.getByTestId('whatif-schedule');
    await schedule.waitFor();
    expect(await schedule.textContent()).toContain('e-pajak: 2024 → —');
    expect(await table.locator('thead th').count()).toBe(3);
    await page.locator('sc-projection-panel').screenshot({ path: `${SHOTS}/monitoring-projection.png` });
    const row2027 = table.locator('tbody tr').nth(4);
    const [before, after] = await row2027.locator('td').allTextContents();
    expect(Number(after!.replace(',', '.'))).toBeLessThan(Number(before!.replace(',', '.')));
    await page.getByRole('button', { name: 'Kembali ke rencana' }).click();
    await expect.poll(() => table.locator('thead th').count()).toBe(2);
  });

  it('has no accessibility violations, no CSP violation and no console error', async () => {
    expect(await axe(page)).toEqual([]);
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

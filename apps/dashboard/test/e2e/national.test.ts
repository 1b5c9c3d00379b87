import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNationalSet } from '@smartcity/model/samples';
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
  type Watch,
} from './helpers.js';

describe('the national view', () => {
  let browser: Browser;
  let page: Page;
  let watch: Watch;
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-national-'));
  const files: string[] = [];

  beforeAll(async () => {
    for (const m of generateNationalSet(7)) {
      const f = join(dir, `${m.region.code}.json`);
      writeFileSync(f, `${JSON.stringify(m)}\n`);
      files.push(f);
    }
    const broken = join(dir, 'zz-rusak.json');
    writeFileSync(broken, '{"schemaVersion":1,"kind":"smartcity.masterplan"');
    const foreign = join(dir, 'zz-asing.json');
    writeFileSync(
      foreign,
      JSON.stringify({
        schemaVersion: 1,
        kind: 'smartcity.masterplan',
        framework: { id: 'gmsc', version: '2021.1' },
      }),
    );
    files.push(broken, foreign);
    browser = await launch();
    const c = await newContext(browser);
    watch = c.watch;
    page = await c.context.newPage();
    await page.goto(`${baseURL()}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads 514 generated regions plus two bad files, with progress, and lists the invalid ones with reasons', async () => {
    expect(files.length).toBe(516);
    await open(page, 'nasional');
    const t0 = Date.now();
    await page.locator('#national-files').setInputFiles(files);
    await page.getByTestId('progress').waitFor({ timeout: 10_000 });
    await page.getByTestId('national-summary').waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - t0) / 1000;
    console.log(`national view: 516 files read, checked and compared in ${seconds.toFixed(1)} s`);
    expect(await page.getByTestId('national-summary').textContent()).toContain('514 berkas sah, 2 tidak sah');
    const invalid = await page.getByTestId('invalid-files').textContent();
    expect(invalid).toContain('zz-rusak.json');
    expect(invalid).toContain('JSON');
    expect(invalid).toContain('zz-asing.json');
    expect(invalid).toContain('region');
  });

  it('compares the valid ones: ranking, distribution per dimension, peer groups, one region against the median', async () => {
    expect(await page.getByTestId('ranking').locator('tbody tr').count()).toBe(25);
    await page.getByRole('button', { name: /Tampilkan semua/ }).click();
    expect(await page.getByTestId('ranking').locator('tbody tr').count()).toBe(514);
    const dist = await page.getByTestId('distribution').textContent();
    for (const d of [
      'Tata Kelola',
      'Branding',
      'Ekonomi',
      'Lingkungan Hidup Layak',
      'Masyarakat',
      'Lingkungan',
    ])
      expect(dist).toContain(d);
    expect(await page.getByTestId('peer-groups').textContent()).toContain('Kabupaten');
    await page.getByLabel('Kelompok', { exact: true }).selectOption('province');
    expect(await page.getByTestId('peer-groups').locator('tbody tr').count()).toBe(38);
    await page.getByLabel('Daerah yang dibandingkan').selectOption('71.02');
    await expect.poll(() => page.getByTestId('compare-table').textContent()).toContain('Kabupaten Minahasa');
    expect(await page.locator('[data-testid="national-radar"]').count()).toBe(1);
  });

  it("draws the heatmap of the loaded regions × elements and the open project's wheel against its peers", async () => {
    const heatmap = page.getByTestId('national-heatmap');
    // Every region row has its element cells (filled, or dashed when not assessed): not the empty state.
    await expect
      .poll(() => heatmap.locator('svg rect.c-fill').count(), { timeout: 30_000 })
      .toBeGreaterThan(514 * 10);
    expect(await heatmap.locator('[part="empty"], [part="error"]').count()).toBe(0);
    const wheel = page.getByTestId('national-wheel');
    await expect.poll(() => wheel.locator('svg path.rule-fill').count(), { timeout: 30_000 }).toBe(18);
    expect(await wheel.locator('[part="empty"], [part="error"]').count()).toBe(0);
    expect(await page.locator('#h-wheel + p').textContent()).toContain('Kabupaten Minahasa');
    await page.screenshot({ path: `${SHOTS}/nasional.png`, fullPage: false });
    const v = await axe(page);
    expect(v).toEqual([]);
  });

  it('reported no CSP violation and no console error', () => {
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMasterplan } from '@smartcity/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  baseURL,
  launch,
  newContext,
  open,
  type Page,
  saved,
  settled,
  type Watch,
} from './helpers.js';

async function downloadText(page: Page, testid: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await download.path();
  return readFileSync(path!, 'utf8');
}

describe('import and export', () => {
  let browser: Browser;
  let page: Page;
  let watch: Watch;
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-io-'));

  beforeAll(async () => {
    browser = await launch();
    const c = await newContext(browser);
    watch = c.watch;
    page = await c.context.newPage();
    await page.goto(`${baseURL()}/`);
    await open(page, 'proyek');
    await settled(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('exports the project JSON and re-imports it byte for byte', async () => {
    const first = await downloadText(page, 'export-json');
    expect(JSON.parse(first).kind).toBe('smartcity.masterplan');
    const file = join(dir, 'masterplan.json');
    writeFileSync(file, first);
    const rows = await page.locator('table').first().locator('tbody tr').count();
    // The region has a project already: the import offers merge or replace, showing that nothing changes.
    await page.locator('#import-file').setInputFiles(file);
    const choice = page.getByTestId('import-choice');
    await choice.waitFor();
    expect(await page.getByTestId('import-replace-changes').textContent()).toContain(
      'Tidak ada yang berubah',
    );
    await choice.getByRole('button', { name: 'Ganti proyek dengan berkas' }).click();
    await settled(page);
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(rows);
    const second = await downloadText(page, 'export-json');
    expect(second).toBe(first);
  });

  it('imports a file for a new region as a new project, which the undo removes', async () => {
    const rows = await page.locator('table').first().locator('tbody tr').count();
    const file = join(dir, 'manado.json');
    writeFileSync(file, JSON.stringify(createMasterplan('71.71')));
    await page.locator('#import-file').setInputFiles(file);
    await expect.poll(() => page.locator('table').first().locator('tbody tr').count()).toBe(rows + 1);
    await page.getByRole('button', { name: 'Urungkan impor' }).click();
    await expect.poll(() => page.locator('table').first().locator('tbody tr').count()).toBe(rows);
  });

  it('merges or replaces a file for a region that has a project, showing what would change, with an undo', async () => {
    await settled(page);
    const original = await downloadText(page, 'export-json');
    const rows = await page.locator('table').first().locator('tbody tr').count();
    const theirs = JSON.parse(original);
    theirs.vision = 'Visi dari berkas OPD';
    const removed = theirs.team.members.pop();
    const file = join(dir, 'dari-opd.json');
    writeFileSync(file, JSON.stringify(theirs));
    await page.locator('#import-file').setInputFiles(file);
    const choice = page.getByTestId('import-choice');
    await choice.waitFor();
    expect(await choice.textContent()).toContain('dari-opd.json');
    const replace = await page.getByTestId('import-replace-changes').textContent();
    expect(replace).toContain('2 perubahan');
    expect(replace).toContain('vision');
    expect(replace).toContain('Visi dari berkas OPD');
    expect(replace).toContain('dihapus');
    // Merging keeps what only the project holds (the member the file lacks).
    const merge = await page.getByTestId('import-merge-changes').textContent();
    expect(merge).toContain('1 perubahan');
    expect(merge).not.toContain('dihapus');
    await choice.getByRole('button', { name: 'Gabungkan ke proyek' }).click();
    await settled(page);
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(rows);
    const merged = JSON.parse(await downloadText(page, 'export-json'));
    expect(merged.vision).toBe('Visi dari berkas OPD');
    expect(merged.team.members.map((o: { id: string }) => o.id)).toContain(removed.id);
    await page.getByRole('button', { name: 'Urungkan impor' }).click();
    await settled(page);
    expect(await downloadText(page, 'export-json')).toBe(original);
  });

  it('refuses a broken file, says what and where in the user’s language, and changes nothing', async () => {
    await saved(page);
    const original = await downloadText(page, 'export-json');
    const rows = await page.locator('table').first().locator('tbody tr').count();
    const broken = JSON.parse(original);
    broken.region.code = '99.99';
    broken.programmes[0].budget = [{ year: 2023, source: 'apbd', amount: -5 }];
    const bad = join(dir, 'rusak.json');
    writeFileSync(bad, JSON.stringify(broken));
    await page.locator('#import-file').setInputFiles(bad);
    const box = page.getByTestId('import-errors');
    await box.waitFor();
    const text = await box.textContent();
    expect(text).toContain('rusak.json');
    expect(text).toContain('Data Anda tidak berubah');
    expect(text).toContain('programmes[0].budget[0].amount');
    const notJson = join(dir, 'bukan.json');
    writeFileSync(notJson, '{ "kind": "smartcity.masterplan", ');
    await page.locator('#import-file').setInputFiles(notJson);
    await expect.poll(() => box.textContent()).toContain('JSON');
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ schemaVersion: 1, kind: 'invoice', total: 3 }));
    await page.locator('#import-file').setInputFiles(foreign);
    await expect.poll(() => box.textContent()).toContain('kind');
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(rows);
    expect(await downloadText(page, 'export-json')).toBe(original);
  });

  it('imports UTF-8 with a BOM and UTF-16, and refuses Latin-1 with the byte offset', async () => {
    await saved(page);
    const original = await downloadText(page, 'export-json');
    const rows = await page.locator('table').first().locator('tbody tr').count();
    // A region without a project, so that each import adds one (the undo removes it again).
    const fresh = JSON.stringify(createMasterplan('71.72'), null, 2);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fresh, 'utf16le')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fresh, 'utf8')]);
    for (const [name, bytes] of [
      ['bom.json', bom],
      ['utf16.json', utf16],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const before = await page.locator('table').first().locator('tbody tr').count();
      await page.locator('#import-file').setInputFiles(file);
      await expect.poll(() => page.locator('table').first().locator('tbody tr').count()).toBe(before + 1);
      await page.getByRole('button', { name: 'Urungkan impor' }).click();
      await expect.poll(() => page.locator('table').first().locator('tbody tr').count()).toBe(rows);
    }
    const doc = JSON.parse(original);
    doc.vision = 'Café';
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from(JSON.stringify(doc), 'latin1'));
    await page.locator('#import-file').setInputFiles(latin1);
    const box = page.getByTestId('import-errors');
    await expect.poll(() => box.textContent()).toContain('0xE9');
    expect(await box.textContent()).toContain('offset bita');
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(rows);
  });

  it('exports programmes and scores as CSV that spreadsheets open safely', async () => {
    await open(page, 'program');
    await page.getByRole('button', { name: '+ Tambah program' }).click();
    await page
      .locator('#programme-editor')
      .getByLabel('Nama', { exact: true })
      .fill('=HYPERLINK("http://x","klik")');
    await settled(page);
    await saved(page);
    await open(page, 'proyek');
    await settled(page);
    const csv = await downloadText(page, 'export-programmes');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""klik"")"');
    expect(csv).toContain('\r\n');
    const scores = await downloadText(page, 'export-scores');
    expect(scores.charCodeAt(0)).toBe(0xfeff);
    expect(scores).toContain('Kesiapan');
    expect(scores).toContain('Kematangan');
  });

  it('reported no CSP violation and no console error', () => {
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

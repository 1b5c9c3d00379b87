// Issue 12: after "add" the focus is on the first field of the new row; after "remove" on the next row's
// first field, else the previous row's, else the list's add button. Checked on two pages, on a table list
// (profil · OPD) and on an item list (literasi · target years).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, baseURL, launch, newContext, open, type Page, settled } from './helpers.js';

/** Where the focus is, relative to the rows matched by `rows` (each row's first field is what counts). */
async function focusAt(page: Page, rows: string, addName: string) {
  return page.evaluate(
    ({ rows, addName }) => {
      const list = [...document.querySelectorAll(rows)];
      const a = document.activeElement;
      const row = list.findIndex((r) => r.querySelector('input, select, textarea') === a);
      const add = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === addName);
      return { row, rows: list.length, onAdd: !!add && a === add, tag: a?.tagName ?? null };
    },
    { rows, addName },
  );
}

describe('focus after adding and removing list rows', () => {
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

  it('profil · OPD table: add focuses the new row, remove the next row, then the previous one', async () => {
    await open(page, 'profil');
    const ROWS = 'table.edit-table:has(input[id^="f-opds_"]) tbody tr';
    const add = page.getByRole('button', { name: '+ Tambah OPD' });
    const before = await page.locator(ROWS).count();
    await add.click();
    await settled(page);
    expect(await focusAt(page, ROWS, '+ Tambah OPD')).toMatchObject({ row: before, rows: before + 1 });

    // Remove the first row: the row that takes its place (index 0) gets the focus.
    await page
      .locator(ROWS)
      .first()
      .getByRole('button', { name: /^Hapus / })
      .click();
    await settled(page);
    expect(await focusAt(page, ROWS, '+ Tambah OPD')).toMatchObject({ row: 0, rows: before });

    // Remove the last row: there is no next one, so the previous row.
    await page
      .locator(ROWS)
      .last()
      .getByRole('button', { name: /^Hapus / })
      .click();
    await settled(page);
    expect(await focusAt(page, ROWS, '+ Tambah OPD')).toMatchObject({ row: before - 2, rows: before - 1 });
  });

  it('literasi · target years: add focuses the new item; removing every item ends on the add button', async () => {
    await open(page, 'literasi');
    const ROWS = 'section[aria-labelledby="h-targets"] .list-item';
    const ADD = '+ Tambah tahun target';
    const before = await page.locator(ROWS).count();
    await page.getByRole('button', { name: ADD }).click();
    await settled(page);
    expect(await focusAt(page, ROWS, ADD)).toMatchObject({ row: before, rows: before + 1 });

    for (let n = before + 1; n > 1; n--) {
      await page
        .locator(ROWS)
        .first()
        .getByRole('button', { name: /^Hapus / })
        .click();
      await settled(page);
      expect(await focusAt(page, ROWS, ADD)).toMatchObject({ row: 0, rows: n - 1 });
    }
    await page
      .locator(ROWS)
      .first()
      .getByRole('button', { name: /^Hapus / })
      .click();
    await settled(page);
    expect(await focusAt(page, ROWS, ADD)).toMatchObject({ rows: 0, onAdd: true });
  });
});

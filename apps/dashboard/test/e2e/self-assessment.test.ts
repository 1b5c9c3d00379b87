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

// The seeded Minahasa sample is a 2021 cohort region: the 2022 instrument (weights 10/20/30/10/30) applies.
describe('the self-assessment form of the Evaluasi step', () => {
  let browser: Browser;
  let page: Page;
  let watch: Watch;
  const form = () => page.getByTestId('self-assessment');
  const question = (id: string) => form().locator(`.sa-question[data-question="${id}"]`);
  const kpiValue = (testid: string) => form().getByTestId(testid).locator('.v').textContent();
  const progress = (dimension: string) =>
    form().locator(`[data-testid="sa-progress"] tr[data-dimension="${dimension}"]`);

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

  it('starts a self-assessment on the instrument that applies to the region', async () => {
    await open(page, 'evaluasi');
    const instrument = page.getByLabel('Instrumen', { exact: true });
    expect(await instrument.inputValue()).toBe('gmsc-2022@2022.1');
    expect(await page.getByLabel('Tahun penilaian mandiri').inputValue()).toBe('2022');
    await page.getByRole('button', { name: '+ Mulai penilaian mandiri' }).click();
    await settled(page);
    await form().waitFor();
    expect(await kpiValue('sa-predicted')).toBe('—');
    expect(await progress('baseline').locator('[data-role="answered"]').textContent()).toBe(
      '0 dari 5 dijawab',
    );
    // Every question with its help text, grouped dimension → indicator → sub-indicator.
    expect(await form().locator('.sa-question').count()).toBe(59);
    expect(await form().locator('fieldset.sa-dimension > legend').first().textContent()).toContain(
      'Baseline',
    );
    expect(await question('bl-legal-basis').locator('.hint').count()).toBe(1);
  });

  it('answers questions: progress, evidence and the predicted index change', async () => {
    const first = question('bl-legal-basis');
    const label = (await first.locator('label strong').textContent())!.trim();
    // The answer is reachable by its label (the question's text).
    await page.getByLabel(`${label} — Jawaban daerah`).selectOption('4');
    await settled(page);
    await expect.poll(() => kpiValue('sa-predicted')).toBe('0,40');
    expect(await progress('baseline').locator('[data-role="answered"]').textContent()).toBe(
      '1 dari 5 dijawab',
    );
    expect(await progress('baseline').locator('[data-role="evidence"]').textContent()).toBe(
      '0 dari 1 dengan data dukung',
    );

    await first.getByLabel('Tautan (URL)').fill('https://minahasa.go.id/perbup-smart-city');
    await settled(page);
    await expect
      .poll(() => progress('baseline').locator('[data-role="evidence"]').textContent())
      .toBe('1 dari 1 dengan data dukung');

    await question('bl-council-meeting').locator('select').first().selectOption('2');
    await settled(page);
    // Baseline = (4 + 2) / 2 = 3; index = 10% × 3.
    await expect.poll(() => kpiValue('sa-predicted')).toBe('0,30');
    expect(await progress('baseline').locator('td.num').last().textContent()).toBe('3,00');
  });

  it('lists the questions that would raise the index most, and leads to them by keyboard', async () => {
    const gains = form().getByTestId('sa-gains').locator('li');
    expect(await gains.count()).toBe(10);
    // An unanswered question of a 30% dimension answered 4 adds 0.3 × 4 = 1.2: the first in form order leads.
    const firstOutcome = await form()
      .locator('fieldset.sa-dimension[data-dimension="outcome"] .sa-question')
      .first()
      .getAttribute('data-question');
    expect(await gains.first().getAttribute('data-question')).toBe(firstOutcome);
    expect(await gains.first().textContent()).toContain('indeks +1,200');
    await gains.first().locator('a').focus();
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('.sa-question')?.getAttribute('data-question'),
      ),
    ).toBe(firstOutcome);
  });

  it("enters an assessor's value and note beside the region's own, and imports more from CSV", async () => {
    const first = question('bl-legal-basis');
    const label = (await first.locator('label strong').textContent())!.trim();
    await page.getByLabel(`Nilai validasi penilai — ${label}`).selectOption('3');
    await settled(page);
    await first.getByLabel(/Catatan penilai/).fill('Perbup belum diundangkan');
    await settled(page);
    // Final: baseline (3 + 2) / 2 = 2.5 → 0.25; the predicted index keeps the region's own values.
    await expect.poll(() => kpiValue('sa-final')).toBe('0,25');
    expect(await kpiValue('sa-predicted')).toBe('0,30');
    expect(await kpiValue('sa-validated')).toBe('1');

    await form()
      .getByTestId('sa-assessors-csv')
      .setInputFiles({
        name: 'penilai.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'question,validated,note\nbl-council-meeting,1,Notulen tidak ada\nbukan-pertanyaan,3,\n',
        ),
      });
    await settled(page);
    await expect.poll(() => kpiValue('sa-final')).toBe('0,20');
    const result = form().locator('[id$="-import-result"]');
    expect(await result.textContent()).toContain('1 nilai penilai diimpor');
    expect(await result.textContent()).toContain('Baris 3');
    expect(await result.textContent()).toContain('bukan-pertanyaan');
    expect(
      await question('bl-council-meeting')
        .getByLabel(/Catatan penilai/)
        .inputValue(),
    ).toBe('Notulen tidak ada');
    await saved(page);
    await page.screenshot({ path: `${SHOTS}/self-assessment.png`, fullPage: false });
  });

  it('keeps the answers after a reload, and the page passes axe without console errors', async () => {
    await page.reload();
    await open(page, 'evaluasi');
    await settled(page);
    await expect.poll(() => kpiValue('sa-predicted')).toBe('0,30');
    expect(await kpiValue('sa-final')).toBe('0,20');
    expect(await question('bl-legal-basis').getByLabel('Tautan (URL)').inputValue()).toBe(
      'https://minahasa.go.id/perbup-smart-city',
    );
    expect(await axe(page)).toEqual([]);
    expect(watch.csp).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

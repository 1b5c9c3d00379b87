import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runContract } from '../../test/contract.js';
import { HOSTILE, heatmap } from '../../test/fixtures.js';
import { cleanup, collect, expectNoAxeViolations, mount, settle, shadow } from '../../test/helpers.js';
import type { AxisSelectDetail } from '../shared/model.js';
import './define.js';
import type { ScMaturityHeatmap } from './maturity-heatmap.js';

const TAG = 'sc-maturity-heatmap';
afterEach(cleanup);

const rowLabels = (el: Element) =>
  [...shadow(el).querySelectorAll('.row-labels text:not(.t-muted)')].map((t) => t.textContent);

describe('<sc-maturity-heatmap>', () => {
  runContract({
    tag: TAG,
    data: () => heatmap(),
    english: () => heatmap('en'),
    other: () => ({
      elements: [{ id: 'x', label: 'Literasi digital' }],
      regions: [{ id: 'a', label: 'Kota Bitung', values: { x: 2 } }],
    }),
    otherText: 'Kota Bitung',
    hostile: (d) => {
      d.regions[0]!.label = HOSTILE;
    },
    englishText: 'Public Service',
    states: [
      ['grouped by province', () => ({ ...heatmap(), groupBy: 'province' })],
      ['many regions', () => heatmap('id', 60)],
    ],
  });

  it('draws one cell per value, missing values dashed and named, and a row per region in the table', async () => {
    const el = await mount<ScMaturityHeatmap>(TAG, { data: heatmap() });
    const root = shadow(el);
    expect(root.querySelectorAll('.cells rect')).toHaveLength(12 * 18);
    const missing = root.querySelectorAll('.cells rect.missing').length;
    expect(missing).toBeGreaterThan(0);
    expect(el.layout!.notes[0]).toContain('tidak ada data');
    expect(root.querySelectorAll('#table tbody tr')).toHaveLength(12);
    expect(root.querySelectorAll('#table thead th')).toHaveLength(1 + 18 + 1);
  });

  it('sorts by mean (default), by a column heading click, reversed by a second click, and from the keyboard', async () => {
    const data = heatmap();
    const el = await mount<ScMaturityHeatmap>(TAG, { data });
    const means = () => el.layout!.rows.map((r) => r.mean ?? -1);
    expect(means()).toEqual([...means()].sort((a, b) => b - a));
    const events = collect<AxisSelectDetail>(el, 'sc-axis-select');
    const heading = shadow(el).querySelector<SVGElement>('[data-axis="health"]')!;
    await userEvent.click(heading);
    await settle(el);
    expect(events.at(-1)?.detail).toMatchObject({
      chart: 'maturity-heatmap',
      axisId: 'health',
      label: 'Kesehatan',
    });
    const health = () =>
      el.layout!.rows.map((r) => data.regions.find((x) => x.id === r.id)!.values.health ?? null);
    const desc = health().filter((v): v is number => v !== null);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    // Missing values go last, in either order.
    expect(health().at(-1) === null || !health().includes(null)).toBe(true);
    await userEvent.click(shadow(el).querySelector<SVGElement>('[data-axis="health"]')!);
    await settle(el);
    const asc = health().filter((v): v is number => v !== null);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(shadow(el).querySelector('[data-axis="health"]')?.getAttribute('aria-label')).toContain('▲');
    // Keyboard: focus the headings (one tab stop), move to "Rata-rata", Enter sorts by the mean again.
    const first = shadow(el).querySelector<SVGElement>('[data-axis][tabindex="0"]')!;
    first.focus();
    await userEvent.keyboard('{End}{Enter}');
    await settle(el);
    expect(events.at(-1)?.detail.axisId).toBe('mean');
    expect(el.sortBy).toBe('mean');
    el.sortBy = 'label';
    el.sortOrder = 'asc';
    await settle(el);
    const names = rowLabels(el);
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!, 'id')));
  });

  it('groups rows by province or cohort, with a heading per group', async () => {
    const el = await mount<ScMaturityHeatmap>(TAG, { data: heatmap(), groupBy: 'province' });
    const groups = el.layout!.groups.map((g) => g.label);
    expect(groups).toEqual(['Jawa Barat', 'Kalimantan Timur', 'Nusa Tenggara Timur', 'Sulawesi Utara']);
    expect(shadow(el).querySelector('.groups')?.textContent).toContain('Jawa Barat · 3 daerah');
    expect(shadow(el).querySelectorAll('#table thead th')[1]?.textContent).toBe('provinsi');
    el.groupBy = 'cohort';
    await settle(el);
    expect(el.layout!.groups.map((g) => g.label)).toEqual(['2017', '2018', '2019']);
    el.setAttribute('group-by', 'none');
    await settle(el);
    expect(el.layout!.groups).toEqual([]);
  });

  it('moves through the grid with the arrow keys: across a row and down a column', async () => {
    const el = await mount<ScMaturityHeatmap>(TAG, { data: heatmap() });
    const focused = collect<{ regionId: string; elementId: string }>(el, 'sc-point-focus');
    shadow(el).querySelector<SVGElement>('.point[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    const [a, b, c] = focused.map((e) => e.detail);
    expect(b!.regionId).toBe(a!.regionId);
    expect(b!.elementId).not.toBe(a!.elementId);
    expect(c!.elementId).toBe(b!.elementId);
    expect(c!.regionId).not.toBe(b!.regionId);
  });

  it('has no axe violations with 60 regions grouped and the table shown', async () => {
    const el = await mount<ScMaturityHeatmap>(TAG, { data: { ...heatmap('id', 60), groupBy: 'cohort' } });
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await settle(el);
    await expectNoAxeViolations(el);
  });
});

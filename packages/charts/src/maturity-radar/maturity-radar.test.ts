import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import {
  HOSTILE,
  radarDimensions,
  radarElements,
  radarLongLabels,
  radarManySeries,
  radarMissing,
} from '../../test/fixtures.js';
import { cleanup, collect, expectNoAxeViolations, mount, settle, shadow } from '../../test/helpers.js';
import type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
import { darkTheme } from '../shared/palette.js';
import './define.js';
import type { RadarPointDetail } from './geometry.js';
import type { ScMaturityRadar } from './maturity-radar.js';

const TAG = 'sc-maturity-radar';
/** Emulates the reader's colour-scheme preference (Chromium DevTools protocol). */
const colorScheme = (value: 'light' | 'dark') =>
  cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
afterEach(cleanup);

const points = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>('.point')];
const axisText = (el: Element) =>
  [...shadow(el).querySelectorAll('.axis-labels text')].map((t) => t.textContent);

describe('<sc-maturity-radar>', () => {
  it('keeps words whole on a small radar, shortens with a tooltip, and keeps the plot large', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarLongLabels() }, { width: 300 });
    const m = el.layout!;
    // The plot stays large (it used to shrink to a radius of ~35 px): here only a single whole word
    // that does not fit beside the minimum plot takes it a little below a radius of 22 % of the width.
    expect(m.radius).toBeGreaterThanOrEqual(55);
    for (const a of m.axes) {
      // Whole words only: the lines are the label's beginning, maybe ending in "…" (never "Masyarak-at").
      const shown = a.lines.join(' ');
      expect(a.label.startsWith(shown.replace(/…$/, ''))).toBe(true);
      if (shown !== a.label) expect(shown).toMatch(/[a-z]…$/);
      expect(a.label.charAt(shown.length - 1).trim() === '' || shown === a.label).toBe(true);
    }
    // The six dimensions at 300 px: every label whole ("Masyarakat", not "Masyarak-at").
    const small = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() }, { width: 300 });
    expect(small.layout!.axes.map((a) => a.lines.join(' '))).toEqual(
      radarDimensions().axes.map((a) => a.label),
    );
    expect(small.layout!.radius).toBeGreaterThanOrEqual(66);
    // A shortened label names itself in full and shows the full text as a tooltip.
    const short = m.axes.find((a) => a.lines.join(' ') !== a.label)!;
    expect(short).toBeDefined();
    const label = shadow(el).querySelector<SVGElement>(`[data-axis="${short.id}"]`)!;
    expect(label.getAttribute('aria-label')).toBe(short.label);
    await userEvent.hover(label.querySelector('.hit')!);
    await settle(el);
    expect(shadow(el).querySelector('.tooltip')?.textContent?.trim()).toBe(short.label);
    await expectNoAxeViolations(el);
  });

  it('puts the level labels beside the top axis, off the plot, in a right-to-left page too', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() }, { width: 480 });
      el.parentElement!.dir = dir;
      await settle(el);
      const svg = shadow(el).querySelector('svg.chart')!;
      const scale = svg.getBoundingClientRect().width / el.layout!.width;
      const cx = svg.getBoundingClientRect().left + el.layout!.cx * scale;
      for (const t of shadow(el).querySelectorAll('.ring-labels text')) {
        // Right of nothing: each level label ends left of the top axis (it would cross it when flipped).
        expect(t.getBoundingClientRect().right).toBeLessThanOrEqual(cx);
      }
      cleanup();
    }
  });

  it("turns dark with the reader's preference unless the page chose a theme", async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() });
    expect(el.computedTheme.background).toBe('#ffffff');
    await colorScheme('dark');
    expect(el.computedTheme.background).toBe(darkTheme.background);
    expect(el.computedTheme.series[0]).toBe(darkTheme.series[0]);
    expect(el.toSVG()).toContain(`fill="${darkTheme.background}"`);
    el.setAttribute('theme', 'light');
    expect(el.computedTheme.background).toBe('#ffffff');
    el.removeAttribute('theme');
    el.style.setProperty('--sc-color-bg', '#fafafa');
    expect(el.computedTheme.background).toBe('#fafafa');
    await colorScheme('light');
    el.setAttribute('theme', 'dark');
    expect(el.computedTheme.text).toBe(darkTheme.text);
  });

  it('fires sc-axis-select on a click on an axis label, and from the keyboard', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() });
    const events = collect<AxisSelectDetail>(el, 'sc-axis-select');
    const labels = [...shadow(el).querySelectorAll<SVGElement>('.axis-label')];
    expect(labels.map((l) => l.getAttribute('data-axis'))).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    // One tab stop for the labels (roving), each a named button.
    expect(labels.filter((l) => l.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(labels[3]!.getAttribute('role')).toBe('button');
    expect(labels[3]!.getAttribute('aria-label')).toBe('Lingkungan Hidup Layak');
    await userEvent.click(labels[2]!);
    expect(events.map((e) => e.detail)).toEqual([
      { chart: 'maturity-radar', axisId: 'economy', label: 'Ekonomi' },
    ]);
    labels[0]!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
    expect(events[1]?.detail).toMatchObject({ axisId: 'living', label: 'Lingkungan Hidup Layak' });
    expect(shadow(el).activeElement).toBe(labels[3]);
    await userEvent.keyboard('{End} ');
    expect(events[2]?.detail.axisId).toBe('environment');
    // A click on a point is a point, not an axis.
    await userEvent.click(points(el)[0]!);
    expect(events).toHaveLength(3);
  });

  it('renders axes, rings, series and one focusable point per value', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() });
    const root = shadow(el);
    expect(root.querySelector('svg.chart')?.getAttribute('viewBox')).toMatch(/^0 0 640 \d+$/);
    expect(axisText(el)).toContain('Lingkungan Hidup Layak');
    expect(root.querySelectorAll('.rings path')).toHaveLength(5);
    expect(root.querySelector('.ring-labels')?.textContent).toContain('Terpadu dan Terukur');
    expect(root.querySelectorAll('.series')).toHaveLength(3);
    expect(points(el)).toHaveLength(18);
    expect(points(el).filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(root.querySelector('figcaption')?.textContent).toBe('Kematangan Kabupaten Minahasa');
  });

  it('re-renders when the data property is set', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() });
    expect(axisText(el)).not.toContain('Keamanan');
    el.data = radarLongLabels();
    await settle(el);
    expect(axisText(el)).toContain('Keamanan');
    expect(points(el)).toHaveLength(14);
  });

  it('takes JSON from the data attribute', async () => {
    const el = await mount<ScMaturityRadar>(TAG, {}, { attrs: { data: JSON.stringify(radarDimensions()) } });
    expect(points(el)).toHaveLength(18);
    el.setAttribute('data', JSON.stringify(radarElements()));
    await settle(el);
    expect(points(el)).toHaveLength(36);
  });

  it('shows a visible error for malformed JSON, without throwing or logging', async () => {
    const el = await mount<ScMaturityRadar>(TAG, {}, { attrs: { data: '{"axes": [' } });
    const error = shadow(el).querySelector('[part="error"]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toContain('Atribut data bukan JSON yang valid');
    expect(shadow(el).querySelector('svg.chart')).toBeNull();
    await expectNoAxeViolations(el);
    // A valid property afterwards replaces the error.
    el.data = radarDimensions();
    await settle(el);
    expect(shadow(el).querySelector('[part="error"]')).toBeNull();
    expect(points(el)).toHaveLength(18);
  });

  it('shows a visible error for data of the wrong shape', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: { axes: 'six' } });
    expect(shadow(el).querySelector('[part="error"]')?.textContent).toContain(
      'axes: diharapkan daftar, ditemukan teks "six".',
    );
  });

  it('shows an empty state', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: { axes: [], series: [] } });
    expect(shadow(el).querySelector('[part="empty"]')?.textContent).toContain('Belum ada data');
    await expectNoAxeViolations(el);
  });

  it('shows missing values visibly (hollow, named) and never at the centre', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarMissing() });
    const layout = el.layout!;
    const missing = [...layout.points.values()].filter((p) => p.detail.status === 'missing');
    expect(missing.map((p) => p.detail.axisId).sort()).toEqual(['branding', 'society']);
    for (const p of missing) {
      expect(Math.hypot(p.x - layout.cx, p.y - layout.cy)).toBeGreaterThan(layout.radius * 0.08);
    }
    const root = shadow(el);
    expect(root.querySelectorAll('.point.hollow')).toHaveLength(2);
    expect(root.querySelector('.bridge')).not.toBeNull();
    const notes = root.querySelector('[part="notes"]')?.textContent ?? '';
    expect(notes).toContain('tidak ada data: Branding, Masyarakat');
    expect(notes).toContain('di atas skala');
    expect(root.querySelector('.axis-labels')?.textContent).toContain('(tidak ada data)');
    expect(root.querySelector('table')?.textContent).toContain('tidak ada data');
  });

  it('renders hostile strings as text', async () => {
    const data = radarDimensions();
    data.title = HOSTILE;
    data.axes[0]!.label = HOSTILE;
    data.series[0]!.label = HOSTILE;
    const el = await mount<ScMaturityRadar>(TAG, { data });
    const root = shadow(el);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.axis-labels')?.textContent).toContain('<img');
    expect(root.querySelector('figcaption')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.legend')?.textContent).toContain(HOSTILE);
  });

  it('toggles series from the legend and fires sc-series-toggle', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() });
    const events = collect<SeriesToggleDetail>(document.body, 'sc-series-toggle');
    const button = shadow(el).querySelector<HTMLButtonElement>('.legend button')!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(button);
    await settle(el);
    expect(events.map((e) => e.detail)).toEqual([{ seriesId: 'current', visible: false }]);
    expect(events[0]!.composed && events[0]!.bubbles).toBe(true);
    expect(shadow(el).querySelector('g.series[data-series="current"]')).toBeNull();
    expect(points(el)).toHaveLength(12);
    expect(shadow(el).querySelector('.legend button')!.getAttribute('aria-pressed')).toBe('false');
    // The band toggles too.
    const band = [...shadow(el).querySelectorAll<HTMLButtonElement>('.legend button')].at(-1)!;
    await userEvent.click(band);
    await settle(el);
    expect(shadow(el).querySelector('.band[part="band"]')).toBeNull();
  });

  it('moves focus with the arrow keys (roving tabindex) and fires focus and select events', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() });
    const focused = collect<RadarPointDetail>(el, 'sc-point-focus');
    const selected = collect<RadarPointDetail>(el, 'sc-point-select');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    await settle(el);
    const active = () => shadow(el).activeElement?.getAttribute('data-key');
    expect(active()).toBe('0:0');
    expect(focused.at(-1)!.detail).toEqual({
      chart: 'maturity-radar',
      seriesId: 'current',
      axisId: 'governance',
      value: 2.67,
      status: 'ok',
    });
    // The tooltip shows the focused value.
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain(
      'Tata Kelola: 2,67 (Terkelola)',
    );
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(active()).toBe('0:1');
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(active()).toBe('1:1');
    expect(focused.at(-1)!.detail.seriesId).toBe('target');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await settle(el);
    expect(active()).toBe('1:5');
    expect(
      points(el)
        .filter((p) => p.getAttribute('tabindex') === '0')
        .map((p) => p.dataset.key),
    ).toEqual(['1:5']);
    await userEvent.keyboard('{Enter}');
    expect(selected.map((e) => e.detail.axisId)).toEqual(['environment']);
    points(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(selected.at(-1)!.detail).toMatchObject({ seriesId: 'current', axisId: 'economy', value: 2 });
  });

  it('follows the language of the closest ancestor and of its own lang attribute', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions('en') }, { lang: 'en-GB' });
    const toggle = () => shadow(el).querySelector('.table-toggle')?.textContent?.trim();
    expect(el.chartLang).toBe('en');
    expect(toggle()).toBe('Show data table');
    expect(shadow(el).querySelector('.ring-labels')?.textContent).toContain('Integrated and measured');
    el.parentElement!.lang = 'id';
    await settle(el);
    expect(toggle()).toBe('Tampilkan tabel data');
    el.lang = 'en';
    await settle(el);
    expect(toggle()).toBe('Show data table');
  });

  it('shows the data table on demand', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() });
    const wrap = shadow(el).querySelector('#table')!;
    expect(wrap.classList.contains('sr-only')).toBe(true);
    const rows = [...wrap.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent?.trim()).join(' | '),
    );
    expect(rows[0]).toBe(
      'Tata Kelola | 2,67 (Terkelola) | 4 (Terpadu dan Terukur) | 2,4 (Terkelola) | 1,2–3,6',
    );
    const button = shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!;
    await userEvent.click(button);
    await settle(el);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(wrap.classList.contains('sr-only')).toBe(false);
    await expectNoAxeViolations(el);
  });

  it('sizes itself to its container', async () => {
    const el = await mount<ScMaturityRadar>(TAG, { data: radarDimensions() }, { width: 640 });
    expect(el.layout!.width).toBe(640);
    el.parentElement!.style.width = '380px';
    await settle(el);
    expect(el.layout!.width).toBe(380);
    expect(shadow(el).querySelector('svg.chart')?.getAttribute('viewBox')).toMatch(/^0 0 380 /);
  });

  const states: [string, () => unknown, { lang?: string; style?: string; width?: number }][] = [
    ['default', radarDimensions, {}],
    ['missing values', radarMissing, {}],
    ['eighteen axes', radarElements, {}],
    ['long labels', radarLongLabels, { width: 360 }],
    ['many series', radarManySeries, {}],
    ['English', () => radarDimensions('en'), { lang: 'en' }],
    [
      'dark theme',
      radarDimensions,
      {
        style:
          'background:#0f1419;--sc-color-bg:#0f1419;--sc-color-text:#e6edf3;--sc-color-muted:#a7b1bc;--sc-color-grid:#2f3a45;--sc-color-axis:#6e7b88;--sc-color-warning:#f2b36b;--sc-color-focus:#8ab4f8;--sc-series-1:#6ea8ff;--sc-series-2:#f59e5b;--sc-series-3:#b4bec9',
      },
    ],
  ];
  for (const [name, data, options] of states) {
    it(`has no axe violations: ${name}`, async () => {
      const el = await mount<ScMaturityRadar>(TAG, { data: data() }, options);
      expect(points(el).length).toBeGreaterThan(0);
      await expectNoAxeViolations(el);
    });
  }
});

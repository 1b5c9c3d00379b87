// The behaviour every chart element shares, run against each one from its own test file.

import { expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HOSTILE } from './fixtures.js';
import { collect, expectNoAxeViolations, mount, settle, shadow } from './helpers.js';

export const DARK =
  'background:#0f1419;--sc-color-bg:#0f1419;--sc-color-text:#e6edf3;--sc-color-muted:#a7b1bc;--sc-color-grid:#2f3a45;' +
  '--sc-color-axis:#6e7b88;--sc-color-band:#6e7b88;--sc-color-warning:#f2b36b;--sc-color-focus:#8ab4f8;' +
  '--sc-series-1:#6ea8ff;--sc-series-2:#f59e5b;--sc-series-3:#b4bec9;--sc-series-4:#c79bf2;--sc-series-5:#4fd1b5;--sc-series-6:#ff8fab;' +
  '--sc-tooltip-bg:#e6edf3;--sc-tooltip-color:#0f1419';

type ChartEl = HTMLElement & { data: unknown; layout?: { points: Map<string, unknown> } };

export interface Contract<D extends { title?: string }> {
  tag: string;
  /** Default data in Bahasa Indonesia. */
  data: () => D;
  /** The same data in English. */
  english: () => D;
  /** Different data (for the re-render test) and a text it shows that the default does not. */
  other: () => unknown;
  otherText: string;
  /** Puts HOSTILE into a visible label of the data. */
  hostile: (data: D) => void;
  /** A text the English rendering shows. */
  englishText: string;
  /** More named states to run axe on. */
  states?: [string, () => unknown, { width?: number }?][];
}

export const points = (el: Element) => [...shadow(el).querySelectorAll<SVGElement>('.point')];
const text = (el: Element) => shadow(el).querySelector('svg.chart')?.textContent ?? '';

export function runContract<D extends { title?: string }>(c: Contract<D>): void {
  it('renders an SVG with a viewBox, a summary, focusable points and one tab stop', async () => {
    const el = await mount<ChartEl>(c.tag, { data: c.data() });
    expect(shadow(el).querySelector('svg.chart')?.getAttribute('viewBox')).toMatch(/^0 0 640 \d+$/);
    expect(shadow(el).querySelector('#summary')?.textContent?.length).toBeGreaterThan(20);
    expect(points(el).length).toBeGreaterThan(2);
    expect(points(el).filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(shadow(el).querySelectorAll('#table tbody tr').length).toBeGreaterThan(2);
  });

  it('re-renders when the data property is set', async () => {
    const el = await mount<ChartEl>(c.tag, { data: c.data() });
    expect(text(el)).not.toContain(c.otherText);
    el.data = c.other();
    await settle(el);
    expect(text(el)).toContain(c.otherText);
  });

  it('takes JSON from the data attribute and shows malformed JSON as a visible error', async () => {
    const el = await mount<ChartEl>(c.tag, {}, { attrs: { data: JSON.stringify(c.data()) } });
    expect(points(el).length).toBeGreaterThan(2);
    el.setAttribute('data', '{"oops": ');
    await settle(el);
    const error = shadow(el).querySelector('[part="error"]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toContain('JSON');
    expect(shadow(el).querySelector('svg.chart')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('renders hostile strings as text', async () => {
    const data = c.data();
    c.hostile(data);
    data.title = HOSTILE;
    const el = await mount<ChartEl>(c.tag, { data });
    expect(shadow(el).querySelector('img')).toBeNull();
    expect(shadow(el).querySelector('figcaption')?.textContent).toBe(HOSTILE);
    expect(shadow(el).textContent).toContain(HOSTILE);
  });

  it('moves focus with the arrow keys and fires sc-point-focus and sc-point-select', async () => {
    const el = await mount<ChartEl>(c.tag, { data: c.data() });
    const focused = collect<{ chart: string }>(document, 'sc-point-focus');
    const selected = collect<{ chart: string }>(document, 'sc-point-select');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    const active = () => shadow(el).activeElement?.getAttribute('data-key');
    const first = active();
    expect(first).toBeTruthy();
    await userEvent.keyboard('{ArrowDown}');
    const second = active();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect(
      points(el)
        .filter((p) => p.getAttribute('tabindex') === '0')
        .map((p) => p.dataset.key),
    ).toEqual([second]);
    expect(focused.length).toBe(2);
    expect(focused[0]!.bubbles && focused[0]!.composed).toBe(true);
    expect(focused[0]!.detail.chart).toBe(c.tag.replace('sc-', ''));
    await userEvent.keyboard('{Enter}');
    expect(selected).toHaveLength(1);
    await settle(el);
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent?.trim().length).toBeGreaterThan(0);
  });

  it('speaks English when the page does', async () => {
    const el = await mount<ChartEl>(c.tag, { data: c.english() }, { lang: 'en' });
    expect(shadow(el).querySelector('.table-toggle')?.textContent?.trim()).toBe('Show data table');
    expect(shadow(el).textContent).toContain(c.englishText);
  });

  const states: [string, () => unknown, { width?: number; lang?: string; style?: string }?][] = [
    ['default', c.data],
    ['English', c.english, { lang: 'en' }],
    ['dark theme', c.data, { style: DARK }],
    ['narrow', c.data, { width: 340 }],
    ['empty', () => ({ title: 'Kosong' })],
    ...(c.states ?? []),
  ];
  for (const [name, data, options] of states) {
    it(`has no axe violations: ${name}`, async () => {
      const el = await mount<ChartEl>(c.tag, { data: data() }, options ?? {});
      await expectNoAxeViolations(el);
    });
  }

  it('has no axe violations with the data table shown', async () => {
    const el = await mount<ChartEl>(c.tag, { data: c.data() });
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await settle(el);
    expect(shadow(el).querySelector('#table')?.classList.contains('sr-only')).toBe(false);
    await expectNoAxeViolations(el);
  });
  it('exports a self-contained SVG: colours written in, title and legend drawn, dark theme followed', async () => {
    const el = await mount<ChartEl & ExportEl>(c.tag, { data: c.data() });
    const svg = el.toSVG();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // No class-only paint: every colour the page resolved is in the file (here the light defaults).
    expect(svg).toContain('#1f2328');
    expect(svg).not.toContain('var(--');
    const title = c.data().title;
    if (title) expect(svg).toContain(`class="caption-title"`);
    // The same markup parsed on its own (as an <img> or a file) keeps the colours: no stylesheet needed.
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const dark = await mount<ChartEl & ExportEl>(c.tag, { data: c.data() }, { style: DARK });
    const darkSvg = dark.toSVG();
    expect(darkSvg).toContain('#0f1419');
    expect(darkSvg).not.toContain('fill="#ffffff"');
  });

  it('exports a PNG at the requested scale', async () => {
    const el = await mount<ChartEl & ExportEl>(c.tag, { data: c.data() }, { width: 400 });
    const png = await el.toPNG({ scale: 2 });
    expect(png.type).toBe('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBe(800);
    const svgHeight = Number(/ height="(\d+)"/.exec(el.toSVG())?.[1]);
    expect(bitmap.height).toBe(svgHeight * 2);
    await expect(el.toPNG({ scale: 0 })).rejects.toThrow(RangeError);
  });
}

type ExportEl = { toSVG(o?: { captions?: boolean }): string; toPNG(o?: { scale?: number }): Promise<Blob> };

import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { HOSTILE, radarDimensions, radarElements } from '../../test/fixtures.js';
import { darkTheme } from '../shared/palette.js';
import { layoutMaturityRadar } from './geometry.js';
import { normalizeRadarData } from './maturity-radar.config.js';
import { renderMaturityRadarSvg } from './svg.js';

describe('renderMaturityRadarSvg', () => {
  it('draws the title, the legend and the notes visibly with captions: true (reports, slides)', () => {
    const data = radarDimensions();
    data.series[0]!.values.branding = null;
    const plain = renderMaturityRadarSvg(data, { width: 480 });
    const svg = renderMaturityRadarSvg(data, { width: 480, captions: true });
    expect(plain).not.toContain('caption-');
    expect(svg).toMatch(/<text [^>]*class="caption-title"[^>]*>Kematangan Kabupaten Minahasa<\/text>/);
    const legend = /<g class="caption-legend">(.*?)<\/g><g class="caption-notes">/.exec(svg)?.[1] ?? '';
    for (const label of [
      'Saat ini (2025)',
      'Target 2030',
      'Median nasional',
      'Rentang daerah sejenis (min–maks)',
    ])
      expect(legend).toContain(`>${label}</text>`);
    // Each legend entry has its series' colour and dash, so a print tells current from target from median.
    expect(legend).toContain('stroke="#1f5fbf"');
    expect(legend).toContain('stroke-dasharray="7 4"');
    expect(svg).toMatch(/<g class="caption-notes"><text [^>]*fill="#9a4d00"[^>]*>[^<]*Branding/);
    // The plot moves down under the title, and the drawing grows to hold title, legend and notes.
    expect(svg).toMatch(/<g transform="translate\(0,\d+(\.\d+)?\)">/);
    const h = (s: string) => Number(/ height="(\d+)"/.exec(s)?.[1]);
    expect(h(svg)).toBeGreaterThan(h(plain) + 60);
  });

  it('runs without a DOM and returns a scalable standalone SVG', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const svg = renderMaturityRadarSvg(radarDimensions());
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 \d+" width="640"/);
    expect(svg).toMatch(/<title id="(sc-[0-9a-f]{8})-title">Kematangan Kabupaten Minahasa<\/title>/);
    const id = /<title id="(sc-[0-9a-f]{8})-title"/.exec(svg)?.[1];
    expect(svg).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
    expect(svg).toContain('Radar kematangan dengan 6 sumbu dan 3 seri');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('uses the same geometry as the element', () => {
    const data = radarElements();
    const n = normalizeRadarData(data);
    if (!n.ok) throw new Error(n.error.en);
    const m = layoutMaturityRadar(n.value, 500, 'id');
    const svg = renderMaturityRadarSvg(data, { width: 500 });
    expect(svg).toContain(`viewBox="0 0 500 ${m.height}"`);
    for (const p of m.points.values()) expect(svg).toContain(`d="${p.mark.d}"`);
    for (const s of m.series) expect(svg).toContain(s.line);
  });

  it('escapes every text', () => {
    const d = radarDimensions();
    d.title = HOSTILE;
    d.axes[0]!.label = HOSTILE;
    d.series[0]!.label = '"><script>alert(1)</script>';
    const svg = renderMaturityRadarSvg(d);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('speaks English, takes a theme, and reports invalid data inside the SVG', () => {
    const en = renderMaturityRadarSvg(radarDimensions('en'), { lang: 'en', theme: darkTheme });
    expect(en).toContain('5 · Optimised');
    expect(en).toContain(`fill="${darkTheme.background}"`);
    expect(en).toContain(darkTheme.series[0]);
    const bad = renderMaturityRadarSvg({ axes: 'x' } as never);
    expect(bad).toContain('Data grafik tidak valid: axes: diharapkan daftar, ditemukan teks &quot;x&quot;.');
  });

  it('the ./svg entry does not pull in lit', async () => {
    const result = await build({
      entryPoints: [new URL('../svg.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
      conditions: ['@smartcity/source'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('src/shared/base.ts'))).toBe(false);
    // Its only dependencies are the d3 modules of the heatmap and the wheel (no lit, no DOM).
    const deps = new Set(
      inputs
        .filter((i) => /node_modules/.test(i))
        .map((i) => /node_modules\/((@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(i)?.[1]),
    );
    expect([...deps].sort()).toEqual(['d3-array', 'd3-hierarchy', 'd3-path', 'd3-shape']);
    // Formatting, quantiles and the quadrant come from the scoring package's format and rules subpaths, which
    // load only the rounding and quantile rules: nothing of the model (and so no zod) reaches the charts' run time.
    expect(inputs.filter((i) => !i.startsWith('src/') && !/node_modules/.test(i)).sort()).toEqual([
      '../scoring/src/format.ts',
      '../scoring/src/rules.ts',
      '../scoring/src/stats.ts',
    ]);
  });
});

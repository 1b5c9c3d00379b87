import { describe, expect, it } from 'vitest';
import { HOSTILE, readiness } from '../../test/fixtures.js';
import { darkTheme } from '../shared/palette.js';
import { layoutReadinessBars } from './geometry.js';
import { normalizeReadinessData } from './readiness-bars.config.js';
import { renderReadinessBarsSvg } from './svg.js';

describe('renderReadinessBarsSvg', () => {
  it('renders a standalone SVG without a DOM, with the same geometry as the element', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const n = normalizeReadinessData(readiness());
    if (!n.ok) throw new Error(n.error);
    const m = layoutReadinessBars(n.value, 560, 'id');
    const svg = renderReadinessBarsSvg(readiness(), { width: 560 });
    expect(svg).toContain(`viewBox="0 0 560 ${m.height}"`);
    expect(svg).toMatch(/<desc id="sc-[0-9a-f]{8}-desc">/);
    expect(svg).toContain(`-desc">${m.summary.replaceAll('&', '&amp;')}</desc>`);
    for (const p of m.points.values()) if (p.mark.d) expect(svg).toContain(`d="${p.mark.d}"`);
    expect(m.table.rows.length).toBeGreaterThan(2);
  });

  it('escapes hostile text and follows the language and theme', () => {
    const d = readiness();
    d.pillars[0]!.label = HOSTILE;
    d.title = HOSTILE;
    const svg = renderReadinessBarsSvg(d);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const en = renderReadinessBarsSvg(readiness('en'), { lang: 'en', theme: darkTheme });
    expect(en).toContain(`fill="${darkTheme.background}"`);
  });

  it('shows invalid input as a message, never throws', () => {
    expect(() => renderReadinessBarsSvg(null as never)).not.toThrow();
    expect(renderReadinessBarsSvg('nope' as never)).toContain('Data grafik tidak valid');
  });
});

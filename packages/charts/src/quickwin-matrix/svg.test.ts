import { describe, expect, it } from 'vitest';
import { HOSTILE, quickwins } from '../../test/fixtures.js';
import { darkTheme } from '../shared/palette.js';
import { layoutQuickWinMatrix } from './geometry.js';
import { normalizeQuickWinData } from './quickwin-matrix.config.js';
import { renderQuickWinMatrixSvg } from './svg.js';

describe('renderQuickWinMatrixSvg', () => {
  it('renders a standalone SVG without a DOM, with the same geometry as the element', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const n = normalizeQuickWinData(quickwins());
    if (!n.ok) throw new Error(n.error);
    const m = layoutQuickWinMatrix(n.value, 560, 'id');
    const svg = renderQuickWinMatrixSvg(quickwins(), { width: 560 });
    expect(svg).toContain(`viewBox="0 0 560 ${m.height}"`);
    expect(svg).toMatch(/<desc id="sc-[0-9a-f]{8}-desc">/);
    expect(svg).toContain(`-desc">${m.summary.replaceAll('&', '&amp;')}</desc>`);
    for (const p of m.points.values()) if (p.mark.d) expect(svg).toContain(`d="${p.mark.d}"`);
    expect(m.table.rows.length).toBeGreaterThan(2);
  });

  it('escapes hostile text and follows the language and theme', () => {
    const d = quickwins();
    d.candidates[0]!.label = HOSTILE;
    d.title = HOSTILE;
    const svg = renderQuickWinMatrixSvg(d);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const en = renderQuickWinMatrixSvg(quickwins('en'), { lang: 'en', theme: darkTheme });
    expect(en).toContain(`fill="${darkTheme.background}"`);
  });

  it('shows invalid input as a message, never throws', () => {
    expect(() => renderQuickWinMatrixSvg(null as never)).not.toThrow();
    expect(renderQuickWinMatrixSvg('nope' as never)).toContain('Data grafik tidak valid');
  });
});

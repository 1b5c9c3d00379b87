import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape.js';
import { formatIdr, formatNumber } from './format.js';
import { normalizeLang } from './i18n.js';
import { parseJsonAttribute } from './json-attribute.js';
import { moveInGrid } from './keyboard.js';
import { darkTheme, lightTheme } from './palette.js';
import { isShortened, textWidth, wrapText } from './text.js';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const l = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * l[0]! + 0.7152 * l[1]! + 0.0722 * l[2]!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('shared', () => {
  it('escapes markup', () => {
    expect(escapeXml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeXml(`a&b"c'd`)).toBe('a&amp;b&quot;c&#39;d');
    expect(escapeXml(null)).toBe('');
  });

  it('formats rupiah the Indonesian and the English way', () => {
    expect(formatIdr(1.2e9, 'id')).toBe('Rp 1,2 M');
    expect(formatIdr(1.2e9, 'en')).toBe('IDR 1.2 B');
    expect(formatIdr(3.5e8, 'id')).toBe('Rp 350 jt');
    expect(formatIdr(3.5e8, 'en')).toBe('IDR 350 M');
    expect(formatIdr(2e12, 'id')).toBe('Rp 2 T');
    expect(formatIdr(999_960_000, 'id')).toBe('Rp 1 M');
    expect(formatIdr(750_000, 'id')).toBe('Rp 750.000');
    expect(formatNumber(2.675, 'id')).toBe('2,68');
  });

  it('picks English only for en tags', () => {
    expect(normalizeLang('en-GB')).toBe('en');
    expect(normalizeLang('EN')).toBe('en');
    expect(normalizeLang('id-ID')).toBe('id');
    expect(normalizeLang('fr')).toBe('id');
    expect(normalizeLang(null)).toBe('id');
    expect(normalizeLang('eng')).toBe('id');
  });

  it('parses JSON attributes without throwing', () => {
    expect(parseJsonAttribute('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonAttribute(null)).toEqual({ ok: true, value: undefined });
    const bad = parseJsonAttribute('{"a":');
    expect(bad.ok).toBe(false);
  });

  it('wraps without losing text', () => {
    const text = 'Pengelolaan Sampah dan Limbah Rumah Tangga di Seluruh Kecamatan';
    const lines = wrapText(text, 90);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks lines only at spaces: Indonesian words are never split or cut', () => {
    for (const width of [40, 50, 60, 70, 80, 100]) {
      for (const text of ['Masyarakat', 'Pengembangan Ekonomi Masyarakat', 'Lingkungan Hidup Layak']) {
        const lines = wrapText(text, width);
        expect(lines.join(' ')).toBe(text);
        // A line is wider than the room only when it is one word that does not fit.
        for (const l of lines) if (textWidth(l) > width) expect(l).not.toContain(' ');
      }
    }
    expect(wrapText('Masyarakat', 40)).toEqual(['Masyarakat']);
    expect(wrapText('Pengembangan Ekonomi Masyarakat', 90)).toEqual([
      'Pengembangan',
      'Ekonomi',
      'Masyarakat',
    ]);
    // At most maxLines: the rest is left out at a word boundary, with an ellipsis.
    const text = 'Pengelolaan Sampah dan Limbah Rumah Tangga di Seluruh Kecamatan';
    const three = wrapText(text, 90, 12, false, 3);
    expect(three).toHaveLength(3);
    expect(three[2]).toMatch(/^[^ ].*[a-z]…$/);
    expect(isShortened(text, three)).toBe(true);
    expect(text.startsWith(three.join(' ').replace(/…$/, ''))).toBe(true);
  });

  it('navigates a grid with arrow keys, wrapping within rows', () => {
    const nav = [
      ['a0', 'a1', 'a2'],
      ['b0', 'b1', 'b2'],
    ];
    expect(moveInGrid(nav, 'a0', 'ArrowRight')).toBe('a1');
    expect(moveInGrid(nav, 'a0', 'ArrowLeft')).toBe('a2');
    expect(moveInGrid(nav, 'a1', 'ArrowDown')).toBe('b1');
    expect(moveInGrid(nav, 'a1', 'ArrowUp')).toBe('b1');
    expect(moveInGrid(nav, 'b1', 'End')).toBe('b2');
    expect(moveInGrid(nav, 'b1', 'Home')).toBe('b0');
    expect(moveInGrid(nav, 'b1', 'x')).toBeUndefined();
    expect(moveInGrid([['x', 'y']], 'x', 'ArrowDown')).toBe('y');
  });

  it('meets WCAG 2.2 AA contrast in both themes', () => {
    for (const theme of [lightTheme, darkTheme]) {
      expect(contrast(theme.text, theme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.warning, theme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.axis, theme.background)).toBeGreaterThanOrEqual(3);
      for (const c of theme.series) expect(contrast(c, theme.background)).toBeGreaterThanOrEqual(3);
    }
  });
});

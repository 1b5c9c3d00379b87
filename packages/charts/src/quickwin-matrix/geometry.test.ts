import { describe, expect, it } from 'vitest';
import { quickwins } from '../../test/fixtures.js';
import { layoutQuickWinMatrix } from './geometry.js';
import { classifyQuadrant, normalizeQuickWinData } from './quickwin-matrix.config.js';

describe('layoutQuickWinMatrix', () => {
  it('classifies the four quadrants (high = at or above the threshold)', () => {
    expect(classifyQuadrant(5, 1, 3)).toBe('quick-win');
    expect(classifyQuadrant(3, 3, 3)).toBe('major-project');
    expect(classifyQuadrant(2, 2, 3)).toBe('fill-in');
    expect(classifyQuadrant(1, 5, 3)).toBe('thankless-task');
  });

  it('spreads candidates with equal values so that none hides another, and labels never overlap', () => {
    const n = normalizeQuickWinData({
      candidates: Array.from({ length: 6 }, (_, i) => ({
        id: `c${i}`,
        label: `Kandidat ${i}`,
        impact: 4,
        effort: 2,
      })),
    });
    if (!n.ok) throw new Error(n.error.en);
    const m = layoutQuickWinMatrix(n.value, 640, 'id');
    const pts = [...m.points.values()];
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThan(8);
      }
    }
    const full = normalizeQuickWinData(quickwins());
    if (!full.ok) throw new Error(full.error.en);
    for (const width of [260, 640]) {
      const fm = layoutQuickWinMatrix(full.value, width, 'id');
      for (const l of fm.labels) {
        expect(l.x).toBeGreaterThanOrEqual(fm.plot.x);
        expect(l.x).toBeLessThanOrEqual(fm.plot.x + fm.plot.w);
      }
    }
  });
});

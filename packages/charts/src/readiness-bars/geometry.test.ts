import { describe, expect, it } from 'vitest';
import { readiness } from '../../test/fixtures.js';
import { layoutReadinessBars } from './geometry.js';
import { normalizeReadinessData } from './readiness-bars.config.js';

const layout = (width: number, data = readiness()) => {
  const n = normalizeReadinessData(data);
  if (!n.ok) throw new Error(n.error.en);
  return layoutReadinessBars(n.value, width, 'id');
};

describe('layoutReadinessBars', () => {
  it('computes low coverage from answered/asked unless the data says otherwise', () => {
    const n = normalizeReadinessData({
      pillars: [
        { id: 'a', label: 'A', score: 50, answered: 1, asked: 4 },
        { id: 'b', label: 'B', score: 50, answered: 1, asked: 4, lowCoverage: false },
        { id: 'c', label: 'C', score: 50, answered: 3, asked: 4 },
      ],
      minCoverage: 0.5,
    });
    expect(n.ok && n.value.pillars.map((p) => p.lowCoverage)).toEqual([true, false, false]);
  });

  it('keeps rows inside the drawing, in order, and bars within their tracks', () => {
    for (const width of [220, 340, 640, 1000]) {
      const m = layout(width);
      let last = 0;
      for (const r of m.rows) {
        expect(r.track.y).toBeGreaterThan(last);
        last = r.track.y;
        expect(r.track.x + r.track.w).toBeLessThanOrEqual(m.width);
        if (r.bar) expect(r.bar.w).toBeLessThanOrEqual(r.track.w + 1e-6);
      }
      expect(last).toBeLessThan(m.height);
    }
  });

  it('clamps scores outside 0–100 and says so', () => {
    const m = layout(640, { pillars: [{ id: 'x', label: 'X', score: 130 }] });
    expect(m.rows[0]!.outOfScale).toBe(true);
    expect(m.rows[0]!.bar!.w).toBeCloseTo(m.rows[0]!.track.w, 1);
    expect(m.notes[0]).toBe('X: 130 (di atas skala 0–100)');
  });
});

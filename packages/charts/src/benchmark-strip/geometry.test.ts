import { describe, expect, it } from 'vitest';
import { normalizeBenchmarkData, summarize } from './benchmark-strip.config.js';
import { layoutBenchmarkStrip } from './geometry.js';

describe('layoutBenchmarkStrip', () => {
  it('summarises a distribution with linear quantiles', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(summarize([1, 2, 3, 4])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(summarize([null, 'x'])).toBeUndefined();
  });

  it('ranks the region (1 = highest) and places its mark on the scale', () => {
    const n = normalizeBenchmarkData({
      region: 'R',
      rows: [{ id: 'a', label: 'A', value: 4, values: [1, 2, 3, 4, 5] }],
    });
    if (!n.ok) throw new Error(n.error.en);
    expect(n.value.rows[0]).toMatchObject({ rank: 2, count: 5 });
    const m = layoutBenchmarkStrip(n.value, 640, 'id');
    const p = [...m.points.values()][0]!;
    expect((p.x - m.x0) / (m.x1 - m.x0)).toBeCloseTo(0.8, 5);
    expect(m.rows[0]!.rankText).toBe('#2 / 5');
  });
});

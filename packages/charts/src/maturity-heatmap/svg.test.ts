import { describe, expect, it } from 'vitest';
import { heatmap } from '../../test/fixtures.js';
import { layoutMaturityHeatmap } from './geometry.js';
import { normalizeHeatmapData } from './maturity-heatmap.config.js';
import { renderMaturityHeatmapSvg } from './svg.js';

const norm = (d: unknown) => {
  const n = normalizeHeatmapData(d);
  if (!n.ok) throw new Error(n.error.en);
  return n.value;
};

describe('maturity heatmap (no DOM)', () => {
  it('renders a standalone SVG with the same cells as the layout, captions on request', () => {
    const data = heatmap('id', 20);
    const m = layoutMaturityHeatmap(norm(data), 640, 'id');
    const svg = renderMaturityHeatmapSvg(data, { width: 640, captions: true });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<rect [^>]*class="c-fill st\d"/g)).toHaveLength(
      m.rows.flatMap((r) => r.cells).filter((c) => c.step >= 0).length,
    );
    expect(svg).toContain('class="caption-legend"');
    expect(svg).toContain('fill="#1f5fbf"');
  });

  it('orders rows with d3-array: by mean (missing last), by an element, by name in Indonesian collation', () => {
    const data = norm({
      elements: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      regions: [
        { id: '1', label: 'Kota Ékor', values: { a: 1, b: 3 } },
        { id: '2', label: 'Kota Bitung', values: { a: 4, b: null } },
        { id: '3', label: 'Kabupaten Alor', values: { a: null, b: null } },
        { id: '4', label: 'Kota ambon', values: { a: 2, b: 2.5 } },
      ],
    });
    const ids = (view = {}) => layoutMaturityHeatmap(data, 500, 'id', view).rows.map((r) => r.id);
    // Means: 2, 4, none, 2.25 → 4, 2.25, 2, then the region without values.
    expect(ids()).toEqual(['2', '4', '1', '3']);
    expect(ids({ sortBy: 'mean', sortOrder: 'asc' })).toEqual(['1', '4', '2', '3']);
    expect(ids({ sortBy: 'b' })).toEqual(['1', '4', '3', '2']); // the two without b by name
    expect(ids({ sortBy: 'label' })).toEqual(['3', '4', '2', '1']);
  });

  it('groups by province, unknown last, each group sorted on its own', () => {
    const data = norm({
      elements: [{ id: 'a', label: 'A' }],
      regions: [
        { id: '1', label: 'R1', province: 'Papua', values: { a: 1 } },
        { id: '2', label: 'R2', values: { a: 5 } },
        { id: '3', label: 'R3', province: 'Aceh', values: { a: 2 } },
        { id: '4', label: 'R4', province: 'Papua', values: { a: 3 } },
      ],
      groupBy: 'province',
    });
    const m = layoutMaturityHeatmap(data, 500, 'id');
    expect(m.groups.map((g) => g.label)).toEqual(['Aceh', 'Papua', 'Lainnya']);
    expect(m.rows.map((r) => r.id)).toEqual(['3', '4', '1', '2']);
    expect(m.table.rows.map((r) => r.cells[0])).toEqual(['Aceh', 'Papua', 'Papua', 'Lainnya']);
  });

  it('puts values into five steps at nice boundaries, never a missing value as zero', () => {
    const data = norm({
      elements: [{ id: 'a', label: 'A' }],
      regions: [0, 0.99, 1, 2.5, 4, 5, null].map((v, i) => ({
        id: String(i),
        label: `R${i}`,
        values: { a: v },
      })),
      sortBy: 'label',
    });
    const m = layoutMaturityHeatmap(data, 500, 'id');
    expect(m.thresholds).toEqual([1, 2, 3, 4]);
    expect(m.rows.map((r) => r.cells[0]!.step)).toEqual([0, 0, 1, 2, 4, 4, -1]);
    expect(m.legend.map((l) => l.label)).toEqual(['0–1', '1–2', '2–3', '3–4', '4–5']);
  });
});

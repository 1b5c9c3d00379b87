import { hierarchy, partition } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import { wheel } from '../../test/fixtures.js';
import { normalizeWheelData } from './benchmark-wheel.config.js';
import { layoutBenchmarkWheel, translatePath } from './geometry.js';
import { renderBenchmarkWheelSvg } from './svg.js';

describe('benchmark wheel (no DOM)', () => {
  it('gives each element an equal share of the circle, within its dimension (d3-hierarchy partition)', () => {
    const n = normalizeWheelData(wheel());
    if (!n.ok) throw new Error(n.error.en);
    const m = layoutBenchmarkWheel(n.value, 600, 'id');
    expect(m.dimensions).toHaveLength(6);
    expect(m.elements).toHaveLength(18);
    expect(m.nav.map((row) => row.length)).toEqual([4, 4, 4, 4, 4, 4]);
    // The partition the layout uses: 18 leaves of 2π/18 each.
    type Node = { children?: Node[] };
    const tree: Node = {
      children: wheel().dimensions.map((d) => ({ children: d.elements.map(() => ({})) })),
    };
    const root = partition<Node>().size([2 * Math.PI, 1])(hierarchy(tree).count());
    for (const leaf of root.leaves()) expect(leaf.x1 - leaf.x0).toBeCloseTo((2 * Math.PI) / 18, 9);
    const detail = [...m.points.values()].find((p) => p.detail.elementId === 'security')!.detail;
    expect(detail).toEqual({
      chart: 'benchmark-wheel',
      dimensionId: 'society',
      elementId: 'security',
      value: null,
      peer: expect.any(Number),
    });
    expect(m.elements.find((e) => e.key === 'e4:2')).toMatchObject({ missing: true, bar: '' });
  });

  it('moves d3-shape arcs to the centre, leaving arc radii and flags alone', () => {
    expect(translatePath('M0,-10A10,10,0,0,1,10,0L0,0Z', 100, 50)).toBe('M100,40A10,10,0,0,1,110,50L100,50Z');
  });

  it('renders a standalone SVG with the legend and the missing value visible', () => {
    const svg = renderBenchmarkWheelSvg(wheel(), { width: 600, captions: true });
    expect(svg).toContain('>Median kabupaten sejenis</text>');
    expect(svg).toContain('Keamanan');
    expect(svg.match(/class="c-fill"/g)!.length).toBeGreaterThanOrEqual(17);
  });
});

import { describe, expect, it } from 'vitest';
import { roadmap } from '../../test/fixtures.js';
import { layoutRoadmapTimeline } from './geometry.js';
import { normalizeRoadmapData } from './roadmap-timeline.config.js';

describe('layoutRoadmapTimeline', () => {
  it('uses the default phases (1–2, 3–5, 6–10) over ten years', () => {
    const n = normalizeRoadmapData(roadmap());
    if (!n.ok) throw new Error(n.error.en);
    const m = layoutRoadmapTimeline(n.value, 700, 'en');
    expect(m.phases.map((p) => [p.id, p.label])).toEqual([
      ['short', 'Short term'],
      ['medium', 'Medium term'],
      ['long', 'Long term'],
    ]);
    expect(m.phases[1]!.w / m.phases[0]!.w).toBeCloseTo(1.5, 5);
    expect(m.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(m.table.rows.find((r) => r.header === 'Budget per year 2026')!.cells[2]).toBe('IDR 2 B');
  });

  it('lists programmes without years instead of drawing them at the start', () => {
    const n = normalizeRoadmapData({
      startYear: 2026,
      dimensions: [{ id: 'd', label: 'D' }],
      programmes: [{ id: 'p', label: 'Tanpa tahun', dimension: 'd' }],
    });
    if (!n.ok) throw new Error(n.error.en);
    const m = layoutRoadmapTimeline(n.value, 600, 'id');
    expect(m.programmes[0]!.bar).toBe('');
    expect(m.notes.join()).toContain('Tanpa tahun');
    expect(normalizeRoadmapData({ programmes: [] }).ok).toBe(false);
  });
});

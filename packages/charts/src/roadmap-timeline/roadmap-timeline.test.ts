import { afterEach, describe, expect, it } from 'vitest';
import { runContract } from '../../test/contract.js';
import { HOSTILE, roadmap } from '../../test/fixtures.js';
import { cleanup, mount, shadow } from '../../test/helpers.js';
import './define.js';
import type { ScRoadmapTimeline } from './roadmap-timeline.js';

afterEach(cleanup);

describe('<sc-roadmap-timeline>', () => {
  runContract({
    tag: 'sc-roadmap-timeline',
    data: () => roadmap(),
    english: () => roadmap('en'),
    other: () => ({
      startYear: 2026,
      dimensions: [{ id: 'society', label: 'Masyarakat' }],
      programmes: [
        {
          id: 'lit',
          label: 'Sekolah literasi digital',
          dimension: 'society',
          startYear: 2026,
          endYear: 2028,
        },
      ],
    }),
    otherText: 'Sekolah literasi digital',
    hostile: (d) => {
      d.programmes[0]!.label = HOSTILE;
      d.dimensions[0]!.label = HOSTILE;
    },
    englishText: 'Medium term',
  });

  it('groups programmes by dimension, spans their years and sums the yearly budget', async () => {
    const el = await mount<ScRoadmapTimeline>('sc-roadmap-timeline', { data: roadmap() });
    const m = el.layout!;
    expect(m.groups.map((g) => g.label)).toEqual([
      'Tata Kelola',
      'Branding',
      'Ekonomi',
      'Lingkungan Hidup Layak',
    ]);
    expect(m.phases.map((p) => p.label)).toEqual(['Jangka pendek', 'Jangka menengah', 'Jangka panjang']);
    const b2026 = [...m.points.values()].find((p) => p.detail.kind === 'budget' && p.detail.year === 2026)!;
    expect(b2026.detail).toMatchObject({ budget: 1.2e9 + 4e8 + 3.5e8 });
    expect(b2026.label).toBe('Anggaran per tahun 2026: Rp 2 M');
    const spbe = [...m.points.values()].find(
      (p) => p.detail.kind === 'programme' && p.detail.programmeId === 'spbe',
    )!;
    expect(spbe.detail).toMatchObject({ startYear: 2027, endYear: 2031, budget: 5 * 8.5e8 });
    expect(shadow(el).textContent).toContain('Rp 4,3 M');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { runContract } from '../../test/contract.js';
import { HOSTILE, quickwins } from '../../test/fixtures.js';
import { cleanup, mount, shadow } from '../../test/helpers.js';
import './define.js';
import type { ScQuickwinMatrix } from './quickwin-matrix.js';

afterEach(cleanup);

describe('<sc-quickwin-matrix>', () => {
  runContract({
    tag: 'sc-quickwin-matrix',
    data: () => quickwins(),
    english: () => quickwins('en'),
    other: () => ({ candidates: [{ id: 'x', label: 'Posyandu digital', impact: 4, effort: 1 }] }),
    otherText: 'Posyandu digital',
    hostile: (d) => {
      d.candidates[0]!.label = HOSTILE;
    },
    englishText: 'Thankless task',
  });

  it('places candidates in their quadrants, marks the portfolio and lists unplaced candidates', async () => {
    const el = await mount<ScQuickwinMatrix>('sc-quickwin-matrix', { data: quickwins() });
    const details = [...el.layout!.points.values()].map((p) => p.detail);
    expect(details.find((d) => d.candidateId === 'mpp')).toMatchObject({
      quadrant: 'quick-win',
      chosen: true,
    });
    expect(details.find((d) => d.candidateId === 'cctv')).toMatchObject({
      quadrant: 'major-project',
      chosen: false,
    });
    expect(details.find((d) => d.candidateId === 'app')?.quadrant).toBe('thankless-task');
    expect(details.find((d) => d.candidateId === 'sampah')?.quadrant).toBe('fill-in');
    expect(details.some((d) => d.candidateId === 'nodata')).toBe(false);
    expect(shadow(el).querySelectorAll('.point.hollow')).toHaveLength(5);
    expect(shadow(el).querySelectorAll('.point:not(.hollow)')).toHaveLength(4);
    expect(shadow(el).querySelector('[part="notes"]')?.textContent).toContain(
      'Tanpa nilai dampak atau upaya: Smart parking',
    );
    const quadrantNames = [...shadow(el).querySelectorAll('.quadrants text')].map((t) => t.textContent);
    expect(quadrantNames).toEqual(['Quick win', 'Proyek besar', 'Pengisi', 'Tugas tanpa hasil']);
    // Quick wins are high impact (up) and low effort (left).
    const mpp = [...el.layout!.points.values()].find((p) => p.detail.candidateId === 'mpp')!;
    const app = [...el.layout!.points.values()].find((p) => p.detail.candidateId === 'app')!;
    expect(mpp.x).toBeLessThan(app.x);
    expect(mpp.y).toBeLessThan(app.y);
  });
});

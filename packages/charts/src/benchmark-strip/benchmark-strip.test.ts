import { afterEach, describe, expect, it } from 'vitest';
import { runContract } from '../../test/contract.js';
import { benchmark, HOSTILE } from '../../test/fixtures.js';
import { cleanup, mount, shadow } from '../../test/helpers.js';
import './define.js';
import type { ScBenchmarkStrip } from './benchmark-strip.js';

afterEach(cleanup);

describe('<sc-benchmark-strip>', () => {
  runContract({
    tag: 'sc-benchmark-strip',
    data: () => benchmark(),
    english: () => benchmark('en'),
    other: () => ({
      region: 'Kota Bitung',
      rows: [{ id: 'x', label: 'Literasi digital', value: 3.5, values: [1, 2, 3, 4, 5] }],
    }),
    otherText: 'Literasi digital',
    hostile: (d) => {
      d.rows[0]!.label = HOSTILE;
      d.region = HOSTILE;
    },
    englishText: 'Smart Governance',
  });

  it('computes quartiles and rank from all values and names a missing value', async () => {
    const el = await mount<ScBenchmarkStrip>('sc-benchmark-strip', {
      data: {
        region: 'Kabupaten Minahasa',
        rows: [
          { id: 'a', label: 'Tata Kelola', value: 3, values: [1, 2, 3, 4, 5] },
          { id: 'b', label: 'Masyarakat', value: null, values: [1, 2, 3] },
        ],
      },
    });
    const details = [...el.layout!.points.values()].map((p) => p.detail);
    expect(details[0]).toEqual({
      chart: 'benchmark-strip',
      rowId: 'a',
      value: 3,
      rank: 3,
      count: 5,
      median: 3,
    });
    expect(details[1]).toMatchObject({ rowId: 'b', value: null, rank: null, count: 3, median: 2 });
    expect(shadow(el).querySelector('[part="notes"]')?.textContent).toContain(
      'Kabupaten Minahasa — tidak ada data: Masyarakat',
    );
    const row = [...shadow(el).querySelectorAll('#table tbody tr')][0]!;
    expect([...row.children].map((c) => c.textContent)).toEqual([
      'Tata Kelola',
      '3',
      '3 dari 5',
      '3',
      '2–4',
      '1–5',
    ]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { runContract } from '../../test/contract.js';
import { HOSTILE, wheel } from '../../test/fixtures.js';
import { cleanup, mount, shadow } from '../../test/helpers.js';
import './define.js';
import type { ScBenchmarkWheel } from './benchmark-wheel.js';

afterEach(cleanup);

describe('<sc-benchmark-wheel>', () => {
  runContract({
    tag: 'sc-benchmark-wheel',
    data: () => wheel(),
    english: () => wheel('en'),
    other: () => ({
      region: 'Kota Bitung',
      dimensions: [
        { id: 'x', label: 'Ekonomi', elements: [{ id: 'y', label: 'Literasi digital', value: 2, peer: 3 }] },
      ],
    }),
    otherText: 'Literasi digital',
    hostile: (d) => {
      d.dimensions[0]!.elements[0]!.label = HOSTILE;
    },
    englishText: 'Public Service',
  });

  it('draws six dimension segments and eighteen element segments, the missing one dashed and named', async () => {
    const el = await mount<ScBenchmarkWheel>('sc-benchmark-wheel', { data: wheel() });
    const root = shadow(el);
    expect(root.querySelectorAll('.dimensions > path')).toHaveLength(6);
    expect(root.querySelectorAll('.elements .grid-fill')).toHaveLength(18);
    expect(root.querySelectorAll('.elements .warn-stroke')).toHaveLength(1);
    expect(root.querySelectorAll('.elements .c-fill')).toHaveLength(17);
    expect(root.querySelectorAll('.elements .rule-fill')).toHaveLength(18);
    expect(el.layout!.notes.join(' ')).toContain('Keamanan');
    expect(root.querySelectorAll('#table tbody tr')).toHaveLength(18);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { runContract } from '../../test/contract.js';
import { HOSTILE, readiness } from '../../test/fixtures.js';
import { cleanup, mount, shadow } from '../../test/helpers.js';
import './define.js';
import type { ScReadinessBars } from './readiness-bars.js';

afterEach(cleanup);

describe('<sc-readiness-bars>', () => {
  runContract({
    tag: 'sc-readiness-bars',
    data: () => readiness(),
    english: () => readiness('en'),
    other: () => ({ pillars: [{ id: 'leadership', label: 'Kepemimpinan', score: 90 }] }),
    otherText: 'Kepemimpinan',
    hostile: (d) => {
      d.pillars[0]!.label = HOSTILE;
    },
    englishText: 'Superstructure',
  });

  it('flags low coverage and shows missing scores without a bar', async () => {
    const el = await mount<ScReadinessBars>('sc-readiness-bars', { data: readiness() });
    const notes = shadow(el).querySelector('[part="notes"]')?.textContent ?? '';
    expect(notes).toContain('Cakupan rendah: Anggaran (2/5), Sosial (0/5)');
    expect(notes).toContain('Tidak ada data: Sosial');
    const social = el.layout!.rows.find((r) => r.key === 'p1a2')!;
    expect(social.missing).toBe(true);
    expect(social.bar).toBeUndefined();
    expect(shadow(el).querySelectorAll('.row .warn').length).toBe(2);
    const cells = [...shadow(el).querySelectorAll('#table tbody tr')].map((r) => r.textContent);
    expect(cells).toContain(
      'Infrastruktur · Sosialtidak ada data0 dari 5 pertanyaan dijawab (cakupan rendah)',
    );
  });

  it('draws bar lengths proportional to the scores', async () => {
    const el = await mount<ScReadinessBars>('sc-readiness-bars', { data: readiness() });
    const rows = el.layout!.rows;
    const struct = rows.find((r) => r.key === 'p0')!;
    const superS = rows.find((r) => r.key === 'p2')!;
    expect(struct.bar!.w / struct.track.w).toBeCloseTo(0.62, 2);
    expect(superS.bar!.w / superS.track.w).toBeCloseTo(0.81, 2);
  });
});

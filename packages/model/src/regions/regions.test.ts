import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRegionsModule } from '../../scripts/generate-regions.js';
import { findRegion, listProvinces, listRegions, REGION_CODE_PATTERN, resolveRegion } from './regions.js';

describe('regions', () => {
  it('lists the 514 kabupaten/kota of the programme: 416 kabupaten and 98 kota', () => {
    const regions = listRegions();
    expect(regions).toHaveLength(514);
    expect(regions.filter((r) => r.type === 'kabupaten')).toHaveLength(416);
    expect(regions.filter((r) => r.type === 'kota')).toHaveLength(98);
  });

  it('lists 38 provinces, and every region lies in one of them', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(38);
    const codes = new Set(provinces.map((p) => p.code));
    for (const r of listRegions()) {
      expect(codes.has(r.province.code)).toBe(true);
      expect(r.code.startsWith(`${r.province.code}.`)).toBe(true);
    }
  });

  it('knows Kabupaten Minahasa as 71.02 in Sulawesi Utara', () => {
    expect(findRegion('71.02')).toEqual({
      code: '71.02',
      name: 'Kabupaten Minahasa',
      type: 'kabupaten',
      province: { code: '71', name: 'Sulawesi Utara' },
    });
  });

  it('returns undefined for codes that are not on the list', () => {
    for (const code of ['99.99', '71.2', '', '71.02 ', 'constructor', '__proto__'])
      expect(findRegion(code)).toBeUndefined();
  });

  it('has unique codes in the PP.RR format, ordered by code', () => {
    const codes = listRegions().map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(REGION_CODE_PATTERN);
    expect([...codes].sort()).toEqual(codes);
  });

  it('names every region with its prefix, in title case', () => {
    for (const r of listRegions()) {
      expect(r.name).toMatch(/^(Kabupaten|Kota) \S/);
      expect(r.name).not.toMatch(/[A-Z]{4,}/);
    }
  });

  it('matches the module generated from idn-area-data (regenerate with `pnpm regions`)', async () => {
    const committed = readFileSync(new URL('./regions.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await renderRegionsModule());
  });
});

describe('resolveRegion', () => {
  it('finds a region by code, full name, abbreviated prefix or a bare name only one region has', () => {
    for (const text of [
      '71.02',
      'Kabupaten Minahasa',
      'kab. minahasa',
      ' KABUPATEN  MINAHASA ',
      'Kab Minahasa',
    ])
      expect(resolveRegion(text)).toEqual({ region: findRegion('71.02') });
    expect(resolveRegion('Kota Ambon')).toEqual({ region: findRegion('81.71') });
  });

  it('gives the candidates of a shared bare name, and none for an unknown one', () => {
    const r = resolveRegion('Bekasi');
    expect('candidates' in r && r.candidates.map((c) => c.type).sort()).toEqual(['kabupaten', 'kota']);
    expect(resolveRegion('Kota Bekasi')).toEqual({ region: findRegion('32.75') });
    expect(resolveRegion('Atlantis')).toEqual({ candidates: [] });
    expect(resolveRegion('99.99')).toEqual({ candidates: [] });
  });
});

import { REGION_CODE_PATTERN } from '../schema/patterns.js';
import { PROVINCES, REGENCIES } from './regions.generated.js';

/** Whether a region of the programme is a regency (kabupaten) or a city (kota). */
export type RegionType = 'kabupaten' | 'kota';

/** A province from the Kemendagri list. */
export interface Province {
  /** Two-digit Kemendagri code, e.g. `"71"` for Sulawesi Utara. */
  readonly code: string;
  readonly name: string;
}

/** A kabupaten or kota from the Kemendagri list. */
export interface RegionInfo {
  /** Kemendagri code `PP.RR`, e.g. `"71.02"` for Kabupaten Minahasa. */
  readonly code: string;
  /** Official name with its prefix, e.g. `"Kabupaten Minahasa"`. */
  readonly name: string;
  readonly type: RegionType;
  readonly province: Province;
}

const provinceByCode = new Map<string, Province>(PROVINCES.map(([code, name]) => [code, { code, name }]));

const regionByCode = new Map<string, RegionInfo>(
  REGENCIES.map(([code, name]) => {
    const province = provinceByCode.get(code.slice(0, 2));
    if (!province) throw new Error(`regions: no province for ${code}`);
    const type: RegionType = name.startsWith('Kota ') ? 'kota' : 'kabupaten';
    return [code, { code, name, type, province }];
  }),
);

export { REGION_CODE_PATTERN };

/** Looks up a kabupaten/kota by its Kemendagri code; `undefined` when the code is not on the list. */
export function findRegion(code: string): RegionInfo | undefined {
  return regionByCode.get(code);
}

/** Every kabupaten and kota on the Kemendagri list (514), ordered by code. */
export function listRegions(): readonly RegionInfo[] {
  return [...regionByCode.values()];
}

/** Every province on the Kemendagri list (38), ordered by code. */
export function listProvinces(): readonly Province[] {
  return [...provinceByCode.values()];
}

/** What `resolveRegion` found: one region, several that fit a bare name, or none. */
export type RegionLookup = { readonly region: RegionInfo } | { readonly candidates: readonly RegionInfo[] };

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** A region's name without its prefix, folded: `minahasa` for "Kabupaten Minahasa". */
const bareName = (name: string) => fold(name).replace(/^(kabupaten|kab\.?|kota|kot\.?)\s+/, '');

let byName: Map<string, RegionInfo[]> | undefined;

/**
 * Finds a kabupaten/kota by what a person writes in a table: a Kemendagri code (`71.02`), the full name
 * ("Kabupaten Minahasa", case and accents ignored), an abbreviated prefix ("Kab. Minahasa") or the bare name
 * ("Minahasa") when only one region has it. A bare name two regions share ("Bekasi": the kabupaten and the
 * kota) gives both as `candidates`; no match gives none.
 */
export function resolveRegion(text: string): RegionLookup {
  const t = text.trim();
  if (REGION_CODE_PATTERN.test(t)) {
    const r = findRegion(t);
    return r ? { region: r } : { candidates: [] };
  }
  if (!byName) {
    byName = new Map();
    for (const r of regionByCode.values()) {
      const key = bareName(r.name);
      byName.set(key, [...(byName.get(key) ?? []), r]);
    }
  }
  const f = fold(t);
  const prefix = /^(kabupaten|kab\.?)\s/.test(f) ? 'kabupaten' : /^(kota|kot\.?)\s/.test(f) ? 'kota' : null;
  const found = byName.get(bareName(t)) ?? [];
  const fitting = prefix ? found.filter((r) => r.type === prefix) : found;
  return fitting.length === 1 ? { region: fitting[0]! } : { candidates: fitting };
}

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

import { DEFAULT_FRAMEWORK } from '../frameworks/registry.js';
import { findRegion } from '../regions/regions.js';
import { type Masterplan, MasterplanSchema, SCHEMA_VERSION } from '../schema/documents.js';
import type { Framework } from '../schema/framework.js';

/** Options of `createMasterplan`. */
export interface CreateMasterplanOptions {
  /** First year of the plan (default: next calendar year). */
  startYear?: number;
  /** Length of the plan in years (default: the framework's shortest horizon, 5). */
  years?: number;
  framework?: Framework;
}

/**
 * A new, valid, empty masterplan for a region on the Kemendagri list, or `undefined` for an unknown code.
 */
export function createMasterplan(
  regionCode: string,
  options: CreateMasterplanOptions = {},
): Masterplan | undefined {
  const region = findRegion(regionCode);
  if (!region) return undefined;
  const f = options.framework ?? DEFAULT_FRAMEWORK;
  const startYear = options.startYear ?? new Date().getFullYear() + 1;
  const years = options.years ?? f.roadmap.horizon.min;
  return MasterplanSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    kind: 'smartcity.masterplan',
    framework: { id: f.id, version: f.version },
    title: `Masterplan Smart City ${region.name}`,
    region: {
      code: region.code,
      name: region.name,
      type: region.type,
      province: { code: region.province.code, name: region.province.name },
    },
    period: { startYear, endYear: startYear + years - 1 },
    team: { name: `Tim Pelaksana Smart City ${region.name}`, members: [] },
    opds: [],
  });
}

import type { Normalized } from '../shared/model.js';
import { normalized, num, records, root, scale, str, valueMap, wrongShape } from '../shared/normalize.js';

/** A column: one of the Smart City elements. */
export interface HeatmapElement {
  id: string;
  label: string;
  /** Id of its dimension (see `dimensions`): columns of a dimension are banded together. */
  dimension?: string;
}

/** A column group (a dimension). */
export interface HeatmapDimension {
  id: string;
  label: string;
}

/** A row: one region (kabupaten/kota). */
export interface HeatmapRegion {
  id: string;
  label: string;
  /** Name of its province (for `groupBy: 'province'`). */
  province?: string;
  /** Name of its cohort, e.g. the year it joined the programme (for `groupBy: 'cohort'`). */
  cohort?: string;
  /** Values by element id; `null`/missing = not assessed (never drawn as 0). */
  values: Record<string, number | null | undefined>;
}

/** How rows are ordered: by name, by their mean over the elements, or by one element's value. */
export type HeatmapSortKey = 'label' | 'mean' | (string & {});
/** How rows are grouped. */
export type HeatmapGroupBy = 'none' | 'province' | 'cohort';

export interface MaturityHeatmapData {
  /** The columns, in order (e.g. the eighteen elements). */
  elements: HeatmapElement[];
  dimensions?: HeatmapDimension[];
  regions: HeatmapRegion[];
  /** Scale; default 0 and 5 (the SPBE levels). */
  min?: number;
  max?: number;
  /** Default `'mean'`. */
  sortBy?: HeatmapSortKey;
  /** Default: descending for values, ascending for names. */
  sortOrder?: 'asc' | 'desc';
  /** Default `'none'`. */
  groupBy?: HeatmapGroupBy;
  title?: string;
}

export interface NormalizedHeatmapData {
  elements: HeatmapElement[];
  dimensions: HeatmapDimension[];
  regions: {
    id: string;
    label: string;
    province?: string;
    cohort?: string;
    values: Record<string, unknown>;
  }[];
  min: number;
  max: number;
  sortBy: HeatmapSortKey;
  sortOrder?: 'asc' | 'desc';
  groupBy: HeatmapGroupBy;
  title?: string;
}

const GROUPS = new Set(['none', 'province', 'cohort']);

/** Validates untrusted heatmap data. Never throws. */
export function normalizeHeatmapData(input: unknown): Normalized<NormalizedHeatmapData> {
  return normalized(() => {
    const data = root(input, '"elements" & "regions"');
    const min = num(data.min) ?? 0;
    const max = num(data.max) ?? 5;
    scale(min, max);
    const opt = (v: unknown) => (str(v) ? str(v) : undefined);
    const out: NormalizedHeatmapData = {
      elements: records(data.elements, 'elements').map((e) => {
        const dimension = opt(e.dimension);
        return { id: str(e.id), label: str(e.label, str(e.id)), ...(dimension ? { dimension } : {}) };
      }),
      dimensions: records(data.dimensions, 'dimensions').map((d) => ({
        id: str(d.id),
        label: str(d.label, str(d.id)),
      })),
      regions: records(data.regions, 'regions').map((r, i) => {
        const province = opt(r.province);
        const cohort = opt(r.cohort);
        return {
          id: str(r.id),
          label: str(r.label, str(r.id)),
          ...(province ? { province } : {}),
          ...(cohort ? { cohort } : {}),
          values: valueMap(r.values, `regions[${i}].values`),
        };
      }),
      min,
      max,
      sortBy: str(data.sortBy, 'mean'),
      groupBy: GROUPS.has(str(data.groupBy)) ? (str(data.groupBy) as HeatmapGroupBy) : 'none',
    };
    if (data.groupBy !== undefined && data.groupBy !== null && !GROUPS.has(str(data.groupBy)))
      wrongShape(
        'groupBy',
        { id: '"none", "province" atau "cohort"', en: '"none", "province" or "cohort"' },
        data.groupBy,
      );
    if (data.sortOrder === 'asc' || data.sortOrder === 'desc') out.sortOrder = data.sortOrder;
    if (str(data.title)) out.title = str(data.title);
    return out;
  });
}

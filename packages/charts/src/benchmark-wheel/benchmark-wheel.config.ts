import type { Normalized } from '../shared/model.js';
import { normalized, num, records, root, scale, str } from '../shared/normalize.js';

/** An element of the wheel's outer ring: the region's value and its peers' median. */
export interface WheelElement {
  id: string;
  label: string;
  /** The region's value; `null`/missing = not assessed (never drawn as 0). */
  value: number | null | undefined;
  /** The peers' median for this element (drawn as an arc across the segment). */
  peer?: number | null;
}

/** A dimension of the wheel's inner ring, with its elements. */
export interface WheelDimension {
  id: string;
  label: string;
  elements: WheelElement[];
}

export interface BenchmarkWheelData {
  /** Name of the region drawn. */
  region: string;
  /** What the peers are, e.g. "Median kabupaten sejenis" (default: the built-in "peer median"). */
  peersLabel?: string;
  dimensions: WheelDimension[];
  /** Scale; default 0 and 5. */
  min?: number;
  max?: number;
  title?: string;
}

export interface NormalizedWheelData {
  region: string;
  peersLabel?: string;
  dimensions: {
    id: string;
    label: string;
    elements: { id: string; label: string; value: unknown; peer?: number }[];
  }[];
  min: number;
  max: number;
  title?: string;
}

/** Validates untrusted wheel data. Never throws. */
export function normalizeWheelData(input: unknown): Normalized<NormalizedWheelData> {
  return normalized(() => {
    const data = root(input, '"region" & "dimensions"');
    const min = num(data.min) ?? 0;
    const max = num(data.max) ?? 5;
    scale(min, max);
    const out: NormalizedWheelData = {
      region: str(data.region),
      dimensions: records(data.dimensions, 'dimensions').map((d, i) => ({
        id: str(d.id),
        label: str(d.label, str(d.id)),
        elements: records(d.elements, `dimensions[${i}].elements`).map((e) => {
          const peer = num(e.peer);
          return {
            id: str(e.id),
            label: str(e.label, str(e.id)),
            value: e.value,
            ...(peer !== undefined ? { peer } : {}),
          };
        }),
      })),
      min,
      max,
    };
    if (str(data.peersLabel)) out.peersLabel = str(data.peersLabel);
    if (str(data.title)) out.title = str(data.title);
    return out;
  });
}

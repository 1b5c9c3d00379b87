import type { Normalized } from '../shared/model.js';
import {
  isRecord,
  normalized,
  num,
  records,
  root,
  scale,
  str,
  valueMap,
  wrongShape,
} from '../shared/normalize.js';

/** One axis of the radar: a dimension or an element of the framework. */
export interface RadarAxis {
  /** Stable id, the key of the series' `values`. */
  id: string;
  /** Label, already in the page's language. Long labels are wrapped, never clipped. */
  label: string;
  /** Optional group (e.g. the dimension of an element); consecutive axes of a group are shaded together. */
  group?: string;
}

/** A ring of the radar, e.g. `{ value: 1, label: 'Rintisan' }`. */
export interface RadarLevel {
  value: number;
  label: string;
}

/** What a series is; decides its default colour, dash pattern, marker and fill. */
export type RadarSeriesKind = 'current' | 'target' | 'median' | 'comparison';

/** A series of values, one per axis id. `null`/`undefined`/non-numbers are shown as missing, never as zero. */
export interface RadarSeries {
  id: string;
  label: string;
  values: Record<string, number | null | undefined>;
  kind?: RadarSeriesKind;
}

/** A band between two values per axis, e.g. the peer minimum–maximum. */
export interface RadarBand {
  id: string;
  label: string;
  min: Record<string, number | null | undefined>;
  max: Record<string, number | null | undefined>;
}

/** Data of `<sc-maturity-radar>`. */
export interface MaturityRadarData {
  /** The axes, clockwise from the top (the six dimensions or the eighteen elements). */
  axes: RadarAxis[];
  /** Rings; default: the SPBE capability levels 1–5 in the page's language. */
  levels?: RadarLevel[];
  /** Value at the centre. Default 0. */
  min?: number;
  /** Value at the outer ring. Default 5. */
  max?: number;
  series: RadarSeries[];
  band?: RadarBand;
  /** Visible title (also the accessible name). */
  title?: string;
}

/** Defaults of the radar's scale. */
export const RADAR_DEFAULTS = { min: 0, max: 5 } as const;

/** Radar data after validation: ids and labels are strings, values are kept raw to be shown as they are. */
export interface NormalizedRadarData {
  axes: { id: string; label: string; group?: string }[];
  levels?: RadarLevel[];
  min: number;
  max: number;
  series: { id: string; label: string; kind?: RadarSeriesKind; values: Record<string, unknown> }[];
  band?: { id: string; label: string; min: Record<string, unknown>; max: Record<string, unknown> };
  title?: string;
}

const KINDS = new Set(['current', 'target', 'median', 'comparison']);

/** Validates untrusted radar data. Never throws. */
export function normalizeRadarData(input: unknown): Normalized<NormalizedRadarData> {
  return normalized(() => {
    const data = root(input, '"axes" & "series"');
    const min = num(data.min) ?? RADAR_DEFAULTS.min;
    const max = num(data.max) ?? RADAR_DEFAULTS.max;
    scale(min, max);
    const axes = records(data.axes, 'axes').map((a) => {
      const group = str(a.group);
      return { id: str(a.id), label: str(a.label, str(a.id)), ...(group ? { group } : {}) };
    });
    const series = records(data.series, 'series').map((s, i) => {
      const kind = str(s.kind);
      return {
        id: str(s.id),
        label: str(s.label, str(s.id)),
        values: valueMap(s.values, `series[${i}].values`),
        ...(KINDS.has(kind) ? { kind: kind as RadarSeriesKind } : {}),
      };
    });
    const out: NormalizedRadarData = { axes, min, max, series };
    if (data.levels !== undefined && data.levels !== null) {
      if (!Array.isArray(data.levels)) wrongShape('levels', { id: 'daftar', en: 'a list' }, data.levels);
      out.levels = Array.from(data.levels as unknown[], (l: unknown, i) => {
        if (!isRecord(l))
          wrongShape(`levels[${i}]`, { id: 'objek dengan "value"', en: 'an object with a "value"' }, l);
        return { value: num(l.value) ?? Number.NaN, label: str(l.label) };
      }).filter((l) => Number.isFinite(l.value));
    }
    if (data.band !== undefined && data.band !== null) {
      if (!isRecord(data.band) || !str(data.band.id))
        wrongShape('band', { id: 'objek dengan "id"', en: 'an object with an "id"' }, data.band);
      out.band = {
        id: str(data.band.id),
        label: str(data.band.label, str(data.band.id)),
        min: valueMap(data.band.min, 'band.min'),
        max: valueMap(data.band.max, 'band.max'),
      };
    }
    const title = str(data.title);
    if (title) out.title = title;
    return out;
  });
}

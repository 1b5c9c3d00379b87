/** Marker shapes that tell series apart without colour. */
export type MarkerShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'cross' | 'triangle-down';

/** Colours of a chart. The elements read them from CSS custom properties; the SVG renderers take them as options. */
export interface ChartTheme {
  /** Page/background colour, used for text halos and hollow markers. */
  background: string;
  /** Text colour (≥ 4.5:1 against `background`). */
  text: string;
  /** Secondary text colour (≥ 4.5:1 against `background`). */
  muted: string;
  /** Grid lines and rings. */
  grid: string;
  /** Axis lines and strong rules (≥ 3:1 against `background`). */
  axis: string;
  /** Fill of distribution bands (peer min–max, quartile boxes). */
  band: string;
  /** Focus ring colour. */
  focus: string;
  /** Warning colour (low coverage, out of scale), ≥ 3:1 against `background`. */
  warning: string;
  /** Six series colours, each ≥ 3:1 against `background`. */
  series: readonly string[];
}

/** The default theme: WCAG 2.2 AA on white (text ≥ 4.5:1, graphics ≥ 3:1). */
export const lightTheme: ChartTheme = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  grid: '#d8dee4',
  axis: '#8c959f',
  band: '#9aa4b1',
  focus: '#0b57d0',
  warning: '#9a4d00',
  series: ['#1f5fbf', '#b04a00', '#4f5a66', '#7b3fb3', '#0f7a6b', '#b8264f'],
};

/** A dark theme with the same contrast guarantees against `#0f1419`. */
export const darkTheme: ChartTheme = {
  background: '#0f1419',
  text: '#e6edf3',
  muted: '#a7b1bc',
  grid: '#2f3a45',
  axis: '#6e7b88',
  band: '#6e7b88',
  focus: '#8ab4f8',
  warning: '#f2b36b',
  series: ['#6ea8ff', '#f59e5b', '#b4bec9', '#c79bf2', '#4fd1b5', '#ff8fab'],
};

/**
 * The theme's colours as custom properties: theme key, the host's private property (`--_bg`) and the
 * page's public one (`--sc-color-bg`). The element styles are written from it and `toSVG()` reads back
 * through it. Series colours are `--_s1`…`--_s6` / `--sc-series-1`…`--sc-series-6`.
 */
export const THEME_VARS: readonly [Exclude<keyof ChartTheme, 'series'>, string, string][] = [
  ['background', 'bg', 'color-bg'],
  ['text', 'text', 'color-text'],
  ['muted', 'muted', 'color-muted'],
  ['grid', 'grid', 'color-grid'],
  ['axis', 'axis', 'color-axis'],
  ['band', 'band', 'color-band'],
  ['focus', 'focus', 'color-focus'],
  ['warning', 'warning', 'color-warning'],
];

/** Dash patterns (SVG `stroke-dasharray`) of series 1–6; the first is solid. */
export const SERIES_DASHES: readonly string[] = ['', '7 4', '2 3', '9 3 2 3', '4 2', '1 3'];
/** Marker shapes of series 1–6. */
export const SERIES_MARKERS: readonly MarkerShape[] = [
  'circle',
  'diamond',
  'square',
  'triangle',
  'cross',
  'triangle-down',
];

/** Rounds a coordinate to 2 decimals (keeps paths short and renderers byte-identical). */
export function r2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** SVG path of a marker of `shape` centred on (x, y), `size` being its radius in px (areas roughly equal). */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const s = size;
  switch (shape) {
    case 'square': {
      const h = s * 0.89;
      return `M${r2(x - h)},${r2(y - h)}h${r2(2 * h)}v${r2(2 * h)}h${r2(-2 * h)}Z`;
    }
    case 'diamond': {
      const d = s * 1.3;
      return `M${r2(x)},${r2(y - d)}L${r2(x + d)},${r2(y)}L${r2(x)},${r2(y + d)}L${r2(x - d)},${r2(y)}Z`;
    }
    case 'triangle':
    case 'triangle-down': {
      const R = s * 1.45;
      const start = shape === 'triangle' ? -Math.PI / 2 : Math.PI / 2;
      const pts = [0, 1, 2].map((i) => {
        const a = start + (i * 2 * Math.PI) / 3;
        return `${r2(x + R * Math.cos(a))},${r2(y + R * Math.sin(a) + (shape === 'triangle' ? R * 0.15 : -R * 0.15))}`;
      });
      return `M${pts.join('L')}Z`;
    }
    case 'cross': {
      const a = s * 1.25;
      const w = s * 0.45;
      return (
        `M${r2(x - w)},${r2(y - a)}h${r2(2 * w)}v${r2(a - w)}h${r2(a - w)}v${r2(2 * w)}h${r2(w - a)}` +
        `v${r2(a - w)}h${r2(-2 * w)}v${r2(w - a)}h${r2(w - a)}v${r2(-2 * w)}h${r2(a - w)}Z`
      );
    }
    default:
      return `M${r2(x - s)},${r2(y)}a${r2(s)},${r2(s)} 0 1,0 ${r2(2 * s)},0a${r2(s)},${r2(s)} 0 1,0 ${r2(-2 * s)},0Z`;
  }
}

/** A closed polygon path through `points`; empty string for no points. */
export function polygonPath(points: readonly (readonly [number, number])[]): string {
  if (!points.length) return '';
  return `M${points.map(([x, y]) => `${r2(x)},${r2(y)}`).join('L')}Z`;
}

/** An open polyline path through `points`. */
export function linePath(points: readonly (readonly [number, number])[]): string {
  if (!points.length) return '';
  return `M${points.map(([x, y]) => `${r2(x)},${r2(y)}`).join('L')}`;
}

/** A circle as a path (for rings drawn with fewer than three axes). */
export function circlePath(cx: number, cy: number, r: number): string {
  return markerPath('circle', cx, cy, r);
}

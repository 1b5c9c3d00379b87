// Types only: the chart tags in Svelte 5 templates (svelte-check), derived from the tag table. With it,
// `<sc-maturity-radar data={radar} onsc-point-select={(e) => e.detail}>` is checked: `data` must be the
// chart's data type and `e.detail` is typed. `import type {} from '@smartcity/charts/svelte'` once.
import type { HTMLAttributes } from 'svelte/elements';
import type { ScChartEventName, ScChartTag, ScChartTagMap, ScChartTemplateProps } from './shared/tags.js';

/** The attributes, properties and listeners Svelte checks on a chart tag. */
export type ScChartSvelteProps<T extends ScChartTag> = Omit<
  HTMLAttributes<ScChartTagMap[T]['element']>,
  'lang'
> &
  ScChartTemplateProps<T> & {
    [E in ScChartEventName as `on${E}`]?: (event: CustomEvent<ScChartTagMap[T]['events'][E]>) => void;
  };

/** Every chart tag's Svelte props. */
export type ScChartSvelteElements = { [T in ScChartTag]: ScChartSvelteProps<T> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends ScChartSvelteElements {}
}

export type { ScPointDetail } from './shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from './shared/model.js';
export type { ScChartEventDetails, ScChartTag, ScChartTagMap } from './shared/tags.js';

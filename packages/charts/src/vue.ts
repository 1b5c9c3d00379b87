// Types only: the chart tags in Vue templates (vue-tsc, Volar), derived from the tag table. With it,
// `<sc-maturity-radar :data.prop="radar" @sc-point-select="…">` is checked: `data` must be the chart's data
// type (`:data="123"` fails) and `$event.detail` is typed. `import type {} from '@smartcity/charts/vue'`
// once (e.g. in env.d.ts).
import type { DefineComponent } from 'vue';
import type {
  ScChartEventName,
  ScChartTag,
  ScChartTagMap,
  ScChartTemplateProps,
  VueEventProp,
} from './shared/tags.js';

/** The props (and listeners) Vue checks on a chart tag. */
export type ScChartVueProps<T extends ScChartTag> = ScChartTemplateProps<T> & {
  [E in ScChartEventName as VueEventProp<E>]?: (event: CustomEvent<ScChartTagMap[T]['events'][E]>) => void;
};

/** Every chart tag as a Vue component type. */
export type ScChartVueComponents = { [T in ScChartTag]: DefineComponent<ScChartVueProps<T>> };

declare module 'vue' {
  interface GlobalComponents extends ScChartVueComponents {}
}

export type { ScPointDetail } from './shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from './shared/model.js';
export type { ScChartEventDetails, ScChartTag, ScChartTagMap } from './shared/tags.js';

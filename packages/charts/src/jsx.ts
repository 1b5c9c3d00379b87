// Types only: the chart tags in React's JSX (`<sc-maturity-radar data={…} onsc-point-select={…} />`, as
// React 19 sets properties and listens to `on` + event name on custom elements). Derived from the tag table.
// `import type {} from '@smartcity/charts/jsx'` once in a project, or use `@smartcity/charts/react`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ScChartEventName, ScChartTag, ScChartTagMap, ScChartTemplateProps } from './shared/tags.js';

/** The JSX props of a chart tag. */
export type ScChartJsxProps<T extends ScChartTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<ScChartTagMap[T]['element']>, ScChartTagMap[T]['element']>,
  'lang'
> &
  ScChartTemplateProps<T> & {
    [E in ScChartEventName as `on${E}`]?: (event: CustomEvent<ScChartTagMap[T]['events'][E]>) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ScChartJsxElements {}
  }
}

/** Every chart tag's JSX props. */
export type ScChartJsxElements = { [T in ScChartTag]: ScChartJsxProps<T> };

export type { ScPointDetail } from './shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from './shared/model.js';
export type { ScChartEventDetails, ScChartTag, ScChartTagMap } from './shared/tags.js';

// Lets TSX know the chart tags: `data` as a property and the chart events as `on<event name>` props,
// which React 19 attaches with addEventListener on custom elements.
import type {
  MaturityRadarData,
  ReadinessBarsData,
  ScMaturityRadar,
  ScPointDetail,
  ScReadinessBars,
  SeriesToggleDetail,
} from '@smartcity/charts';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type ChartProps<E extends HTMLElement, D> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  data?: D;
  'onsc-series-toggle'?: (event: CustomEvent<SeriesToggleDetail>) => void;
  'onsc-point-focus'?: (event: CustomEvent<ScPointDetail>) => void;
  'onsc-point-select'?: (event: CustomEvent<ScPointDetail>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'sc-maturity-radar': ChartProps<ScMaturityRadar, MaturityRadarData>;
      'sc-readiness-bars': ChartProps<ScReadinessBars, ReadinessBarsData>;
    }
  }
}

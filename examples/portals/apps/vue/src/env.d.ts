// The chart tags' template types (props, events) for vue-tsc.
import type {} from '@smartcity/charts/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent;
  export default component;
}

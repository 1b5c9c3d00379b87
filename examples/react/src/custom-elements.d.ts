// The chart tags in TSX (`data` as a property, the chart events as `on<event name>` props, which React 19
// attaches with addEventListener on custom elements): the types ship with the package, for all tags.
import type {} from '@smartcity/charts/jsx';

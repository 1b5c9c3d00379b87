import { ScRoadmapTimeline } from './roadmap-timeline.js';

// The only side effect: register the tag once, even if this module is loaded twice.
if (!customElements.get('sc-roadmap-timeline'))
  customElements.define('sc-roadmap-timeline', ScRoadmapTimeline);

export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export { ScRoadmapTimeline };

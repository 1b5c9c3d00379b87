// The chart events' details, and (through this module) the typed global tag and event maps.
export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export type { RoadmapPointDetail } from './geometry.js';
export type {
  RoadmapDimension,
  RoadmapPhase,
  RoadmapProgramme,
  RoadmapTimelineData,
} from './roadmap-timeline.config.js';
export { ScRoadmapTimeline } from './roadmap-timeline.js';

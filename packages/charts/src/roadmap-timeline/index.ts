export type { RoadmapPointDetail } from './geometry.js';
export type {
  RoadmapDimension,
  RoadmapPhase,
  RoadmapProgramme,
  RoadmapTimelineData,
} from './roadmap-timeline.config.js';
export { ScRoadmapTimeline } from './roadmap-timeline.js';

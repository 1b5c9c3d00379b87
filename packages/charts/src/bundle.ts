// Entry of dist/smartcity-charts.js: lit and every element in one file, all tags registered, for a plain
// <script type="module">.
import './define.js';

export {
  renderBenchmarkStripSvg,
  renderMaturityRadarSvg,
  renderQuickWinMatrixSvg,
  renderReadinessBarsSvg,
  renderRoadmapTimelineSvg,
  ScBenchmarkStrip,
  ScMaturityRadar,
  ScQuickwinMatrix,
  ScReadinessBars,
  ScRoadmapTimeline,
} from './index.js';

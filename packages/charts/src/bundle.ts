// Entry of dist/smartcity-charts.js: lit and every element in one file, all tags registered, for a plain
// <script type="module">.
import './define.js';

export {
  renderBenchmarkStripSvg,
  renderBenchmarkWheelSvg,
  renderMaturityHeatmapSvg,
  renderMaturityRadarSvg,
  renderQuickWinMatrixSvg,
  renderReadinessBarsSvg,
  renderRoadmapTimelineSvg,
  ScBenchmarkStrip,
  ScBenchmarkWheel,
  ScMaturityHeatmap,
  ScMaturityRadar,
  ScQuickwinMatrix,
  ScReadinessBars,
  ScRoadmapTimeline,
} from './index.js';

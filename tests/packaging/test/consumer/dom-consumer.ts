// Type-checked in the fresh project with the DOM lib: the elements, their tag names and their events, as a
// page's TypeScript sees them.
import '@smartcity/charts/define';
import { ScMaturityRadar, type ScPointDetail, type SeriesToggleDetail } from '@smartcity/charts';
import type { MaturityRadarData } from '@smartcity/charts/maturity-radar';
import { ScReadinessBars } from '@smartcity/charts/readiness-bars';

const radar = document.createElement('sc-maturity-radar');
const typed: ScMaturityRadar = radar;
const data: MaturityRadarData = {
  axes: [{ id: 'governance', label: 'Tata Kelola' }],
  series: [{ id: 'current', label: 'Saat ini', kind: 'current', values: { governance: 2.33 } }],
};
typed.data = data;
radar.addEventListener('sc-series-toggle', (event) => {
  const detail: SeriesToggleDetail = event.detail;
  console.log(detail.seriesId, detail.visible);
});
radar.addEventListener('sc-point-select', (event) => {
  const detail: ScPointDetail = event.detail;
  if (detail.chart === 'maturity-radar') console.log(detail.axisId, detail.value);
});
radar.toggleSeries('current');
console.log(radar instanceof ScMaturityRadar, ScReadinessBars.name);

// Sets the readiness chart's data as a property and says what the reader picks in either chart.
// Nothing to import: smartcity-charts.js has registered the <sc-…> tags.

const readiness = document.getElementById('readiness');
const status = document.getElementById('status');

customElements.whenDefined('sc-readiness-bars').then(() => {
  readiness.data = {
    title: 'Indeks kesiapan per pilar (0–100)',
    minCoverage: 0.6,
    pillars: [
      { id: 'structure', label: 'Struktur', score: 36.1, answered: 7, asked: 9 },
      { id: 'infrastructure', label: 'Infrastruktur', score: 44.4, answered: 8, asked: 8 },
      { id: 'superstructure', label: 'Suprastruktur', score: 47.2, answered: 7, asked: 8 },
    ],
  };
});

const labelOf = (items, id) => items?.find((item) => item.id === id)?.label ?? id;
const shown = (value) => (value === null ? 'tidak ada data' : String(value).replace('.', ','));

// Chart events bubble out of the shadow root (composed), so one listener on the document hears every chart;
// event.target is the chart element, whose `data` holds the labels.
document.addEventListener('sc-point-select', (event) => {
  const d = event.detail;
  const data = event.target.data;
  if (d.chart === 'maturity-radar') {
    const series = labelOf(data.series, d.seriesId);
    status.textContent = `${labelOf(data.axes, d.axisId)}, ${series}: ${shown(d.value)}`;
  } else if (d.chart === 'readiness-bars') {
    status.textContent = `${labelOf(data.pillars, d.pillarId)}: ${shown(d.score)}`;
  }
});

document.addEventListener('sc-series-toggle', (event) => {
  const { seriesId, visible } = event.detail;
  const label = labelOf(event.target.data.series, seriesId);
  status.textContent = `${label} ${visible ? 'ditampilkan' : 'disembunyikan'}.`;
});

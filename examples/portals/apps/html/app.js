// No build step: the single-file module registered the tags; chart events bubble to the document.
const text = (id, value) => {
  document.querySelector(`[data-testid="${id}"]`).textContent = value;
};
document.addEventListener('sc-point-select', (e) => {
  if (e.detail.chart === 'maturity-radar')
    text('selected', `${e.detail.axisId}/${e.detail.seriesId}: ${e.detail.value}`);
});
document.addEventListener('sc-axis-select', (e) => text('axis', e.detail.axisId));
document.getElementById('export').addEventListener('click', async () => {
  const radar = document.getElementById('radar');
  const svg = radar.toSVG();
  const png = await radar.toPNG({ scale: 2 });
  text('exported', `${svg.length} ${png.type} ${png.size}`);
});

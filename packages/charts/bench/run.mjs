#!/usr/bin/env node
// Prints the figures the README quotes: bundle sizes (see size.mjs) and the time to render 514 radars
// (one per kabupaten/kota) on one page in headless Chromium, beside Chart.js on the same page setup.
// A script that prints figures, not a test: nothing here asserts on timings.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { bundle, CHARTJS_RADAR_ENTRY, kB, measureSizes, packageDir } from './size.mjs';

const CHARTS = 514;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const sizes = await measureSizes();
const LABELS = {
  radar: '<sc-maturity-radar> with lit',
  bars: '<sc-readiness-bars> with lit',
  matrix: '<sc-quickwin-matrix> with lit',
  timeline: '<sc-roadmap-timeline> with lit',
  strip: '<sc-benchmark-strip> with lit',
  heatmap: '<sc-maturity-heatmap> with lit',
  wheel: '<sc-benchmark-wheel> with lit',
  all: 'all seven elements with lit',
  bundle: 'dist/smartcity-charts.js (as shipped)',
  chartjs: "Chart.js's radar parts",
  echarts: "ECharts' radar parts (SVG renderer)",
};
console.log('Bundle sizes (esbuild --minify of dist/, gzip -9), one run:');
for (const [key, label] of Object.entries(LABELS)) {
  console.log(
    `  ${label.padEnd(40)} ${kB(sizes[key].gzip).padStart(9)}  (${kB(sizes[key].minified)} minified)`,
  );
}
console.log(
  `  radar / Chart.js radar: ${(sizes.radar.gzip / sizes.chartjs.gzip).toFixed(2)}; radar / ECharts radar: ${(sizes.radar.gzip / sizes.echarts.gzip).toFixed(2)}`,
);

// The page: the same grid of 300 px cells and the same deterministic data for both libraries.
const PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title></head>
<body style="margin:0;font-family:system-ui"><div id="root" style="display:grid;grid-template-columns:repeat(auto-fill,300px);gap:4px"></div>
<script type="module">
const AXES = [['governance','Tata Kelola'],['branding','Branding'],['economy','Ekonomi'],['living','Lingkungan Hidup Layak'],['society','Masyarakat'],['environment','Lingkungan']];
let seed = 42;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const v = () => Math.round(rnd() * 500) / 100;
const regions = Array.from({ length: ${CHARTS} }, (_, i) => ({
  name: 'Daerah ' + (i + 1),
  current: AXES.map(v), target: AXES.map(() => 3 + rnd() * 2), median: AXES.map(() => 2 + rnd()),
}));
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const root = document.getElementById('root');
window.benchSc = async (eager) => {
  await import('/smartcity-charts.js');
  // eager: lay out every chart up front, as if the default content-visibility: auto were off.
  if (eager) document.head.insertAdjacentHTML('beforeend', '<style>sc-maturity-radar{content-visibility:visible}</style>');
  const t0 = performance.now();
  const els = regions.map((r) => {
    const el = document.createElement('sc-maturity-radar');
    el.style.width = '300px';
    el.data = {
      title: r.name,
      axes: AXES.map(([id, label]) => ({ id, label })),
      series: [
        { id: 'current', label: 'Saat ini', kind: 'current', values: Object.fromEntries(AXES.map(([id], k) => [id, r.current[k]])) },
        { id: 'target', label: 'Target', kind: 'target', values: Object.fromEntries(AXES.map(([id], k) => [id, r.target[k]])) },
        { id: 'median', label: 'Median nasional', kind: 'median', values: Object.fromEntries(AXES.map(([id], k) => [id, r.median[k]])) },
      ],
    };
    return el;
  });
  root.append(...els);
  while (els.some((el) => !el.shadowRoot || !el.shadowRoot.querySelector('svg.chart'))) await frame();
  await frame();
  return performance.now() - t0;
};
// The national heatmap: 514 regions × 18 elements, first render, then a re-sort by name.
const ELEMENTS = Array.from({ length: 18 }, (_, k) => ({ id: 'e' + k, label: 'Elemen ' + (k + 1), dimension: 'd' + Math.floor(k / 3) }));
const heatmapData = {
  dimensions: Array.from({ length: 6 }, (_, d) => ({ id: 'd' + d, label: 'Dimensi ' + (d + 1) })),
  elements: ELEMENTS,
  regions: regions.map((r, i) => ({
    id: 'r' + i, label: r.name, province: 'Provinsi ' + (1 + (i % 38)),
    values: Object.fromEntries(ELEMENTS.map((e) => [e.id, rnd() < 0.02 ? null : v()])),
  })),
  groupBy: 'province',
};
window.benchHeatmap = async () => {
  await import('/smartcity-charts.js');
  const el = document.createElement('sc-maturity-heatmap');
  el.style.cssText = 'width:1200px;content-visibility:visible';
  const t0 = performance.now();
  el.data = heatmapData;
  root.replaceWith(el);
  while (!el.shadowRoot || !el.shadowRoot.querySelector('.cells rect')) await frame();
  await frame();
  const first = performance.now() - t0;
  const t1 = performance.now();
  el.sortBy = 'label';
  await el.updateComplete;
  await frame();
  const resort = performance.now() - t1;
  return { first, resort, cells: el.shadowRoot.querySelectorAll('.cells rect').length };
};
window.benchChartjs = async () => {
  const { Chart } = await import('/chartjs.js');
  const t0 = performance.now();
  for (const r of regions) {
    const box = document.createElement('div');
    const canvas = document.createElement('canvas');
    canvas.width = 300;
    canvas.height = 300;
    box.append(canvas);
    root.append(box);
    new Chart(canvas, {
      type: 'radar',
      data: {
        labels: AXES.map(([, label]) => label),
        datasets: [
          { label: 'Saat ini', data: r.current, fill: true },
          { label: 'Target', data: r.target, borderDash: [6, 4] },
          { label: 'Median nasional', data: r.median, borderDash: [2, 3] },
        ],
      },
      options: {
        animation: false,
        responsive: false,
        plugins: { title: { display: false } },
        scales: { r: { min: 0, max: 5, ticks: { stepSize: 1 } } },
      },
    });
  }
  await frame();
  return performance.now() - t0;
};
</script></body></html>`;

const files = {
  '/': { type: 'text/html', body: PAGE },
  '/smartcity-charts.js': {
    type: 'text/javascript',
    body: readFileSync(join(packageDir, 'dist', 'smartcity-charts.js')),
  },
  '/chartjs.js': { type: 'text/javascript', body: await bundle(CHARTJS_RADAR_ENTRY) },
};
const server = createServer((req, res) => {
  const f = files[new URL(req.url ?? '/', 'http://x').pathname];
  if (!f) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': f.type }).end(f.body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch(chromiumLaunchOptions());
const times = { sc: [], eager: [], chartjs: [] };
const heat = { first: [], resort: [] };
let cells = 0;
const scripts = {
  sc: 'window.benchSc(false)',
  eager: 'window.benchSc(true)',
  chartjs: 'window.benchChartjs()',
};
try {
  for (let run = 0; run < RUNS; run++) {
    for (const lib of run % 2 ? ['chartjs', 'eager', 'sc'] : ['sc', 'eager', 'chartjs']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(url);
      const ms = await page.evaluate(scripts[lib]);
      times[lib].push(ms);
      await page.close();
    }
  }
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const r = await page.evaluate('window.benchHeatmap()');
    heat.first.push(r.first);
    heat.resort.push(r.resort);
    cells = r.cells;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `${median(xs).toFixed(0)} ms median (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
console.log(`Rendering ${CHARTS} radars on one page (headless Chromium, ${RUNS} runs, 300 px each):`);
console.log(`  <sc-maturity-radar> (default styles):            ${fmt(times.sc)}`);
console.log(`  <sc-maturity-radar> (content-visibility: visible): ${fmt(times.eager)}`);
console.log(`  Chart.js (animation off):                        ${fmt(times.chartjs)}`);
console.log(
  `  Chart.js / sc-maturity-radar: ${(median(times.chartjs) / median(times.sc)).toFixed(2)} (default), ${(median(times.chartjs) / median(times.eager)).toFixed(2)} (all laid out up front)`,
);
console.log('  (time from creating the charts until every one is rendered and a frame has passed)');
console.log(`Heatmap of ${CHARTS} regions × 18 elements (${cells} cells), grouped by 38 provinces, 1200 px:`);
console.log(`  first render:          ${fmt(heat.first)}`);
console.log(`  re-sort (by name):     ${fmt(heat.resort)}`);

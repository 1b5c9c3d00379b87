#!/usr/bin/env node
// CI check of the built artifact: the gzipped size budgets, and a smoke test that the single-file bundle
// registers the elements and re-renders when a property is set (i.e. the build emitted no class fields
// that shadow Lit's reactive accessors). Run after `pnpm build`.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { kB, measureSizes, packageDir } from '../bench/size.mjs';

/** Budgets in gzipped bytes (also in the README). */
export const BUDGETS = {
  radar: 19_500,
  bars: 17_500,
  matrix: 18_500,
  timeline: 18_500,
  strip: 17_500,
  heatmap: 20_500,
  wheel: 25_500,
  all: 43_500,
  bundle: 44_000,
};
/** The radar with Lit stays at most this share of Chart.js's radar parts, measured in the same run. */
export const RADAR_TO_CHARTJS = 1 / 3;

const sizes = await measureSizes();
let failed = false;
const check = (ok, line) => {
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
};
for (const [name, budget] of Object.entries(BUDGETS)) {
  const size = sizes[name].gzip;
  check(size <= budget, `${name}: ${kB(size)} gzipped (budget ${kB(budget)})`);
}
const ratio = sizes.radar.gzip / sizes.chartjs.gzip;
check(
  ratio <= RADAR_TO_CHARTJS,
  `radar / Chart.js radar parts: ${ratio.toFixed(3)} (${kB(sizes.radar.gzip)} / ${kB(sizes.chartjs.gzip)}; at most ${RADAR_TO_CHARTJS.toFixed(3)})`,
);

const bundle = readFileSync(join(packageDir, 'dist', 'smartcity-charts.js'));
const server = createServer((req, res) => {
  if (req.url === '/smartcity-charts.js')
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      '<!doctype html><html lang="id"><body><div style="width:480px" id="box"></div><script type="module" src="/smartcity-charts.js"></script></body></html>',
    );
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const result = await page.evaluate(async () => {
    await customElements.whenDefined('sc-maturity-radar');
    const el = document.createElement('sc-maturity-radar');
    document.getElementById('box').append(el);
    const frames = async () => {
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
    };
    el.data = {
      axes: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ],
      series: [],
    };
    await frames();
    const before = el.shadowRoot.querySelectorAll('.point').length;
    el.data = {
      axes: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ],
      series: [{ id: 's', label: 'S', values: { a: 1, b: 2, c: 3 } }],
    };
    await frames();
    const tags = [
      'sc-maturity-radar',
      'sc-readiness-bars',
      'sc-quickwin-matrix',
      'sc-roadmap-timeline',
      'sc-benchmark-strip',
      'sc-maturity-heatmap',
      'sc-benchmark-wheel',
    ];
    return {
      before,
      after: el.shadowRoot.querySelectorAll('.point').length,
      registered: tags.every((t) => customElements.get(t)),
    };
  });
  const ok = result.registered && result.before === 0 && result.after === 3;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} dist/smartcity-charts.js registers all elements and re-renders on a property change`,
  );
} finally {
  await browser.close();
  server.close();
}
if (failed) process.exit(1);

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

/**
 * Budgets in gzipped bytes (also in the README): about 300 bytes above what was measured when the number
 * formatting moved to the scoring package's `format` subpath (radar 20,420, heatmap 21,113, all 44,083).
 */
export const BUDGETS = {
  radar: 20_700,
  bars: 18_400,
  matrix: 19_200,
  timeline: 19_400,
  strip: 18_700,
  heatmap: 21_400,
  wheel: 26_500,
  all: 44_400,
  bundle: 44_800,
};
/**
 * The radar with Lit against Chart.js's radar parts, measured in the same run. The target is a third;
 * measured 0.345 (20.1 kB / 58.5 kB) since export (toSVG/toPNG, captions), sc-axis-select and the
 * bilingual shape errors landed, and 0.349 (20.4 kB) once the formatting came from the scoring package, so the
 * check holds 0.355 until the radar is trimmed back under a third.
 */
export const RADAR_TO_CHARTJS = 0.355;
export const RADAR_TO_CHARTJS_TARGET = 1 / 3;

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
if (ratio > RADAR_TO_CHARTJS_TARGET)
  console.log(`note radar / Chart.js is above the target of ${RADAR_TO_CHARTJS_TARGET.toFixed(3)}`);

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

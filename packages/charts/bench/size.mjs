// Bundle sizes, as a consumer's bundler would produce them: esbuild (bundle + minify, ESM) of the built
// package with lit, gzipped at level 9. Shared by `pnpm bench` and the CI budget (`pnpm size:check`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Chart.js parts a radar needs, registered as Chart.js's docs prescribe for tree-shaking. */
export const CHARTJS_RADAR_ENTRY = `import { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip } from 'chart.js';
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);
export { Chart };`;

/** Minified bundle of `contents` (resolved from the package directory), as a string. */
export async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** Gzipped size (zlib level 9) of `text`, in bytes. */
export function gzipSize(text) {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/** The ECharts parts a radar needs, imported from its tree-shakable entry points as its docs prescribe. */
export const ECHARTS_RADAR_ENTRY = `import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([RadarChart, RadarComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);
export { echarts };`;

/** Every element: its tag and its folder (the `define` module is what a page imports). */
export const ELEMENTS = [
  ['radar', 'sc-maturity-radar', 'maturity-radar'],
  ['bars', 'sc-readiness-bars', 'readiness-bars'],
  ['matrix', 'sc-quickwin-matrix', 'quickwin-matrix'],
  ['timeline', 'sc-roadmap-timeline', 'roadmap-timeline'],
  ['strip', 'sc-benchmark-strip', 'benchmark-strip'],
  ['heatmap', 'sc-maturity-heatmap', 'maturity-heatmap'],
  ['wheel', 'sc-benchmark-wheel', 'benchmark-wheel'],
];

/**
 * Measures (in gzipped bytes, and minified): each element alone with lit, all elements with lit, the
 * single-file module as shipped, and Chart.js's and ECharts' radar parts. Needs `pnpm build` first (it
 * measures `dist/`, the published artifact). One function for `pnpm bench` and the CI budget.
 */
export async function measureSizes() {
  const dist = join(packageDir, 'dist');
  if (!existsSync(join(dist, 'maturity-radar', 'define.js'))) {
    throw new Error('dist/ is missing: run `pnpm --filter @smartcity/charts build` first');
  }
  const sizes = {};
  const measure = (code) => ({ minified: code.length, gzip: gzipSize(code) });
  // Guard: a registration that a bundler drops (e.g. moved into a chunk outside `sideEffects`) would
  // make the sizes look tiny and the elements never appear.
  const registers = (name, code, tags) => {
    for (const tag of tags) {
      if (!code.includes(tag) || !code.includes('customElements.define')) {
        throw new Error(
          `the ${name} bundle does not register <${tag}>: check "sideEffects" and the define modules`,
        );
      }
    }
  };
  for (const [name, tag, folder] of ELEMENTS) {
    const code = await bundle(`import ${JSON.stringify(join(dist, folder, 'define.js'))};`);
    registers(name, code, [tag]);
    sizes[name] = measure(code);
  }
  const all = await bundle(`import ${JSON.stringify(join(dist, 'define.js'))};`);
  registers(
    'all',
    all,
    ELEMENTS.map(([, tag]) => tag),
  );
  sizes.all = measure(all);
  // The single-file module as shipped (already minified): it must be Lit's browser build, not its Node
  // build, whose DOM shim for server rendering a browser never needs.
  const single = readFileSync(join(dist, 'smartcity-charts.js'), 'utf8');
  if (/not currently supported in SSR|ssr-dom-shim/.test(single)) {
    throw new Error(
      "dist/smartcity-charts.js contains Lit's Node build (SSR DOM shim): build it for browsers",
    );
  }
  registers(
    'bundle',
    single,
    ELEMENTS.map(([, tag]) => tag),
  );
  sizes.bundle = measure(single);
  sizes.chartjs = measure(await bundle(CHARTJS_RADAR_ENTRY));
  sizes.echarts = measure(await bundle(ECHARTS_RADAR_ENTRY));
  return sizes;
}

/** Bytes as kB with one decimal (1 kB = 1000 bytes). */
export function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

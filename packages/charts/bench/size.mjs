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

/**
 * Measures (in gzipped bytes): the radar alone with lit, all five elements with lit, and Chart.js's radar
 * parts. Needs `pnpm build` first (it measures `dist/`, the published artifact).
 */
export async function measureSizes() {
  const dist = join(packageDir, 'dist');
  if (!existsSync(join(dist, 'maturity-radar', 'define.js'))) {
    throw new Error('dist/ is missing: run `pnpm --filter @smartcity/charts build` first');
  }
  const radar = await bundle(`import ${JSON.stringify(join(dist, 'maturity-radar', 'define.js'))};`);
  const all = await bundle(`import ${JSON.stringify(join(dist, 'define.js'))};`);
  // Guard: a registration that a bundler drops (e.g. moved into a chunk outside `sideEffects`) would
  // make the sizes look tiny and the elements never appear.
  for (const [name, code, tags] of [
    ['radar', radar, ['sc-maturity-radar']],
    [
      'all',
      all,
      [
        'sc-maturity-radar',
        'sc-readiness-bars',
        'sc-quickwin-matrix',
        'sc-roadmap-timeline',
        'sc-benchmark-strip',
      ],
    ],
  ]) {
    for (const tag of tags) {
      if (!code.includes(tag) || !code.includes('customElements.define')) {
        throw new Error(
          `the ${name} bundle does not register <${tag}>: check "sideEffects" and the define modules`,
        );
      }
    }
  }
  const chartjs = await bundle(CHARTJS_RADAR_ENTRY);
  // The single-file module as shipped (already minified): it must be Lit's browser build, not its Node
  // build, whose DOM shim for server rendering a browser never needs.
  const single = readFileSync(join(dist, 'smartcity-charts.js'), 'utf8');
  if (/not currently supported in SSR|ssr-dom-shim/.test(single)) {
    throw new Error(
      "dist/smartcity-charts.js contains Lit's Node build (SSR DOM shim): build it for browsers",
    );
  }
  return {
    bundle: { minified: single.length, gzip: gzipSize(single) },
    radar: { minified: radar.length, gzip: gzipSize(radar) },
    all: { minified: all.length, gzip: gzipSize(all) },
    chartjs: { minified: chartjs.length, gzip: gzipSize(chartjs) },
  };
}

/** Bytes as kB with one decimal (1 kB = 1000 bytes). */
export function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

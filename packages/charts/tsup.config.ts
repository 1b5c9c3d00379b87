import { defineConfig } from 'tsup';

const elements = [
  'maturity-radar',
  'readiness-bars',
  'quickwin-matrix',
  'roadmap-timeline',
  'benchmark-strip',
];

const library = {
  index: 'src/index.ts',
  svg: 'src/svg.ts',
  define: 'src/define.ts',
  ...Object.fromEntries(
    elements.flatMap((e) => [
      [`${e}/index`, `src/${e}/index.ts`],
      [`${e}/define`, `src/${e}/define.ts`],
    ]),
  ),
};

export default defineConfig([
  {
    // The library: one entry per public subpath, lit left to the consumer (peer dependency).
    entry: library,
    format: ['esm'],
    // Types for every subpath, and for the single-file module (its JavaScript comes from the next build).
    dts: { entry: { ...library, 'smartcity-charts': 'src/bundle.ts' } },
    clean: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    external: ['lit', /^lit\//],
  },
  {
    // One file for a <script type="module"> tag: lit and every element included, all tags registered.
    entry: { 'smartcity-charts': 'src/bundle.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    noExternal: [/.*/],
  },
]);

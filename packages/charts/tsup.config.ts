import { defineConfig } from 'tsup';

const elements = [
  'maturity-radar',
  'readiness-bars',
  'quickwin-matrix',
  'roadmap-timeline',
  'benchmark-strip',
];

export default defineConfig([
  {
    // The library: one entry per public subpath, lit left to the consumer (peer dependency).
    entry: {
      index: 'src/index.ts',
      svg: 'src/svg.ts',
      define: 'src/define.ts',
      ...Object.fromEntries(
        elements.flatMap((e) => [
          [`${e}/index`, `src/${e}/index.ts`],
          [`${e}/define`, `src/${e}/define.ts`],
        ]),
      ),
    },
    format: ['esm'],
    dts: true,
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

import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * Minifies the CSS inside Lit's css`…` templates (esbuild leaves template text alone): comments out,
 * whitespace collapsed. The styles hold no `${}` interpolations, which this relies on.
 */
const minifyCss: Plugin = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source.replace(
        /css`([^`]*)`/g,
        (_, text: string) =>
          `css\`${text
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{}:;,>])\s*/g, '$1')
            .replace(/;}/g, '}')
            .trim()}\``,
      );
      return { contents, loader: 'ts' };
    });
  },
};

const elements = [
  'maturity-radar',
  'readiness-bars',
  'quickwin-matrix',
  'roadmap-timeline',
  'benchmark-strip',
  'maturity-heatmap',
  'benchmark-wheel',
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

/** Template types for JSX, Vue and Svelte: types only (their JavaScript is an empty module). */
const templateTypes = { jsx: 'src/jsx.ts', vue: 'src/vue.ts', svelte: 'src/svelte.ts' };

export default defineConfig([
  {
    // The library: one entry per public subpath, lit left to the consumer (peer dependency).
    entry: { ...library, ...templateTypes },
    format: ['esm'],
    // Types for every subpath, and for the single-file module (its JavaScript comes from the last build).
    dts: {
      entry: {
        ...library,
        ...templateTypes,
        'react/index': 'src/react/index.ts',
        'smartcity-charts': 'src/bundle.ts',
      },
    },
    clean: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    esbuildPlugins: [minifyCss],
    external: ['lit', /^lit\//, 'react', 'vue', /^svelte/, /^d3-/],
  },
  {
    // The React components: a client module of its own ('use client' must open the file, and only this
    // file: the SVG renderers stay callable from server components). It imports the library's built
    // modules (../define.js), so the element classes exist once.
    entry: { 'react/index': 'src/react/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    banner: { js: "'use client';" },
    external: ['react', '@lit/react', /^\.\.\//],
  },
  {
    // One file for a <script type="module"> tag: lit and every element included, all tags registered.
    // Built for browsers: the `browser` export conditions pick Lit's browser build, not its Node build
    // with the SSR DOM shim.
    entry: { 'smartcity-charts': 'src/bundle.ts' },
    format: ['esm'],
    platform: 'browser',
    dts: false,
    clean: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    noExternal: [/.*/],
    esbuildPlugins: [minifyCss],
    esbuildOptions(options) {
      options.conditions = ['browser', 'import', 'module', 'default'];
      options.define = { ...options.define, 'process.env.NODE_ENV': '"production"' };
    },
  },
]);

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/**
 * Emits `sw.js`: the service worker of `sw/service-worker.js` with the list of this build's files, so that the
 * whole app is kept for offline use (and replaced when a new build is served).
 */
function serviceWorker(): Plugin {
  return {
    name: 'smartcity-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = [
        './',
        './index.html',
        ...Object.keys(bundle).map((f) => `./${f}`),
        './favicon.svg',
        './manifest.webmanifest',
      ];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./sw/service-worker.js', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `self.__BUILD__ = ${JSON.stringify({ version, files: [...new Set(files)] })};\n${source}`,
      });
    },
  };
}

/** The Content-Security-Policy the app is built for; also sent as a header by `vite preview`. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export default defineConfig({
  plugins: [serviceWorker()],
  // Workspace packages are used from their sources (no build needed first).
  resolve: { conditions: ['@smartcity/source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    // The polyfill would be an inline script, which the CSP forbids.
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; harmless and not ours to change.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  preview: { headers: { 'Content-Security-Policy': CSP } },
});

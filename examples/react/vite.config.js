import { defineConfig } from 'vite';

// No React plugin needed: esbuild compiles JSX with the automatic runtime (no fast refresh in dev).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { chunkSizeWarningLimit: 1024 },
});

import { defineConfig } from 'vitest/config';

// Its own config, so that the Vue plugin of vite.config.js stays out of the Node test run.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
});

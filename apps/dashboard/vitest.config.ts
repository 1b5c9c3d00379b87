import { defineConfig } from 'vitest/config';

const conditions = ['@smartcity/source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@smartcity/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // One build and one static server (with the production CSP header) for every browser test.
    globalSetup: ['test/e2e/global-setup.ts'],
    // Two cores: one test file at a time, each driving one Chromium.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});

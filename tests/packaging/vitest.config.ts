import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing, npm install from the registry and tsc: generous, but bounded.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

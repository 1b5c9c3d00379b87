import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Packing, one npm install, three production builds: generous, but bounded.
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 900_000 },
});

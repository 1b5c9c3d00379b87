import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@smartcity/source'] },
  ssr: { resolve: { conditions: ['@smartcity/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL cluster for the run (started here when DATABASE_URL is not set and PostgreSQL is installed).
    globalSetup: ['test/postgres.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export default defineConfig({
  resolve: { conditions: ['@smartcity/source'] },
  ssr: { resolve: { conditions: ['@smartcity/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/**/geometry.test.ts',
            'src/**/svg.test.ts',
            'src/**/*.node.test.ts',
            'test/**/*.node.test.ts',
          ],
          setupFiles: ['./test/fail-on-console.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts', 'test/**/*.browser.test.ts'],
          exclude: ['src/**/geometry.test.ts', 'src/**/svg.test.ts', 'src/**/*.node.test.ts'],
          setupFiles: ['./test/fail-on-console.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});

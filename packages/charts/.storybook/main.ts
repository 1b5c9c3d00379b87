import type { StorybookConfig } from '@storybook/web-components-vite';

// Runs offline: no telemetry (also STORYBOOK_DISABLE_TELEMETRY=1 in the scripts), no add-ons to fetch.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;

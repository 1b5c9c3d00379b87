import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const app = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the app once and serves dist/ on 127.0.0.1 with the CSP header, for every browser test. */
export default async function setup(project: TestProject) {
  if (!process.env.SMARTCITY_SKIP_BUILD)
    execFileSync(
      process.execPath,
      [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: app,
        stdio: 'inherit',
        // vitest sets NODE_ENV=test, which would make Vite pick the development builds of dependencies (lit).
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
  const server = await startServer();
  project.provide('baseURL', server.url);
  return async () => {
    await server.close();
  };
}

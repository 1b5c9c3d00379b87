// Vitest global set-up: a PostgreSQL for the server's tests. DATABASE_URL when set (CI starts Debian's
// PostgreSQL); otherwise a throwaway cluster when PostgreSQL is installed; otherwise none (the suite then runs
// on the embedded engine only and says so).
import type { TestProject } from 'vitest/node';
import { postgresBin, startCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return undefined;
  }
  const bin = postgresBin();
  if (!bin) {
    console.warn('[server tests] no PostgreSQL found (set DATABASE_URL): the embedded engine only');
    project.provide('postgresUrl', '');
    return undefined;
  }
  const cluster = await startCluster(bin);
  project.provide('postgresUrl', cluster.url);
  return cluster.stop;
}

/** What the server is told by its environment. */
export interface Config {
  /** TCP port (default 4173; 0 picks a free one). */
  readonly port: number;
  /** Interface to listen on (default 127.0.0.1; `0.0.0.0` to accept other machines). */
  readonly host: string;
  /** `postgres://…` for PostgreSQL; absent for the embedded database. */
  readonly databaseUrl?: string;
  /** The embedded database's directory (default `.data` beside the server; `memory://` keeps it in memory). */
  readonly dataDir: string;
  /** The built dashboard to serve (default the dashboard app's `dist`). */
  readonly staticDir?: string;
  /** Trust `X-Forwarded-Proto`/`X-Forwarded-For` from a reverse proxy in front (default false). */
  readonly trustProxy: boolean;
  /** Origins allowed besides the server's own (comma-separated `PUBLIC_ORIGIN`), for a proxy on another name. */
  readonly publicOrigins: readonly string[];
  /** Create the demo workspace with the Minahasa sample and demo accounts when the database is empty (default: on
   * for the embedded database, off with DATABASE_URL). */
  readonly demo: boolean;
  /** Largest update accepted on the sync channel, in bytes (default 2 MB). */
  readonly maxUpdateBytes: number;
}

/** Reads the configuration from environment variables (see docs/hosting.md). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number.parseInt(env.PORT ?? '4173', 10);
  return {
    port: Number.isFinite(port) ? port : 4173,
    host: env.HOST ?? '127.0.0.1',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: env.DATA_DIR ?? '.data',
    ...(env.STATIC_DIR ? { staticDir: env.STATIC_DIR } : {}),
    trustProxy: /^(1|true|yes)$/i.test(env.TRUST_PROXY ?? ''),
    publicOrigins: (env.PUBLIC_ORIGIN ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/$/, ''))
      .filter(Boolean),
    // On by default only for the embedded database (what `npm start` runs); never implied on PostgreSQL.
    demo: /^(1|true|yes)$/i.test(env.DEMO ?? (env.DATABASE_URL ? 'false' : 'true')),
    maxUpdateBytes: Number.parseInt(env.MAX_UPDATE_BYTES ?? '2000000', 10) || 2_000_000,
  };
}

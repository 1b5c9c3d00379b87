import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApi } from './api.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db.js';
import { errors } from './errors.js';
import { errorReply, parseCookies, readBody, send } from './http.js';
import { Security } from './security.js';
import { serveStatic } from './static.js';
import { Sync } from './sync.js';

/** The running server: its address, its database and a way to stop it. */
export interface App {
  readonly url: string;
  readonly db: Database;
  readonly server: Server;
  readonly security: Security;
  readonly sync: Sync;
  close(): Promise<void>;
}

/** Options the environment does not give (tests and the benchmark pass them). */
export interface AppOptions {
  /** An already opened database (tests share one per engine). */
  db?: Database;
  /** scrypt cost as log2(N): 15 in production; tests lower it to save time. */
  scryptLogN?: number;
  /** The clock, for the rate limits and session expiry. */
  now?: () => number;
}

const DEFAULT_STATIC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dashboard', 'dist');
const BODY_LIMIT = 8_000_000;

/** Starts the server: the dashboard, the API under `/api` and the sync channel on `/sync`, on one port. */
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const db = options.db ?? (await openDatabase(config.databaseUrl, config.dataDir));
  const security = new Security(db, config, options);
  const sync = new Sync(db, security, config);
  const router = buildApi({ db, security, sync, config });

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    try {
      const found = router.match(method, url.pathname);
      if (!('handler' in found)) throw found;
      const cookies = parseCookies(req.headers.cookie);
      if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) security.checkCsrf(req, cookies);
      let bodyRead: Promise<Buffer> | undefined;
      const reply = await found.handler({
        method,
        url,
        params: found.params,
        headers: req.headers,
        cookies,
        raw: req,
        async body(schema) {
          bodyRead ??= readBody(req, BODY_LIMIT);
          const text = (await bodyRead).toString('utf8');
          let value: unknown;
          try {
            value = text ? JSON.parse(text) : {};
          } catch {
            throw errors.badRequest([
              {
                path: [],
                code: 'invalid-json',
                message: { id: 'Isi permintaan bukan JSON.', en: 'The request body is not JSON.' },
              },
            ]);
          }
          const parsed = schema.safeParse(value);
          if (!parsed.success)
            throw errors.badRequest(
              parsed.error.issues.map((i) => ({
                path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
                code: 'invalid-value' as const,
                message: { id: `Nilai tidak sah: ${i.message}`, en: `Invalid value: ${i.message}` },
              })),
            );
          return parsed.data;
        },
      });
      send(res, reply);
    } catch (e) {
      send(res, errorReply(e));
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) void handleApi(req, res, url);
    else serveStatic(config.staticDir ?? DEFAULT_STATIC, req, res);
  });
  server.on('upgrade', (req, socket, head) => sync.upgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    db,
    server,
    security,
    sync,
    async close() {
      await sync.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      if (!options.db) await db.close();
    },
  };
}

import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { type App, startApp } from '../src/app.js';
import { type Config, configFromEnv } from '../src/config.js';
import { type Database, openDatabase } from '../src/db.js';

/** The engines the suite runs on: always the embedded one, PostgreSQL when the set-up found one. */
export const ENGINES: readonly ('embedded' | 'postgresql')[] = inject('postgresUrl')
  ? ['embedded', 'postgresql']
  : ['embedded'];

/** A fresh, empty database of one engine (PostgreSQL: a new database in the test cluster). */
export async function freshDatabase(engine: 'embedded' | 'postgresql'): Promise<Database> {
  if (engine === 'embedded') return openDatabase(undefined, 'memory://');
  const url = new URL(inject('postgresUrl'));
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase(url.toString());
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.close();
  url.pathname = `/${name}`;
  return openDatabase(url.toString());
}

/** A server on a free loopback port over a fresh database (scrypt cost lowered: tests sign in often). */
export async function testApp(
  engine: 'embedded' | 'postgresql',
  overrides: Partial<Config> = {},
  options: { now?: () => number } = {},
): Promise<App & { close(): Promise<void> }> {
  const db = await freshDatabase(engine);
  const config: Config = { ...configFromEnv({}), port: 0, host: '127.0.0.1', demo: false, ...overrides };
  const app = await startApp(config, { db, scryptLogN: 10, ...options });
  return {
    ...app,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** A response body as the tests read it (shapes are asserted, not typed). */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read bodies loosely
type Body = any;

/** A browser-like client: keeps cookies, sends the CSRF token header from the `sc_csrf` cookie. */
export class Client {
  readonly jar = new Map<string, string>();
  constructor(
    readonly base: string,
    readonly origin: string | undefined = base,
  ) {}

  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
  }

  get sessionToken(): string | undefined {
    return this.jar.get('sc_session');
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    extra: { headers?: Record<string, string>; csrf?: string | null } = {},
  ): Promise<{ status: number; json: Body; headers: Headers }> {
    const headers: Record<string, string> = { ...(extra.headers ?? {}) };
    if (this.jar.size) headers.cookie = this.cookieHeader();
    if (this.origin && method !== 'GET') headers.origin = this.origin;
    const csrf = extra.csrf === undefined ? this.jar.get('sc_csrf') : extra.csrf;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = (pair as string).indexOf('=');
      const k = (pair as string).slice(0, i);
      const v = decodeURIComponent((pair as string).slice(i + 1));
      if (/Max-Age=0/.test(c)) this.jar.delete(k);
      else this.jar.set(k, v);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: res.status, json, headers: res.headers };
  }

  /** Visits (to get the CSRF cookie) and signs in. */
  async login(username: string, password: string): Promise<{ status: number; json: Body }> {
    if (!this.jar.has('sc_csrf')) await this.request('GET', '/api/session');
    return this.request('POST', '/api/login', { username, password });
  }
}

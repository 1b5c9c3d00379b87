import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db.js';
import { ENGINES, freshDatabase, testApp } from './helpers.js';

describe.each(ENGINES)('server on %s', (engine) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    app = await testApp(engine);
  });
  afterAll(() => app.close());

  it('answers the health check with its engine', async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: engine });
  });

  it('answers unknown API paths with a localised 404 and wrong methods with 405', async () => {
    const a = await fetch(`${app.url}/api/nothing`);
    expect(a.status).toBe(404);
    const body = await a.json();
    expect(body.error).toBe('not-found');
    expect(body.message.id).toMatch(/tidak ditemukan/);
    expect(body.message.en).toMatch(/No such address/);
    const b = await fetch(`${app.url}/api/health`, { method: 'DELETE' });
    expect(b.status).toBe(405);
  });

  it('serves the dashboard, never a file outside it', async () => {
    const index = await fetch(`${app.url}/`);
    expect([200, 404]).toContain(index.status);
    const outside = await fetch(`${app.url}/..%2f..%2fpackage.json`);
    const text = await outside.text();
    expect(text).not.toContain('"name"');
  });

  it('applies the migrations once', async () => {
    const db = await freshDatabase(engine);
    try {
      expect(await migrate(db)).toEqual([]); // openDatabase applied them already
      const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
      expect(rows.map((r) => r.version)).toEqual([1]);
    } finally {
      await db.close();
    }
  });
});

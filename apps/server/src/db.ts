import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which engine holds the data: embedded PostgreSQL (PGlite) or a PostgreSQL server. */
export type Engine = 'embedded' | 'postgresql';

/** The little the server needs of a database: parameterised queries, a transaction, closing. */
export interface Database {
  readonly engine: Engine;
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction (on one connection). */
  transaction<T>(fn: (q: Database['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/**
 * Opens the database: `postgres://…` (or `postgresql://…`) connects to PostgreSQL; anything else is the data
 * directory of an embedded PGlite (`memory://` or undefined for an in-memory one). Runs pending migrations.
 */
export async function openDatabase(url: string | undefined, dataDir?: string): Promise<Database> {
  const db = url && /^postgres(ql)?:\/\//.test(url) ? await openPostgres(url) : await openEmbedded(dataDir);
  await migrate(db);
  return db;
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const query: Database['query'] = async (sql, params = []) =>
    (await pool.query(sql, params as unknown[])).rows;
  return {
    engine: 'postgresql',
    query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(async (sql, params = []) => (await client.query(sql, params as unknown[])).rows);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = new PGlite(dataDir && dataDir !== 'memory://' ? dataDir : undefined);
  await lite.waitReady;
  const query: Database['query'] = async <T>(sql: string, params: readonly unknown[] = []) =>
    (await lite.query<T>(sql, params as unknown[])).rows;
  return {
    engine: 'embedded',
    query,
    transaction: (fn) =>
      lite.transaction((tx) =>
        fn(
          async <T>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<T>(sql, params as unknown[])).rows,
        ),
      ),
    close: () => lite.close(),
  };
}

/** Applies the numbered migrations (`migrations/NNN_name.sql`) not yet applied, each in its transaction. */
export async function migrate(db: Database): Promise<number[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const done = new Set(
    (await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
  );
  const applied: number[] = [];
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort()) {
    const version = Number.parseInt(file, 10);
    if (done.has(version)) continue;
    const sql = readFileSync(join(MIGRATIONS, file), 'utf8');
    await db.transaction(async (q) => {
      for (const statement of splitStatements(sql)) await q(statement);
      await q('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    });
    applied.push(version);
  }
  return applied;
}

/** Splits a migration into statements (on `;` at a line's end; the migrations hold no procedural code). */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

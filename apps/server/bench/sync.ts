// Sync benchmark: simulated members on loopback editing the same masterplans at once, on the embedded engine
// and on PostgreSQL, printed side by side. Prints figures; asserts nothing but the final convergence.
//   BENCH_WORKSPACES (5) × BENCH_MEMBERS (60) editors, BENCH_READERS (40) readers per workspace (500
//   connections in all by default), BENCH_EDITS (3) edits per editor spread over BENCH_SPREAD_MS (3000).
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyLog, setAt, toJson } from '@smartcity/collab';
import { postgresBin, startCluster } from '../test/pg-cluster.js';
import { type Replica, replica, until } from '../test/sync-client.js';

const EDITS = Number(process.env.BENCH_EDITS ?? 3);
const SPREAD = Number(process.env.BENCH_SPREAD_MS ?? 3000);
const here = dirname(fileURLToPath(import.meta.url));

interface Ready {
  url: string;
  engine: string;
  workspaces: { id: string; editors: string[]; names: string[]; readers: string[] }[];
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

async function run(databaseUrl: string | undefined): Promise<Record<string, string>> {
  const child = fork(join(here, 'server.ts'), {
    execArgv: ['--import', 'tsx', '--conditions=@smartcity/source', '--expose-gc'],
    env: { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('message', () => undefined); // keeps the IPC channel referenced between questions
  child.on('exit', (code) => {
    if (code !== 0) console.error(`benchmark server exited with ${code}`);
  });
  const ask = <T>(type: string): Promise<T> =>
    new Promise((resolve) => {
      const on = (m: { type: string }) => {
        if (m.type === type) {
          child.off('message', on);
          resolve(m as T);
        }
      };
      child.on('message', on);
      if (type !== 'ready') child.send({ type });
    });
  const ready = await ask<Ready>('ready');
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  const replicas: { ws: string; r: Replica; editor?: string }[] = [];
  const t0 = Date.now();
  for (const ws of ready.workspaces) {
    for (const [i, token] of ws.editors.entries())
      replicas.push({ ws: ws.id, r: replica(ready.url, ws.id, token), editor: ws.names[i] as string });
    for (const token of ws.readers) replicas.push({ ws: ws.id, r: replica(ready.url, ws.id, token) });
  }
  await Promise.all(replicas.map((x) => x.r.synced));
  const connectMs = Date.now() - t0;
  const baseline = await ask<{ memory: NodeJS.MemoryUsage }>('memory');
  // Every replica watches the history log: each new entry is one edit arriving; its latency is measured from
  // the moment its author made it (one clock: the same process).
  for (const x of replicas)
    historyLog(x.r.doc).observe((e) => {
      if (e.transaction.local) return;
      const now = performance.now();
      for (const item of e.changes.added)
        for (const c of item.content.getContent() as { value?: string }[]) {
          const at = typeof c.value === 'string' ? sent.get(c.value) : undefined;
          if (at !== undefined) latencies.push(now - at);
        }
    });
  const editsStart = Date.now();
  await Promise.all(
    replicas
      .filter((x) => x.editor)
      .map(async (x, n) => {
        for (let k = 0; k < EDITS; k++) {
          await new Promise((r) => setTimeout(r, Math.random() * (SPREAD / EDITS)));
          const value = `${x.ws.slice(0, 4)}-${x.editor}-${k}`;
          const programmes = (toJson(x.r.doc).programmes as unknown[] | undefined)?.length ?? 1;
          sent.set(value, performance.now());
          setAt(x.r.doc, ['programmes', (n + k) % programmes, 'description'], value, {
            author: { id: x.editor as string },
          });
        }
      }),
  );
  const expected = sent.size;
  const wanted = ready.workspaces.reduce(
    (n, ws) => n + ws.editors.length * EDITS * (ws.editors.length + ws.readers.length - 1),
    0,
  );
  await until(() => latencies.length >= wanted, 'every edit on every replica', 600_000);
  const propagationMs = Date.now() - editsStart;
  const peak = await ask<{ memory: NodeJS.MemoryUsage }>('memory');
  const state = await ask<{ docs: Record<string, string>; logged: number }>('state');
  let converged = true;
  for (const x of replicas) {
    const mine = JSON.stringify([toJson(x.r.doc), historyLog(x.r.doc).length]);
    if (mine !== state.docs[x.ws]) converged = false;
  }
  for (const x of replicas) x.r.destroy();
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.send({ type: 'stop' });
  });
  latencies.sort((a, b) => a - b);
  const mb = (b: number) => `${(b / 1_048_576).toFixed(0)} MB`;
  return {
    connections: String(replicas.length),
    'connect + first sync, all': `${connectMs} ms`,
    edits: String(expected),
    'deliveries measured': String(latencies.length),
    'propagation p50': `${quantile(latencies, 0.5).toFixed(0)} ms`,
    'propagation p99': `${quantile(latencies, 0.99).toFixed(0)} ms`,
    'all edits everywhere after': `${propagationMs} ms`,
    'server RSS idle connected / peak': `${mb(baseline.memory.rss)} / ${mb(peak.memory.rss)}`,
    'server heap used peak': mb(peak.memory.heapUsed),
    'updates in the log': String(state.logged),
    'every replica = server, no edit lost': converged && latencies.length >= wanted ? 'yes' : 'NO',
  };
}

const results: Record<string, Record<string, string>> = {};
results.embedded = await run(undefined);
let cluster: { url: string; stop: () => void } | undefined;
let pgUrl = process.env.DATABASE_URL;
if (!pgUrl) {
  const bin = postgresBin();
  if (bin) {
    cluster = await startCluster(bin);
    pgUrl = cluster.url;
  }
}
try {
  if (pgUrl) results.postgresql = await run(pgUrl);
} finally {
  cluster?.stop();
}
const keys = Object.keys(results.embedded as object);
const engines = Object.keys(results);
const width = Math.max(...keys.map((k) => k.length));
console.log(`\n${'figure'.padEnd(width)}  ${engines.map((e) => e.padStart(20)).join('  ')}`);
for (const k of keys)
  console.log(`${k.padEnd(width)}  ${engines.map((e) => (results[e]?.[k] ?? '').padStart(20)).join('  ')}`);
if (!pgUrl) console.log('(PostgreSQL not found: set DATABASE_URL to compare)');
if (engines.some((e) => results[e]?.['every replica = server, no edit lost'] !== 'yes')) process.exitCode = 1;

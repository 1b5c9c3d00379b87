// The benchmark's server process: a real server on loopback over one engine, with W workspaces of M members
// each (accounts and sessions made directly, not through sign-in), controlled over IPC by bench/sync.ts.
import { toJson } from '@smartcity/collab';
import { listRegions } from '@smartcity/model';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import type * as Y from 'yjs';
import { startApp } from '../src/app.js';
import { configFromEnv } from '../src/config.js';
import { addMember, createWorkspace } from '../src/workspaces.js';

const W = Number(process.env.BENCH_WORKSPACES ?? 5);
const M = Number(process.env.BENCH_MEMBERS ?? 60);
const R = Number(process.env.BENCH_READERS ?? 40);

const app = await startApp(
  {
    ...configFromEnv({}),
    port: 0,
    demo: false,
    dataDir: 'memory://',
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  },
  { scryptLogN: 10 },
);
const regions = listRegions()
  .filter((r) => r.type === 'kabupaten')
  .slice(0, W);
const fakeReq = { socket: {}, headers: {} } as never;
const workspaces: { id: string; editors: string[]; names: string[]; readers: string[] }[] = [];
for (const [w, region] of regions.entries()) {
  const json = structuredClone(MINAHASA_SAMPLE) as unknown as Record<string, unknown>;
  (json as { region: Record<string, unknown> }).region = {
    ...(json as { region: Record<string, unknown> }).region,
    code: region.code,
    name: region.name,
  };
  const ws = await createWorkspace(app.db, region.code, region.name, json);
  const editors: string[] = [];
  const names: string[] = [];
  const readers: string[] = [];
  for (let m = 0; m < M + R; m++) {
    const acc = await app.security.createAccount(`w${w}m${m}`, `Member ${m}`, 'benchmark-password');
    await addMember(app.db.query, ws.id, acc.id, m < M ? 'editor' : 'reader');
    const { cookies } = await app.security.openSession(fakeReq, acc);
    const token = decodeURIComponent((cookies[0] as string).split(';')[0]?.split('=')[1] as string);
    (m < M ? editors : readers).push(token);
    if (m < M) names.push(acc.username);
  }
  workspaces.push({ id: ws.id, editors, names, readers });
}
process.send?.({ type: 'ready', url: app.url, engine: app.db.engine, workspaces });
process.on('message', async (m: { type: string }) => {
  if (m.type === 'memory') {
    global.gc?.();
    process.send?.({ type: 'memory', memory: process.memoryUsage() });
  } else if (m.type === 'state') {
    await app.sync.flush();
    const docs: Record<string, string> = {};
    for (const ws of workspaces) {
      const live = app.sync.hocuspocus.documents.get(ws.id) as Y.Doc | undefined;
      docs[ws.id] = live ? JSON.stringify([toJson(live), live.getArray('history').length]) : '';
    }
    const [row] = await app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM document_updates');
    process.send?.({ type: 'state', docs, logged: row?.n ?? 0 });
  } else if (m.type === 'stop') {
    await app.close();
    process.exit(0);
  }
});

// The application starts here, loaded by main.ts once zod is configured.
import { ScApp } from './app/app.js';
import { applyLang } from './domain/i18n.js';
import { seedDocument } from './domain/seed.js';
import { workerAnalyser } from './state/analysis-task.js';
import { probeIndexedDb } from './state/persistence.js';
import { Store } from './state/store.js';
import { detectServer, type SyncServer } from './state/sync.js';

applyLang();

function deviceId(): string {
  try {
    let id = localStorage.getItem('smartcity.device');
    if (!id) {
      id = `d-${Math.random().toString(36).slice(2, 10)}`;
      localStorage.setItem('smartcity.device', id);
    }
    return id;
  } catch {
    return 'local';
  }
}

/** The workspaces of the signed-in member: `GET /api/workspaces` → `[{ regionCode, label }]`. */
async function memberWorkspaces(): Promise<{ regionCode: string; label?: string }[]> {
  const res = await fetch('/api/workspaces', { headers: { accept: 'application/json' } });
  if (!res.ok) return [];
  const body = (await res.json()) as unknown;
  return Array.isArray(body)
    ? body.filter((w): w is { regionCode: string; label?: string } => typeof w?.regionCode === 'string')
    : [];
}

const storage = (await probeIndexedDb()) ? 'indexeddb' : 'memory';
// Served by the project's server: the sync channel is switched on, and the projects are the member's workspaces.
// Once served by the server, the app remembers it: opened offline, it keeps the sync channel (which reconnects).
const SERVER_KEY = 'smartcity.syncServer';
const server = await detectServer().then((found) => {
  try {
    if (found) localStorage.setItem(SERVER_KEY, JSON.stringify(found));
    else {
      const saved = localStorage.getItem(SERVER_KEY);
      if (saved && !navigator.onLine) return JSON.parse(saved) as SyncServer;
    }
  } catch {
    // not remembered
  }
  return found;
});
const store = new Store({
  storage,
  analyser: workerAnalyser(),
  author: { id: deviceId() },
  ...(server ? { sync: { server, workspaces: memberWorkspaces } } : {}),
});
const app = document.querySelector('sc-app');
if (app instanceof ScApp) app.store = store;
void store.init(seedDocument);

// Installable, and reopened offline: the service worker keeps the built app (production builds only).
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void navigator.serviceWorker.register('/sw.js').catch((e) => console.warn('service worker', e));

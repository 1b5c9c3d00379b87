// The application starts here, loaded by main.ts once zod is configured.
import { ScApp } from './app/app.js';
import { applyLang } from './domain/i18n.js';
import { seedDocument } from './domain/seed.js';
import { workerAnalyser } from './state/analysis-task.js';
import { probeIndexedDb } from './state/persistence.js';
import { Store } from './state/store.js';

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

const storage = (await probeIndexedDb()) ? 'indexeddb' : 'memory';
const store = new Store({ storage, analyser: workerAnalyser(), author: { id: deviceId() } });
const app = document.querySelector('sc-app');
if (app instanceof ScApp) app.store = store;
void store.init(seedDocument);

// Installable, and reopened offline: the service worker keeps the built app (production builds only).
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void navigator.serviceWorker.register('/sw.js').catch((e) => console.warn('service worker', e));

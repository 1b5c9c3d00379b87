// Projects kept by earlier versions of the dashboard (one IndexedDB record per project, written as JSON), read
// once so that an update of the app loses no one's work.
import { openDB } from 'idb';
import type { WorkingDoc } from '../domain/document.js';

const DB_NAME = 'smartcity-dashboard';

/** The projects of the earlier store, oldest first (empty when there were none). */
export async function legacyProjects(): Promise<{ doc: WorkingDoc; drafts: Record<string, string> }[]> {
  try {
    const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    if (!dbs.some((d) => d.name === DB_NAME)) return [];
    const db = await openDB(DB_NAME, 1);
    if (!db.objectStoreNames.contains('projects')) {
      db.close();
      return [];
    }
    const all = (await db.getAll('projects')) as {
      doc: WorkingDoc;
      drafts?: Record<string, string>;
      createdAt: string;
    }[];
    db.close();
    return all
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((p) => ({ doc: p.doc, drafts: p.drafts ?? {} }));
  } catch {
    return [];
  }
}

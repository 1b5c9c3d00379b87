// Where shared documents are kept in this browser: IndexedDB through y-indexeddb, each update written as it
// happens (no debounce, so a reload or a closed tab loses nothing), or memory only when IndexedDB is unavailable.
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import type * as Y from 'yjs';

/** Keeps one shared document. */
export interface Keeper {
  /** Resolves once the stored state has been loaded into the document. */
  readonly loaded: Promise<void>;
  /** Resolves once every update made so far is committed (at once in memory). */
  written(): Promise<void>;
  /** Removes the stored document. */
  clear(): Promise<void>;
  destroy(): void;
}

export type StorageKind = 'indexeddb' | 'memory';

/** Whether IndexedDB can be used here (it is missing or refused in some private modes and embedded views). */
export async function probeIndexedDb(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || !indexedDB) return false;
    return await new Promise<boolean>((resolve) => {
      const req = indexedDB.open('smartcity-probe');
      req.onsuccess = () => {
        req.result.close();
        resolve(true);
      };
      req.onerror = () => resolve(false);
      req.onblocked = () => resolve(true);
    });
  } catch {
    return false;
  }
}

class IndexedDbKeeper implements Keeper {
  private readonly p: IndexeddbPersistence;
  readonly loaded: Promise<void>;
  constructor(name: string, doc: Y.Doc) {
    const p = new IndexeddbPersistence(name, doc);
    this.p = p;
    this.loaded = p.whenSynced.then(() => undefined);
    // y-indexeddb writes each update in its own transaction but leaves it to commit when the page's task
    // ends; a reload right after the last keystroke can abort it. The same write, committed at once:
    const internal = p as unknown as {
      _storeUpdate: (u: Uint8Array, o: unknown) => void;
      _dbsize: number;
      _storeTimeout: number;
      _storeTimeoutId: ReturnType<typeof setTimeout> | null;
    };
    doc.off('update', internal._storeUpdate);
    internal._storeUpdate = (update, origin) => {
      if (!p.db || origin === p) return;
      const tx = p.db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').add(update);
      tx.commit();
      if (++internal._dbsize >= PREFERRED_TRIM_SIZE) {
        if (internal._storeTimeoutId !== null) clearTimeout(internal._storeTimeoutId);
        internal._storeTimeoutId = setTimeout(() => {
          void storeState(p, false);
          internal._storeTimeoutId = null;
        }, internal._storeTimeout);
      }
    };
    doc.on('update', internal._storeUpdate);
  }
  written(): Promise<void> {
    // y-indexeddb opens a write transaction synchronously for every update; a read transaction on the same
    // store, opened after them, completes only once they have committed.
    return this.loaded.then(
      () =>
        new Promise<void>((resolve, reject) => {
          const db = this.p.db;
          if (!db) return resolve();
          const tx = db.transaction(['updates'], 'readonly');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        }),
    );
  }
  clear(): Promise<void> {
    return this.p.clearData();
  }
  destroy(): void {
    void this.p.destroy();
  }
}

class MemoryKeeper implements Keeper {
  readonly loaded = Promise.resolve();
  written(): Promise<void> {
    return Promise.resolve();
  }
  clear(): Promise<void> {
    return Promise.resolve();
  }
  destroy(): void {}
}

/** A keeper for the document `name` in the given storage. */
export function keep(kind: StorageKind, name: string, doc: Y.Doc): Keeper {
  return kind === 'indexeddb' ? new IndexedDbKeeper(name, doc) : new MemoryKeeper();
}

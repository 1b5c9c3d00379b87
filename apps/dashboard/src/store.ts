import { type IDBPDatabase, openDB } from 'idb';
import type { Analysis } from './analysis.js';
import { type Path, pathKey, setAt } from './paths.js';

/** A masterplan as it is being edited: possibly incomplete or invalid, always plain JSON. */
export type WorkingDoc = Record<string, unknown>;

/** One region's masterplan kept in the browser. */
export interface ProjectRecord {
  id: string;
  /** The working copy, saved as typed. */
  doc: WorkingDoc;
  /** Inputs that are not a value yet (a half-typed number), by path key, kept exactly as typed. */
  drafts: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** What the interface shows: the project list, the open project and what is known about it. */
export interface State {
  ready: boolean;
  projects: ProjectRecord[];
  current: ProjectRecord | undefined;
  save: SaveStatus;
  /** Validation issues and scores of the open project's current text (undefined until first computed). */
  analysis: Analysis | undefined;
  /** The last import, which can be undone. */
  lastImport: { projectId: string; previousId: string | undefined } | undefined;
}

const DB_NAME = 'smartcity-dashboard';
const PROJECTS = 'projects';
const META = 'meta';

type Listener = (s: State) => void;

function now(): string {
  return new Date().toISOString();
}

function newId(): string {
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

class Store {
  state: State = {
    ready: false,
    projects: [],
    current: undefined,
    save: 'idle',
    analysis: undefined,
    lastImport: undefined,
  };
  private listeners = new Set<Listener>();
  private db: Promise<IDBPDatabase> | undefined;
  private pending = new Set<string>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private analyseTimer: ReturnType<typeof setTimeout> | undefined;
  private analysisRun = 0;
  private saving: Promise<void> = Promise.resolve();

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(PROJECTS, { keyPath: 'id' });
        db.createObjectStore(META);
      },
    });
    return this.db;
  }

  /** Loads the saved projects; on the very first run, seeds the bundled sample. */
  async init(seed: () => Promise<WorkingDoc>): Promise<void> {
    const db = await this.open();
    let projects = ((await db.getAll(PROJECTS)) as ProjectRecord[]).sort((a, b) =>
      a.createdAt.localeCompare(b.createdAt),
    );
    let currentId = (await db.get(META, 'current')) as string | undefined;
    const seeded = (await db.get(META, 'seeded')) as boolean | undefined;
    if (projects.length === 0 && !seeded) {
      const record = this.record(await seed());
      await db.put(PROJECTS, record);
      await db.put(META, true, 'seeded');
      await db.put(META, record.id, 'current');
      projects = [record];
      currentId = record.id;
    }
    const current = projects.find((p) => p.id === currentId) ?? projects[0];
    this.emit({ ready: true, projects, current });
    this.scheduleAnalysis(0);
    addEventListener('pagehide', () => void this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void this.flush();
    });
  }

  private record(doc: WorkingDoc): ProjectRecord {
    const t = now();
    return { id: newId(), doc, drafts: {}, createdAt: t, updatedAt: t };
  }

  /** Replaces the open project (by a new record object) and schedules its save and analysis. */
  private change(next: ProjectRecord, touch = true): void {
    const rec = touch ? { ...next, updatedAt: now() } : next;
    this.emit({
      current: rec,
      projects: this.state.projects.map((p) => (p.id === rec.id ? rec : p)),
      save: 'saving',
    });
    this.pending.add(rec.id);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), 120);
    this.scheduleAnalysis();
  }

  /** Writes every unsaved change to IndexedDB now. */
  flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    const ids = [...this.pending];
    this.pending.clear();
    if (ids.length === 0) return this.saving;
    this.saving = this.saving.then(async () => {
      try {
        const db = await this.open();
        const tx = db.transaction(PROJECTS, 'readwrite');
        for (const id of ids) {
          const p = this.state.projects.find((x) => x.id === id);
          if (p) await tx.store.put(p);
        }
        await tx.done;
        if (this.pending.size === 0) this.emit({ save: 'saved' });
      } catch (e) {
        console.error(e);
        for (const id of ids) this.pending.add(id);
        this.emit({ save: 'error' });
      }
    });
    return this.saving;
  }

  /** Sets the value at a path of the open document (clears a draft kept for that path). */
  set(path: Path, value: unknown): void {
    const cur = this.state.current;
    if (!cur) return;
    const key = pathKey(path);
    const drafts = key in cur.drafts ? omit(cur.drafts, key) : cur.drafts;
    this.change({ ...cur, doc: setAt(cur.doc, path, value), drafts });
  }

  /** Changes the open document with a function working on a copy (for list edits). */
  edit(fn: (doc: WorkingDoc) => void, clearUnder?: Path): void {
    const cur = this.state.current;
    if (!cur) return;
    const doc = structuredClone(cur.doc);
    fn(doc);
    // Removing from a list shifts indexes: drafts under that list would point at the wrong entry.
    let drafts = cur.drafts;
    if (clearUnder) {
      const k = pathKey(clearUnder);
      drafts = Object.fromEntries(
        Object.entries(drafts).filter(([d]) => !(d === k || d.startsWith(`${k}.`) || d.startsWith(`${k}[`))),
      );
    }
    this.change({ ...cur, doc, drafts });
  }

  /** Keeps an input exactly as typed when it is not a value yet. */
  setDraft(path: Path, raw: string): void {
    const cur = this.state.current;
    if (!cur) return;
    this.change({ ...cur, drafts: { ...cur.drafts, [pathKey(path)]: raw } });
  }

  draft(path: Path): string | undefined {
    return this.state.current?.drafts[pathKey(path)];
  }

  async select(id: string): Promise<void> {
    const p = this.state.projects.find((x) => x.id === id);
    if (!p) return;
    this.emit({ current: p, analysis: undefined });
    this.scheduleAnalysis(0);
    await (await this.open()).put(META, id, 'current');
  }

  /** Adds a project holding `doc` and opens it. */
  async add(doc: WorkingDoc): Promise<ProjectRecord> {
    await this.flush();
    const rec = this.record(doc);
    const db = await this.open();
    await db.put(PROJECTS, rec);
    this.emit({ projects: [...this.state.projects, rec] });
    await this.select(rec.id);
    return rec;
  }

  async remove(id: string): Promise<void> {
    await this.flush();
    const db = await this.open();
    await db.delete(PROJECTS, id);
    const projects = this.state.projects.filter((p) => p.id !== id);
    const current = this.state.current?.id === id ? projects[0] : this.state.current;
    this.emit({
      projects,
      current,
      analysis: this.state.current?.id === id ? undefined : this.state.analysis,
    });
    if (current) await db.put(META, current.id, 'current');
    else await db.delete(META, 'current');
    this.scheduleAnalysis(0);
  }

  /**
   * Imports a document as a new project. The text is fully checked first; on any problem nothing is stored
   * and the problems are returned. A successful import can be undone with `undoImport`.
   */
  async importText(
    text: string,
  ): Promise<{ ok: true } | { ok: false; issues: import('@smartcity/model').ValidationIssue[] }> {
    const { parseMasterplan } = await import('@smartcity/model');
    const r = parseMasterplan(text);
    if (!r.ok) return { ok: false, issues: [...r.issues] };
    const previousId = this.state.current?.id;
    const rec = await this.add(r.value.document as unknown as WorkingDoc);
    this.emit({ lastImport: { projectId: rec.id, previousId } });
    return { ok: true };
  }

  async undoImport(): Promise<void> {
    const last = this.state.lastImport;
    if (!last) return;
    this.emit({ lastImport: undefined });
    await this.remove(last.projectId);
    if (last.previousId) await this.select(last.previousId);
  }

  private scheduleAnalysis(delay = 200): void {
    clearTimeout(this.analyseTimer);
    this.analyseTimer = setTimeout(() => void this.analyse(), delay);
  }

  /** Validates and scores the open document (debounced after every change). */
  private async analyse(): Promise<void> {
    const cur = this.state.current;
    if (!cur) return;
    const run = ++this.analysisRun;
    const { analyse } = await import('./analysis.js');
    const result = analyse(cur.doc, this.state.analysis);
    if (run === this.analysisRun && this.state.current?.id === cur.id) this.emit({ analysis: result });
  }

  /** Resolves once the latest scheduled analysis has run (for tests and the report). */
  async settle(): Promise<void> {
    await this.flush();
  }
}

function omit<T extends Record<string, unknown>>(o: T, key: string): T {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

export const store = new Store();

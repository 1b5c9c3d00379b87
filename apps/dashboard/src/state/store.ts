// The store: a typed facade over the shared documents (one Yjs document per project, and an index of the
// projects), kept in IndexedDB and merged with the other tabs of this browser. Pages read `state` and call
// the methods; they never touch Yjs.
import {
  applyJson,
  compareJson,
  createDoc,
  type Difference,
  type EditMeta,
  restoreVersion,
  saveVersion,
  setAt,
  toJson,
} from '@smartcity/collab';
import type { ValidationIssue } from '@smartcity/model';
import * as Y from 'yjs';
import type { Analysis } from '../domain/analysis.js';
import { mergeJson, projectLabel, regionCode, type WorkingDoc } from '../domain/document.js';
import { type Path, pathKey } from '../domain/paths.js';
import type { Scores } from '../domain/scores.js';
import { type Analyser, AnalysisTask, type Timers } from './analysis-task.js';
import { legacyProjects } from './legacy.js';
import { type Keeper, keep, type StorageKind } from './persistence.js';
import { type Connection, connectServer, type SyncServer, type SyncStatus } from './sync.js';
import { askTabs, connectTabs } from './tabs.js';

export type { WorkingDoc };

/** One region's masterplan kept in this browser, as listed. */
export interface ProjectInfo {
  id: string;
  label: string;
  regionCode: string | undefined;
  illustrative: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The open project: its listing, its working copy and the inputs that are not a value yet. */
export interface ProjectRecord extends ProjectInfo {
  /** The working copy, as typed. */
  doc: WorkingDoc;
  /** Inputs that are not a value yet (a half-typed number), by path key, kept exactly as typed. */
  drafts: Record<string, string>;
}

/**
 * `saved`: every change is committed to IndexedDB. `memory`: IndexedDB is unavailable, changes live only as
 * long as the tab (never shown as saved).
 */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'memory';

/** An import waiting for the user's choice: the file is for a region that already has a project. */
export interface PendingImport {
  projectId: string;
  label: string;
  file: string;
  incoming: WorkingDoc;
  /** What replacing the project by the file would change. */
  replace: readonly Difference[];
  /** What merging the file into the project would change (nothing only the project holds is removed). */
  merge: readonly Difference[];
}

/** What the interface shows: the project list, the open project and what is known about it. */
export interface State {
  ready: boolean;
  storage: StorageKind | undefined;
  projects: ProjectInfo[];
  current: ProjectRecord | undefined;
  save: SaveStatus;
  /** Validation issues and scores of the open project's current text (undefined until first computed). */
  analysis: Analysis | undefined;
  pendingImport: PendingImport | undefined;
  /** The server's sync channel, when the dashboard is served by the server (undefined in local mode). */
  sync: { status: SyncStatus; readOnly: boolean } | undefined;
  /** The last import, which can be undone. */
  lastImport:
    | { kind: 'new'; projectId: string; previousId: string | undefined }
    | { kind: 'update'; projectId: string; versionId: string }
    | undefined;
}

export type ImportResult =
  | { ok: true; outcome: 'added' | 'pending' }
  | { ok: false; issues: ValidationIssue[] };

type Listener = (s: State) => void;

const INDEX = 'smartcity-index';
const projectName = (id: string) => `smartcity-project-${id}`;

interface Session {
  id: string;
  doc: Y.Doc;
  keeper: Keeper;
  disconnect: () => void;
  server: Connection | undefined;
}

export interface StoreOptions {
  storage: StorageKind;
  analyser: Analyser;
  /** The clock for history entries and project times. */
  now?: () => Date;
  timers?: Timers;
  /** Who edits in this browser (a stable id per device in local mode). */
  author?: { id: string; name?: string };
  /**
   * The server's sync channel (when served by the server): each open project is connected to it, under the
   * document name `syncName(project)` (default: the region code, one workspace per region), and the projects are
   * the member's workspaces (`workspaces()`), not a bundled sample.
   */
  sync?: {
    server: SyncServer;
    syncName?: (p: ProjectInfo) => string;
    workspaces?: () => Promise<{ regionCode: string; label?: string }[]>;
  };
}

export class Store {
  state: State = {
    ready: false,
    storage: undefined,
    projects: [],
    current: undefined,
    save: 'idle',
    analysis: undefined,
    pendingImport: undefined,
    lastImport: undefined,
    sync: undefined,
  };
  private readonly listeners = new Set<Listener>();
  private readonly index = new Y.Doc();
  private indexKeeper: Keeper | undefined;
  private session: Session | undefined;
  private readonly task: AnalysisTask;
  private readonly now: () => Date;
  private readonly author: { id: string; name?: string };
  private writes = 0;

  constructor(private readonly options: StoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.author = options.author ?? { id: 'local' };
    this.task = new AnalysisTask(
      options.analyser,
      (key, _doc, a) => {
        if (this.session?.id === key) this.emit({ analysis: a });
      },
      options.timers,
    );
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  private meta(): EditMeta {
    return { author: this.author, at: this.now() };
  }

  private get projectsMap(): Y.Map<ProjectInfo> {
    return this.index.getMap<ProjectInfo>('projects');
  }

  /** Scores of the open document's last valid version. */
  get scores(): Scores | undefined {
    return this.state.analysis?.scores;
  }

  /** Loads the project list and the open project; on the very first run, seeds the bundled sample. */
  async init(seed: () => Promise<WorkingDoc>): Promise<void> {
    const storage = this.options.storage;
    this.indexKeeper = keep(storage, INDEX, this.index);
    connectTabs(this.index, INDEX);
    this.index.on('update', () => this.emit({ projects: this.listProjects() }));
    await this.indexKeeper.loaded;
    askTabs(this.index, INDEX);
    const meta = this.index.getMap<unknown>('meta');
    const sync = this.options.sync;
    if (sync?.workspaces) await this.addWorkspaces(await sync.workspaces().catch(() => []));
    if (!sync && this.projectsMap.size === 0 && !meta.get('seeded')) {
      const earlier = storage === 'indexeddb' ? await legacyProjects() : [];
      this.index.transact(() => meta.set('seeded', true));
      if (earlier.length) for (const p of earlier) this.createProject(p.doc, p.drafts);
      else this.rememberCurrent(this.createProject(await seed()));
    }
    const projects = this.listProjects();
    const wanted = this.recallCurrent();
    const current = projects.find((p) => p.id === wanted) ?? projects[0];
    this.emit({ storage, projects, save: storage === 'memory' ? 'memory' : 'idle' });
    if (current) await this.open(current.id);
    this.emit({ ready: true });
  }

  /** Adds an (empty, filled by the sync channel) project for each workspace this browser does not hold yet. */
  private async addWorkspaces(list: { regionCode: string; label?: string }[]): Promise<void> {
    const known = new Set(this.listProjects().map((p) => p.regionCode));
    for (const w of list) {
      if (known.has(w.regionCode)) continue;
      const id = this.createProject({});
      const info = this.projectsMap.get(id);
      if (info)
        this.index.transact(() =>
          this.projectsMap.set(id, { ...info, regionCode: w.regionCode, label: w.label ?? w.regionCode }),
        );
    }
  }

  private listProjects(): ProjectInfo[] {
    return [...this.projectsMap.values()].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
  }

  private rememberCurrent(id: string | undefined): void {
    try {
      if (id) localStorage.setItem('smartcity.currentProject', id);
      else localStorage.removeItem('smartcity.currentProject');
    } catch {
      // not remembered: the first project opens next time
    }
  }

  private recallCurrent(): string | undefined {
    try {
      return localStorage.getItem('smartcity.currentProject') ?? undefined;
    } catch {
      return undefined;
    }
  }

  private newId(): string {
    return `p-${this.now().getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  }

  /** Creates a project holding `doc` (stored at once); returns its id. */
  private createProject(doc: WorkingDoc, drafts: Record<string, string> = {}): string {
    const id = this.newId();
    const t = this.now().toISOString();
    const ydoc = createDoc(doc);
    const draftMap = ydoc.getMap<string>('drafts');
    for (const [k, v] of Object.entries(drafts)) draftMap.set(k, v);
    const keeper = keep(this.options.storage, projectName(id), ydoc);
    void keeper.written().finally(() => keeper.destroy());
    this.index.transact(() => this.projectsMap.set(id, { id, ...describe(doc), createdAt: t, updatedAt: t }));
    return id;
  }

  /** Opens a project: loads its document, joins the other tabs editing it, analyses it. */
  private async open(id: string): Promise<void> {
    this.close();
    const doc = new Y.Doc();
    const keeper = keep(this.options.storage, projectName(id), doc);
    const session: Session = { id, doc, keeper, disconnect: () => {}, server: undefined };
    this.session = session;
    await keeper.loaded;
    if (this.session !== session) return;
    session.disconnect = connectTabs(doc, projectName(id));
    const sync = this.options.sync;
    const info = this.projectsMap.get(id);
    if (sync && info) {
      const name = sync.syncName ? sync.syncName(info) : (info.regionCode ?? id);
      this.emit({ sync: { status: 'connecting', readOnly: false } });
      session.server = connectServer(sync.server, name, doc, (status, readOnly) => {
        if (this.session === session) this.emit({ sync: { status, readOnly } });
      });
    }
    doc.on('update', (_u: Uint8Array, origin: unknown) => this.changed(session, origin));
    this.rememberCurrent(id);
    this.emit({ current: this.record(session), analysis: undefined });
    this.task.schedule(id, this.state.current?.doc, 0);
  }

  private close(): void {
    const s = this.session;
    if (!s) return;
    this.session = undefined;
    s.disconnect();
    s.server?.disconnect();
    void s.keeper.written().finally(() => s.keeper.destroy());
    this.task.cancel();
  }

  private record(s: Session): ProjectRecord {
    const info = this.projectsMap.get(s.id);
    const doc = toJson(s.doc) as WorkingDoc;
    const drafts = s.doc.getMap<string>('drafts').toJSON() as Record<string, string>;
    const t = this.now().toISOString();
    return {
      id: s.id,
      ...describe(doc),
      createdAt: info?.createdAt ?? t,
      updatedAt: info?.updatedAt ?? t,
      doc,
      drafts,
    };
  }

  /** Any change of the open document: from this tab (`origin` is an edit's meta), another tab, or storage. */
  private changed(s: Session, origin: unknown): void {
    if (this.session !== s) return;
    const local = !!origin && typeof origin === 'object' && 'author' in origin;
    const info = this.projectsMap.get(s.id);
    const described = describe(toJson(s.doc) as WorkingDoc);
    if (info && (local || info.label !== described.label || info.regionCode !== described.regionCode)) {
      const next = { ...described, ...(local ? { updatedAt: this.now().toISOString() } : {}) };
      if (described.regionCode === undefined && info.regionCode !== undefined)
        next.regionCode = info.regionCode;
      this.index.transact(() => this.projectsMap.set(s.id, { ...info, ...next }));
    }
    const current = this.record(s);
    this.emit({ current });
    this.task.schedule(s.id, current.doc);
    if (local) this.trackWrite(s);
  }

  private trackWrite(s: Session): void {
    if (this.options.storage === 'memory') return;
    const n = ++this.writes;
    this.emit({ save: 'saving' });
    s.keeper.written().then(
      () => {
        if (n === this.writes) this.emit({ save: 'saved' });
      },
      (e) => {
        console.error(e);
        this.emit({ save: 'error' });
      },
    );
  }

  /** Whether this member may only read the open project (a reader, on the server). */
  get readOnly(): boolean {
    return this.state.sync?.readOnly === true;
  }

  /** Sets the value at a path of the open document (clears a draft kept for that path). */
  set(path: Path, value: unknown): void {
    const s = this.session;
    if (!s || this.readOnly) return;
    const meta = this.meta();
    s.doc.transact(() => {
      const drafts = s.doc.getMap<string>('drafts');
      const key = pathKey(path);
      if (drafts.has(key)) drafts.delete(key);
      setAt(s.doc, path, value, meta);
    }, meta);
  }

  /** Changes the open document with a function working on a copy (for list edits), written as a minimal diff. */
  edit(fn: (doc: WorkingDoc) => void, clearUnder?: Path): void {
    const s = this.session;
    if (!s || this.readOnly) return;
    const doc = structuredClone(toJson(s.doc)) as WorkingDoc;
    fn(doc);
    const meta = this.meta();
    s.doc.transact(() => {
      // Removing from a list shifts indexes: drafts under that list would point at the wrong entry.
      if (clearUnder) {
        const k = pathKey(clearUnder);
        const drafts = s.doc.getMap<string>('drafts');
        for (const d of [...drafts.keys()])
          if (d === k || d.startsWith(`${k}.`) || d.startsWith(`${k}[`)) drafts.delete(d);
      }
      applyJson(s.doc, doc, meta);
    }, meta);
  }

  /** Keeps an input exactly as typed when it is not a value yet. */
  setDraft(path: Path, raw: string): void {
    const s = this.session;
    if (!s || this.readOnly) return;
    const meta = this.meta();
    s.doc.transact(() => s.doc.getMap<string>('drafts').set(pathKey(path), raw), meta);
  }

  draft(path: Path): string | undefined {
    return this.state.current?.drafts[pathKey(path)];
  }

  async select(id: string): Promise<void> {
    if (!this.projectsMap.has(id) || this.session?.id === id) return;
    await this.open(id);
  }

  /** Adds a project holding `doc` and opens it. */
  async add(doc: WorkingDoc): Promise<ProjectInfo> {
    const id = this.createProject(doc);
    this.emit({ projects: this.listProjects() });
    await this.open(id);
    return this.projectsMap.get(id) as ProjectInfo;
  }

  async remove(id: string): Promise<void> {
    const wasOpen = this.session?.id === id;
    if (wasOpen) this.close();
    const doc = new Y.Doc();
    const keeper = keep(this.options.storage, projectName(id), doc);
    await keeper.loaded;
    await keeper.clear();
    this.index.transact(() => this.projectsMap.delete(id));
    const projects = this.listProjects();
    this.emit({ projects, ...(wasOpen ? { current: undefined, analysis: undefined } : {}) });
    if (wasOpen) {
      if (projects[0]) await this.open(projects[0].id);
      else this.rememberCurrent(undefined);
    }
  }

  /**
   * Imports a document. The text is fully checked first; on any problem nothing is stored and the problems are
   * returned. A file for a region that has no project becomes a new project; a file for one that has, waits as
   * `pendingImport` (with what would change) for `resolveImport('merge' | 'replace' | 'cancel')`.
   */
  async importText(text: string, file = ''): Promise<ImportResult> {
    const { parseMasterplan } = await import('@smartcity/model');
    const r = parseMasterplan(text);
    if (!r.ok) return { ok: false, issues: [...r.issues] };
    const incoming = JSON.parse(JSON.stringify(r.value.document)) as WorkingDoc;
    const code = regionCode(incoming);
    const match = this.listProjects().find((p) => p.regionCode !== undefined && p.regionCode === code);
    if (!match) {
      const previousId = this.session?.id;
      const rec = await this.add(incoming);
      this.emit({ lastImport: { kind: 'new', projectId: rec.id, previousId }, pendingImport: undefined });
      return { ok: true, outcome: 'added' };
    }
    const existing = await this.readProject(match.id);
    const merged = mergeJson(existing, incoming) as WorkingDoc;
    this.emit({
      pendingImport: {
        projectId: match.id,
        label: match.label,
        file,
        incoming,
        replace: compareJson(existing, incoming),
        merge: compareJson(existing, merged),
      },
    });
    return { ok: true, outcome: 'pending' };
  }

  /** The JSON of any project (the open one from memory, another from storage). */
  private async readProject(id: string): Promise<WorkingDoc> {
    if (this.session?.id === id) return toJson(this.session.doc) as WorkingDoc;
    const doc = new Y.Doc();
    const keeper = keep(this.options.storage, projectName(id), doc);
    await keeper.loaded;
    const json = toJson(doc) as WorkingDoc;
    keeper.destroy();
    return json;
  }

  /** Settles a pending import: merge the file into the project, replace the project by it, or drop it. */
  async resolveImport(choice: 'merge' | 'replace' | 'cancel'): Promise<void> {
    const p = this.state.pendingImport;
    if (!p) return;
    this.emit({ pendingImport: undefined });
    if (choice === 'cancel') return;
    await this.select(p.projectId);
    const s = this.session;
    if (!s || s.id !== p.projectId) return;
    const meta = this.meta();
    const version = saveVersion(
      s.doc,
      `${choice === 'merge' ? 'Sebelum penggabungan' : 'Sebelum penggantian'} ${p.file}`.trim(),
      meta,
    );
    const target = choice === 'merge' ? (mergeJson(toJson(s.doc), p.incoming) as WorkingDoc) : p.incoming;
    applyJson(s.doc, target, meta);
    this.emit({ lastImport: { kind: 'update', projectId: s.id, versionId: version.id } });
  }

  async undoImport(): Promise<void> {
    const last = this.state.lastImport;
    if (!last) return;
    this.emit({ lastImport: undefined });
    if (last.kind === 'new') {
      await this.remove(last.projectId);
      if (last.previousId) await this.select(last.previousId);
      return;
    }
    await this.select(last.projectId);
    if (this.session?.id === last.projectId) restoreVersion(this.session.doc, last.versionId, this.meta());
  }

  /**
   * Resolves once the latest change is analysed and written (the report, the exports and the tests wait on
   * this instead of a fixed delay).
   */
  async settled(): Promise<void> {
    for (;;) {
      const writes = this.writes;
      await this.task.complete();
      if (this.session) await this.session.keeper.written();
      if (!this.task.pending && writes === this.writes) return;
    }
  }
}

function describe(doc: WorkingDoc): Pick<ProjectInfo, 'label' | 'regionCode' | 'illustrative'> {
  return { label: projectLabel(doc), regionCode: regionCode(doc), illustrative: doc.illustrative === true };
}

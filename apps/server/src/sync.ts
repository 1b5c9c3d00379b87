import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type Document, Hocuspocus } from '@hocuspocus/server';
import { type Change, checkUpdate, compareJson, historyLog, toJson } from '@smartcity/collab';
import { issue, parseMasterplan, type ValidationIssue } from '@smartcity/model';
import * as decoding from 'lib0/decoding';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { Config } from './config.js';
import type { Database } from './db.js';
import { parseCookies } from './http.js';
import { outOfScope } from './scope.js';
import type { Account, Membership, Security } from './security.js';

/** Who is on the other end of a sync connection (Hocuspocus' connection context). */
export interface SyncContext {
  readonly account: Account;
  readonly membership: Membership;
}

/** Why the server closed a connection: WebSocket close codes in the application range, with the reason. */
export const CLOSE = {
  unauthorised: 4401,
  refused: 4400,
} as const;

/** Awareness (cursors, presence) messages are small; anything bigger is refused. */
const MAX_AWARENESS_BYTES = 64_000;
const SYNC = 0;
const SYNC_REPLY = 4;
const AWARENESS = 1;
const STEP2 = 1;
const UPDATE = 2;

/** A refusal sent to the client before the connection closes (a stateless message, as JSON). */
export interface Refusal {
  readonly type: 'refused';
  readonly reason: string;
  readonly problems: readonly ValidationIssue[];
}

/**
 * The sync channel: Hocuspocus (the Yjs sync protocol over WebSocket) on `/sync`, one document per workspace
 * (named by its id), persisted in the database. Every connection is authenticated from the session cookie (or
 * the session token as Hocuspocus' token); readers get a read-only connection; every incoming update is
 * checked before it is applied.
 */
export class Sync {
  readonly hocuspocus: Hocuspocus;
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 16_000_000 });
  /** Updates written since the last store, per workspace (for the update log, with their author). */
  private logQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly security: Security,
    private readonly config: Config,
  ) {
    this.hocuspocus = new Hocuspocus({
      quiet: true,
      debounce: 300,
      maxDebounce: 3000,
      onAuthenticate: (data) => this.authenticate(data),
      onLoadDocument: ({ documentName, document }) => this.load(documentName, document),
      onStoreDocument: ({ documentName, document }) => this.store(documentName, document),
      beforeHandleMessage: (data) => this.inspect(data.connection, data.document, data.update, data.context),
      onChange: (data) => {
        this.logUpdate(data.documentName, data.update, data.context, data.transactionOrigin);
        return Promise.resolve();
      },
    });
  }

  /** Takes over a WebSocket upgrade on `/sync` (refusing foreign origins); other paths are closed. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    if (url.pathname !== '/sync' || (origin !== undefined && !this.security.allowedOrigin(req, origin))) {
      // A page on another site must not open a channel with the member's cookie (cross-site WebSocket hijacking).
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.hocuspocus.handleConnection(ws, req));
  }

  private async authenticate(data: {
    token: string;
    documentName: string;
    requestHeaders: IncomingMessage['headers'];
    connectionConfig: { readOnly: boolean };
  }): Promise<SyncContext> {
    const cookies = parseCookies(data.requestHeaders.cookie);
    const explicit = data.token && data.token !== 'cookie' ? data.token : undefined;
    const session = await this.security.session(cookies, explicit);
    if (!session) throw Object.assign(new Error('unauthenticated'), { reason: 'unauthenticated' });
    const membership = await this.security.membership(session.account.id, data.documentName);
    if (!membership) throw Object.assign(new Error('not a member'), { reason: 'not-a-member' });
    if (membership.role === 'reader') data.connectionConfig.readOnly = true;
    return { account: session.account, membership };
  }

  private async load(name: string, document: Y.Doc): Promise<Y.Doc> {
    const rows = await this.db.query<{ state: Uint8Array }>(
      'SELECT state FROM documents WHERE workspace_id = $1',
      [name],
    );
    const r = rows[0];
    if (r) Y.applyUpdate(document, new Uint8Array(r.state), 'load');
    return document;
  }

  /**
   * Stores the merged state. It becomes the workspace's valid state only when its masterplan passes the model's
   * checks; otherwise the problems are kept beside it and the last valid state stays.
   */
  private async store(name: string, document: Y.Doc): Promise<void> {
    const state = Y.encodeStateAsUpdate(document);
    const parsed = parseMasterplan(toJson(document));
    const problems = JSON.stringify(parsed.issues);
    if (parsed.ok)
      await this.db.query(
        `INSERT INTO documents (workspace_id, state, valid_state, valid_at, problems, updated_at)
         VALUES ($1, $2, $2, now(), $3, now())
         ON CONFLICT (workspace_id) DO UPDATE SET state = $2, valid_state = $2, valid_at = now(), problems = $3, updated_at = now()`,
        [name, state, problems],
      );
    else
      await this.db.query(
        `INSERT INTO documents (workspace_id, state, problems, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (workspace_id) DO UPDATE SET state = $2, problems = $3, updated_at = now()`,
        [name, state, problems],
      );
  }

  private logUpdate(name: string, update: Uint8Array, context: unknown, origin: unknown): void {
    if (origin === 'load') return;
    const fromSocket = (context as Partial<SyncContext> | undefined)?.account?.id;
    const fromApi = (origin as { author?: { id?: string } } | undefined)?.author?.id;
    const author = fromSocket ?? fromApi ?? null;
    this.logQueue = this.logQueue
      .then(() =>
        this.db.query(
          `INSERT INTO document_updates (workspace_id, account_id, update)
           SELECT $1, (SELECT a.id FROM accounts a WHERE a.id = $2 OR a.username = $2 LIMIT 1), $3`,
          [name, author, update],
        ),
      )
      .catch((e) => console.error('update log', e));
  }

  /**
   * Checks one incoming message before Hocuspocus applies it: sync updates with collab's `checkUpdate` (size,
   * decoding, completeness, content a masterplan cannot hold) and, for an editor limited to some sections or
   * OPDs, where it writes. A refusal is sent to the client with its reason, logged, and closes the connection.
   */
  private async inspect(
    connection: { readOnly: boolean; sendStateless(s: string): void },
    document: Document,
    message: Uint8Array,
    context: SyncContext,
  ): Promise<void> {
    if (message.byteLength > this.config.maxUpdateBytes + 1024) {
      const check = checkUpdate(document, message, { maxBytes: this.config.maxUpdateBytes });
      return this.refuse(connection, document, context, check.reason ?? 'too-large', check.problems, message);
    }
    let payload: Uint8Array = message;
    try {
      const d = decoding.createDecoder(message);
      decoding.readVarString(d);
      const type = decoding.readVarUint(d);
      if (type === AWARENESS && message.byteLength > MAX_AWARENESS_BYTES)
        return this.refuse(connection, document, context, 'too-large', [], message);
      if (type !== SYNC && type !== SYNC_REPLY) return;
      const step = decoding.readVarUint(d);
      if (step !== STEP2 && step !== UPDATE) return;
      payload = decoding.readVarUint8Array(d);
    } catch {
      payload = message; // undecodable framing: let the update check say why
    }
    if (connection.readOnly) return; // Hocuspocus applies nothing from a read-only connection
    const check = checkUpdate(document, withPending(document, payload), {
      maxBytes: this.config.maxUpdateBytes,
    });
    // Yjs clients may send an update before the one it depends on (a reconnecting provider drops part of its
    // queue and catches up with the sync step that follows). Such an update stays pending in the document,
    // invisible; it is checked again, merged with what completes it, before anything of it becomes visible.
    if (!check.ok && check.reason === 'incomplete') return;
    if (!check.ok)
      return this.refuse(connection, document, context, check.reason ?? 'malformed', check.problems, payload);
    const forged = forgedAuthors(document, payload, context.account.username);
    if (forged.length) return this.refuse(connection, document, context, 'author', forged, payload);
    if (context.membership.role === 'editor' && check.json) {
      const denied = outOfScope(
        context.membership.scope,
        compareJson(toJson(document), check.json),
        toJson(document),
        check.json,
      );
      if (denied.length) return this.refuse(connection, document, context, 'scope', denied, payload);
    }
  }

  private async refuse(
    connection: { sendStateless(s: string): void },
    document: Document,
    context: SyncContext,
    reason: string,
    problems: readonly ValidationIssue[],
    bytes: Uint8Array,
  ): Promise<never> {
    const refusal: Refusal = { type: 'refused', reason, problems };
    try {
      connection.sendStateless(JSON.stringify(refusal));
    } catch {
      // the socket may be gone already
    }
    await this.db
      .query(
        `INSERT INTO refused_updates (workspace_id, account_id, reason, problems, bytes) VALUES ($1, $2, $3, $4, $5)`,
        [document.name, context.account.id, reason, JSON.stringify(problems), bytes.byteLength],
      )
      .catch((e) => console.error('refused update log', e));
    throw Object.assign(new Error(`update refused: ${reason}`), {
      code: CLOSE.refused,
      reason: `update-refused:${reason}`.slice(0, 120),
    });
  }

  /** Runs `fn` on the workspace's live document (loaded if needed) as `author`, then stores it. */
  async withDocument<T>(workspaceId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const conn = await this.hocuspocus.openDirectConnection(workspaceId, { api: true });
    try {
      let out: T | undefined;
      await conn.transact((doc) => {
        out = fn(doc);
      });
      return out as T;
    } finally {
      await conn.disconnect();
    }
  }

  /** Resolves once every update received so far is in the update log. */
  logged(): Promise<unknown> {
    return this.logQueue;
  }

  /** Writes every pending store and update-log entry now (for shutdown and tests). */
  async flush(): Promise<void> {
    for (const doc of this.hocuspocus.documents.values()) await this.store(doc.name, doc);
    await this.logQueue;
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.hocuspocus.closeConnections();
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}

/** The update with whatever the document holds pending (waiting for missing changes), merged into one. */
function withPending(doc: Y.Doc, update: Uint8Array): Uint8Array {
  const pending = [doc.store.pendingStructs?.update, doc.store.pendingDs].filter(
    (u): u is Uint8Array => u instanceof Uint8Array,
  );
  if (!pending.length) return update;
  try {
    return Y.mergeUpdates([...pending, update]);
  } catch {
    return update; // an undecodable update: the check says why
  }
}

/**
 * History entries an update adds in someone else's name: a member may record changes as themselves only (their
 * username is their member id), so the history's "who" can be trusted. Problems, one per forged entry.
 */
function forgedAuthors(doc: Y.Doc, update: Uint8Array, username: string): ValidationIssue[] {
  const trial = new Y.Doc({ gc: false });
  const added: Change[] = [];
  try {
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    historyLog(trial).observe((e) => {
      for (const item of e.changes.added) added.push(...(item.content.getContent() as Change[]));
    });
    Y.applyUpdate(trial, update);
  } catch {
    return []; // undecodable: already refused by the update check
  } finally {
    trial.destroy();
  }
  return added
    .filter((c) => c?.author?.id !== username)
    .map((c) =>
      issue(
        ['history'],
        'invalid',
        `Riwayat mencatat perubahan atas nama ${String(c?.author?.id)}, padahal dikirim oleh ${username}.`,
        `The history records a change in the name of ${String(c?.author?.id)}, but ${username} sent it.`,
      ),
    );
}

// The server's sync channel: when the dashboard is served by the project's server (it answers
// `GET /api/health`), each open project's document is also connected to the server with Hocuspocus, so the
// whole team edits one masterplan. Edits made offline stay in IndexedDB and merge on reconnect.
import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';

/** Where the server's sync channel is, when the dashboard is served by the server. */
export interface SyncServer {
  /** WebSocket URL of the sync channel (`ws(s)://<host>/sync`). */
  url: string;
}

/** The connection to the server, as the status line shows it. */
export type SyncStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/**
 * Asks the page's own origin whether it is the server: `GET /api/health` answering `{"status":"ok"}`. The
 * answer may name the sync channel's path (`"sync": "/sync"`, the default). A static host answers with the
 * app's page (or nothing), so the dashboard stays in local mode.
 */
export async function detectServer(base: string = location.href): Promise<SyncServer | undefined> {
  try {
    const res = await fetch(new URL('/api/health', base), { headers: { accept: 'application/json' } });
    if (!res.ok || !res.headers.get('content-type')?.includes('json')) return undefined;
    const body = (await res.json()) as { status?: unknown; sync?: unknown };
    if (body.status !== 'ok') return undefined;
    const url = new URL(typeof body.sync === 'string' ? body.sync : '/sync', base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return { url: url.href };
  } catch {
    return undefined;
  }
}

/** A live connection of one document. */
export interface Connection {
  /** True when the server lets this member read only (a reader). */
  readonly readOnly: boolean;
  disconnect(): void;
}

/**
 * Connects `doc` to the server under the document name `name`. The session cookie authenticates (the token
 * sent is only the signal to run the server's authentication). `onStatus` receives each change of state.
 */
export function connectServer(
  server: SyncServer,
  name: string,
  doc: Y.Doc,
  onStatus: (s: SyncStatus, readOnly: boolean) => void,
): Connection {
  let readOnly = false;
  const provider = new HocuspocusProvider({
    url: server.url,
    name,
    document: doc,
    token: 'session-cookie',
    onStatus: ({ status }) =>
      onStatus(
        status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline',
        readOnly,
      ),
    onAuthenticated: ({ scope }) => {
      readOnly = scope === 'readonly';
      onStatus('connected', readOnly);
    },
    onAuthenticationFailed: () => onStatus('refused', readOnly),
  });
  return {
    get readOnly() {
      return readOnly;
    },
    disconnect: () => provider.destroy(),
  };
}

import { HocuspocusProvider } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A member's replica: a Yjs document synced with the server through Hocuspocus' provider (Node, `ws`). */
export interface Replica {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Stateless messages from the server (refusals), parsed. */
  readonly stateless: unknown[];
  /** WebSocket close codes seen. */
  readonly closes: number[];
  /** Sync status answers (true: the server applied the update; false: it did not). */
  readonly statuses: boolean[];
  readonly authFailed: Promise<string>;
  readonly synced: Promise<void>;
  /** Closes the connection (resolves once it is closed); edits stay local until `online`. */
  offline(): Promise<void>;
  online(): void;
  destroy(): void;
}

/** Waits until `test` holds, re-checking on every document update and every 20 ms; fails after `ms`. */
export function until(test: () => boolean, what: string, ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = () => {
      if (test()) return resolve();
      if (Date.now() - t0 > ms) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

export function replica(
  url: string,
  workspaceId: string,
  token: string,
  headers: Record<string, string> = {},
): Replica {
  const doc = new Y.Doc();
  const stateless: unknown[] = [];
  const closes: number[] = [];
  const statuses: boolean[] = [];
  let failed: (r: string) => void = () => undefined;
  const authFailed = new Promise<string>((r) => {
    failed = r;
  });
  let synced: () => void = () => undefined;
  const syncedP = new Promise<void>((r) => {
    synced = r;
  });
  class Socket extends WebSocket {
    constructor(address: string) {
      super(address, { headers });
      // The provider drops its handlers when it gives up on a slow connection; an error then must not crash.
      this.on('error', () => undefined);
    }
  }
  const provider = new HocuspocusProvider({
    url: `${url.replace(/^http/, 'ws')}/sync`,
    name: workspaceId,
    document: doc,
    token,
    WebSocketPolyfill: Socket,
    onSynced: () => synced(),
    onStateless: ({ payload }) => stateless.push(JSON.parse(payload)),
    onAuthenticationFailed: ({ reason }) => failed(reason),
    onClose: ({ event }) => closes.push(event.code),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  provider.on('message', ({ message }: { message: { data: Uint8Array } }) => {
    const d = decoding.createDecoder(new Uint8Array(message.data));
    decoding.readVarString(d);
    if (decoding.readVarUint(d) === 8) statuses.push(decoding.readVarInt(d) === 1);
  });
  const socket = () => provider.configuration.websocketProvider;
  return {
    doc,
    provider,
    stateless,
    closes,
    statuses,
    authFailed,
    synced: syncedP,
    offline: () =>
      new Promise<void>((resolve) => {
        socket().on('disconnect', () => resolve());
        socket().disconnect();
      }),
    online: () => void socket().connect(),
    destroy: () => {
      provider.destroy();
      socket().destroy();
    },
  };
}

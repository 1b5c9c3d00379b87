// Two tabs of one project merge instead of overwriting: every local change of a shared document is sent to
// the other tabs of this browser as a Yjs update, and a tab that opens asks the others for what it lacks.
import * as Y from 'yjs';

type Message = { type: 'update'; update: Uint8Array } | { type: 'hello'; stateVector: Uint8Array };

/** Connects `doc` to the other tabs holding the document `name`; returns the disconnect function. */
export function connectTabs(doc: Y.Doc, name: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(`smartcity:${name}`);
  const origin = channel; // updates applied from other tabs carry the channel as their origin
  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== origin) channel.postMessage({ type: 'update', update } satisfies Message);
  };
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m.type === 'update') Y.applyUpdate(doc, m.update, origin);
    else if (m.type === 'hello') {
      const update = Y.encodeStateAsUpdate(doc, m.stateVector);
      channel.postMessage({ type: 'update', update } satisfies Message);
    }
  };
  doc.on('update', onUpdate);
  channel.postMessage({ type: 'hello', stateVector: Y.encodeStateVector(doc) } satisfies Message);
  return () => {
    doc.off('update', onUpdate);
    channel.close();
  };
}

/** Asks the other tabs again for what this one lacks (after loading from storage). */
export function askTabs(doc: Y.Doc, name: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(`smartcity:${name}`);
  channel.postMessage({ type: 'hello', stateVector: Y.encodeStateVector(doc) } satisfies Message);
  channel.close();
}

// Prints what the shared document costs on the Minahasa sample: load, size, an edit's update, a merge.
// `pnpm --filter @smartcity/collab bench`
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import * as Y from 'yjs';
import { applyJson, checkUpdate, createDoc, setAt, toJson } from '../src/index.js';

const json = JSON.parse(JSON.stringify(MINAHASA_SAMPLE)) as Record<string, unknown>;
const meta = { author: { id: 'bench' } };

function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value = fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) value = fn();
  return { ms: (performance.now() - t) / runs, value };
}

const created = time(20, () => createDoc(json));
const state = Y.encodeStateAsUpdate(created.value);
const loaded = time(20, () => {
  const d = new Y.Doc();
  Y.applyUpdate(d, state);
  return toJson(d);
});
const doc = createDoc(json);
let n = 0;
let last = 0;
doc.on('update', (u: Uint8Array) => {
  last = u.byteLength;
});
const edit = time(1000, () => {
  setAt(doc, ['programmes', n % 40, 'name'], `Program ${n++}`, meta);
  return last;
});
const diff = time(20, () => {
  const next = toJson(doc) as { vision: string };
  next.vision = `Visi ${n++}`;
  return applyJson(doc, next, meta).length;
});
const check = time(20, () =>
  checkUpdate(doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(created.value))),
);
const after = Y.encodeStateAsUpdate(doc).byteLength;

const row = (k: string, v: string) => console.log(`${k.padEnd(48)} ${v}`);
row('masterplan JSON', `${(JSON.stringify(json).length / 1024).toFixed(1)} kB`);
row('create the shared document', `${created.ms.toFixed(2)} ms`);
row('its encoded state', `${(state.byteLength / 1024).toFixed(1)} kB`);
row('load from the encoded state and read as JSON', `${loaded.ms.toFixed(2)} ms`);
row('one field edit (setAt, with history)', `${(edit.ms * 1000).toFixed(0)} µs, update ${edit.value} B`);
row('applyJson of a whole document, one field changed', `${diff.ms.toFixed(2)} ms, ${diff.value} change`);
row('checkUpdate of 1000 edits', `${check.ms.toFixed(2)} ms`);
row('encoded state after 1020 edits (history kept)', `${(after / 1024).toFixed(1)} kB`);

import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyJson, createDoc, deleteAt, getAt, historyOf, insertAt, setAt, toJson } from './index.js';

const ani = { author: { id: 'ani', name: 'Ani' }, at: new Date('2026-03-01T08:00:00Z') };
const budi = { author: { id: 'budi', name: 'Budi' }, at: new Date('2026-03-01T08:00:01Z') };

function sample(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(MINAHASA_SAMPLE));
}

/** Two replicas of one document that exchange their updates when `sync` is called. */
function pair(json: Record<string, unknown>) {
  const a = createDoc(json);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

describe('the masterplan as a shared document', () => {
  it('reads back exactly the JSON it was made from', () => {
    const json = sample();
    expect(toJson(createDoc(json))).toEqual(json);
  });

  it('sets, inserts and deletes at a path, creating missing containers', () => {
    const doc = createDoc(sample());
    setAt(doc, ['region', 'name'], 'Kabupaten Uji', ani);
    expect(getAt(doc, ['region', 'name'])).toBe('Kabupaten Uji');
    setAt(doc, ['programmes', 0, 'budget', 0, 'amount'], 42, ani);
    expect(getAt(doc, ['programmes', 0, 'budget', 0, 'amount'])).toBe(42);
    setAt(doc, ['extra', 'deep', 'value'], 1, ani);
    expect(getAt(doc, ['extra'])).toEqual({ deep: { value: 1 } });
    const before = (getAt(doc, ['opds']) as unknown[]).length;
    insertAt(doc, ['opds'], 1, [{ id: 'opd-x', name: 'Dinas X', abbreviation: 'DX' }], ani);
    expect((getAt(doc, ['opds']) as { id: string }[])[1]?.id).toBe('opd-x');
    deleteAt(doc, ['opds', 1], ani);
    expect((getAt(doc, ['opds']) as unknown[]).length).toBe(before);
    setAt(doc, ['extra'], undefined, ani);
    expect(getAt(doc, ['extra'])).toBeUndefined();
  });

  it('applies a whole new JSON as the fewest changes, list items matched by id', () => {
    const json = sample();
    const doc = createDoc(json);
    expect(applyJson(doc, json, ani)).toEqual([]);
    const next = structuredClone(json) as { programmes: { id: string; name: string }[] };
    const [first, second] = next.programmes;
    next.programmes[0] = second!;
    next.programmes[1] = first!;
    next.programmes.at(-1)!.name = 'Renamed';
    const changes = applyJson(doc, next, ani);
    expect(toJson(doc)).toEqual(next);
    // One move and one renamed field: not forty programmes rewritten.
    expect(changes.length).toBeLessThanOrEqual(2);
    expect(changes.some((c) => c.op === 'set' && c.value === 'Renamed')).toBe(true);
  });

  it('keeps both members’ edits to different fields made at the same time', () => {
    const { a, b, sync } = pair(sample());
    setAt(a, ['region', 'name'], 'Nama oleh Ani', ani);
    const fromB = structuredClone(toJson(b)) as { programmes: { name: string }[] };
    fromB.programmes[3]!.name = 'Program oleh Budi';
    applyJson(b, fromB, budi);
    sync();
    expect(toJson(a)).toEqual(toJson(b));
    expect(getAt(a, ['region', 'name'])).toBe('Nama oleh Ani');
    expect(getAt(a, ['programmes', 3, 'name'])).toBe('Program oleh Budi');
  });

  it('ends a same-field conflict with one value and both in the field’s history', () => {
    const { a, b, sync } = pair(sample());
    setAt(a, ['vision'], 'Visi Ani', ani);
    setAt(b, ['vision'], 'Visi Budi', budi);
    sync();
    expect(getAt(a, ['vision'])).toBe(getAt(b, ['vision']));
    const h = historyOf(a, ['vision']);
    expect(h.map((c) => [c.author.id, c.value]).sort()).toEqual([
      ['ani', 'Visi Ani'],
      ['budi', 'Visi Budi'],
    ]);
    expect(h.find((c) => c.author.id === 'ani')?.at).toBe('2026-03-01T08:00:00.000Z');
  });

  it('keeps a programme’s history on it when earlier programmes are removed', () => {
    const doc = createDoc(sample());
    const id = getAt(doc, ['programmes', 5, 'id']);
    setAt(doc, ['programmes', 5, 'name'], 'Baru', ani);
    deleteAt(doc, ['programmes', 0], budi);
    expect(getAt(doc, ['programmes', 4, 'id'])).toBe(id);
    expect(historyOf(doc, ['programmes', 4]).map((c) => c.value)).toEqual(['Baru']);
    expect(historyOf(doc, ['programmes', 4, 'name'])[0]?.anchor).toEqual([
      'programmes',
      { key: 'id', value: id },
      'name',
    ]);
  });
});

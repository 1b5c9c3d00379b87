import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  assign,
  assignmentProgress,
  checkUpdate,
  compareJson,
  compareVersions,
  createDoc,
  deleteAt,
  getAt,
  listAssignments,
  listThreads,
  listVersions,
  parseMentions,
  reply,
  resolveThread,
  restoreVersion,
  saveVersion,
  setAssignmentStatus,
  setAt,
  startThread,
  toJson,
} from './index.js';

const ani = { author: { id: 'ani', name: 'Ani' }, at: new Date('2026-03-01T08:00:00Z') };
const budi = { author: { id: 'budi' }, at: new Date('2026-03-02T08:00:00Z') };

function sample(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(MINAHASA_SAMPLE));
}

describe('versions', () => {
  it('saves, compares and restores', () => {
    const doc = createDoc(sample());
    const v1 = saveVersion(doc, 'Bimtek I', ani);
    setAt(doc, ['vision'], 'Visi baru', budi);
    deleteAt(doc, ['programmes', 0], budi);
    const v2 = saveVersion(doc, 'Bimtek II', { ...budi, at: new Date('2026-03-03T00:00:00Z') });
    expect(listVersions(doc).map((v) => v.name)).toEqual(['Bimtek I', 'Bimtek II']);
    const diff = compareVersions(doc, v1.id, v2.id)!;
    expect(diff.map((d) => d.kind).sort()).toEqual(['changed', 'removed']);
    expect(diff.find((d) => d.kind === 'changed')).toMatchObject({
      path: ['vision'],
      before: (sample() as { vision: string }).vision,
      after: 'Visi baru',
    });
    expect(diff.find((d) => d.kind === 'removed')?.path).toEqual(['programmes', 0]);
    restoreVersion(doc, v1.id, ani);
    expect(toJson(doc)).toEqual(sample());
    expect(compareVersions(doc, v1.id, 'current')).toEqual([]);
  });

  it('lists additions with their values', () => {
    const a = sample();
    const b = structuredClone(a) as { opds: unknown[] };
    b.opds.push({ id: 'opd-new', name: 'Dinas Baru', abbreviation: 'DB' });
    const d = compareJson(a, b);
    expect(d).toEqual([
      {
        path: ['opds', (a.opds as unknown[]).length],
        anchor: ['opds', { key: 'id', value: 'opd-new' }],
        kind: 'added',
        after: { id: 'opd-new', name: 'Dinas Baru', abbreviation: 'DB' },
      },
    ]);
  });
});

describe('comment threads', () => {
  it('round-trips between replicas, with mentions and a resolved state, and follows its item', () => {
    const a = createDoc(sample());
    const id = getAt(a, ['programmes', 2, 'id']);
    const t = startThread(a, ['programmes', 2], 'Anggaran 2026 perlu dicek @budi, cc @opd-bappeda.', ani);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(reply(b, t, 'Sudah saya cek.', budi)).toBe(true);
    resolveThread(b, t, true, budi);
    deleteAt(b, ['programmes', 0], budi);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(listThreads(a)).toEqual([]);
    const [thread] = listThreads(a, { includeResolved: true });
    expect(thread).toMatchObject({ resolved: true, resolvedBy: { id: 'budi' }, path: ['programmes', 1] });
    expect(getAt(a, ['programmes', 1, 'id'])).toBe(id);
    expect(thread?.messages.map((m) => m.text)).toEqual([
      'Anggaran 2026 perlu dicek @budi, cc @opd-bappeda.',
      'Sudah saya cek.',
    ]);
    expect(thread?.messages[0]?.mentions).toEqual(['budi', 'opd-bappeda']);
    expect(listThreads(a, { includeResolved: true, mentioning: 'budi' })).toHaveLength(1);
    expect(listThreads(a, { includeResolved: true, path: ['programmes', 0] })).toHaveLength(0);
    expect(listThreads(a, { includeResolved: true, path: ['programmes'] })).toHaveLength(1);
  });

  it('reads mentions without e-mail addresses', () => {
    expect(parseMentions('@ani dan budi@example.org, @sekda.')).toEqual(['ani', 'sekda']);
  });
});

describe('assignments', () => {
  it('says who fills which section and how far each assignee is', () => {
    const doc = createDoc(sample());
    const r = assign(doc, ['readiness'], 'ani', budi);
    assign(doc, ['literacy'], 'ani', budi);
    const p = assign(doc, ['programmes', 0], 'budi', ani);
    setAssignmentStatus(doc, r, 'done', ani);
    setAssignmentStatus(doc, p, 'in-progress', budi);
    setAt(doc, ['programmes', 0, 'name'], '', budi);
    const progress = assignmentProgress(doc);
    expect(progress.map((x) => [x.assignee, x.sections, x.done, x.inProgress])).toEqual([
      ['ani', 2, 1, 0],
      ['budi', 1, 0, 1],
    ]);
    const b = progress[1]!;
    expect(b.filledFields).toBeLessThan(b.fields);
    expect(b.problems).toBeGreaterThan(0);
    expect(progress[0]!.problems).toBe(0);
    expect(listAssignments(doc, 'budi')[0]?.path).toEqual(['programmes', 0]);
  });
});

describe('untrusted updates', () => {
  const base = () => createDoc(sample());

  it('accepts a good update and lists no problem', () => {
    const doc = base();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(other);
    setAt(other, ['vision'], 'Visi', ani);
    const r = checkUpdate(doc, Y.encodeStateAsUpdate(other, sv));
    expect(r).toMatchObject({ ok: true, problems: [] });
    expect(getAt(doc, ['vision'])).not.toBe('Visi'); // the check changes nothing
  });

  it('refuses an oversized or undecodable update with a reason', () => {
    const doc = base();
    const big = checkUpdate(doc, new Uint8Array(100), { maxBytes: 10 });
    expect(big).toMatchObject({ ok: false, reason: 'too-large' });
    expect(big.problems[0]?.message.id).toContain('terlalu besar');
    const junk = checkUpdate(doc, new Uint8Array([255, 255, 255, 1, 2, 3, 4, 5]));
    expect(junk.ok).toBe(false);
    expect(['malformed', 'incomplete']).toContain(junk.reason);
    expect(junk.problems).toHaveLength(1);
  });

  it('refuses content a masterplan cannot hold', () => {
    const doc = base();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(other);
    other.getMap('masterplan').set('vision', new Y.Text('x'));
    const r = checkUpdate(doc, Y.encodeStateAsUpdate(other, sv));
    expect(r).toMatchObject({ ok: false, reason: 'structure' });
    expect(r.problems[0]?.path).toEqual(['vision']);
  });

  it('lists the schema problems of the merged document, and refuses them when asked', () => {
    const doc = base();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(other);
    setAt(other, ['programmes', 0, 'budget', 0, 'amount'], -5, ani);
    const update = Y.encodeStateAsUpdate(other, sv);
    const r = checkUpdate(doc, update);
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.path.join('.'))).toContain('programmes.0.budget.0.amount');
    expect(checkUpdate(doc, update, { requireValid: true })).toMatchObject({ ok: false, reason: 'schema' });
  });
});

import { describe, expect, it } from 'vitest';
import { MINAHASA_SAMPLE } from '../samples/minahasa.js';
import {
  asOlderVersion,
  ILLUSTRATIVE_CROSSWALK,
  ILLUSTRATIVE_OLDER_FRAMEWORK,
} from '../samples/older-version.js';
import type { Masterplan } from '../schema/documents.js';
import { parseMasterplan } from '../validation/parse.js';
import { parseCrosswalk, readUnderVersion } from './crosswalk.js';
import { BUILTIN_FRAMEWORKS, createRegistry, GMSC, parseFramework } from './registry.js';

const older = parseFramework(ILLUSTRATIVE_OLDER_FRAMEWORK);
if (!older.ok) throw new Error(JSON.stringify(older.issues));
const registry = createRegistry([...BUILTIN_FRAMEWORKS.all, older.value]);
const crosswalk = parseCrosswalk(ILLUSTRATIVE_CROSSWALK);
if (!crosswalk.ok) throw new Error(JSON.stringify(crosswalk.issues));

/** The sample with an evaluation on the framework's own dimensions (no ministry instrument) besides its own. */
const SAMPLE = {
  ...MINAHASA_SAMPLE,
  evaluations: [
    { year: 2021, scores: { baseline: 2, output: 2, outcome: 2.5, impact: 2, 'quick-win': 3 } },
    ...(MINAHASA_SAMPLE.evaluations ?? []),
  ],
};

function oldDocument(): Masterplan {
  const r = parseMasterplan(asOlderVersion(SAMPLE), { registry });
  expect(r.issues).toEqual([]);
  if (!r.ok) throw new Error('unreachable');
  return r.value.document;
}

describe('readUnderVersion', () => {
  const old = oldDocument();
  const read = readUnderVersion(old, GMSC, crosswalk.value);
  const doc = read.document as Masterplan;
  const level = (year: number, element: string) =>
    doc.maturity.find((a) => a.year === year)!.elements.find((e) => e.element === element);

  it('is valid under the newer version and says which versions it read between', () => {
    expect(read.issues).toEqual([]);
    expect(read.from).toEqual({ id: 'gmsc', version: '2020.1' });
    expect(doc.framework).toEqual({ id: 'gmsc', version: '2021.1' });
    expect(parseMasterplan(doc).ok).toBe(true);
  });

  it('renames, merges with the lowest level and the highest target, and copies a split to each part', () => {
    // 2023: finance 2 and trade 1 (one below) merge into transaction at the lower level, 1.
    expect(level(2023, 'transaction')).toMatchObject({ current: 1, target: 4 });
    expect(level(2023, 'public-service')).toMatchObject({ current: 3, target: 4 });
    // liveability (the harmony assessment, 1 with target 3) is copied to harmony and mobility.
    expect(level(2023, 'harmony')).toMatchObject({ current: 1, target: 3 });
    expect(level(2023, 'mobility')).toMatchObject({ current: 1, target: 3 });
    expect(doc.readiness!.answers.some((a) => a.item === 'human-resources-1')).toBe(true);
    expect(Object.keys(doc.evaluations[0]!.scores)).toContain('quick-win');
    const qris = doc.programmes.find((p) => p.id === 'qris-pasar')!;
    expect(qris.elements).toEqual(['transaction']);
  });

  it('explains every mapping and lists what it cannot carry over', () => {
    const kinds = new Map(read.mappings.map((m) => [`${m.scope}:${m.from.join('+')}`, m.change]));
    expect(kinds.get('element:services')).toBe('renamed');
    expect(kinds.get('element:finance+trade')).toBe('merged');
    expect(kinds.get('element:liveability')).toBe('split');
    expect(kinds.get('element:water')).toBe('retired');
    expect(kinds.get('element:health')).toBe('unchanged');
    expect(kinds.get('item:sdm-tik')).toBe('renamed');
    expect(kinds.get('evaluation-dimension:quickwin')).toBe('renamed');
    for (const m of read.mappings) {
      expect(m.rule.id.length).toBeGreaterThan(0);
      expect(m.paths.length).toBeGreaterThan(0);
    }
    // The water assessments of both years are listed, with their paths, never dropped silently.
    const water = read.unmapped.filter((g) => g.id === 'water');
    expect(water.map((g) => g.path)).toEqual([
      ['maturity', 0, 'elements', 18, 'element'],
      ['maturity', 1, 'elements', 18, 'element'],
    ]);
    expect(water[0]!.reason.en).toMatch(/retired/);
    // A strategy naming the split element cannot choose between its parts.
    expect(read.unmapped.some((g) => g.id === 'liveability' && g.path[0] === 'strategies')).toBe(true);
  });

  it('lists ids that neither version nor the crosswalk knows', () => {
    const broken = structuredClone(old);
    broken.maturity[0]!.elements[0]!.element = 'teleportation';
    const r = readUnderVersion(broken, GMSC, crosswalk.value);
    expect(r.unmapped).toContainEqual(
      expect.objectContaining({ id: 'teleportation', path: ['maturity', 0, 'elements', 0, 'element'] }),
    );
  });

  it('does not change the document it reads', () => {
    const before = JSON.stringify(old);
    readUnderVersion(old, GMSC, crosswalk.value);
    expect(JSON.stringify(old)).toBe(before);
  });
});

describe('parseCrosswalk', () => {
  it('refuses a change whose arity does not fit its kind, with the path', () => {
    const r = parseCrosswalk({
      ...ILLUSTRATIVE_CROSSWALK,
      changes: [{ scope: 'element', change: 'split', from: ['a'], to: ['b'] }],
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ path: ['changes', 0], code: 'invalid' });
    expect(r.issues[0]!.message.en).toMatch(/found 1 to 1/);
  });
});

// A seeded fuzz run over mutants of real documents: the mutation kinds a hostile or broken file brings.
// Deterministic for its seed; bounded by a count and, on a slow machine, cut short by a time budget (the
// budget only stops the loop early, it asserts nothing). Asserted for every mutant:
// - parseDocument does not throw;
// - every rejection has a path that leads into the document and a message in both languages that says
//   what was expected and what was found;
// - nothing is accepted that the rules forbid (checked by an oracle written independently of the schemas);
// - zod and the shipped JSON Schema agree on the structure.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { findRegion } from '../regions/regions.js';
import { generateMasterplan } from '../samples/generate.js';
import { MINAHASA_SAMPLE } from '../samples/minahasa.js';
import { DocumentSchema, SCHEMA_VERSION } from '../schema/documents.js';
import { jsonSchemaId, jsonSchemas } from '../schema/json-schema.js';
import type { ValidationIssue } from './issues.js';
import { parseDocument } from './parse.js';

const SEED = 0x5eed13;
const MUTANTS = 1400;
const TIME_BUDGET_MS = 40_000;

/** mulberry32: a small seeded generator, so that a failure names its seed and index. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const readinessDoc = {
  schemaVersion: SCHEMA_VERSION,
  kind: 'smartcity.readiness',
  framework: { id: 'gmsc', version: '2021.1' },
  region: MINAHASA_SAMPLE.region,
  assessment: MINAHASA_SAMPLE.readiness,
};
const BASES: Json[] = [
  MINAHASA_SAMPLE,
  generateMasterplan('11.01', 1),
  generateMasterplan('71.71', 2, { years: 5 }),
  readinessDoc,
].map((d) => clone(d) as Json);

/** Every path in a value, with the value there. */
function entries(v: Json, at: Path = [], out: [Path, Json][] = []): [Path, Json][] {
  if (at.length > 0) out.push([at, v]);
  if (Array.isArray(v)) v.forEach((x, i) => entries(x, [...at, i], out));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) entries(x, [...at, k], out);
  return out;
}

function parentOf(doc: Json, path: Path): Record<string | number, Json> {
  let node = doc as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  return node;
}

function setAt(doc: Json, path: Path, value: Json | undefined): void {
  const parent = parentOf(doc, path);
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
}

// --- The oracle: what the rules forbid, written without the schemas' patterns -------------------------

function forbiddenUnit(c: number): boolean {
  return (
    (c <= 0x1f && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

function badText(s: string): boolean {
  let chars = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    chars++;
    if (forbiddenUnit(c)) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return chars > 4000;
}

/** Why the rules forbid a value, or null. */
function forbidden(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  const doc = value as Record<string, unknown>;
  // Accepted documents come back in this release's format (format 1 is migrated on reading).
  if (doc.schemaVersion !== SCHEMA_VERSION) return 'schemaVersion';
  const region = doc.region as { code?: unknown } | undefined;
  if (typeof region?.code !== 'string' || !findRegion(region.code)) return 'region';
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string' && badText(v)) return 'text';
    if (typeof v === 'number' && !Number.isFinite(v)) return 'number';
    if (v === null || typeof v !== 'object') continue;
    if (depth > 64) return 'depth';
    if (Object.hasOwn(v, '__proto__')) return '__proto__';
    for (const [k, c] of Object.entries(v)) {
      if (badText(k)) return 'key';
      stack.push([c, depth + 1]);
    }
  }
  return null;
}

// --- Mutations ---------------------------------------------------------------------------------------

interface Mutant {
  kind: string;
  input: string | Uint8Array | Json;
  /** Must be refused whatever else holds; with the issue code expected, if one is. */
  mustReject?: string | true;
  /** Must be accepted (a re-encoding of a valid document). */
  mustAccept?: boolean;
  /** The path the mutation touched, when an issue is expected at it (or at a parent). */
  at?: Path;
}

const CONTROL = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u001b]0;owned\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ude00\ud83d'];
const OTHER_TYPES: Json[] = ['satu miliar', 42, -1, true, null, [], {}, [1, 'a'], { a: 1 }, '', 0];
const EXTREME = [1e308, -1e308, 5e-324, -0, 2 ** 53 + 1, 1e16, -1, 1e15 + 1, 0.1, 2100.5];

const latin1 = (s: string) => Uint8Array.from(s, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, s.charCodeAt(i), littleEndian);
  return out;
}

function mutate(r: ReturnType<typeof prng>, base: Json): Mutant {
  const doc = clone(base);
  const all = entries(doc);
  const strings = all.filter(([, v]) => typeof v === 'string');
  const numbers = all.filter(([, v]) => typeof v === 'number');
  const objects = all.filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v));
  const kind = r.pick([
    'deleted-key',
    'swapped-type',
    'huge-string',
    'many-characters',
    'deep-nesting',
    'extreme-number',
    'infinite-number',
    'prototype-key',
    'duplicate-id',
    'duplicate-key',
    'dangling-reference',
    'control-character',
    'lone-surrogate',
    'wrong-version',
    'unknown-region',
    'truncated-text',
    'bom',
    'foreign-encoding',
  ]);
  switch (kind) {
    case 'deleted-key': {
      const [path] = r.pick(all);
      setAt(doc, path, undefined);
      return { kind, input: doc };
    }
    case 'swapped-type': {
      const [path, old] = r.pick(all);
      const other = OTHER_TYPES.filter(
        (v) => typeof v !== typeof old || Array.isArray(v) !== Array.isArray(old),
      );
      setAt(doc, path, r.pick(other));
      return { kind, input: doc, at: path };
    }
    case 'huge-string': {
      const [path] = r.pick(strings);
      const n = 4001 + r.int(1_000_000);
      setAt(
        doc,
        path,
        r
          .pick(['x', 'é', '😀', 'ab '])!
          .repeat(Math.ceil(n / 2))
          .slice(0, n),
      );
      return { kind, input: doc, mustReject: true, at: path };
    }
    case 'many-characters': {
      // 3,000 emoji: 6,000 UTF-16 units, but 3,000 characters, within the 4,000 of a free text.
      if ((doc as { kind?: string }).kind !== 'smartcity.masterplan') return { kind, input: doc };
      setAt(doc, ['vision'], '😀'.repeat(3000));
      return { kind, input: doc };
    }
    case 'deep-nesting': {
      // Built as text: the value itself would be too deep for JSON.stringify.
      const [path] = r.pick(all);
      setAt(doc, path, '\u0000DEEP\u0000');
      let open = '';
      let close = '';
      for (let i = 65 + r.int(5000); i > 0; i--)
        if (r.next() < 0.5) {
          open += '[';
          close = `]${close}`;
        } else {
          open += '{"a":';
          close = `}${close}`;
        }
      const text = JSON.stringify(doc).replace('"\\u0000DEEP\\u0000"', `${open}0${close}`);
      return { kind, input: text, mustReject: 'too-deep' };
    }
    case 'extreme-number': {
      const [path] = r.pick(numbers);
      setAt(doc, path, r.pick(EXTREME));
      return { kind, input: doc };
    }
    case 'infinite-number': {
      const [path] = r.pick(numbers);
      setAt(doc, path, '\u0000INF\u0000');
      const text = JSON.stringify(doc).replace('"\\u0000INF\\u0000"', r.pick(['1e400', '-1e400', '9e999']));
      return { kind, input: text, mustReject: true, at: path };
    }
    case 'prototype-key': {
      const [path] = r.pick<[Path, Json]>([[[], doc], ...objects]);
      setAt(doc, [...path, '\u0000PROTO\u0000'], { polluted: true });
      const text = JSON.stringify(doc).replace('"\\u0000PROTO\\u0000"', '"__proto__"');
      // As text the scanner sees it; as a value from JSON.parse (an own property) the reader's walk does.
      const input = r.next() < 0.5 ? text : (JSON.parse(text) as Json);
      return { kind, input, mustReject: 'forbidden-key' };
    }
    case 'duplicate-id': {
      const lists = ([['opds'], ['programmes'], ['missions'], ['team', 'members']] as Path[]).filter((p) => {
        const list = p.reduce<Json>((n, k) => (n as Record<string, Json>)?.[k] ?? null, doc);
        return Array.isArray(list) && list.length >= 2;
      });
      if (lists.length === 0) return { kind, input: doc };
      const p = r.pick(lists);
      const list = p.reduce<Json>((n, k) => (n as Record<string, Json>)[k]!, doc) as { id: string }[];
      const i = r.int(list.length - 1);
      list[i + 1]!.id = list[i]!.id;
      return { kind, input: doc, mustReject: 'duplicate-id' };
    }
    case 'duplicate-key': {
      const [path, obj] = r.pick(objects);
      const keys = Object.keys(obj as object);
      if (keys.length === 0) return { kind, input: JSON.stringify(doc) };
      const key = r.pick(keys);
      setAt(doc, [...path, '\u0000DUP\u0000'], 0);
      const text = JSON.stringify(doc).replace(
        '"\\u0000DUP\\u0000":0',
        `${JSON.stringify(key)}:${JSON.stringify(r.pick(OTHER_TYPES))}`,
      );
      return { kind, input: text, mustReject: 'duplicate-key', at: [...path, key] };
    }
    case 'dangling-reference': {
      const refs = all.filter(
        ([p]) =>
          (p[0] === 'programmes' && (p[2] === 'owner' || p[2] === 'dimension' || p[2] === 'elements')) ||
          (p[0] === 'quickWins' && p[3] === 'programme') ||
          (p[0] === 'strategies' && p[2] === 'element'),
      );
      const strs = refs.filter(([, v]) => typeof v === 'string');
      if (strs.length === 0) return { kind, input: doc };
      const [path] = r.pick(strs);
      setAt(doc, path, r.pick(['tidak-ada', 'nobody', 'x-9']));
      return { kind, input: doc, mustReject: true, at: path };
    }
    case 'control-character':
    case 'lone-surrogate': {
      const [path, old] = r.pick(strings);
      const s = old as string;
      const at = r.int(s.length + 1);
      const c = r.pick(kind === 'control-character' ? CONTROL : SURROGATES);
      setAt(doc, path, s.slice(0, at) + c + s.slice(at));
      return { kind, input: r.next() < 0.5 ? doc : JSON.stringify(doc), mustReject: true, at: path };
    }
    case 'wrong-version': {
      const v = r.pick<Json>([0, SCHEMA_VERSION + 1, 99, '1', null, 1.5, -1, [1]]);
      if (r.next() < 0.7) setAt(doc, ['schemaVersion'], v);
      else setAt(doc, ['framework', 'version'], r.pick(['2021.9', '1.0', 'x', '']));
      return { kind, input: doc, mustReject: true };
    }
    case 'unknown-region': {
      setAt(doc, ['region', 'code'], r.pick(['99.99', '71.99', '00.00', '11.00']));
      return { kind, input: doc, mustReject: 'unknown-region', at: ['region', 'code'] };
    }
    case 'truncated-text': {
      const text = JSON.stringify(doc, null, r.next() < 0.5 ? 2 : undefined);
      return { kind, input: text.slice(0, r.int(text.length - 1)), mustReject: 'invalid-json' };
    }
    case 'bom': {
      const text = JSON.stringify(doc, null, 2);
      const form = r.int(5);
      const input =
        form === 0
          ? `\uFEFF${text}`
          : form === 1
            ? new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
            : utf16(text, form !== 3, form !== 4);
      return { kind, input, mustAccept: true };
    }
    default: {
      // foreign-encoding: accented text saved as Latin-1 (Windows-1252).
      if ((doc as { kind?: string }).kind === 'smartcity.masterplan')
        setAt(doc, ['vision'], 'Kota cerdas, warga sejahtera — café, Ñandú, naïve');
      else setAt(doc, ['region', 'name'], 'Kabupaten Minahasá');
      return { kind, input: latin1(JSON.stringify(doc)), mustReject: 'invalid-encoding' };
    }
  }
}

// --- The checks ------------------------------------------------------------------------------------

const STRUCTURAL = new Set([
  'invalid-type',
  'invalid-value',
  'invalid-format',
  'too-small',
  'too-big',
  'unrecognized-key',
  'control-characters',
  'invalid-json',
  'invalid-encoding',
  'duplicate-key',
  'forbidden-key',
  'schema-version-unsupported',
  'unknown-kind',
  'unknown-framework',
  'unknown-framework-version',
]);

function checkIssue(i: ValidationIssue, value: unknown): void {
  expect(Array.isArray(i.path)).toBe(true);
  for (const p of i.path) expect(['string', 'number']).toContain(typeof p);
  expect(i.message.id.length).toBeGreaterThan(0);
  expect(i.message.en.length).toBeGreaterThan(0);
  const both = `${i.message.id}\n${i.message.en}`;
  expect(both).not.toMatch(/Invalid input|Unexpected token|Bad control|is not valid JSON|^Required\.$/m);
  expect(i.message.id).not.toBe('Wajib diisi.');
  if (STRUCTURAL.has(i.code)) {
    expect(i.message.id).toMatch(/diharapkan|ditemukan/i);
    expect(i.message.en).toMatch(/expected|found/i);
  } else {
    // Contextual checks name what they found: a quoted value or a number.
    expect(i.message.id).toMatch(/["\d]/);
    expect(i.message.en).toMatch(/["\d]/);
  }
  // The path leads into the document: every step but the last exists (the last may be the missing key).
  if (value !== undefined && i.path.length > 0) {
    let node = value as Record<string | number, unknown>;
    for (const k of i.path.slice(0, -1)) {
      expect(node !== null && typeof node === 'object' && Object.hasOwn(node, k)).toBe(true);
      node = node[k] as Record<string | number, unknown>;
    }
  }
}

/** The value a JSON Schema validator would be given, when there is one. */
function asValue(input: Mutant['input']): { value: unknown } | null {
  try {
    if (typeof input === 'string') return { value: JSON.parse(input.replace(/^\uFEFF/, '')) };
    if (input instanceof Uint8Array) {
      const r = parseDocument(input);
      return r.ok ? { value: r.value.document } : null;
    }
    return { value: input };
  } catch {
    return null;
  }
}

const schemas = jsonSchemas();
// strictNumbers off: validate as JSON Schema itself says, where Infinity is a number (as other validators do).
const ajv = new Ajv2020({ strict: true, strictNumbers: false, allErrors: false });
addFormats(ajv);
for (const s of Object.values(schemas)) ajv.addSchema(s);
const jsonSchemaAccepts = ajv.getSchema(jsonSchemaId('document'))!;

describe('fuzz: mutants of real documents', () => {
  it(`keeps every rule on ${MUTANTS} seeded mutants (seed ${SEED})`, () => {
    const r = prng(SEED);
    const started = Date.now();
    const seen = new Map<string, { total: number; rejected: number }>();
    let agreed = 0;
    for (let n = 0; n < MUTANTS && Date.now() - started < TIME_BUDGET_MS; n++) {
      const base = BASES[n % BASES.length]!;
      const m = mutate(r, base);
      const label = `mutant #${n} (${m.kind}, seed ${SEED})`;
      let result: ReturnType<typeof parseDocument>;
      try {
        result = parseDocument(m.input);
      } catch (e) {
        throw new Error(`${label}: parseDocument threw ${String(e)}`);
      }
      const stats = seen.get(m.kind) ?? { total: 0, rejected: 0 };
      stats.total++;
      const parsed = asValue(m.input);
      if (result.ok) {
        expect(m.mustReject, `${label} was accepted`).toBeUndefined();
        const why = forbidden(parsed?.value);
        expect(why, `${label} was accepted, but the rules forbid its ${why}`).toBeNull();
      } else {
        stats.rejected++;
        expect(
          m.mustAccept,
          `${label} was refused: ${JSON.stringify(result.issues.slice(0, 2))}`,
        ).toBeFalsy();
        expect(result.issues.length, label).toBeGreaterThan(0);
        for (const i of result.issues) checkIssue(i, parsed?.value);
        if (typeof m.mustReject === 'string')
          expect(
            result.issues.map((i) => i.code),
            label,
          ).toContain(m.mustReject);
        if (m.at) {
          const at = m.at;
          const near = result.issues.some(
            (i) => i.path.length <= at.length && i.path.every((p, k) => p === at[k]),
          );
          expect(near, `${label}: no issue at ${JSON.stringify(at)} or above`).toBe(true);
        }
      }
      seen.set(m.kind, stats);
      // zod and the JSON Schema agree on structure, for every mutant a JSON Schema validator can be given
      // (decoded bytes are left out: what a validator sees of them depends on its reader).
      if (parsed && !(m.input instanceof Uint8Array)) {
        const v = parsed.value;
        const zodOk = DocumentSchema.safeParse(v).success && forbidden(v) !== '__proto__';
        expect(jsonSchemaAccepts(v), `${label}: zod says ${zodOk}`).toBe(zodOk);
        agreed++;
      }
    }
    // Every kind was exercised, and the run did real work.
    expect([...seen.keys()].sort()).toHaveLength(18);
    expect(agreed).toBeGreaterThan(100);
    for (const [kind, s] of seen)
      if (kind !== 'bom' && kind !== 'many-characters') expect(s.rejected, kind).toBeGreaterThan(0);
    console.info(
      `fuzz: ${[...seen.values()].reduce((a, s) => a + s.total, 0)} mutants in ${Date.now() - started} ms; ${agreed} checked against the JSON Schema`,
    );
  }, 120_000);
});

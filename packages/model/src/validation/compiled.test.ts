import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateMasterplan } from '../samples/generate.js';
import { MINAHASA_SAMPLE } from '../samples/minahasa.js';
import { parseDocument } from './parse.js';

// parseDocument parses with `DocumentSchema` compiled by zod unless zod runs jitless; both must agree on
// every document, valid or not: the same value (keys in the same order) or the same issues.
const jitless = z.config().jitless;
afterEach(() => {
  z.config({ jitless });
});

function bothWays(doc: unknown) {
  z.config({ jitless: false });
  const compiled = parseDocument(doc);
  z.config({ jitless: true });
  const runtime = parseDocument(doc);
  z.config({ jitless });
  return { compiled, runtime };
}

/** Every place in a JSON value, as a path of keys and indexes. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const bases = [
  MINAHASA_SAMPLE,
  generateMasterplan('11.01', 1),
  generateMasterplan('71.71', 2, { years: 5 }),
  generateMasterplan('94.01', 3, { programmes: 60 }),
].map((d) => JSON.parse(JSON.stringify(d)) as unknown);

describe('parseDocument, compiled or not', () => {
  it('accepts the same documents with the same value', () => {
    for (const doc of bases) {
      const { compiled, runtime } = bothWays(doc);
      expect(compiled.ok).toBe(true);
      expect(JSON.stringify(compiled)).toBe(JSON.stringify(runtime));
    }
  });

  it('gives the same result for documents changed anywhere (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(bases.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined))), {
          minLength: 1,
          maxLength: 3,
        }),
        (base, changes) => {
          const doc = structuredClone(bases[base]) as Record<string, unknown>;
          for (const [pick, value] of changes) {
            const all = paths(doc).filter((p) => p.length > 0);
            const path = all[pick % all.length]!;
            let parent = doc as Record<string | number, unknown>;
            for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
            const last = path[path.length - 1]!;
            if (value === undefined && !Array.isArray(parent)) delete parent[last];
            else parent[last] = value;
          }
          const { compiled, runtime } = bothWays(doc);
          expect(compiled).toEqual(runtime);
          expect(JSON.stringify(compiled)).toBe(JSON.stringify(runtime));
        },
      ),
      { numRuns: 300 },
    );
    // 600 parses of documents up to the size of the Minahasa sample with its monitoring years: about 4 s
    // alone, more on a shared machine. A ceiling, not a timed assertion.
  }, 30_000);
});

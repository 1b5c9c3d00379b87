import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listRegions } from '../regions/regions.js';
import { MasterplanSchema } from '../schema/documents.js';
import { parseMasterplan } from '../validation/parse.js';
import { generateMasterplan } from './generate.js';

const codes = listRegions().map((r) => r.code);
const region = fc.constantFrom(...codes);
const seed = fc.integer({ min: 0, max: 0xffffffff });

describe('generated masterplans (property)', () => {
  it('always parse with zero issues, whatever the region and seed', () => {
    fc.assert(
      fc.property(region, seed, (code, s) => {
        const r = parseMasterplan(generateMasterplan(code, s));
        expect(r.issues).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('only depend on programmes that end before the dependent starts (finish-to-start)', () => {
    fc.assert(
      fc.property(region, seed, (code, s) => {
        const m = generateMasterplan(code, s);
        const end = new Map(m.programmes.map((p) => [p.id, p.endYear]));
        for (const p of m.programmes)
          for (const d of p.dependsOn) expect(end.get(d)!).toBeLessThan(p.startYear);
      }),
      { numRuns: 150 },
    );
  });

  it('survive a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(region, seed, (code, s) => {
        const m = generateMasterplan(code, s);
        const text = JSON.stringify(m);
        expect(JSON.parse(text)).toEqual(m);
        const r = parseMasterplan(text);
        expect(r.ok && r.value.document).toEqual(m);
        // Parsing is idempotent: the parsed output parses to itself.
        expect(MasterplanSchema.parse(m)).toEqual(m);
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from './guard.js';

/** The plain definition: every value pushed on a stack with its depth, counted when popped. */
function reference(value: unknown, maxDepth: number, maxNodes: number): 'ok' | 'too-deep' | 'too-large' {
  const stack: Array<[unknown, number]> = [[value, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (++nodes > maxNodes) return 'too-large';
    if (v === null || typeof v !== 'object') continue;
    if (depth > maxDepth) return 'too-deep';
    for (const c of Array.isArray(v) ? v : Object.values(v)) stack.push([c, depth + 1]);
  }
  return 'ok';
}

const outcome = (r: ReturnType<typeof readJson>) => ('value' in r ? 'ok' : r.issues[0]!.code);

describe('readJson limits', () => {
  it('refuses exactly what a walk over every value refuses, and reports the same limit first', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 8 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 60 }),
        (value, maxDepth, maxNodes) => {
          // A `__proto__` key is refused before the limits are looked at (see the scanner's tests).
          fc.pre(!JSON.stringify(value).includes('"__proto__"'));
          const expected = reference(value, maxDepth, maxNodes);
          // A string is read as JSON text, so a parsed string value is only checked through its text.
          if (typeof value !== 'string')
            expect(outcome(readJson(value, { maxDepth, maxNodes }))).toBe(expected);
          expect(outcome(readJson(JSON.stringify(value), { maxDepth, maxNodes }))).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts every value, nested or not, and the root', () => {
    const doc = { a: [1, 2, { b: null }], c: 'x' }; // root, a, 1, 2, {b}, null, c = 7 values
    expect(outcome(readJson(doc, { maxNodes: 7 }))).toBe('ok');
    expect(outcome(readJson(doc, { maxNodes: 6 }))).toBe('too-large');
    expect(outcome(readJson(doc, { maxDepth: 3 }))).toBe('ok');
    expect(outcome(readJson(doc, { maxDepth: 2 }))).toBe('too-deep');
    expect(outcome(readJson(42, { maxDepth: 0 }))).toBe('ok');
    expect(outcome(readJson([], { maxDepth: 0 }))).toBe('too-deep');
  });
});

import { describe, expect, it } from 'vitest';
import { getAt, pathKey, setAt } from '../src/domain/paths.js';

describe('paths', () => {
  it('writes paths as the model formats them and edits copies', () => {
    expect(pathKey(['programmes', 3, 'budget', 0, 'amount'])).toBe('programmes[3].budget[0].amount');
    expect(pathKey(['quickWin', 'a-b'])).toBe('quickWin["a-b"]');
    const doc = { a: [{ b: 1 }], c: 2 };
    const next = setAt(doc, ['a', 0, 'b'], 5);
    expect(getAt(next, ['a', 0, 'b'])).toBe(5);
    expect(doc.a[0]!.b).toBe(1);
    expect(next.c).toBe(2);
    expect('c' in setAt(doc, ['c'], undefined)).toBe(false);
  });
});

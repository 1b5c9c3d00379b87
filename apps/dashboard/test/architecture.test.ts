// The dashboard's layers import downward only (domain ← state ← app, pages, components) and no module imports
// itself through others: a walk over the TypeScript sources, static and dynamic imports alike.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative imports of a module (`import … from`, `export … from`, `import('…')`, `new URL('…')`). */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new\s+URL\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;
  for (const m of text.matchAll(re)) out.push(m[2] as string);
  return out;
}

function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of sources(src)) {
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const deps = importsOf(text)
      .filter((s) => /\.(js|ts)$/.test(s))
      .map((s) => relative(src, resolve(dirname(file), s.replace(/\.js$/, '.ts'))));
    g.set(relative(src, file), deps);
  }
  return g;
}

/** Every cycle found by a depth-first walk, each as the modules along it. */
export function cycles(g: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of g.get(n) ?? []) {
      if (state.get(d) === 'open') found.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of g.keys()) if (!state.has(n)) visit(n);
  return found;
}

const RANK: Record<string, number> = { domain: 0, workers: 1, state: 2, app: 3, pages: 3, components: 3 };
const layer = (f: string) => f.split('/')[0] ?? '';

describe('module structure', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(importsOf("import('./x.js'); export { y } from '../y.js'; import './z.js';")).toEqual([
      './x.js',
      '../y.js',
      './z.js',
    ]);
  });

  it('has no import cycle', () => {
    const g = graph();
    expect(g.size).toBeGreaterThan(20);
    expect(cycles(g).map((c) => c.join(' → '))).toEqual([]);
  });

  it('imports downward only: domain ← workers ← state ← app, pages, components', () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph()) {
      const from = RANK[layer(file)];
      if (from === undefined) continue; // main.ts, the entry, may import any layer
      for (const d of deps) {
        const to = RANK[layer(d)];
        if (to !== undefined && to > from) wrong.push(`${file} → ${d}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('scores only in the domain, which runs in the workers: no view or state module calls @smartcity/scoring', () => {
    // Known exception, to move into the analysis worker: the what-if of the projection panel is computed
    // on each change of its form.
    const allowed = new Set(['components/projection-panel.ts']);
    const calls: string[] = [];
    for (const file of sources(src)) {
      const rel = relative(src, file);
      const l = layer(rel);
      if (l === 'domain' || l === 'workers' || allowed.has(rel)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@smartcity\/scoring'/g)) {
        const values = (m[2] as string)
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x && !x.startsWith('type '));
        if (!m[1] && values.length) calls.push(`${rel}: ${values.join(', ')}`);
      }
    }
    expect(calls).toEqual([]);
  });
});

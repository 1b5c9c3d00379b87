// Writes the sample masterplan as JSON, for tools that read files (the CLI, the docs, other languages).
//   pnpm samples                         → samples/minahasa.json (the committed copy, then formatted by biome)
//   tsx scripts/emit-samples.ts --dist   → dist/samples/minahasa.json (part of the build)
// `samples.test.ts` fails when the committed copy's content drifts from src/samples/minahasa.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MINAHASA_SAMPLE } from '../src/samples/minahasa.js';

/** The sample files, by file name, as they are written to disk. */
export function renderSampleFiles(): Record<string, string> {
  return { 'minahasa.json': `${JSON.stringify(MINAHASA_SAMPLE, null, 2)}\n` };
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv.includes('--dist')
    ? join(here, '..', 'dist', 'samples')
    : join(here, '..', 'samples');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(renderSampleFiles())) {
    writeFileSync(join(dir, name), text);
    console.log(`wrote ${relative(process.cwd(), join(dir, name))}`);
  }
}

// Writes the JSON Schemas of the document format to dist/schema/<name>.schema.json (part of the build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/schema/json-schema.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(dir, `${name}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), file)}`);
}

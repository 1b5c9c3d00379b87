import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// The consumer's node_modules sit one folder up (one install shared by every portal app).
const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root },
  outputFileTracingRoot: root,
};

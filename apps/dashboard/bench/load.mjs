#!/usr/bin/env node
// Prints the initial JavaScript (entry chunk + its static imports, gzipped) and the time to first render of the
// built dashboard in Chromium (median of several runs). Figures only, no assertions.
// Usage: node bench/load.mjs [--runs 7] [--no-build]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(app, 'dist');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;

if (!args.includes('--no-build')) {
  execFileSync(
    process.execPath,
    [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: app,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

// 1. Initial JavaScript: the entry script of index.html and every chunk it imports statically.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = html.match(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/)?.[1];
if (!entry) throw new Error('no entry script in dist/index.html');
const seen = new Set();
const queue = [entry];
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only: `import … from "./x.js"` and `import "./x.js"`; `import("./x.js")` is lazy.
  for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    queue.push(join(dirname(file), m[1]).replace(/\\/g, '/'));
  }
  // The entry configures zod, then imports the application at once (`await import('./boot.js')`): that
  // chunk and its imports are part of the initial load too.
  if (file === entry)
    for (const m of code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g))
      queue.push(join(dirname(file), m[1]).replace(/\\/g, '/'));
}
let raw = 0;
let gz = 0;
for (const f of seen) {
  const buf = readFileSync(join(dist, f));
  raw += buf.length;
  gz += gzipSync(buf, { level: 9 }).length;
}
const css = html.match(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/)?.[1];
const cssGz = css ? gzipSync(readFileSync(join(dist, css)), { level: 9 }).length : 0;
console.log(
  `initial JavaScript: ${(gz / 1024).toFixed(1)} kB gzipped (${(raw / 1024).toFixed(1)} kB raw, ${seen.size} file${seen.size === 1 ? '' : 's'}: ${[...seen].join(', ')})`,
);
console.log(`initial CSS: ${(cssGz / 1024).toFixed(1)} kB gzipped`);

// 2. Time to first render, in a fresh browser context each run (cold: empty IndexedDB, the sample is seeded)
// and after a reload (warm: the project comes from IndexedDB).
const server = await startServer(dist);
const browser = await chromium.launch(chromiumLaunchOptions());
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const shell = [];
const ready = [];
const warm = [];
// Marks are taken in the page by a MutationObserver (an init script, run through the DevTools protocol).
function observe() {
  const marks = {};
  window.__marks = marks;
  new MutationObserver(() => {
    if (!marks.h1 && document.querySelector('main > h1')) marks.h1 = performance.now();
    if (!marks.done && document.querySelector('main .card')) marks.done = performance.now();
  }).observe(document, { childList: true, subtree: true });
}
async function measure(page) {
  // The shell has rendered when the page heading exists; the page is ready when its content replaced "loading".
  await page.waitForFunction(() => window.__marks?.h1 && window.__marks?.done);
  return page.evaluate(() => window.__marks);
}
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(observe);
    const page = await context.newPage();
    await page.goto(`${server.url}/#/profil`, { waitUntil: 'commit' });
    const cold = await measure(page);
    shell.push(cold.h1);
    ready.push(cold.done);
    await page.reload({ waitUntil: 'commit' });
    warm.push((await measure(page)).done);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`first render (shell and heading): ${median(shell).toFixed(0)} ms median of ${runs} runs`);
console.log(
  `first page ready, first run (sample seeded into IndexedDB): ${median(ready).toFixed(0)} ms median`,
);
console.log(`first page ready, reload (project from IndexedDB): ${median(warm).toFixed(0)} ms median`);

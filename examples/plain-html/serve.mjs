// Serves this folder on 127.0.0.1, and /smartcity-charts.js from the @smartcity/charts package (its
// dist/smartcity-charts.js), with a strict Content-Security-Policy: the page must work without inline
// scripts or styles. `node serve.mjs` (PORT, default 5180), or `startServer()` → { url, close } in tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const here = fileURLToPath(new URL('.', import.meta.url));
const bundle = fileURLToPath(import.meta.resolve('@smartcity/charts/smartcity-charts.js'));

/** Where each URL path is read from: this folder, except the charts bundle. */
function fileFor(pathname) {
  if (pathname === '/smartcity-charts.js') return bundle;
  if (pathname === '/smartcity-charts.js.map') return `${bundle}.map`;
  if (pathname === '/') return join(here, 'index.html');
  const path = normalize(join(here, decodeURIComponent(pathname)));
  return path.startsWith(here) ? path : undefined;
}

export function startServer(port = 0) {
  const server = createServer((req, res) => {
    const path = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!path || !existsSync(path) || statSync(path).isDirectory() || !TYPES[extname(path)]) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(path)],
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(bundle)) {
    console.error('Build the charts first: pnpm --filter @smartcity/charts build');
    process.exit(1);
  }
  const { url } = await startServer(Number(process.env.PORT ?? 5180));
  console.log(`Plain HTML example at ${url}/`);
}

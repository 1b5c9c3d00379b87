// A small static server for the built app (dist/), sending the same Content-Security-Policy as production.
// Used by the end-to-end tests and the benchmark: `startServer()` → { url, close }.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const here = fileURLToPath(new URL('.', import.meta.url));

/** A request handler serving the files of `dir` (default: the app's dist/), index.html for unknown paths. */
export function staticHandler(dir = resolve(here, '../dist')) {
  const root = resolve(dir);
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(path) || statSync(path).isDirectory()) path = join(root, 'index.html');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    createReadStream(path).pipe(res);
  };
}

/** Serves `dir` (default: the app's dist/) on 127.0.0.1 and a free port. */
export function startServer(dir = resolve(here, '../dist'), port = 0) {
  const server = createServer(staticHandler(dir));
  return new Promise((res) => {
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      res({
        url: `http://127.0.0.1:${addr.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await startServer(undefined, Number(process.env.PORT ?? 4173));
  console.log(`Serving dist at ${s.url}`);
}

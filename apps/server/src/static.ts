import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The dashboard's Content-Security-Policy (the one its build is made for, see its vite config); `connect-src
 * 'self'` also covers the sync channel's WebSocket on this origin.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves the built dashboard from `dir`: files as they are (hashed assets cached for a year), and `index.html`
 * for any other path without an extension (the dashboard routes in the browser). Never outside `dir`.
 */
export function serveStatic(dir: string | undefined, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  const root = dir ? resolve(dir) : undefined;
  let file = root ? normalize(join(root, pathname)) : undefined;
  if (root && file && !(file === root || file.startsWith(root + sep))) file = undefined;
  if (file && (!existsSync(file) || statSync(file).isDirectory())) {
    file = extname(pathname) ? undefined : root ? join(root, 'index.html') : undefined;
  }
  if (!file || !existsSync(file)) {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(
      root && existsSync(join(root, 'index.html'))
        ? 'Tidak ditemukan / Not found'
        : 'Dasbor belum dibangun: jalankan `npm start` / The dashboard is not built: run `npm start`',
    );
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-security-policy', CSP);
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader(
    'cache-control',
    file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

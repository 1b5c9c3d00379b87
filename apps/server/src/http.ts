import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { ApiError, errors } from './errors.js';

/** One request as the API's handlers see it. */
export interface Request {
  readonly method: string;
  readonly url: URL;
  readonly params: Record<string, string>;
  readonly headers: IncomingMessage['headers'];
  readonly cookies: Record<string, string>;
  readonly raw: IncomingMessage;
  /** The request body read as JSON and checked with `schema` (400 with the problems when it does not fit). */
  body<T>(schema: z.ZodType<T>): Promise<T>;
}

/** What a handler answers: a JSON value (200), or a status with a body, headers and cookies. */
export interface Reply {
  readonly status?: number;
  readonly json?: unknown;
  readonly headers?: Record<string, string>;
  readonly cookies?: readonly string[];
}

export type Handler = (req: Request) => Promise<Reply>;

interface Route {
  readonly method: string;
  readonly parts: readonly string[];
  readonly handler: Handler;
}

/** A small router: `/api/workspaces/:ws/threads/:id` patterns, matched segment by segment. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** The handler and parameters for a request, or the error to answer (404, 405). */
  match(method: string, pathname: string): { handler: Handler; params: Record<string, string> } | ApiError {
    const parts = pathname.split('/').filter(Boolean);
    let pathMatched = false;
    for (const r of this.routes) {
      if (r.parts.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = r.parts.every((p, i) => {
        const actual = parts[i] as string;
        if (p.startsWith(':')) {
          try {
            params[p.slice(1)] = decodeURIComponent(actual);
          } catch {
            return false;
          }
          return true;
        }
        return p === actual;
      });
      if (!ok) continue;
      pathMatched = true;
      if (r.method === method) return { handler: r.handler, params };
    }
    return pathMatched ? errors.methodNotAllowed() : errors.notFound();
  }
}

/** Parses a `Cookie` header. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    if (!k || k in out) continue;
    try {
      out[k] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // A cookie that cannot be decoded is ignored.
    }
  }
  return out;
}

/** A `Set-Cookie` value. */
export function cookie(
  name: string,
  value: string,
  options: { httpOnly: boolean; secure: boolean; maxAge?: number },
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'SameSite=Lax',
    ...(options.httpOnly ? ['HttpOnly'] : []),
    ...(options.secure ? ['Secure'] : []),
    ...(options.maxAge !== undefined ? [`Max-Age=${options.maxAge}`] : []),
  ].join('; ');
}

/** Reads a request body up to `limit` bytes. */
export function readBody(raw: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(raw.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(errors.tooLarge(limit));
      raw.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    raw.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(errors.tooLarge(limit));
        raw.destroy();
      } else chunks.push(c);
    });
    raw.on('end', () => resolve(Buffer.concat(chunks)));
    raw.on('error', reject);
  });
}

/** Writes a reply (JSON) with the security headers every answer carries. */
export function send(res: ServerResponse, reply: Reply): void {
  const body = reply.json === undefined ? '' : JSON.stringify(reply.json);
  res.statusCode = reply.status ?? 200;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
  if (reply.cookies?.length) res.setHeader('set-cookie', [...reply.cookies]);
  res.end(body);
}

/** The reply for an error (an `ApiError`, or any other as a 500 that reveals nothing). */
export function errorReply(e: unknown): Reply {
  if (e instanceof ApiError) return { status: e.status, json: e.toJSON(), headers: e.headers };
  console.error(e);
  return {
    status: 500,
    json: {
      error: 'internal',
      message: { id: 'Terjadi kesalahan di server.', en: 'Something went wrong on the server.' },
    },
  };
}

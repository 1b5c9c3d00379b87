import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LocalizedText } from '@smartcity/model';
import type { AppOptions } from './app.js';
import type { Config } from './config.js';
import type { Database } from './db.js';
import { errors } from './errors.js';
import { cookie } from './http.js';
import { dummyHash, hashPassword, SCRYPT_DEFAULTS, verifyPassword } from './passwords.js';
import { RateLimiter } from './rate-limit.js';

export const SESSION_COOKIE = 'sc_session';
export const CSRF_COOKIE = 'sc_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_DAYS = 14;

/** A member's role in a workspace. */
export type Role = 'coordinator' | 'editor' | 'reader';

/** What an editor may write: whole sections (top-level keys of the masterplan) and the programmes of OPDs. */
export interface Scope {
  readonly sections?: readonly string[];
  readonly opds?: readonly string[];
}

/** A signed-in account. */
export interface Account {
  readonly id: string;
  readonly username: string;
  readonly name: string;
}

/** A session found from its cookie. */
export interface Session {
  readonly account: Account;
  readonly csrf: string;
  readonly tokenHash: string;
}

/** An account's membership of one workspace. */
export interface Membership {
  readonly workspaceId: string;
  readonly role: Role;
  readonly scope: Scope;
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('base64url');
}

function token(): string {
  return randomBytes(32).toString('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Accounts, sessions, the CSRF checks, the sign-in rate limits and membership look-ups: everything the API and
 * the sync channel ask before they act.
 */
export class Security {
  readonly logN: number;
  private readonly now: () => number;
  /** Failed sign-ins per account: 5 in 15 minutes, then the account waits. */
  readonly perAccount: RateLimiter;
  /** Sign-in attempts per client address: 30 in 15 minutes (password spraying over many accounts). */
  readonly perAddress: RateLimiter;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    options: AppOptions = {},
  ) {
    this.logN = options.scryptLogN ?? SCRYPT_DEFAULTS.logN;
    this.now = options.now ?? Date.now;
    this.perAccount = new RateLimiter(5, 15 * 60_000, this.now);
    this.perAddress = new RateLimiter(30, 15 * 60_000, this.now);
  }

  /** Whether the request reached us over TLS (directly, or through a trusted proxy that says so). */
  secure(req: IncomingMessage): boolean {
    if ((req.socket as { encrypted?: boolean }).encrypted) return true;
    if (!this.config.trustProxy) return false;
    const proto = String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim();
    return proto === 'https';
  }

  /** The client's address (the proxy's `X-Forwarded-For` only when TRUST_PROXY is set). */
  address(req: IncomingMessage): string {
    if (this.config.trustProxy) {
      const fwd = String(req.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        ?.trim();
      if (fwd) return fwd;
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  /** The origins a browser may send state-changing requests from: this server's own, and PUBLIC_ORIGIN. */
  allowedOrigin(req: IncomingMessage, origin: string): boolean {
    const own = `${this.secure(req) ? 'https' : 'http'}://${req.headers.host ?? ''}`;
    return origin === own || this.config.publicOrigins.includes(origin);
  }

  /**
   * CSRF protection for a state-changing request: the `Origin` (or, without it, the `Referer`) must be this
   * server's, and the `X-CSRF-Token` header must equal the `sc_csrf` cookie (double submit), which for a
   * signed-in member is also the token bound to the session (checked in `session`).
   */
  checkCsrf(req: IncomingMessage, cookies: Record<string, string>): void {
    const origin = req.headers.origin;
    const referer = req.headers.referer;
    const why = (id: string, en: string): LocalizedText => ({ id, en });
    if (origin !== undefined) {
      if (!this.allowedOrigin(req, origin))
        throw errors.csrf(why(`asal ${origin} bukan server ini.`, `origin ${origin} is not this server.`));
    } else if (referer !== undefined) {
      let from = '';
      try {
        from = new URL(referer).origin;
      } catch {
        // an unreadable Referer counts as foreign
      }
      if (!this.allowedOrigin(req, from))
        throw errors.csrf(why('halaman asal bukan server ini.', 'the referring page is not this server.'));
    }
    const header = req.headers[CSRF_HEADER];
    const cookieValue = cookies[CSRF_COOKIE];
    if (typeof header !== 'string' || !cookieValue || !same(header, cookieValue))
      throw errors.csrf(
        why(
          `token ${CSRF_HEADER} tidak ada atau tidak sama dengan cookie ${CSRF_COOKIE}.`,
          `the ${CSRF_HEADER} token is missing or differs from the ${CSRF_COOKIE} cookie.`,
        ),
      );
  }

  /** A fresh CSRF cookie for a visitor who has none (the double-submit token of the sign-in form). */
  csrfCookie(req: IncomingMessage, value: string = token()): { value: string; cookie: string } {
    return { value, cookie: cookie(CSRF_COOKIE, value, { httpOnly: false, secure: this.secure(req) }) };
  }

  /** The session of a request's cookie (or of a token given explicitly, as the sync channel may), if valid. */
  async session(cookies: Record<string, string>, explicitToken?: string): Promise<Session | undefined> {
    const t = explicitToken || cookies[SESSION_COOKIE];
    if (!t) return undefined;
    const rows = await this.db.query<{
      token_hash: string;
      csrf: string;
      id: string;
      username: string;
      name: string;
    }>(
      `SELECT s.token_hash, s.csrf, a.id, a.username, a.name FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [sha256(t), new Date(this.now())],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      account: { id: r.id, username: r.username, name: r.name },
      csrf: r.csrf,
      tokenHash: r.token_hash,
    };
  }

  /** The session, or 401. For a state-changing request the CSRF token must be this session's. */
  async requireSession(req: IncomingMessage, cookies: Record<string, string>): Promise<Session> {
    const s = await this.session(cookies);
    if (!s) throw errors.unauthenticated();
    const method = req.method ?? 'GET';
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !same(header, s.csrf))
        throw errors.csrf({
          id: 'token tidak milik sesi ini.',
          en: 'the token does not belong to this session.',
        });
    }
    return s;
  }

  /** Creates an account (username unique, lower-cased). */
  async createAccount(
    username: string,
    name: string,
    password: string,
    q: Database['query'] = this.db.query,
  ): Promise<Account> {
    const id = randomUUID();
    const u = username.trim().toLowerCase();
    const hash = await hashPassword(password, this.logN);
    const taken = await q('SELECT 1 FROM accounts WHERE username = $1', [u]);
    if (taken.length)
      throw errors.conflict({
        id: `Nama pengguna ${u} sudah dipakai.`,
        en: `The username ${u} is already taken.`,
      });
    await q('INSERT INTO accounts (id, username, name, password_hash) VALUES ($1, $2, $3, $4)', [
      id,
      u,
      name,
      hash,
    ]);
    return { id, username: u, name };
  }

  /**
   * Checks a username and password under the rate limits (per account and per client address) and opens a
   * session. The same error and about the same time for an unknown account and a wrong password.
   */
  async login(
    req: IncomingMessage,
    username: string,
    password: string,
  ): Promise<{ session: Session; cookies: string[] }> {
    const u = username.trim().toLowerCase();
    const address = this.address(req);
    const wait = Math.max(this.perAccount.retryAfter(u), this.perAddress.retryAfter(address));
    if (wait > 0) throw errors.rateLimited(wait);
    this.perAddress.hit(address);
    const rows = await this.db.query<{ id: string; username: string; name: string; password_hash: string }>(
      'SELECT id, username, name, password_hash FROM accounts WHERE username = $1',
      [u],
    );
    const r = rows[0];
    const ok = await verifyPassword(password, r?.password_hash ?? (await dummyHash(this.logN)));
    if (!r || !ok) {
      this.perAccount.hit(u);
      throw errors.badLogin();
    }
    this.perAccount.reset(u);
    return this.openSession(req, { id: r.id, username: r.username, name: r.name });
  }

  /** Opens a session for an account: the HttpOnly session cookie and a CSRF cookie bound to it. */
  async openSession(
    req: IncomingMessage,
    account: Account,
  ): Promise<{ session: Session; cookies: string[] }> {
    const t = token();
    const csrf = token();
    const tokenHash = sha256(t);
    await this.db.query(
      'INSERT INTO sessions (token_hash, account_id, csrf, expires_at) VALUES ($1, $2, $3, $4)',
      [tokenHash, account.id, csrf, new Date(this.now() + SESSION_DAYS * 86_400_000)],
    );
    const secure = this.secure(req);
    return {
      session: { account, csrf, tokenHash },
      cookies: [
        cookie(SESSION_COOKIE, t, { httpOnly: true, secure, maxAge: SESSION_DAYS * 86_400 }),
        cookie(CSRF_COOKIE, csrf, { httpOnly: false, secure, maxAge: SESSION_DAYS * 86_400 }),
      ],
    };
  }

  /** Ends a session; the cookies that clear it. */
  async logout(req: IncomingMessage, session: Session): Promise<string[]> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [session.tokenHash]);
    const secure = this.secure(req);
    return [
      cookie(SESSION_COOKIE, '', { httpOnly: true, secure, maxAge: 0 }),
      cookie(CSRF_COOKIE, '', { httpOnly: false, secure, maxAge: 0 }),
    ];
  }

  /** The account's membership of a workspace, or `undefined` (not a member, or no such workspace). */
  async membership(accountId: string, workspaceId: string): Promise<Membership | undefined> {
    const rows = await this.db.query<{ role: Role; scope: Scope | string }>(
      'SELECT role, scope FROM memberships WHERE account_id = $1 AND workspace_id = $2',
      [accountId, workspaceId],
    );
    const r = rows[0];
    if (!r) return undefined;
    const scope = typeof r.scope === 'string' ? (JSON.parse(r.scope) as Scope) : r.scope;
    return { workspaceId, role: r.role, scope };
  }
}

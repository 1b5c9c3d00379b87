import {
  applyJson,
  assign,
  assignmentProgress,
  compareJson,
  compareVersions,
  createDoc,
  type EditMeta,
  historyOf,
  IDENTITY_KEYS,
  listAssignments,
  listThreads,
  listVersions,
  reply as replyTo,
  resolveThread,
  restoreVersion,
  saveVersion,
  setAssignmentStatus,
  setAt,
  startThread,
  toJson,
} from '@smartcity/collab';
import { parseMasterplan } from '@smartcity/model';
import { z } from 'zod';
import type { Config } from './config.js';
import type { Database } from './db.js';
import { errors } from './errors.js';
import { type Request, Router } from './http.js';
import { outOfScope } from './scope.js';
import type { Membership, Role, Security, Session } from './security.js';
import type { Sync } from './sync.js';
import { addMember, createInvitation, createWorkspace, takeInvitation } from './workspaces.js';

interface Deps {
  readonly db: Database;
  readonly security: Security;
  readonly sync: Sync;
  readonly config: Config;
}

const RoleSchema = z.enum(['coordinator', 'editor', 'reader']);
const ScopeSchema = z
  .object({
    sections: z.array(z.string().max(60)).max(50).optional(),
    opds: z.array(z.string().max(60)).max(300).optional(),
  })
  .strict();
const PathSchema = z.array(z.union([z.string().max(200), z.number().int().min(0)])).max(30);
const Username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[A-Za-z0-9._-]+$/);
const Password = z.string().min(10).max(200);
const Text = z.string().trim().min(1).max(5000);

/** Reads a `?path=` query: a JSON array (`["programmes",0]`) or dotted (`programmes.0.budget`). */
function queryPath(req: Request): (string | number)[] {
  const raw = req.url.searchParams.get('path');
  if (!raw) return [];
  if (raw.startsWith('[')) {
    try {
      const parsed = PathSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through to the error
    }
    throw errors.badRequest([
      {
        path: ['path'],
        code: 'invalid-format',
        message: { id: 'Parameter path tidak sah.', en: 'The path parameter is not valid.' },
      },
    ]);
  }
  return raw.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const CAN: Record<'write' | 'manage', { roles: Role[]; what: { id: string; en: string } }> = {
  write: {
    roles: ['coordinator', 'editor'],
    what: { id: 'mengubah ruang kerja ini', en: 'change this workspace' },
  },
  manage: {
    roles: ['coordinator'],
    what: { id: 'mengelola anggota dan penugasan', en: 'manage members and assignments' },
  },
};

/** The JSON API under `/api`. */
export function buildApi({ db, security, sync, config }: Deps): Router {
  const router = new Router();

  /** The session and the membership of `:ws`; 404 for a workspace the member does not belong to. */
  async function member(
    req: Request,
    need?: keyof typeof CAN,
  ): Promise<{ session: Session; membership: Membership; meta: EditMeta }> {
    const session = await security.requireSession(req.raw, req.cookies);
    const ws = req.params.ws as string;
    const membership = await security.membership(session.account.id, ws);
    if (!membership) throw errors.noWorkspace();
    if (need && !CAN[need].roles.includes(membership.role)) throw errors.forbidden(CAN[need].what);
    return {
      session,
      membership,
      meta: { author: { id: session.account.username, name: session.account.name } },
    };
  }

  router.on('GET', '/api/health', async () => ({
    json: { status: 'ok', database: db.engine },
  }));

  router.on('GET', '/api/session', async (req) => {
    const session = await security.session(req.cookies);
    if (!session) {
      const csrf = req.cookies.sc_csrf ? undefined : security.csrfCookie(req.raw);
      return { json: { account: null }, ...(csrf ? { cookies: [csrf.cookie] } : {}) };
    }
    const workspaces = await db.query(
      `SELECT w.id, w.region, w.name, m.role, m.scope FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
       WHERE m.account_id = $1 ORDER BY w.name`,
      [session.account.id],
    );
    return { json: { account: session.account, workspaces } };
  });

  router.on('POST', '/api/login', async (req) => {
    const body = await req.body(z.object({ username: z.string().max(200), password: z.string().max(200) }));
    const { session, cookies } = await security.login(req.raw, body.username, body.password);
    return { json: { account: session.account }, cookies };
  });

  router.on('POST', '/api/logout', async (req) => {
    const session = await security.requireSession(req.raw, req.cookies);
    return { json: { ok: true }, cookies: await security.logout(req.raw, session) };
  });

  router.on('POST', '/api/join', async (req) => {
    const body = await req.body(
      z.object({
        code: z.string().max(40),
        username: Username,
        name: z.string().trim().min(1).max(120),
        password: Password,
      }),
    );
    const account = await db.transaction(async (q) => {
      const inv = await takeInvitation(q, body.code, Date.now());
      const acc = await security.createAccount(body.username, body.name, body.password, q);
      await addMember(q, inv.workspaceId, acc.id, inv.role, inv.scope);
      return acc;
    });
    const { cookies } = await security.openSession(req.raw, account);
    return { status: 201, json: { account }, cookies };
  });

  router.on('POST', '/api/workspaces/:ws/invitations', async (req) => {
    const { session } = await member(req, 'manage');
    const body = await req.body(
      z.object({
        role: RoleSchema,
        scope: ScopeSchema.default({}),
        days: z.number().int().min(1).max(90).default(7),
        maxUses: z.number().int().min(1).max(200).default(1),
      }),
    );
    const inv = await createInvitation(
      db,
      req.params.ws as string,
      session.account.id,
      body.role,
      body.scope,
      body,
    );
    const origin = `${security.secure(req.raw) ? 'https' : 'http'}://${req.headers.host}`;
    return { status: 201, json: { ...inv, link: `${origin}/#/join/${inv.code}` } };
  });

  router.on('GET', '/api/workspaces/:ws', async (req) => {
    const { membership } = await member(req);
    const rows = await db.query('SELECT id, region, name FROM workspaces WHERE id = $1', [req.params.ws]);
    return { json: { ...rows[0], role: membership.role, scope: membership.scope } };
  });

  router.on('GET', '/api/workspaces/:ws/members', async (req) => {
    await member(req);
    const rows = await db.query(
      `SELECT a.id, a.username, a.name, m.role, m.scope FROM memberships m JOIN accounts a ON a.id = m.account_id
       WHERE m.workspace_id = $1 ORDER BY a.name`,
      [req.params.ws],
    );
    return { json: rows };
  });

  router.on('PUT', '/api/workspaces/:ws/members/:account', async (req) => {
    await member(req, 'manage');
    const body = await req.body(z.object({ role: RoleSchema, scope: ScopeSchema.default({}) }));
    const exists = await db.query('SELECT 1 FROM memberships WHERE workspace_id = $1 AND account_id = $2', [
      req.params.ws,
      req.params.account,
    ]);
    if (!exists.length) throw errors.notFound();
    await addMember(db.query, req.params.ws as string, req.params.account as string, body.role, body.scope);
    return { json: { ok: true } };
  });

  router.on('DELETE', '/api/workspaces/:ws/members/:account', async (req) => {
    await member(req, 'manage');
    await db.query('DELETE FROM memberships WHERE workspace_id = $1 AND account_id = $2', [
      req.params.ws,
      req.params.account,
    ]);
    return { json: { ok: true } };
  });

  // The document, its problems and its history.
  router.on('GET', '/api/workspaces/:ws/document', async (req) => {
    await member(req);
    const json = await sync.withDocument(req.params.ws as string, (doc) => toJson(doc));
    const rows = await db.query<{ problems: unknown; valid_at: Date | null }>(
      'SELECT problems, valid_at FROM documents WHERE workspace_id = $1',
      [req.params.ws],
    );
    return {
      json: { masterplan: json, problems: parseMasterplan(json).issues, validAt: rows[0]?.valid_at ?? null },
    };
  });

  router.on('PATCH', '/api/workspaces/:ws/document', async (req) => {
    const { membership, meta } = await member(req, 'write');
    const body = await req.body(z.object({ path: PathSchema.min(1), value: z.unknown() }));
    const changes = await sync.withDocument(req.params.ws as string, (doc) => {
      const before = toJson(doc);
      if (membership.role === 'editor') {
        const after = structuredClone(before) as Record<string, unknown>;
        const scratch = createDoc(after);
        setAt(scratch, body.path, body.value, meta);
        const denied = outOfScope(
          membership.scope,
          compareJson(before, toJson(scratch)),
          before,
          toJson(scratch),
        );
        if (denied.length)
          throw errors.forbidden({ id: 'menulis di luar bagian Anda', en: 'write outside your sections' });
      }
      return setAt(doc, body.path, body.value, meta);
    });
    return { json: { changes } };
  });

  router.on('GET', '/api/workspaces/:ws/history', async (req) => {
    await member(req);
    const path = queryPath(req);
    const history = await sync.withDocument(req.params.ws as string, (doc) => historyOf(doc, path));
    await sync.logged();
    const log = await db.query(
      `SELECT u.id, u.at, a.username, a.name, length(u.update) AS bytes FROM document_updates u
       LEFT JOIN accounts a ON a.id = u.account_id WHERE u.workspace_id = $1 ORDER BY u.id DESC LIMIT 200`,
      [req.params.ws],
    );
    return { json: { changes: history, updates: log } };
  });

  router.on('GET', '/api/workspaces/:ws/versions', async (req) => {
    await member(req);
    const versions = await sync.withDocument(req.params.ws as string, (doc) =>
      listVersions(doc).map(({ json: _json, ...v }) => v),
    );
    return { json: versions };
  });

  router.on('POST', '/api/workspaces/:ws/versions', async (req) => {
    const { meta } = await member(req, 'write');
    const body = await req.body(z.object({ name: z.string().trim().min(1).max(200) }));
    const v = await sync.withDocument(req.params.ws as string, (doc) => saveVersion(doc, body.name, meta));
    const { json: _json, ...rest } = v;
    return { status: 201, json: rest };
  });

  router.on('GET', '/api/workspaces/:ws/compare', async (req) => {
    await member(req);
    const from = req.url.searchParams.get('from') ?? '';
    const to = req.url.searchParams.get('to') ?? 'current';
    const diff = await sync.withDocument(req.params.ws as string, (doc) => compareVersions(doc, from, to));
    if (!diff) throw errors.notFound();
    return { json: diff };
  });

  router.on('POST', '/api/workspaces/:ws/versions/:id/restore', async (req) => {
    const { meta } = await member(req, 'manage');
    const changes = await sync.withDocument(req.params.ws as string, (doc) =>
      restoreVersion(doc, req.params.id as string, meta),
    );
    if (!changes) throw errors.notFound();
    return { json: { changes } };
  });

  // Comments.
  router.on('GET', '/api/workspaces/:ws/threads', async (req) => {
    await member(req);
    const path = req.url.searchParams.has('path') ? queryPath(req) : undefined;
    const mentioning = req.url.searchParams.get('mentioning') ?? undefined;
    const threads = await sync.withDocument(req.params.ws as string, (doc) =>
      listThreads(doc, {
        ...(path ? { path } : {}),
        includeResolved: req.url.searchParams.get('resolved') === 'true',
        ...(mentioning ? { mentioning } : {}),
      }),
    );
    return { json: threads };
  });

  // Readers (mentors, leaders) may comment: discussion is how they take part.
  router.on('POST', '/api/workspaces/:ws/threads', async (req) => {
    const { meta } = await member(req);
    const body = await req.body(z.object({ path: PathSchema, text: Text }));
    const id = await sync.withDocument(req.params.ws as string, (doc) =>
      startThread(doc, body.path, body.text, meta),
    );
    return { status: 201, json: { id } };
  });

  router.on('POST', '/api/workspaces/:ws/threads/:id/replies', async (req) => {
    const { meta } = await member(req);
    const body = await req.body(z.object({ text: Text }));
    const ok = await sync.withDocument(req.params.ws as string, (doc) =>
      replyTo(doc, req.params.id as string, body.text, meta),
    );
    if (!ok) throw errors.notFound();
    return { status: 201, json: { ok } };
  });

  router.on('POST', '/api/workspaces/:ws/threads/:id/resolve', async (req) => {
    const { meta } = await member(req, 'write');
    const body = await req.body(z.object({ resolved: z.boolean().default(true) }));
    const ok = await sync.withDocument(req.params.ws as string, (doc) =>
      resolveThread(doc, req.params.id as string, body.resolved, meta),
    );
    if (!ok) throw errors.notFound();
    return { json: { ok } };
  });

  // Assignments.
  router.on('GET', '/api/workspaces/:ws/assignments', async (req) => {
    await member(req);
    const out = await sync.withDocument(req.params.ws as string, (doc) => ({
      assignments: listAssignments(doc, req.url.searchParams.get('assignee') ?? undefined),
      progress: assignmentProgress(doc),
    }));
    return { json: out };
  });

  router.on('POST', '/api/workspaces/:ws/assignments', async (req) => {
    const { meta } = await member(req, 'manage');
    const body = await req.body(
      z.object({ path: PathSchema, assignee: z.string().min(1).max(60), due: z.iso.date().optional() }),
    );
    const id = await sync.withDocument(req.params.ws as string, (doc) =>
      assign(doc, body.path, body.assignee, meta, body.due ? { due: body.due } : {}),
    );
    return { status: 201, json: { id } };
  });

  router.on('PATCH', '/api/workspaces/:ws/assignments/:id', async (req) => {
    const { meta, membership, session } = await member(req, 'write');
    const body = await req.body(z.object({ status: z.enum(['todo', 'in-progress', 'done']) }));
    const ok = await sync.withDocument(req.params.ws as string, (doc) => {
      const a = listAssignments(doc).find((x) => x.id === req.params.id);
      if (!a) return false;
      if (membership.role !== 'coordinator' && a.assignee !== session.account.username)
        throw errors.forbidden({ id: 'mengubah tugas orang lain', en: "change someone else's assignment" });
      return setAssignmentStatus(doc, a.id, body.status, meta);
    });
    if (!ok) throw errors.notFound();
    return { json: { ok } };
  });

  // Import of a file for a region that already has a workspace: what would change, then merge or replace.
  router.on('POST', '/api/import', async (req) => {
    const session = await security.requireSession(req.raw, req.cookies);
    const body = await req.body(z.object({ masterplan: z.record(z.string(), z.unknown()) }));
    const parsed = parseMasterplan(body.masterplan);
    if (!parsed.ok) throw errors.badRequest(parsed.issues);
    const region = (body.masterplan as { region: { code: string; name: string } }).region;
    const rows = await db.query<{ id: string }>('SELECT id FROM workspaces WHERE region = $1', [region.code]);
    const existing = rows[0];
    if (existing) {
      const m = await security.membership(session.account.id, existing.id);
      if (!m)
        throw errors.conflict({
          id: `Wilayah ${region.code} sudah mempunyai ruang kerja; mintalah undangan kepada koordinatornya.`,
          en: `Region ${region.code} already has a workspace; ask its coordinator for an invitation.`,
        });
      const current = await sync.withDocument(existing.id, (doc) => toJson(doc));
      return {
        json: {
          workspace: existing.id,
          existing: true,
          replace: compareJson(current, body.masterplan),
          merge: compareJson(current, mergePreview(current, body.masterplan)),
        },
      };
    }
    const ws = await createWorkspace(db, region.code, region.name, body.masterplan);
    await addMember(db.query, ws.id, session.account.id, 'coordinator');
    return { status: 201, json: { workspace: ws.id, existing: false } };
  });

  router.on('POST', '/api/workspaces/:ws/import', async (req) => {
    const { meta } = await member(req, 'manage');
    const body = await req.body(
      z.object({
        masterplan: z.record(z.string(), z.unknown()),
        mode: z.enum(['preview', 'merge', 'replace']),
      }),
    );
    const parsed = parseMasterplan(body.masterplan);
    if (!parsed.ok) throw errors.badRequest(parsed.issues);
    const result = await sync.withDocument(req.params.ws as string, (doc) => {
      const current = toJson(doc);
      const region = (current as { region?: { code?: string } }).region?.code;
      const incoming = (body.masterplan as { region: { code: string } }).region.code;
      if (region && region !== incoming)
        throw errors.conflict({
          id: `Berkas ini untuk wilayah ${incoming}, bukan ${region}.`,
          en: `This file is for region ${incoming}, not ${region}.`,
        });
      const target = body.mode === 'replace' ? body.masterplan : mergePreview(current, body.masterplan);
      if (body.mode === 'preview')
        return { replace: compareJson(current, body.masterplan), merge: compareJson(current, target) };
      return { changes: applyJson(doc, target, meta) };
    });
    return { json: result };
  });

  void config;
  return router;
}

/**
 * A merge keeps what the workspace has and adds what the file brings: fields the workspace leaves empty are
 * filled from the file, list items (matched by identity) the workspace lacks are added; nothing is removed.
 */
export function mergePreview(
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
): Record<string, unknown> {
  return deepMerge(current, incoming) as Record<string, unknown>;
}

function deepMerge(current: unknown, incoming: unknown): unknown {
  if (Array.isArray(current) && Array.isArray(incoming)) {
    const key = IDENTITY_KEYS.find(
      (k) =>
        current.every((x) => x && typeof x === 'object' && k in x) &&
        incoming.every((x) => x && typeof x === 'object' && k in x),
    );
    if (!key) return current.length ? current : incoming;
    const have = new Map(current.map((x) => [(x as Record<string, unknown>)[key], x]));
    const out = current.map((x) => {
      const match = incoming.find(
        (y) => (y as Record<string, unknown>)[key] === (x as Record<string, unknown>)[key],
      );
      return match ? deepMerge(x, match) : x;
    });
    for (const y of incoming) if (!have.has((y as Record<string, unknown>)[key])) out.push(y);
    return out;
  }
  if (
    current &&
    incoming &&
    typeof current === 'object' &&
    typeof incoming === 'object' &&
    !Array.isArray(current)
  ) {
    const out: Record<string, unknown> = { ...(current as Record<string, unknown>) };
    for (const [k, v] of Object.entries(incoming as Record<string, unknown>)) {
      out[k] = k in out ? deepMerge(out[k], v) : v;
    }
    return out;
  }
  return current === null || current === '' || current === undefined ? incoming : current;
}

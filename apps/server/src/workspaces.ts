import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createDoc } from '@smartcity/collab';
import * as Y from 'yjs';
import type { Database } from './db.js';
import { errors } from './errors.js';
import type { Role, Scope } from './security.js';

export interface Workspace {
  readonly id: string;
  readonly region: string;
  readonly name: string;
}

/** Creates the workspace of a region with its first document; 409 when the region already has one. */
export async function createWorkspace(
  db: Database,
  region: string,
  name: string,
  masterplan: Record<string, unknown>,
): Promise<Workspace> {
  const taken = await db.query<{ id: string }>('SELECT id FROM workspaces WHERE region = $1', [region]);
  if (taken.length)
    throw errors.conflict({
      id: `Wilayah ${region} sudah mempunyai ruang kerja; impor berkas ke ruang kerja itu (gabung atau ganti).`,
      en: `Region ${region} already has a workspace; import the file into it (merge or replace).`,
    });
  const id = randomUUID();
  const state = Y.encodeStateAsUpdate(createDoc(masterplan));
  await db.transaction(async (q) => {
    await q('INSERT INTO workspaces (id, region, name) VALUES ($1, $2, $3)', [id, region, name]);
    await q('INSERT INTO documents (workspace_id, state, valid_state, valid_at) VALUES ($1, $2, $2, now())', [
      id,
      state,
    ]);
  });
  return { id, region, name };
}

export async function addMember(
  q: Database['query'],
  workspaceId: string,
  accountId: string,
  role: Role,
  scope: Scope = {},
): Promise<void> {
  await q(
    `INSERT INTO memberships (workspace_id, account_id, role, scope) VALUES ($1, $2, $3, $4)
     ON CONFLICT (workspace_id, account_id) DO UPDATE SET role = $3, scope = $4`,
    [workspaceId, accountId, role, JSON.stringify(scope)],
  );
}

function hashCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('base64url');
}

/** A readable invitation code: 4 groups of 4 letters and digits (no 0/O, 1/I), about 80 bits. */
function newCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  let s = '';
  for (let i = 0; i < 16; i++) s += alphabet[(bytes[i] as number) % 32];
  return (s.match(/.{4}/g) as string[]).join('-');
}

/** Makes an invitation (only its hash is stored); returns the code. */
export async function createInvitation(
  db: Database,
  workspaceId: string,
  createdBy: string | null,
  role: Role,
  scope: Scope,
  options: { days?: number; maxUses?: number; now?: number } = {},
): Promise<{ code: string; expiresAt: string }> {
  const code = newCode();
  const expires = new Date((options.now ?? Date.now()) + (options.days ?? 7) * 86_400_000);
  await db.query(
    `INSERT INTO invitations (code_hash, workspace_id, role, scope, created_by, expires_at, max_uses)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [hashCode(code), workspaceId, role, JSON.stringify(scope), createdBy, expires, options.maxUses ?? 1],
  );
  return { code, expiresAt: expires.toISOString() };
}

/** Uses one invitation inside a transaction: its workspace, role and scope; 400 when unknown, used or expired. */
export async function takeInvitation(
  q: Database['query'],
  code: string,
  now: number,
): Promise<{ workspaceId: string; role: Role; scope: Scope }> {
  const rows = await q<{ workspace_id: string; role: Role; scope: Scope | string }>(
    `UPDATE invitations SET uses = uses + 1
     WHERE code_hash = $1 AND uses < max_uses AND expires_at > $2
     RETURNING workspace_id, role, scope`,
    [hashCode(code), new Date(now)],
  );
  const r = rows[0];
  if (!r) throw errors.invitation();
  return {
    workspaceId: r.workspace_id,
    role: r.role,
    scope: typeof r.scope === 'string' ? (JSON.parse(r.scope) as Scope) : r.scope,
  };
}

import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import type { Database } from './db.js';
import type { Role, Scope, Security } from './security.js';
import { addMember, createWorkspace } from './workspaces.js';

/** The demo accounts `npm start` creates (and prints): one per role. Their passwords are for a demo only. */
export const DEMO_ACCOUNTS: readonly {
  username: string;
  name: string;
  role: Role;
  scope: Scope;
  password: string;
}[] = [
  {
    username: 'koordinator',
    name: 'Koordinator (Bappeda)',
    role: 'coordinator',
    scope: {},
    password: 'demo-koordinator',
  },
  { username: 'editor', name: 'Editor (Diskominfo)', role: 'editor', scope: {}, password: 'demo-editor-1' },
  { username: 'pembaca', name: 'Pembaca (mentor)', role: 'reader', scope: {}, password: 'demo-pembaca-1' },
];

/** Creates the demo workspace (Kabupaten Minahasa sample) and accounts when the database has no workspace. */
export async function seedDemo(
  db: Database,
  security: Security,
): Promise<{ workspaceId: string } | undefined> {
  const any = await db.query('SELECT 1 FROM workspaces LIMIT 1');
  if (any.length) return undefined;
  const sample = MINAHASA_SAMPLE as unknown as Record<string, unknown> & {
    region: { code: string; name: string };
  };
  const ws = await createWorkspace(db, sample.region.code, sample.region.name, sample);
  for (const a of DEMO_ACCOUNTS) {
    const acc = await security.createAccount(a.username, a.name, a.password);
    await addMember(db.query, ws.id, acc.id, a.role, a.scope);
  }
  return { workspaceId: ws.id };
}

import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import type { App } from '../src/app.js';
import type { Role, Scope } from '../src/security.js';
import { addMember, createWorkspace } from '../src/workspaces.js';

export const SAMPLE = MINAHASA_SAMPLE as unknown as Record<string, unknown> & {
  region: { code: string; name: string };
};

/** A second region's masterplan: the sample under another Kemendagri code. */
export function otherRegion(): Record<string, unknown> {
  const json = structuredClone(SAMPLE) as Record<string, unknown> & { region: Record<string, unknown> };
  json.region = { ...json.region, code: '71.71', name: 'Kota Manado', type: 'kota' };
  return json;
}

/** Two workspaces (Minahasa and Manado) with members of each role; passwords are `password-<username>`. */
export async function twoRegions(app: App): Promise<{
  minahasa: string;
  manado: string;
}> {
  const a = await createWorkspace(app.db, SAMPLE.region.code, SAMPLE.region.name, SAMPLE);
  const b = await createWorkspace(app.db, '71.71', 'Kota Manado', otherRegion());
  const people: [string, string, Role, Scope][] = [
    ['ani', a.id, 'coordinator', {}],
    ['budi', a.id, 'editor', {}],
    ['citra', a.id, 'reader', {}],
    ['dewi', a.id, 'editor', { sections: ['vision'] }],
    ['eko', b.id, 'coordinator', {}],
  ];
  for (const [u, ws, role, scope] of people) {
    const acc = await app.security.createAccount(u, u.toUpperCase(), `password-${u}`);
    await addMember(app.db.query, ws, acc.id, role, scope);
  }
  return { minahasa: a.id, manado: b.id };
}

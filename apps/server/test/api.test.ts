import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherRegion, SAMPLE, twoRegions } from './fixtures.js';
import { Client, ENGINES, testApp } from './helpers.js';

describe.each(ENGINES)('history, comments, assignments and import on %s', (engine) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let ws: { minahasa: string; manado: string };
  let ani: Client;
  let budi: Client;
  let base: string;
  beforeAll(async () => {
    app = await testApp(engine);
    ws = await twoRegions(app);
    ani = new Client(app.url);
    budi = new Client(app.url);
    await ani.login('ani', 'password-ani');
    await budi.login('budi', 'password-budi');
    base = `/api/workspaces/${ws.minahasa}`;
  });
  afterAll(() => app.close());

  it('records who changed which field when, compares two versions and restores one', async () => {
    const v1 = await ani.request('POST', `${base}/versions`, { name: 'Sebelum rapat' });
    expect(v1.status).toBe(201);
    expect(
      (await budi.request('PATCH', `${base}/document`, { path: ['vision'], value: 'Visi Budi' })).status,
    ).toBe(200);
    const h = await ani.request('GET', `${base}/history?path=vision`);
    expect(h.json.changes).toEqual([
      expect.objectContaining({
        anchor: ['vision'],
        op: 'set',
        value: 'Visi Budi',
        author: { id: 'budi', name: 'BUDI' },
      }),
    ]);
    expect(h.json.updates[0].username).toBe('budi');
    const diff = await ani.request('GET', `${base}/compare?from=${v1.json.id}&to=current`);
    expect(diff.json).toEqual([
      expect.objectContaining({
        path: ['vision'],
        kind: 'changed',
        before: SAMPLE.vision,
        after: 'Visi Budi',
      }),
    ]);
    expect((await budi.request('POST', `${base}/versions/${v1.json.id}/restore`)).status).toBe(403);
    const restore = await ani.request('POST', `${base}/versions/${v1.json.id}/restore`);
    expect(restore.status).toBe(200);
    const doc = await ani.request('GET', `${base}/document`);
    expect(doc.json.masterplan.vision).toBe(SAMPLE.vision);
    const after = await ani.request('GET', `${base}/history?path=vision`);
    expect(after.json.changes.map((c: { author: { id: string } }) => c.author.id)).toEqual(['budi', 'ani']);
  });

  it('round-trips a comment thread with a mention, a reply and resolving', async () => {
    const t = await budi.request('POST', `${base}/threads`, {
      path: ['programmes', 0],
      text: 'Angka dari DPA? @ani',
    });
    expect(t.status).toBe(201);
    expect(
      (await ani.request('POST', `${base}/threads/${t.json.id}/replies`, { text: 'Ya, DPA 2026.' })).status,
    ).toBe(201);
    expect(
      (await ani.request('POST', `${base}/threads/${t.json.id}/resolve`, { resolved: true })).status,
    ).toBe(200);
    const open = await ani.request('GET', `${base}/threads?path=programmes.0`);
    expect(open.json).toEqual([]);
    const all = await ani.request('GET', `${base}/threads?path=programmes.0&resolved=true&mentioning=ani`);
    expect(all.json).toHaveLength(1);
    expect(all.json[0].messages.map((m: { text: string }) => m.text)).toEqual([
      'Angka dari DPA? @ani',
      'Ya, DPA 2026.',
    ]);
    expect(all.json[0].resolved).toBe(true);
    expect(all.json[0].resolvedBy.id).toBe('ani');
  });

  it('assigns sections (coordinator only) and reports each assignee’s progress', async () => {
    expect(
      (await budi.request('POST', `${base}/assignments`, { path: ['readiness'], assignee: 'budi' })).status,
    ).toBe(403);
    const a = await ani.request('POST', `${base}/assignments`, {
      path: ['readiness'],
      assignee: 'budi',
      due: '2027-03-01',
    });
    expect(a.status).toBe(201);
    expect(
      (await budi.request('PATCH', `${base}/assignments/${a.json.id}`, { status: 'in-progress' })).status,
    ).toBe(200);
    const list = await ani.request('GET', `${base}/assignments`);
    expect(list.json.assignments).toEqual([
      expect.objectContaining({
        assignee: 'budi',
        status: 'in-progress',
        due: '2027-03-01',
        path: ['readiness'],
      }),
    ]);
    expect(list.json.progress).toEqual([
      expect.objectContaining({ assignee: 'budi', sections: 1, inProgress: 1 }),
    ]);
    expect(list.json.progress[0].fields).toBeGreaterThan(0);
  });

  it('imports a file for a region that has a workspace as a preview of merge and replace, never a duplicate', async () => {
    const file = structuredClone(SAMPLE) as Record<string, unknown>;
    file.vision = 'Visi dari berkas';
    const r = await ani.request('POST', '/api/import', { masterplan: file });
    expect(r.status).toBe(200);
    expect(r.json.existing).toBe(true);
    expect(r.json.workspace).toBe(ws.minahasa);
    expect(r.json.replace).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['vision'], kind: 'changed' })]),
    );
    const count = await app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM workspaces');
    expect(count[0]?.n).toBe(2);
    // Another region's member importing Minahasa's file learns it exists but gets no access.
    const eko = new Client(app.url);
    await eko.login('eko', 'password-eko');
    const foreign = await eko.request('POST', '/api/import', { masterplan: file });
    expect(foreign.status).toBe(409);
    expect(foreign.json.replace).toBeUndefined();
    // Replace writes the file as the fewest changes.
    const done = await ani.request('POST', `${base}/import`, { masterplan: file, mode: 'replace' });
    expect(done.status).toBe(200);
    expect((await ani.request('GET', `${base}/document`)).json.masterplan.vision).toBe('Visi dari berkas');
    // A file of another region is refused in this workspace.
    const wrong = await ani.request('POST', `${base}/import`, { masterplan: otherRegion(), mode: 'preview' });
    expect(wrong.status).toBe(409);
    // An invalid file is refused with the model's problems.
    const bad = await ani.request('POST', '/api/import', { masterplan: { kind: 'smartcity.masterplan' } });
    expect(bad.status).toBe(400);
    expect(bad.json.problems.length).toBeGreaterThan(0);
  });
});

import { getAt, historyOf, setAt, toJson } from '@smartcity/collab';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { twoRegions } from './fixtures.js';
import { Client, ENGINES, testApp } from './helpers.js';
import { replica, until } from './sync-client.js';

function syncUpdate(name: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, 0); // Sync
  encoding.writeVarUint(e, 2); // update
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

describe.each(ENGINES)('sync channel on %s', (engine) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let ws: { minahasa: string; manado: string };
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    app = await testApp(engine, { maxUpdateBytes: 50_000 });
    ws = await twoRegions(app);
    for (const u of ['ani', 'budi', 'citra', 'dewi', 'eko']) {
      const c = new Client(app.url);
      expect((await c.login(u, `password-${u}`)).status).toBe(200);
      tokens[u] = c.sessionToken as string;
    }
  });
  afterAll(() => app.close());

  it('two members edit, one offline, both reconnect and hold every edit; one value per field, both in history', async () => {
    const ani = replica(app.url, ws.minahasa, tokens.ani as string);
    const budi = replica(app.url, ws.minahasa, tokens.budi as string);
    await Promise.all([ani.synced, budi.synced]);
    const asAni = { author: { id: 'ani' } };
    const asBudi = { author: { id: 'budi' } };
    setAt(ani.doc, ['vision'], 'Minahasa cerdas', asAni);
    setAt(budi.doc, ['team', 'name'], 'Tim Pelaksana Minahasa', asBudi);
    await until(
      () =>
        getAt(budi.doc, ['vision']) === 'Minahasa cerdas' &&
        getAt(ani.doc, ['team', 'name']) === 'Tim Pelaksana Minahasa',
      'both online edits on both replicas',
    );
    await budi.offline();
    setAt(budi.doc, ['programmes', 0, 'name'], 'Program offline Budi', asBudi);
    setAt(budi.doc, ['title'], 'Judul dari Budi', asBudi);
    setAt(ani.doc, ['title'], 'Judul dari Ani', asAni);
    setAt(ani.doc, ['period', 'endYear'], 2030, asAni);
    budi.online();
    await until(
      () =>
        JSON.stringify(toJson(ani.doc)) === JSON.stringify(toJson(budi.doc)) &&
        getAt(ani.doc, ['programmes', 0, 'name']) === 'Program offline Budi',
      'convergence after reconnecting',
    );
    expect(getAt(ani.doc, ['period', 'endYear'])).toBe(2030);
    expect(['Judul dari Budi', 'Judul dari Ani']).toContain(getAt(ani.doc, ['title']));
    expect(
      historyOf(ani.doc, ['title'])
        .map((c) => c.author.id)
        .sort(),
    ).toEqual(['ani', 'budi']);
    // The server holds the same document and logged each update with its (authenticated) author.
    await app.sync.flush();
    const rows = await app.db.query<{ username: string }>(
      `SELECT DISTINCT a.username FROM document_updates u JOIN accounts a ON a.id = u.account_id WHERE u.workspace_id = $1`,
      [ws.minahasa],
    );
    expect(rows.map((r) => r.username).sort()).toEqual(['ani', 'budi']);
    const stored = await app.db.query<{ state: Uint8Array }>(
      'SELECT state FROM documents WHERE workspace_id = $1',
      [ws.minahasa],
    );
    const copy = new Y.Doc();
    Y.applyUpdate(copy, new Uint8Array((stored[0] as { state: Uint8Array }).state));
    expect(toJson(copy)).toEqual(toJson(ani.doc));
    ani.destroy();
    budi.destroy();
  });

  it('gives a reader a read-only connection: the edit is not applied, nobody receives it', async () => {
    const citra = replica(app.url, ws.minahasa, tokens.citra as string);
    const ani = replica(app.url, ws.minahasa, tokens.ani as string);
    await Promise.all([citra.synced, ani.synced]);
    setAt(citra.doc, ['vision'], 'Pembaca menulis', { author: { id: 'citra' } });
    await until(() => citra.statuses.includes(false), 'the server to answer the reader’s update');
    const live = app.sync.hocuspocus.documents.get(ws.minahasa) as Y.Doc;
    expect(getAt(live, ['vision'])).not.toBe('Pembaca menulis');
    expect(getAt(ani.doc, ['vision'])).not.toBe('Pembaca menulis');
    citra.destroy();
    ani.destroy();
  });

  it('refuses an outsider: another region’s member, a bad token, a foreign Origin', async () => {
    const eko = replica(app.url, ws.minahasa, tokens.eko as string);
    expect(await eko.authFailed).toBeTruthy();
    eko.destroy();
    const nobody = replica(app.url, ws.minahasa, 'not-a-session');
    expect(await nobody.authFailed).toBeTruthy();
    nobody.destroy();
    // Cross-site WebSocket hijacking: a page elsewhere opening the channel with the member's cookie.
    const status = await new Promise<number>((resolve) => {
      const sock = new WebSocket(`${app.url.replace('http', 'ws')}/sync`, {
        headers: { origin: 'https://evil.example', cookie: `sc_session=${tokens.ani}` },
      });
      sock.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      sock.on('open', () => resolve(101));
      sock.on('error', () => undefined);
    });
    expect(status).toBe(403);
  });

  it('refuses malformed, oversized and non-JSON updates with a reason and closes; the document is untouched', async () => {
    const before = toJson(app.sync.hocuspocus.documents.get(ws.minahasa) ?? new Y.Doc());
    const cases: [string, (doc: Y.Doc) => Uint8Array][] = [
      ['malformed', () => new Uint8Array([1, 2, 3, 250, 251, 252, 0, 7])],
      [
        'too-large',
        (doc) => {
          const d = new Y.Doc();
          Y.applyUpdate(d, Y.encodeStateAsUpdate(doc));
          const sv = Y.encodeStateVector(d);
          d.getMap('masterplan').set('vision', 'x'.repeat(60_000));
          return Y.encodeStateAsUpdate(d, sv);
        },
      ],
      [
        'structure',
        (doc) => {
          const d = new Y.Doc();
          Y.applyUpdate(d, Y.encodeStateAsUpdate(doc));
          const sv = Y.encodeStateVector(d);
          d.getMap('masterplan').set('vision', new Y.Text('rich text'));
          return Y.encodeStateAsUpdate(d, sv);
        },
      ],
    ];
    for (const [reason, make] of cases) {
      const budi = replica(app.url, ws.minahasa, tokens.budi as string);
      await budi.synced;
      const socket = budi.provider.configuration.websocketProvider.webSocket as unknown as WebSocket;
      socket.send(syncUpdate(ws.minahasa, make(budi.doc)));
      await until(
        () => budi.stateless.length > 0 && budi.closes.length > 0,
        `the ${reason} update to be refused`,
      );
      expect(budi.stateless).toContainEqual(expect.objectContaining({ type: 'refused', reason }));
      const refusal = budi.stateless[0] as { problems: { message: { id: string; en: string } }[] };
      if (reason !== 'malformed') expect(refusal.problems[0]?.message.id).toBeTruthy();
      budi.destroy();
    }
    const live = app.sync.hocuspocus.documents.get(ws.minahasa);
    if (live) expect(toJson(live)).toEqual(before);
    const logged = await app.db.query<{ reason: string }>(
      "SELECT reason FROM refused_updates WHERE reason NOT IN ('scope', 'author') ORDER BY id",
    );
    expect(logged.map((r) => r.reason)).toEqual(['malformed', 'too-large', 'structure']);
  });

  it('refuses history written in another member’s name', async () => {
    const budi = replica(app.url, ws.minahasa, tokens.budi as string);
    await budi.synced;
    setAt(budi.doc, ['vision'], 'Visi atas nama Ani', { author: { id: 'ani', name: 'Ani' } });
    await until(() => budi.stateless.length > 0 && budi.closes.length > 0, 'the forged update to be refused');
    expect(budi.stateless).toContainEqual(expect.objectContaining({ type: 'refused', reason: 'author' }));
    const vision = await app.sync.withDocument(ws.minahasa, (doc) => getAt(doc, ['vision']));
    expect(vision).not.toBe('Visi atas nama Ani');
    budi.destroy();
  });

  it('refuses an editor’s update outside their sections', async () => {
    const dewi = replica(app.url, ws.minahasa, tokens.dewi as string);
    await dewi.synced;
    setAt(dewi.doc, ['team', 'name'], 'Tim Dewi', { author: { id: 'dewi' } });
    await until(
      () => dewi.stateless.length > 0 && dewi.closes.length > 0,
      'the out-of-scope update to be refused',
    );
    expect(dewi.stateless).toContainEqual(expect.objectContaining({ reason: 'scope' }));
    dewi.destroy();
  });

  it('keeps a merged document that breaks the schema out of the valid state, with its problems', async () => {
    const ani = replica(app.url, ws.minahasa, tokens.ani as string);
    await ani.synced;
    await app.sync.flush();
    const [before] = await app.db.query<{ valid_state: Uint8Array }>(
      'SELECT valid_state FROM documents WHERE workspace_id = $1',
      [ws.minahasa],
    );
    setAt(ani.doc, ['period', 'startYear'], 'dua ribu', { author: { id: 'ani' } });
    const live = app.sync.hocuspocus.documents.get(ws.minahasa) as Y.Doc;
    await until(() => getAt(live, ['period', 'startYear']) === 'dua ribu', 'the update to be applied');
    await app.sync.flush();
    const [after] = await app.db.query<{ valid_state: Uint8Array; problems: unknown }>(
      'SELECT valid_state, problems FROM documents WHERE workspace_id = $1',
      [ws.minahasa],
    );
    expect(Buffer.from((after as { valid_state: Uint8Array }).valid_state)).toEqual(
      Buffer.from((before as { valid_state: Uint8Array }).valid_state),
    );
    const problems = (typeof after?.problems === 'string' ? JSON.parse(after.problems) : after?.problems) as {
      path: unknown[];
    }[];
    expect(problems.some((p) => JSON.stringify(p.path) === JSON.stringify(['period', 'startYear']))).toBe(
      true,
    );
    const c = new Client(app.url);
    await c.login('ani', 'password-ani');
    const doc = await c.request('GET', `/api/workspaces/${ws.minahasa}/document`);
    expect(doc.json.problems.length).toBeGreaterThan(0);
    setAt(ani.doc, ['period', 'startYear'], 2022, { author: { id: 'ani' } });
    ani.destroy();
  });
});

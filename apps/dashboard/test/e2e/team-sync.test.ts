// Two members of one regency's team in two browsers, on a server that serves the dashboard, a small API and
// the sync channel on one port (a stand-in for apps/server, with Hocuspocus): both edit, one goes offline and
// edits, both reconnect and see every edit; a reader cannot edit.
import { Server } from '@hocuspocus/server';
import { createDoc } from '@smartcity/collab';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { staticHandler } from '../../scripts/serve.mjs';
import { type Browser, launch, newContext, open, type Page } from './helpers.js';

const team = (page: Page) => page.getByLabel('Nama tim', { exact: true });
const vision = (page: Page) => page.getByLabel('Visi smart city', { exact: true });

describe('a team on the server: live sync, offline edits, readers', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  const serve = staticHandler();
  // The workspace of Kabupaten Minahasa, held by the server.
  // Members cut off from the network (the browser's offline mode leaves an open WebSocket alone).
  const offline = new Set<string>();
  const workspace = createDoc(JSON.parse(JSON.stringify(MINAHASA_SAMPLE)));

  beforeAll(async () => {
    server = new Server({
      port: 0,
      address: '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
      async onLoadDocument({ document }) {
        Y.applyUpdate(document, Y.encodeStateAsUpdate(workspace));
        return document;
      },
      async onUpgrade({ request }) {
        const cookie = String(request.headers.cookie ?? '');
        for (const m of offline) if (cookie.includes(`member=${m}`)) throw new Error('offline');
      },
      async onAuthenticate({ requestHeaders, connectionConfig }) {
        const cookie = String(requestHeaders.cookie ?? '');
        if (!cookie.includes('member=')) throw new Error('not a member');
        if (cookie.includes('member=reader')) connectionConfig.readOnly = true;
      },
      async onRequest({ request, response }) {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        if (path === '/api/health') {
          response.writeHead(200, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify({ status: 'ok', database: 'embedded', sync: '/sync' }));
        } else if (path === '/api/workspaces') {
          response.writeHead(200, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify([{ regionCode: '71.02', label: 'Kabupaten Minahasa' }]));
        } else serve(request, response);
        throw null; // answered here
      },
    });
    await server.listen();
    base = `http://127.0.0.1:${server.address.port}`;
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  async function member(name: string) {
    const { context, watch } = await newContext(browser);
    await context.addCookies([{ name: 'member', value: name, url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/#/profil`);
    await open(page, 'profil', base);
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('Tersambung');
    await expect.poll(() => team(page).inputValue()).not.toBe('');
    return { context, page, watch };
  }

  it('merges two members’ edits live, and after one of them worked offline', async () => {
    const ani = await member('ani');
    const budi = await member('budi');
    await team(ani.page).fill('Tim dari Ani');
    await vision(budi.page).fill('Visi dari Budi');
    await expect.poll(() => team(budi.page).inputValue()).toBe('Tim dari Ani');
    await expect.poll(() => vision(ani.page).inputValue()).toBe('Visi dari Budi');

    await budi.context.setOffline(true);
    offline.add('budi');
    for (const socket of server.webSocketServer.clients) socket.terminate();
    await expect.poll(() => budi.page.getByTestId('sync-status').textContent()).toMatch(/Luring|Menyambung/);
    await vision(budi.page).fill('Visi luring Budi');
    await team(ani.page).fill('Tim Ani lagi');
    await expect.poll(() => ani.page.getByTestId('sync-status').textContent()).toContain('Tersambung');
    expect(await team(budi.page).inputValue()).toBe('Tim dari Ani'); // not yet: Budi is offline
    await budi.context.setOffline(false);
    offline.delete('budi');
    await expect.poll(() => team(budi.page).inputValue(), { timeout: 20_000 }).toBe('Tim Ani lagi');
    await expect.poll(() => vision(ani.page).inputValue(), { timeout: 20_000 }).toBe('Visi luring Budi');
    // A reload keeps everything (from IndexedDB and the server).
    await ani.page.reload();
    await open(ani.page, 'profil', base);
    await expect.poll(() => vision(ani.page).inputValue()).toBe('Visi luring Budi');
    expect(ani.watch.csp).toEqual([]);
    await ani.context.close();
    await budi.context.close();
  });

  it('refuses an outsider, and says so', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/#/profil`);
    await open(page, 'profil', base);
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('Server menolak akses');
    expect(await team(page).inputValue()).toBe('');
    await context.close();
  });

  it('lets a reader read but not edit', async () => {
    const reader = await member('reader');
    await expect.poll(() => reader.page.getByTestId('sync-status').textContent()).toContain('Hanya baca');
    const before = await team(reader.page).inputValue();
    await team(reader.page).fill('Diubah pembaca');
    await reader.page.reload();
    await open(reader.page, 'profil', base);
    await expect.poll(() => team(reader.page).inputValue()).toBe(before);
    await reader.context.close();
  });
});

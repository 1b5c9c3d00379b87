import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/passwords.js';
import { RateLimiter } from '../src/rate-limit.js';
import { twoRegions } from './fixtures.js';
import { Client, ENGINES, testApp } from './helpers.js';

describe('passwords and rate limits (pure)', () => {
  it('hashes with scrypt and a fresh salt, and verifies', async () => {
    const a = await hashPassword('rahasia sekali', 10);
    const b = await hashPassword('rahasia sekali', 10);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('rahasia sekali', a)).toBe(true);
    expect(await verifyPassword('rahasia sekal', a)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('refuses after the limit and lets the key try again when the window ends', () => {
    let t = 0;
    const r = new RateLimiter(3, 60_000, () => t);
    for (let i = 0; i < 3; i++) r.hit('k');
    expect(r.retryAfter('k')).toBe(60);
    expect(r.retryAfter('other')).toBe(0);
    t = 60_000;
    expect(r.retryAfter('k')).toBe(0);
  });
});

describe.each(ENGINES)('attacks over HTTP on %s', (engine) => {
  let app: Awaited<ReturnType<typeof testApp>>;
  let ws: { minahasa: string; manado: string };
  let now = Date.now();
  beforeAll(async () => {
    app = await testApp(engine, {}, { now: () => now });
    ws = await twoRegions(app);
  });
  afterAll(() => app.close());

  it('sets the session cookie HttpOnly and SameSite=Lax, and Secure only behind TLS', async () => {
    const res = await fetch(`${app.url}/api/session`);
    const csrf = res.headers.getSetCookie()[0] as string;
    const login = await fetch(`${app.url}/api/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: app.url,
        cookie: csrf.split(';')[0] as string,
        'x-csrf-token': decodeURIComponent((csrf.split(';')[0] as string).split('=')[1] as string),
      },
      body: JSON.stringify({ username: 'ani', password: 'password-ani' }),
    });
    expect(login.status).toBe(200);
    const session = login.headers.getSetCookie().find((c) => c.startsWith('sc_session=')) as string;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
  });

  it('ignores X-Forwarded-Proto unless TRUST_PROXY is set', async () => {
    const c = new Client(app.url);
    await c.request('GET', '/api/session', undefined, { headers: { 'x-forwarded-proto': 'https' } });
    const plain = await fetch(`${app.url}/api/session`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(plain.headers.getSetCookie()[0]).not.toMatch(/Secure/);
    const proxied = await testApp(engine, { trustProxy: true });
    try {
      const res = await fetch(`${proxied.url}/api/session`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(res.headers.getSetCookie()[0]).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('refuses a wrong password with the same answer as an unknown account, localised', async () => {
    const c = new Client(app.url);
    const wrong = await c.login('ani', 'not-her-password');
    const unknown = await c.login('nobody', 'whatever-at-all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
    expect(wrong.json.message.id).toMatch(/kata sandi salah/);
  });

  it('rate-limits sign-in per account, even with the right password, until the window ends', async () => {
    const c = new Client(app.url);
    for (let i = 0; i < 5; i++) expect((await c.login('budi', `guess-${i}-xxxx`)).status).toBe(401);
    const blocked = await c.login('budi', 'password-budi');
    expect(blocked.status).toBe(429);
    expect(blocked.json.message.en).toMatch(/Too many sign-in attempts/);
    now += 16 * 60_000;
    expect((await c.login('budi', 'password-budi')).status).toBe(200);
  });

  it('rate-limits sign-in per client address across accounts (password spraying)', async () => {
    now += 16 * 60_000;
    const c = new Client(app.url);
    let status = 0;
    for (let i = 0; i < 31 && status !== 429; i++)
      status = (await c.login(`user${i}`, 'Password123!')).status;
    expect(status).toBe(429);
    now += 16 * 60_000;
  });

  it('refuses a state-changing request without the CSRF token, with a foreign Origin, or with another token', async () => {
    const c = new Client(app.url);
    expect((await c.login('ani', 'password-ani')).status).toBe(200);
    const path = `/api/workspaces/${ws.minahasa}/versions`;
    const noToken = await c.request('POST', path, { name: 'v1' }, { csrf: null });
    expect(noToken.status).toBe(403);
    expect(noToken.json.error).toBe('csrf');
    const evil = new Client(app.url, 'https://evil.example');
    for (const [k, v] of c.jar) evil.jar.set(k, v);
    const foreign = await evil.request('POST', path, { name: 'v1' });
    expect(foreign.status).toBe(403);
    expect(foreign.json.message.en).toMatch(/origin https:\/\/evil.example/);
    // A token that matches its own cookie but is not the session's (an attacker who set the cookie).
    const forged = await c.request(
      'POST',
      path,
      { name: 'v1' },
      {
        csrf: 'forged',
        headers: { cookie: `sc_session=${c.sessionToken}; sc_csrf=forged` },
      },
    );
    expect(forged.status).toBe(403);
    const ok = await c.request('POST', path, { name: 'v1' });
    expect(ok.status).toBe(201);
  });

  it('never lets a member of one region read or write another region’s workspace', async () => {
    const eko = new Client(app.url);
    expect((await eko.login('eko', 'password-eko')).status).toBe(200);
    for (const p of ['', '/document', '/history', '/members', '/threads', '/assignments', '/versions']) {
      const r = await eko.request('GET', `/api/workspaces/${ws.minahasa}${p}`);
      expect(r.status, p).toBe(404);
      expect(r.json.error).toBe('no-workspace');
    }
    const write = await eko.request('PATCH', `/api/workspaces/${ws.minahasa}/document`, {
      path: ['vision'],
      value: 'hijacked',
    });
    expect(write.status).toBe(404);
    const invite = await eko.request('POST', `/api/workspaces/${ws.minahasa}/invitations`, {
      role: 'coordinator',
    });
    expect(invite.status).toBe(404);
    // Own workspace works.
    expect((await eko.request('GET', `/api/workspaces/${ws.manado}/document`)).status).toBe(200);
    const ani = new Client(app.url);
    await ani.login('ani', 'password-ani');
    const doc = await ani.request('GET', `/api/workspaces/${ws.minahasa}/document`);
    expect(doc.json.masterplan.vision).not.toBe('hijacked');
  });

  it('lets a reader read and comment but not write; an editor with a section only writes there', async () => {
    const citra = new Client(app.url);
    await citra.login('citra', 'password-citra');
    const base = `/api/workspaces/${ws.minahasa}`;
    expect((await citra.request('GET', `${base}/document`)).status).toBe(200);
    const w = await citra.request('PATCH', `${base}/document`, { path: ['vision'], value: 'x' });
    expect(w.status).toBe(403);
    expect(w.json.message.id).toMatch(/tidak berhak/);
    expect((await citra.request('POST', `${base}/versions`, { name: 'x' })).status).toBe(403);
    expect(
      (await citra.request('POST', `${base}/threads`, { path: ['vision'], text: 'Pertanyaan' })).status,
    ).toBe(201);
    const dewi = new Client(app.url);
    await dewi.login('dewi', 'password-dewi');
    expect(
      (await dewi.request('PATCH', `${base}/document`, { path: ['vision'], value: 'Visi baru' })).status,
    ).toBe(200);
    const outside = await dewi.request('PATCH', `${base}/document`, {
      path: ['team', 'name'],
      value: 'Tim lain',
    });
    expect(outside.status).toBe(403);
  });

  it('lets only the coordinator invite; an invitation joins once, into its workspace with its role', async () => {
    const budi = new Client(app.url);
    await budi.login('budi', 'password-budi');
    const base = `/api/workspaces/${ws.minahasa}`;
    expect((await budi.request('POST', `${base}/invitations`, { role: 'editor' })).status).toBe(403);
    const ani = new Client(app.url);
    await ani.login('ani', 'password-ani');
    const inv = await ani.request('POST', `${base}/invitations`, { role: 'reader' });
    expect(inv.status).toBe(201);
    expect(inv.json.code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(inv.json.link).toContain(inv.json.code);
    const guest = new Client(app.url);
    await guest.request('GET', '/api/session');
    const join = await guest.request('POST', '/api/join', {
      code: inv.json.code,
      username: 'mentor1',
      name: 'Mentor',
      password: 'a-long-password',
    });
    expect(join.status).toBe(201);
    const me = await guest.request('GET', '/api/session');
    expect(me.json.workspaces).toEqual([expect.objectContaining({ id: ws.minahasa, role: 'reader' })]);
    const again = new Client(app.url);
    await again.request('GET', '/api/session');
    const reuse = await again.request('POST', '/api/join', {
      code: inv.json.code,
      username: 'mentor2',
      name: 'Mentor 2',
      password: 'a-long-password',
    });
    expect(reuse.status).toBe(400);
    expect(reuse.json.error).toBe('bad-invitation');
  });

  it('refuses a session token that was logged out, and a body that is not JSON or too large', async () => {
    const c = new Client(app.url);
    await c.login('ani', 'password-ani');
    const token = c.sessionToken as string;
    expect((await c.request('POST', '/api/logout')).status).toBe(200);
    const replay = await fetch(`${app.url}/api/workspaces/${ws.minahasa}/document`, {
      headers: { cookie: `sc_session=${token}` },
    });
    expect(replay.status).toBe(401);
    const d = new Client(app.url);
    await d.login('ani', 'password-ani');
    const bad = await d.request('POST', `/api/workspaces/${ws.minahasa}/versions`, '{not json');
    expect(bad.status).toBe(400);
    expect(bad.json.problems[0].code).toBe('invalid-json');
    const big = await d.request('POST', `/api/workspaces/${ws.minahasa}/versions`, {
      name: 'x'.repeat(9_000_000),
    });
    expect(big.status).toBe(413);
  });
});

// Issue 12: usable on a 390 px phone: no page scrolls sideways. Every route is opened at a 390 px viewport
// (with the sample document); wide tables scroll inside their own frame, not the page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  type Browser,
  baseURL,
  launch,
  newContext,
  open,
  type Page,
  ROUTES,
  SHOTS,
  settled,
} from './helpers.js';

const WIDTH = 390;

describe('every page at a 390 px phone width', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    const c = await newContext(browser);
    page = await c.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: 844 });
    await page.goto(`${baseURL()}/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(ROUTES)('%s does not scroll sideways', async (route) => {
    await open(page, route);
    await settled(page);
    const r = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      // What sticks out, for the failure message: the outermost elements whose right edge passes the viewport.
      const wide = [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > vw + 0.5)
        .filter((e) => !(e.parentElement && e.parentElement.getBoundingClientRect().right > vw + 0.5))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
      return { scrollWidth: document.documentElement.scrollWidth, wide };
    });
    await page.screenshot({ path: join(SHOTS, `phone-${route}.png`), fullPage: true });
    expect(r.scrollWidth, `${route}: wider than the viewport: ${r.wide.join(', ')}`).toBeLessThanOrEqual(
      WIDTH,
    );
    // Readable and reachable as laid out for the phone: every scroll frame can be reached from the keyboard.
    expect(await axe(page)).toEqual([]);
  });
});

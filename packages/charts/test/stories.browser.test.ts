import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.js';
import { STATES } from '../stories/states.js';
import { cleanup, expectNoAxeViolations, mount, shadow } from './helpers.js';

afterEach(cleanup);

describe('every story state', () => {
  for (const [tag, states] of Object.entries(STATES)) {
    for (const state of states) {
      it(`${tag} — ${state.name}: renders and has no axe violations`, async () => {
        const el = await mount<HTMLElement>(tag, state.data !== undefined ? { data: state.data } : {}, {
          ...(state.width ? { width: state.width } : {}),
          ...(state.lang ? { lang: state.lang } : {}),
          ...(state.style ? { style: state.style } : {}),
          ...(state.json !== undefined ? { attrs: { data: state.json } } : {}),
        });
        expect(shadow(el).childElementCount).toBeGreaterThan(0);
        await expectNoAxeViolations(el);
      });
    }
  }
});

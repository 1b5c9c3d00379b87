import axe from 'axe-core';
import { expect } from 'vitest';

/** Waits until the element has been measured by its ResizeObserver and has rendered. */
export async function settle(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await el.updateComplete;
  }
}

/** Creates `tag` with `props` inside a container of `width` px (default 640) and waits for it to render. */
export async function mount<T extends HTMLElement>(
  tag: string,
  props: Record<string, unknown> = {},
  options: { width?: number; lang?: string; attrs?: Record<string, string>; style?: string } = {},
): Promise<T> {
  const host = document.createElement('div');
  host.style.width = `${options.width ?? 640}px`;
  if (options.style) host.style.cssText += options.style;
  host.lang = options.lang ?? 'id';
  document.body.append(host);
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  Object.assign(el, props);
  host.append(el);
  await settle(el);
  return el;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Runs axe-core on `el` (including its shadow tree) and expects no violations. */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`).join('\n  ')}`,
  );
  expect(summary).toEqual([]);
}

/** Collects events of `type` fired on `el`. */
export function collect<T>(el: EventTarget, type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  el.addEventListener(type, (e) => events.push(e as CustomEvent<T>));
  return events;
}

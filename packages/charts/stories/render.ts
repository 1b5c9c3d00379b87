import { html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/define.js';
import { STATES, type StoryState } from './states.js';

/** Renders one state of an element inside a wrapper of the state's width, language and theme. */
export function renderState(tag: string, state: StoryState): TemplateResult {
  const t = unsafeStatic(tag);
  const inner =
    state.json !== undefined
      ? staticHtml`<${t} data=${state.json}></${t}>`
      : staticHtml`<${t} .data=${state.data}></${t}>`;
  return html`<div lang=${state.lang ?? 'id'} style="width:${state.width ?? 640}px;padding:12px;${state.style ?? ''}">
    ${inner}
  </div>`;
}

/** `Dark theme` → `DarkTheme` (the story's export name). */
export function pascal(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** The stories of one element, one per state, keyed by export name. */
export function statesOf(tag: string): Record<string, { name: string; render: () => TemplateResult }> {
  const out: Record<string, { name: string; render: () => TemplateResult }> = {};
  for (const state of STATES[tag] ?? []) {
    out[pascal(state.name)] = { name: state.name, render: () => renderState(tag, state) };
  }
  return out;
}

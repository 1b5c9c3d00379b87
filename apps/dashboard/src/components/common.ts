import { type Evidence, type Framework, formatPath, GMSC } from '@smartcity/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkingDoc } from '../domain/document.js';
import { locale, msg } from '../domain/i18n.js';
import type { Path } from '../domain/paths.js';
import type { Store } from '../state/store.js';
import { errorsAt, fieldId } from './fields.js';

/** The framework of the open document. */
export function framework(store: Store): Framework {
  return store.state.analysis?.framework ?? GMSC;
}

/** The open working document. */
export function doc(store: Store): WorkingDoc {
  return store.state.current?.doc ?? {};
}

/** A notice when the open document has problems (scores then come from the last valid version). */
export function problemsNotice(store: Store, prefix?: Path): TemplateResult | typeof nothing {
  const a = store.state.analysis;
  if (!a || a.issues.length === 0) return nothing;
  const m = msg();
  const key = prefix ? formatPath(prefix) : '';
  const list = prefix
    ? a.issues.filter((i) => {
        const k = formatPath(i.path);
        return k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}[`);
      })
    : a.issues;
  return html`<div class="notice warn" data-testid="problems">
    <p style="margin:0">
      ${a.partial ? m.docPartial(a.issues.length) : a.lastValid ? m.docProblems(a.issues.length) : m.docNoScores}
    </p>
    <details>
      <summary>${m.showProblems} (${list.length || a.issues.length})</summary>
      ${issueList((list.length ? list : a.issues).slice(0, 50))}
    </details>
  </div>`;
}

/** A list of validation issues: where (formatPath) and what, in the interface language. */
export function issueList(
  issues: readonly { path: readonly (string | number)[]; message: { id: string; en: string } }[],
): TemplateResult {
  const m = msg();
  // What is wrong first, in words; then a link that focuses the field (when it is on this page).
  const focus = (e: Event, path: readonly (string | number)[]) => {
    const el = document.getElementById(fieldId(path));
    if (!el) return;
    e.preventDefault();
    el.scrollIntoView({ block: 'center' });
    (el as HTMLElement).focus();
  };
  return html`<ul class="issue-list">
    ${issues.map(
      (i) =>
        html`<li>
          ${i.message[locale()]}
          <a href=${`#${fieldId(i.path)}`} title=${m.goToField} @click=${(e: Event) => focus(e, i.path)}
            ><code>${formatPath(i.path)}</code></a
          >
        </li>`,
    )}
  </ul>`;
}

/**
 * Evidence for an answer or an element: a link and a note, kept as the `link` and `note` entries of the
 * evidence list at `listPath`. `write` stores the new list (creating the owner when needed).
 */
export function evidenceInputs(
  store: Store,
  o: {
    label: string;
    /** A unique base for the inputs' ids (the list path may not exist yet). */
    idBase: string;
    listPath: Path;
    list: readonly Evidence[];
    write: (next: Evidence[]) => void;
  },
): TemplateResult {
  const m = msg();
  const linkIdx = o.list.findIndex((e) => e.kind === 'link');
  const noteIdx = o.list.findIndex((e) => e.kind === 'note');
  const link = linkIdx >= 0 ? (o.list[linkIdx]?.url ?? '') : '';
  const note = noteIdx >= 0 ? (o.list[noteIdx]?.note ?? '') : '';
  const update = (kind: 'link' | 'note', value: string) => {
    const next = o.list.map((e) => ({ ...e }));
    const idx = next.findIndex((e) => e.kind === kind);
    if (value === '') {
      if (idx >= 0) next.splice(idx, 1);
    } else if (idx >= 0) {
      next[idx] = kind === 'link' ? { ...next[idx]!, url: value } : { ...next[idx]!, note: value };
    } else next.push(kind === 'link' ? { kind, url: value } : { kind, note: value });
    o.write(next);
  };
  const linkPath = [...o.listPath, linkIdx >= 0 ? linkIdx : o.list.length, 'url'];
  const notePath = [...o.listPath, noteIdx >= 0 ? noteIdx : o.list.length, 'note'];
  const linkErr = linkIdx >= 0 ? errorsAt(store, linkPath) : [];
  const noteErr = noteIdx >= 0 ? errorsAt(store, notePath) : [];
  const lid = `${o.idBase}-link`;
  const nid = `${o.idBase}-note`;
  return html`<div class="evidence">
    <div class="field ${linkErr.length ? 'has-error' : ''}">
      <label for=${lid}><span class="sr-only">${o.label}: </span>${m.evidenceLink}</label>
      <input
        id=${lid}
        type="url"
        placeholder="https://"
        .value=${link}
        aria-invalid=${linkErr.length ? 'true' : 'false'}
        aria-describedby=${linkErr.length ? `${lid}-err` : nothing}
        @input=${(e: Event) => update('link', (e.target as HTMLInputElement).value)}
      />
      ${linkErr.length ? html`<p class="error" id=${`${lid}-err`}>${linkErr.join(' ')}</p>` : nothing}
    </div>
    <div class="field ${noteErr.length ? 'has-error' : ''}">
      <label for=${nid}><span class="sr-only">${o.label}: </span>${m.evidenceNote}</label>
      <input
        id=${nid}
        type="text"
        .value=${note}
        aria-invalid=${noteErr.length ? 'true' : 'false'}
        aria-describedby=${noteErr.length ? `${nid}-err` : nothing}
        @input=${(e: Event) => update('note', (e.target as HTMLInputElement).value)}
      />
      ${noteErr.length ? html`<p class="error" id=${`${nid}-err`}>${noteErr.join(' ')}</p>` : nothing}
    </div>
  </div>`;
}

/** A fresh id (`prefix-n`) not yet used in a list of `{ id }` objects. */
export function freshId(prefix: string, list: readonly { id?: unknown }[]): string {
  const used = new Set(list.map((x) => String(x.id)));
  let n = list.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A list at a path of a working document (empty when missing or not a list). */
export function listAt<T = Record<string, unknown>>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Options of a framework option list in the interface language. */
export function options(list: readonly { id: string; name: { id: string; en: string } }[]) {
  return list.map((o) => ({ value: o.id, label: o.name[locale()] }));
}

/** A small key figure. */
export function kpi(label: string, value: string, testid?: string): TemplateResult {
  return html`<div class="kpi" data-testid=${testid ?? nothing}>
    <span class="v">${value}</span><span class="k">${label}</span>
  </div>`;
}

/** Options of {@link editTable}. */
export interface EditTableOptions<T> {
  /** Accessible name of the (scrollable, focusable) table area, or the id of a heading naming it. */
  label: { text: string } | { labelledBy: string };
  /** Column headers (the remove column is added). */
  columns: readonly string[];
  rows: readonly T[];
  /** The row's name for the remove button ("Hapus <name>"). */
  name(row: T, index: number): string;
  /** The row's cells, one per column. */
  cells(row: T, index: number, name: string): readonly unknown[];
  /** Removes the row. */
  remove(index: number): void;
}

/** A table of editable rows, each with a remove button: the one shape every list editor uses. */
export function editTable<T>(o: EditTableOptions<T>): TemplateResult {
  const m = msg();
  const label = 'text' in o.label ? o.label.text : nothing;
  const labelledBy = 'labelledBy' in o.label ? o.label.labelledBy : nothing;
  return html`<div class="table-wrap" tabindex="0" role="group" aria-label=${label} aria-labelledby=${labelledBy}>
    <table class="edit-table">
      <thead>
        <tr>
          ${o.columns.map((c) => html`<th scope="col">${c}</th>`)}
          <th scope="col"><span class="sr-only">${m.remove}</span></th>
        </tr>
      </thead>
      <tbody>
        ${o.rows.map((row, i) => {
          const name = o.name(row, i);
          return html`<tr data-row>
            ${o.cells(row, i, name).map((c) => html`<td>${c}</td>`)}
            <td>
              <button
                type="button"
                class="link"
                data-remove
                aria-label=${m.removeNamed(name)}
                @click=${() => o.remove(i)}
              >
                ${m.remove}
              </button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The header of an item in a list editor: its name and a button that removes it ("Hapus <name>"). */
export function itemHeader(name: string, remove: () => void): TemplateResult {
  const m = msg();
  return html`<header>
    <strong>${name}</strong>
    <button type="button" class="link" data-remove aria-label=${m.removeNamed(name)} @click=${remove}>
      ${m.remove}
    </button>
  </header>`;
}

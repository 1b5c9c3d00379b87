import type { Difference } from '@smartcity/collab';
import {
  createMasterplan,
  decodeText,
  formatPath,
  listRegions,
  type ValidationIssue,
} from '@smartcity/model';
import { html, nothing } from 'lit';
import { announce, rerender } from '../app/ui.js';
import { issueList } from '../components/common.js';
import { download, slug } from '../components/download.js';
import type { WorkingDoc } from '../domain/document.js';
import { documentJson, programmesCsv, scoresCsv } from '../domain/exporters.js';
import { locale, msg } from '../domain/i18n.js';
import type { Store } from '../state/store.js';

let failure: { file: string; issues: readonly ValidationIssue[] } | undefined;
let newRegion = '71.02';

async function importFile(store: Store, file: File): Promise<void> {
  const m = msg();
  // The model's decoder: UTF-8 or UTF-16, with or without a byte order mark; undecodable bytes are refused
  // with their offset instead of becoming U+FFFD (what File.text() would do).
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  const r =
    'issues' in decoded
      ? { ok: false as const, issues: decoded.issues }
      : await store.importText(decoded.text, file.name);
  if (r.ok) {
    failure = undefined;
    if (r.outcome === 'added') announce(m.importOk(store.state.current?.label ?? ''));
    else {
      const p = store.state.pendingImport;
      if (p) announce(m.importMatch(p.file, p.label));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#import-choice')?.focus());
    }
  } else {
    failure = { file: file.name, issues: r.issues };
    announce(m.importFailed(file.name, r.issues.length));
  }
  rerender();
  if (!r.ok) requestAnimationFrame(() => document.querySelector<HTMLElement>('#import-result')?.focus());
}

function exportJson(doc: WorkingDoc): void {
  const { text, valid } = documentJson(doc);
  download(
    `masterplan-${slug(String((doc.region as { name?: string })?.name ?? ''))}.json`,
    text,
    'application/json',
  );
  if (!valid) announce(msg().exportInvalid);
}

function exportCsv(store: Store, kind: 'programmes' | 'scores'): void {
  const a = store.state.analysis;
  const cur = store.state.current;
  if (!a?.lastValid || !cur) return;
  const name = slug(a.lastValid.region.name);
  const text =
    kind === 'programmes'
      ? programmesCsv(a.lastValid, locale(), a.framework)
      : a.scores
        ? scoresCsv(a.scores, locale())
        : '';
  if (!text) return;
  download(`${kind === 'programmes' ? 'program' : 'skor'}-${name}.csv`, text, 'text/csv;charset=utf-8');
}

export function render(store: Store) {
  const m = msg();
  const s = store.state;
  const canCsv = !!s.analysis?.lastValid;
  return html`
    <p class="intro">${m.projectsIntro}</p>
    <section class="card" aria-labelledby="h-list">
      <h2 id="h-list">${m.projects}</h2>
      ${s.projects.length === 0 ? html`<p>${m.noProject}</p>` : nothing}
      <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-list">
        <table>
          <thead>
            <tr>
              <th scope="col">${m.region}</th>
              <th scope="col">${m.updated}</th>
              <th scope="col"><span class="sr-only">${m.open}</span></th>
            </tr>
          </thead>
          <tbody>
            ${s.projects.map(
              (p) => html`<tr class=${p.id === s.current?.id ? 'selected' : ''}>
                <th scope="row">
                  ${p.label}
                  ${p.illustrative ? html` <span class="badge">${m.illustrative.split('(')[0]}</span>` : nothing}
                </th>
                <td>${new Date(p.updatedAt).toLocaleString(locale() === 'id' ? 'id-ID' : 'en-GB')}</td>
                <td class="actions" style="margin:0">
                  ${
                    p.id === s.current?.id
                      ? html`<span class="badge good">${m.opened}</span>`
                      : html`<button type="button" class="secondary" @click=${() => store.select(p.id)}>
                        ${m.open}<span class="sr-only"> ${p.label}</span>
                      </button>`
                  }
                  <button
                    type="button"
                    class="danger"
                    @click=${() => {
                      if (confirm(m.confirmDelete(p.label))) void store.remove(p.id);
                    }}
                  >
                    ${m.remove}<span class="sr-only"> ${p.label}</span>
                  </button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h3>${m.newProject}</h3>
      <div class="actions">
        <label for="new-region">${m.newProjectRegion}</label>
        <select id="new-region" @change=${(e: Event) => (newRegion = (e.target as HTMLSelectElement).value)}>
          ${listRegions().map(
            (r) =>
              html`<option value=${r.code} ?selected=${r.code === newRegion}>${r.name} (${r.province.name})</option>`,
          )}
        </select>
        <button
          type="button"
          @click=${async () => {
            const d = createMasterplan(newRegion);
            if (d) {
              await store.add(JSON.parse(JSON.stringify(d)));
              location.hash = '#/profil';
            }
          }}
        >
          ${m.create}
        </button>
      </div>
    </section>

    <section class="card" aria-labelledby="h-io">
      <h2 id="h-io">${m.importExport}</h2>
      <div class="actions">
        <span class="button secondary file-button">
          <label for="import-file">${m.importJson}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void importFile(store, file);
            }}
          />
        </span>
        ${
          s.lastImport
            ? html`<button
              type="button"
              class="secondary"
              @click=${async () => {
                await store.undoImport();
                announce(m.importUndone);
              }}
            >
              ${m.undoImport}
            </button>`
            : nothing
        }
      </div>
      <p class="hint">${m.importHelp}</p>
      ${s.pendingImport ? pendingImport(store) : nothing}
      ${
        failure
          ? html`<div class="notice danger" id="import-result" tabindex="-1" role="alert" data-testid="import-errors">
            <strong>${m.importFailed(failure.file, failure.issues.length)}</strong>
            ${issueList(failure.issues.slice(0, 100))}
          </div>`
          : nothing
      }
      ${
        s.current
          ? html`<h3>${s.current.label}</h3>
            <div class="actions">
              <button type="button" data-testid="export-json" @click=${() => exportJson(s.current!.doc)}>
                ${m.exportJson}
              </button>
              <button
                type="button"
                class="secondary"
                ?disabled=${!canCsv}
                data-testid="export-programmes"
                @click=${() => exportCsv(store, 'programmes')}
              >
                ${m.exportProgrammesCsv}
              </button>
              <button
                type="button"
                class="secondary"
                ?disabled=${!canCsv}
                data-testid="export-scores"
                @click=${() => exportCsv(store, 'scores')}
              >
                ${m.exportScoresCsv}
              </button>
              <a class="button secondary" href="#/laporan">${m.report}</a>
            </div>`
          : nothing
      }
    </section>
  `;
}

function value(v: unknown): string {
  if (v === undefined) return '';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function changeList(list: readonly Difference[], testid: string) {
  const m = msg();
  if (list.length === 0) return html`<p data-testid=${testid}>${m.importNoChanges}</p>`;
  const kind = { added: m.changeAdded, removed: m.changeRemoved, changed: m.changeChanged };
  return html`<details data-testid=${testid}>
    <summary>${m.importChanges(list.length)}</summary>
    <ul class="issue-list">
      ${list.slice(0, 100).map(
        (d) =>
          html`<li>
            <code>${formatPath(d.path)}</code> — ${kind[d.kind]}${
              d.kind === 'changed'
                ? html`: ${value(d.before)} → ${value(d.after)}`
                : d.kind === 'added'
                  ? html`: ${value(d.after)}`
                  : nothing
            }
          </li>`,
      )}
    </ul>
  </details>`;
}

/** The choice offered when a file is for a region that already has a project: merge, replace or cancel. */
function pendingImport(store: Store) {
  const m = msg();
  const p = store.state.pendingImport;
  if (!p) return nothing;
  const choose = async (choice: 'merge' | 'replace' | 'cancel') => {
    await store.resolveImport(choice);
    if (choice === 'merge') announce(m.importMerged(p.label));
    if (choice === 'replace') announce(m.importReplaced(p.label));
    rerender();
  };
  return html`<div class="notice warn" id="import-choice" tabindex="-1" role="alertdialog" aria-labelledby="import-choice-h" data-testid="import-choice">
    <p id="import-choice-h" style="margin:0"><strong>${m.importMatch(p.file, p.label)}</strong></p>
    <p class="hint">${m.importMergeHelp}</p>
    ${changeList(p.merge, 'import-merge-changes')}
    <p class="hint">${m.importReplaceHelp}</p>
    ${changeList(p.replace, 'import-replace-changes')}
    <div class="actions">
      <button type="button" @click=${() => choose('merge')}>${m.importMerge}</button>
      <button type="button" class="secondary" @click=${() => choose('replace')}>${m.importReplace}</button>
      <button type="button" class="secondary" @click=${() => choose('cancel')}>${m.importCancel}</button>
    </div>
  </div>`;
}

import { createMasterplan, decodeText, listRegions, type ValidationIssue } from '@smartcity/model';
import { html, nothing } from 'lit';
import { projectLabel } from '../app.js';
import { issueList } from '../components/common.js';
import { download, slug } from '../download.js';
import { documentJson, programmesCsv, scoresCsv } from '../exporters.js';
import { locale, msg } from '../i18n.js';
import { store, type WorkingDoc } from '../store.js';
import { announce, rerender } from '../ui.js';

let failure: { file: string; issues: readonly ValidationIssue[] } | undefined;
let newRegion = '71.02';

async function importFile(file: File): Promise<void> {
  const m = msg();
  // The model's decoder: UTF-8 or UTF-16, with or without a byte order mark; undecodable bytes are refused
  // with their offset instead of becoming U+FFFD (what File.text() would do).
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  const r =
    'issues' in decoded
      ? { ok: false as const, issues: decoded.issues }
      : await store.importText(decoded.text);
  if (r.ok) {
    failure = undefined;
    announce(m.importOk(projectLabel(store.state.current?.doc ?? {})));
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

function exportCsv(kind: 'programmes' | 'scores'): void {
  const a = store.state.analysis;
  const cur = store.state.current;
  if (!a?.lastValid || !cur) return;
  const name = slug(a.lastValid.region.name);
  const text =
    kind === 'programmes'
      ? programmesCsv(a.lastValid, locale(), a.framework)
      : scoresCsv(a.lastValid, locale(), a.framework);
  download(`${kind === 'programmes' ? 'program' : 'skor'}-${name}.csv`, text, 'text/csv;charset=utf-8');
}

export function render() {
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
                  ${projectLabel(p.doc)}
                  ${p.doc.illustrative ? html` <span class="badge">${m.illustrative.split('(')[0]}</span>` : nothing}
                </th>
                <td>${new Date(p.updatedAt).toLocaleString(locale() === 'id' ? 'id-ID' : 'en-GB')}</td>
                <td class="actions" style="margin:0">
                  ${
                    p.id === s.current?.id
                      ? html`<span class="badge good">${m.opened}</span>`
                      : html`<button type="button" class="secondary" @click=${() => store.select(p.id)}>
                        ${m.open}<span class="sr-only"> ${projectLabel(p.doc)}</span>
                      </button>`
                  }
                  <button
                    type="button"
                    class="danger"
                    @click=${() => {
                      if (confirm(m.confirmDelete(projectLabel(p.doc)))) void store.remove(p.id);
                    }}
                  >
                    ${m.remove}<span class="sr-only"> ${projectLabel(p.doc)}</span>
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
              if (file) void importFile(file);
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
          ? html`<h3>${projectLabel(s.current.doc)}</h3>
            <div class="actions">
              <button type="button" data-testid="export-json" @click=${() => exportJson(s.current!.doc)}>
                ${m.exportJson}
              </button>
              <button
                type="button"
                class="secondary"
                ?disabled=${!canCsv}
                data-testid="export-programmes"
                @click=${() => exportCsv('programmes')}
              >
                ${m.exportProgrammesCsv}
              </button>
              <button
                type="button"
                class="secondary"
                ?disabled=${!canCsv}
                data-testid="export-scores"
                @click=${() => exportCsv('scores')}
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

import { GMSC } from '@smartcity/model';
import type { BenchmarkEntry, Distribution, RegionStanding } from '@smartcity/scoring';
import { html, nothing } from 'lit';
import { announce, rerender } from '../app/ui.js';
import { chart } from '../components/charts.js';
import { issueList, kpi } from '../components/common.js';
import {
  benchmarkStrip,
  benchmarkWheel,
  maturityHeatmap,
  maturityRadarVsMedian,
} from '../domain/adapters.js';
import { fmt, L, msg } from '../domain/i18n.js';
import { analyseFiles, analyseSample, clearNational, nationalData, progress } from '../state/national.js';
import type { Store } from '../state/store.js';

type GroupKind = 'province' | 'type' | 'cohort';

let showAllRanks = false;
let groupKind: GroupKind = 'type';
let compareCode: string | undefined;
let over = false;
let busy = false;

async function load(files: File[]): Promise<void> {
  const json = files.filter((f) => /\.json$/i.test(f.name));
  if (json.length === 0) return;
  busy = true;
  compareCode = undefined;
  rerender();
  try {
    const d = await analyseFiles(json);
    announce(msg().loaded(d.entries.length, d.invalid.length));
  } finally {
    busy = false;
    rerender();
  }
}

/** Every file under a dropped folder (drag and drop gives entries, not a flat list). */
async function filesFromEntry(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    out.push(await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej)));
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      for (const e of batch) await filesFromEntry(e, out);
    }
  }
}

async function onDrop(e: DragEvent): Promise<void> {
  e.preventDefault();
  over = false;
  const items = [...(e.dataTransfer?.items ?? [])];
  const entries = items.map((i) => i.webkitGetAsEntry?.()).filter((x): x is FileSystemEntry => !!x);
  const files: File[] = [];
  if (entries.length) for (const entry of entries) await filesFromEntry(entry, files);
  else files.push(...(e.dataTransfer?.files ?? []));
  await load(files);
}

function pick(e: Event): void {
  const input = e.target as HTMLInputElement;
  const files = [...(input.files ?? [])];
  input.value = '';
  void load(files);
}

function distRow(label: string, d: Distribution, decimals = 2) {
  return html`<tr>
    <th scope="row">${label}</th>
    <td class="num">${d.count}</td>
    <td class="num">${fmt(d.min, decimals)}</td>
    <td class="num">${fmt(d.q1, decimals)}</td>
    <td class="num"><strong>${fmt(d.median, decimals)}</strong></td>
    <td class="num">${fmt(d.q3, decimals)}</td>
    <td class="num">${fmt(d.max, decimals)}</td>
  </tr>`;
}

function rank(s: RegionStanding | null | undefined): string {
  return s?.rank ? `${s.rank} / ${s.of}` : '—';
}

export function render(store: Store) {
  const m = msg();
  const data = nationalData();
  const f = GMSC;
  const b = data?.benchmark;
  const ranked = b ? [...b.entries].sort((x, y) => (x.overall.rank ?? 1e9) - (y.overall.rank ?? 1e9)) : [];
  const shown = showAllRanks ? ranked : ranked.slice(0, 25);
  const groups = b ? b.peerGroups[groupKind] : [];
  const compare = b?.entries.find((x) => x.code === compareCode) ?? ranked[0];
  const compareEntry: BenchmarkEntry | undefined = data?.entries.find((x) => x.region.code === compare?.code);
  // The open project's region (its latest maturity assessment) against its peers in the loaded set.
  const plan = store.state.analysis?.lastValid;
  const latest = store.scores?.maturity.at(-1);
  const wheel =
    data && plan && latest ? benchmarkWheel(plan.region, latest, data.entries, data.levels, f) : undefined;
  const distHead = html`<thead>
    <tr>
      <th scope="col">${m.dimension}</th>
      <th scope="col" class="num">${m.count}</th>
      <th scope="col" class="num">Min</th>
      <th scope="col" class="num">Q1</th>
      <th scope="col" class="num">${m.median}</th>
      <th scope="col" class="num">Q3</th>
      <th scope="col" class="num">Max</th>
    </tr>
  </thead>`;

  return html`
    <p class="intro">${m.nationalIntro}</p>
    <section class="card" aria-labelledby="h-load">
      <h2 id="h-load">${m.chooseFiles}</h2>
      <div
        class="dropzone ${over ? 'over' : ''}"
        data-testid="dropzone"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          if (!over) {
            over = true;
            rerender();
          }
        }}
        @dragleave=${() => {
          over = false;
          rerender();
        }}
        @drop=${(e: DragEvent) => void onDrop(e)}
      >
        <div class="actions" style="justify-content:center">
          <span class="button file-button">
            <label for="national-files">${m.chooseFiles}</label>
            <input id="national-files" type="file" multiple accept=".json,application/json" @change=${pick} />
          </span>
          <span class="button secondary file-button">
            <label for="national-folder">${m.chooseFolder}</label>
            <input id="national-folder" type="file" multiple webkitdirectory @change=${pick} />
          </span>
        </div>
        <p class="muted">${m.dropHere}</p>
      </div>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          ?disabled=${busy}
          @click=${async () => {
            busy = true;
            rerender();
            try {
              const d = await analyseSample();
              announce(m.loaded(d.entries.length, d.invalid.length));
            } finally {
              busy = false;
              rerender();
            }
          }}
        >
          ${m.loadSample}
        </button>
        ${data ? html`<button type="button" class="secondary" @click=${clearNational}>${m.clear}</button>` : nothing}
      </div>
      ${
        progress
          ? html`<div data-testid="progress">
            <label for="national-progress">${m.reading(progress.done, progress.total)}</label>
            <progress id="national-progress" class="progress" max=${progress.total} .value=${progress.done}></progress>
          </div>`
          : nothing
      }
    </section>
    ${
      data && b
        ? html`
          <div class="kpis" data-testid="national-summary">
            ${kpi(m.loaded(data.entries.length, data.invalid.length), String(data.entries.length + data.invalid.length))}
            ${kpi(`${m.median} · ${m.maturityIndex}`, fmt(b.overall.median))}
            ${kpi(`${m.median} · ${m.readinessIndex}`, fmt(b.readiness.median, 1))}
            ${kpi(`${m.median} · ${m.evaluationIndex}`, fmt(b.evaluation.median))}
          </div>
          ${data.source === 'sample' ? html`<p class="notice warn">${m.illustrative}</p>` : nothing}
          ${
            data.invalid.length
              ? html`<section class="card" aria-labelledby="h-invalid">
                <h2 id="h-invalid">${m.invalidFiles} <span class="badge bad">${data.invalid.length}</span></h2>
                <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-invalid">
                  <table data-testid="invalid-files">
                    <thead>
                      <tr>
                        <th scope="col">${m.file}</th>
                        <th scope="col">${m.what}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${data.invalid.slice(0, 200).map(
                        (x) => html`<tr>
                          <th scope="row">${x.file}</th>
                          <td>${issueList(x.issues.slice(0, 5))}</td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
              </section>`
              : nothing
          }
          <section class="card" aria-labelledby="h-rank">
            <h2 id="h-rank">${m.ranking}</h2>
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-rank">
              <table data-testid="ranking">
                <thead>
                  <tr>
                    <th scope="col" class="num">${m.rank}</th>
                    <th scope="col">${m.region}</th>
                    <th scope="col">${m.province}</th>
                    <th scope="col" class="num">${m.maturityIndex}</th>
                    <th scope="col" class="num">${m.readinessIndex}</th>
                    <th scope="col" class="num">${m.evaluationIndex}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map(
                    (e) => html`<tr>
                      <td class="num">${e.overall.rank ?? '—'}</td>
                      <th scope="row">${e.name}</th>
                      <td>${e.province.name}</td>
                      <td class="num">${fmt(e.overall.value)}</td>
                      <td class="num">${fmt(e.readiness.value, 1)}</td>
                      <td class="num">${fmt(e.evaluation.value)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${
              ranked.length > shown.length
                ? html`<div class="actions">
                  <span class="muted">${m.firstN(shown.length, ranked.length)}</span>
                  <button
                    type="button"
                    class="secondary"
                    @click=${() => {
                      showAllRanks = true;
                      rerender();
                    }}
                  >
                    ${m.showAll(ranked.length)}
                  </button>
                </div>`
                : nothing
            }
          </section>
          <section class="card" aria-labelledby="h-heatmap">
            <h2 id="h-heatmap">${m.heatmapHeading}</h2>
            <p class="muted">${m.heatmapNote}</p>
            ${chart('sc-maturity-heatmap', maturityHeatmap(b, data.levels, f), 'national-heatmap')}
          </section>
          <section class="card" aria-labelledby="h-wheel">
            <h2 id="h-wheel">${m.wheelHeading}</h2>
            ${
              wheel && plan
                ? html`<p class="muted">${m.wheelNote(plan.region.name, wheel.peers)}</p>
                  ${chart('sc-benchmark-wheel', wheel.data, 'national-wheel')}`
                : html`<p class="muted">${m.wheelNoProject}</p>`
            }
          </section>
          <section class="card" aria-labelledby="h-dist">
            <h2 id="h-dist">${m.distribution}</h2>
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-dist">
              <table data-testid="distribution">
                ${distHead}
                <tbody>
                  ${b.dimensionList.map((d) => {
                    const dist = b.dimensions[d.id];
                    return dist ? distRow(L(d.name ?? undefined) || d.id, dist) : nothing;
                  })}
                  ${distRow(m.maturityIndex, b.overall)} ${distRow(m.readinessIndex, b.readiness, 1)}
                  ${distRow(m.evaluationIndex, b.evaluation)}
                </tbody>
              </table>
            </div>
          </section>
          <section class="card" aria-labelledby="h-peers">
            <h2 id="h-peers">${m.peerGroups}</h2>
            <div class="actions">
              <label for="peer-kind">${m.peerGroup}</label>
              <select
                id="peer-kind"
                @change=${(e: Event) => {
                  groupKind = (e.target as HTMLSelectElement).value as GroupKind;
                  rerender();
                }}
              >
                <option value="type" ?selected=${groupKind === 'type'}>${m.kabupaten} / ${m.kota}</option>
                <option value="province" ?selected=${groupKind === 'province'}>${m.province}</option>
                <option value="cohort" ?selected=${groupKind === 'cohort'}>${m.cohort}</option>
              </select>
            </div>
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-peers">
              <table data-testid="peer-groups">
                <thead>
                  <tr>
                    <th scope="col">${m.peerGroup}</th>
                    <th scope="col" class="num">${m.count}</th>
                    <th scope="col" class="num">Q1</th>
                    <th scope="col" class="num">${m.median} · ${m.maturityIndex}</th>
                    <th scope="col" class="num">Q3</th>
                    <th scope="col" class="num">${m.median} · ${m.readinessIndex}</th>
                  </tr>
                </thead>
                <tbody>
                  ${groups.map(
                    (g) => html`<tr>
                      <th scope="row">${g.id === 'kabupaten' ? m.kabupaten : g.id === 'kota' ? m.kota : g.name}</th>
                      <td class="num">${g.regions}</td>
                      <td class="num">${fmt(g.overall.q1)}</td>
                      <td class="num"><strong>${fmt(g.overall.median)}</strong></td>
                      <td class="num">${fmt(g.overall.q3)}</td>
                      <td class="num">${fmt(g.readiness.median, 1)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </section>
          <section class="card" aria-labelledby="h-vs">
            <h2 id="h-vs">${m.regionVsMedian}</h2>
            <div class="actions">
              <label for="compare-region">${m.compareRegion}</label>
              <select
                id="compare-region"
                @change=${(e: Event) => {
                  compareCode = (e.target as HTMLSelectElement).value;
                  rerender();
                }}
              >
                ${b.entries.map(
                  (e) =>
                    html`<option value=${e.code} ?selected=${e.code === compare?.code}>${e.name}</option>`,
                )}
              </select>
            </div>
            ${compare ? chart('sc-benchmark-strip', benchmarkStrip(compare.code, b), 'national-strip') : nothing}
            ${
              compare && compareEntry
                ? html`<div class="split">
                  <div>${chart('sc-maturity-radar', maturityRadarVsMedian(compareEntry, b, f), 'national-radar')}</div>
                  <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-vs">
                    <table data-testid="compare-table">
                      <thead>
                        <tr>
                          <th scope="col">${m.dimension}</th>
                          <th scope="col" class="num">${compare.name}</th>
                          <th scope="col" class="num">${m.nationalMedian}</th>
                          <th scope="col" class="num">${m.rank}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${b.dimensionList.map((d) => {
                          const st = compare.dimensions[d.id];
                          return html`<tr>
                            <th scope="row">${L(d.name ?? undefined) || d.id}</th>
                            <td class="num">${fmt(st?.value)}</td>
                            <td class="num">${fmt(b.median[d.id])}</td>
                            <td class="num">${rank(st)}</td>
                          </tr>`;
                        })}
                        <tr>
                          <th scope="row">${m.maturityIndex}</th>
                          <td class="num">${fmt(compare.overall.value)}</td>
                          <td class="num">${fmt(b.overall.median)}</td>
                          <td class="num">${rank(compare.overall)}</td>
                        </tr>
                        <tr>
                          <th scope="row">${m.peerGroup}: ${compare.province.name}</th>
                          <td class="num" colspan="2"></td>
                          <td class="num">${rank(compare.peers.province)}</td>
                        </tr>
                      </tbody>
                    </table>
                  </div>
                </div>`
                : nothing
            }
          </section>
        `
        : nothing
    }
  `;
}

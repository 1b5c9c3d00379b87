import {
  MONITORING_STATUSES,
  type MonitoringRecord,
  mergeMonitoring,
  monitoringFromCsv,
} from '@smartcity/model';
import { type MonitoringSummary, monitoringSummary, revisionStatus } from '@smartcity/scoring';
import { html, nothing, render as renderInto } from 'lit';
import { doc, framework, issueList, kpi, listAt, problemsNotice } from '../components/common.js';
import { numberField, selectField, textField } from '../components/fields.js';
import '../components/projection-panel.js';
import { fmt, L, msg, rupiah } from '../domain/i18n.js';
import type { Store } from '../state/store.js';

type Rec = Record<string, unknown>;

const pct = (x: number | null) => (x === null ? '—' : `${fmt(x * 100, 1)}%`);

async function importCsv(store: Store, e: Event): Promise<void> {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  const out = document.getElementById('monitoring-import-result');
  if (!file || !out) return;
  const m = msg();
  const r = monitoringFromCsv(await file.text());
  input.value = '';
  if (r.issues.length > 0) {
    renderInto(
      html`<div class="notice warn" role="alert">${m.monitoringImportFailed} ${issueList(r.issues.slice(0, 50))}</div>`,
      out,
    );
    return;
  }
  store.edit(
    (d) => {
      d.monitoring = mergeMonitoring(listAt<MonitoringRecord>(d.monitoring), r.records);
    },
    ['monitoring'],
  );
  renderInto(html`<p class="notice" role="status">${m.monitoringImported(r.records.length)}</p>`, out);
}

/** Adds an empty record for every programme the plan has running in `year` and that has none yet. */
function createRecords(store: Store, year: number): void {
  store.edit((d) => {
    const list = listAt<Rec>(d.monitoring);
    const have = new Set(list.filter((r) => r.year === year).map((r) => String(r.programme)));
    for (const p of listAt<Rec>(d.programmes)) {
      const start = Number(p.startYear);
      const end = Number(p.endYear);
      if (!(start <= year && year <= end) || have.has(String(p.id))) continue;
      const sources = [
        ...new Set(
          listAt<Rec>(p.budget)
            .filter((b) => b.year === year)
            .map((b) => String(b.source)),
        ),
      ];
      list.push({
        programme: p.id,
        year,
        ran: false,
        status: 'not-started',
        ...(sources.length > 0 ? { budget: sources.map((source) => ({ source, realised: 0 })) } : {}),
      });
    }
    d.monitoring = list;
  });
}

function realisationTable(store: Store, s: MonitoringSummary, year: number, testid: string) {
  const m = msg();
  const f = framework(store);
  const y = s.years.find((x) => x.year === year);
  if (!y) return nothing;
  const dimName = (id: string) => L(f.dimensions.find((d) => d.id === id)?.name) || id;
  return html`<div class="table-wrap" tabindex="0" role="group" aria-label=${`${m.planVsRealised} ${year}`}>
    <table data-testid=${testid}>
      <thead>
        <tr>
          <th scope="col">${m.dimension}</th>
          <th scope="col" class="num">${m.ran}</th>
          <th scope="col" class="num">${m.planned}</th>
          <th scope="col" class="num">${m.realised}</th>
          <th scope="col" class="num">%</th>
        </tr>
      </thead>
      <tbody>
        ${y.byDimension.map(
          (d) => html`<tr>
            <th scope="row">${dimName(d.id)}</th>
            <td class="num">${d.ran}/${d.expected}</td>
            <td class="num">${rupiah(d.planned)}</td>
            <td class="num">${rupiah(d.realised)}</td>
            <td class="num">${pct(d.share)}</td>
          </tr>`,
        )}
        <tr>
          <th scope="row">${m.total}</th>
          <td class="num">${y.ran}/${y.expected}</td>
          <td class="num"><strong>${rupiah(y.planned)}</strong></td>
          <td class="num"><strong>${rupiah(y.realised)}</strong></td>
          <td class="num"><strong>${pct(y.share)}</strong></td>
        </tr>
      </tbody>
    </table>
  </div>`;
}

function entryTable(store: Store, year: number) {
  const m = msg();
  const d = doc(store);
  const records = listAt<Rec>(d.monitoring)
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.year === year);
  const names = new Map(listAt<Rec>(d.programmes).map((p) => [String(p.id), String(p.name ?? p.id)]));
  const statuses = MONITORING_STATUSES.map((s) => ({ value: s, label: m.statusNames[s] ?? s }));
  return html`
    <div class="table-wrap" tabindex="0" role="group" aria-label=${m.monitoringYear(year)}>
      <table class="edit-table" data-testid=${`monitoring-entry-${year}`}>
        <thead>
          <tr>
            <th scope="col">${m.programme}</th>
            <th scope="col">${m.ran}</th>
            <th scope="col">${m.status}</th>
            <th scope="col">${m.realised}</th>
            <th scope="col">${m.note}</th>
          </tr>
        </thead>
        <tbody>
          ${records.map(({ r, i }) => {
            const name = names.get(String(r.programme)) ?? String(r.programme);
            return html`<tr>
              <th scope="row">${name}</th>
              <td>
                ${selectField(store, {
                  label: `${m.ran} (${name} ${year})`,
                  path: ['monitoring', i, 'ran'],
                  compact: true,
                  options: [
                    { value: 'true', label: m.yes },
                    { value: 'false', label: m.no },
                  ],
                  onChange: (v) => store.set(['monitoring', i, 'ran'], v === 'true'),
                })}
              </td>
              <td>
                ${selectField(store, {
                  label: `${m.status} (${name} ${year})`,
                  path: ['monitoring', i, 'status'],
                  compact: true,
                  options: statuses,
                })}
              </td>
              <td>
                ${listAt<Rec>(r.budget).map((b, j) =>
                  numberField(store, {
                    label: `${m.realised} ${String(b.source).toUpperCase()} (${name} ${year})`,
                    path: ['monitoring', i, 'budget', j, 'realised'],
                    compact: true,
                    min: 0,
                  }),
                )}
              </td>
              <td>
                ${textField(store, {
                  label: `${m.note} (${name} ${year})`,
                  path: ['monitoring', i, 'note'],
                  compact: true,
                  optional: true,
                })}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <div class="actions">
      <button type="button" @click=${() => createRecords(store, year)}>+ ${m.createRecords(year)}</button>
    </div>
  `;
}

export function render(store: Store) {
  const m = msg();
  const d = doc(store);
  const a = store.state.analysis;
  const plan = a?.lastValid;
  const period = d.period as { startYear?: number; endYear?: number } | undefined;
  const first = Number(period?.startYear) || new Date().getFullYear();
  const last = Number(period?.endYear) || first;
  const monitored = [...new Set(listAt<Rec>(d.monitoring).map((r) => Number(r.year)))].sort((x, y) => x - y);
  const openYear = monitored[monitored.length - 1] ?? first;
  const entryYears = [...new Set([...monitored, Math.min(openYear + 1, last)])].filter(
    (y) => y >= first && y <= last,
  );
  const s = plan ? monitoringSummary(plan, framework(store)) : undefined;
  const latest = s?.years[s.years.length - 1];
  const revision = plan ? revisionStatus(plan) : undefined;

  return html`
    <p class="intro">${m.monitoringIntro}</p>
    ${problemsNotice(store, ['monitoring'])}
    ${revision ? html`<p class=${revision.revisionDue ? 'notice warn' : 'hint'} data-testid="revision">${m.revision}: ${L(revision.message)}</p>` : nothing}
    <div class="kpis">
      ${kpi(`${m.realised}${latest ? ` ${latest.year}` : ''}`, latest ? pct(latest.share) : '—', 'monitoring-share')}
      ${kpi(m.lateList, s ? String(s.late.length) : '—', 'monitoring-late')}
      ${kpi(m.unfundedList, s ? String(s.unfunded.length) : '—', 'monitoring-unfunded')}
      ${kpi(m.offTrack, s ? `${s.offTrack.length}/${s.kpis.length}` : '—', 'monitoring-offtrack')}
    </div>
    <section class="card" aria-labelledby="h-mon-import">
      <h2 id="h-mon-import">${m.monitoringImport}</h2>
      <p class="hint">${m.monitoringImportHint}</p>
      <label class="field">
        <span>${m.monitoringImport}</span>
        <input type="file" accept=".csv,text/csv" data-testid="monitoring-csv" @change=${(e: Event) => importCsv(store, e)} />
      </label>
      <div id="monitoring-import-result" aria-live="polite"></div>
    </section>
    ${
      s && s.years.length > 0
        ? html`<section class="card" aria-labelledby="h-mon-plan">
            <h2 id="h-mon-plan">${m.planVsRealised}</h2>
            ${s.years.map((y) => html`<h3>${y.year}</h3>${realisationTable(store, s, y.year, `realisation-${y.year}`)}`)}
            ${
              s.late.length > 0
                ? html`<h3>${m.lateList}</h3><ul data-testid="monitoring-late-list">${s.late.map((x) => html`<li>${L(x.message)}</li>`)}</ul>`
                : nothing
            }
            ${
              s.unfunded.length > 0
                ? html`<h3>${m.unfundedList}</h3><ul>${s.unfunded.map((x) => html`<li>${L(x.message)}</li>`)}</ul>`
                : nothing
            }
            ${
              s.offTrack.length > 0
                ? html`<h3>${m.offTrack}</h3>
                  <ul>
                    ${s.offTrack.map(
                      (k) =>
                        html`<li>${k.programme} · ${k.name} ${k.year}: ${m.actual} ${fmt(k.actual)} ${k.unit}, ${m.milestone} ${fmt(k.milestone)}</li>`,
                    )}
                  </ul>`
                : nothing
            }
          </section>`
        : html`<p class="muted">${m.noMonitoring}</p>`
    }
    ${entryYears.map(
      (y) => html`<details class="card" ?open=${y === openYear}>
        <summary><h2 style="display:inline">${m.monitoringYear(y)}</h2></summary>
        ${entryTable(store, y)}
      </details>`,
    )}
    <section class="card chart-card" aria-labelledby="h-projection">
      <h2 id="h-projection">${m.projection}</h2>
      <sc-projection-panel .plan=${plan} .framework=${a?.framework}></sc-projection-panel>
    </section>
  `;
}

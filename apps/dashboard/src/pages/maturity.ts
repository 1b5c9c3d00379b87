import type { Evidence } from '@smartcity/model';
import { html, nothing } from 'lit';
import { rerender } from '../app/ui.js';
import { chart } from '../components/charts.js';
import { doc, evidenceInputs, framework, kpi, listAt, problemsNotice } from '../components/common.js';
import { errorsAt, fieldId, numberField } from '../components/fields.js';
import { maturityRadar } from '../domain/adapters.js';
import { fmt, L, msg } from '../domain/i18n.js';
import { nationalMedians } from '../state/national.js';
import type { Store } from '../state/store.js';

type Rec = Record<string, unknown>;

let selectedYear: number | undefined;

function setLevel(
  store: Store,
  yearIdx: number,
  element: string,
  key: 'current' | 'target',
  raw: string,
): void {
  store.edit((d) => {
    const a = listAt(d.maturity)[yearIdx];
    if (!a) return;
    const list = listAt(a.elements);
    a.elements = list;
    let e = list.find((x) => x.element === element);
    if (!e) {
      e = { element, evidence: [] };
      list.push(e);
    }
    if (raw === '') delete e[key];
    else e[key] = Number(raw);
  });
}

function setEvidence(store: Store, yearIdx: number, element: string, next: Evidence[]): void {
  store.edit((d) => {
    const a = listAt(d.maturity)[yearIdx];
    if (!a) return;
    const list = listAt(a.elements);
    a.elements = list;
    const e = list.find((x) => x.element === element);
    if (e) e.evidence = next;
    else list.push({ element, evidence: next });
  });
}

export function render(store: Store) {
  const m = msg();
  const f = framework(store);
  const d = doc(store);
  const years = listAt(d.maturity);
  const period = d.period as { startYear?: number } | undefined;
  const addYear = () => {
    const last = years.reduce((mx, y) => Math.max(mx, Number(y.year) || 0), 0);
    const year = last ? last + 1 : (period?.startYear ?? new Date().getFullYear()) - 1;
    // A new year starts from the previous assessment's targets, with the levels to be assessed again.
    const prev = years.find((y) => y.year === last);
    const elements = listAt(prev?.elements).map((e) => {
      const out: Rec = { element: e.element, evidence: [] };
      if (typeof e.target === 'number') out.target = e.target;
      return out;
    });
    store.edit((dd) => {
      const list = listAt(dd.maturity);
      list.push({ year, elements });
      dd.maturity = list;
    });
    selectedYear = year;
  };
  if (years.length === 0)
    return html`<p class="intro">${m.maturityIntro}</p>
      <button type="button" @click=${addYear}>${m.startMaturity}</button>`;
  let idx = years.findIndex((y) => y.year === selectedYear);
  if (idx < 0) idx = years.reduce((best, y, i) => (Number(y.year) > Number(years[best]?.year) ? i : best), 0);
  const a = years[idx]!;
  const ladder =
    f.maturity.ladders.find((l) => l.id === (a.ladder ?? f.maturity.defaultLadder)) ?? f.maturity.ladders[0]!;
  const elements = listAt(a.elements);
  const scores = store.scores;
  const result = scores?.maturity.find((r) => r.year === a.year);
  const medians = nationalMedians();
  const levelOptions = ladder.levels.map((l) => ({
    value: String(l.level),
    label: `${l.level} — ${L(l.name)}`,
  }));

  return html`
    <p class="intro">${m.maturityIntro}</p>
    ${problemsNotice(store, ['maturity'])}
    <div class="actions">
      <label for="maturity-year">${m.assessmentYear}</label>
      <select
        id="maturity-year"
        @change=${(e: Event) => {
          selectedYear = Number((e.target as HTMLSelectElement).value);
          rerender();
        }}
      >
        ${years.map((y) => html`<option value=${String(y.year)} ?selected=${y === a}>${String(y.year)}</option>`)}
      </select>
      <button type="button" class="secondary" @click=${addYear}>+ ${m.addYear}</button>
    </div>
    <div class="grid" style="max-width:240px">
      ${numberField(store, { label: m.year, path: ['maturity', idx, 'year'], integer: true })}
    </div>
    <div class="kpis" style="margin-top:16px">
      ${kpi(m.maturityIndex, result?.indexRounded != null ? fmt(result.indexRounded) : '—', 'maturity-index')}
      ${kpi(m.predicate, result?.predicate ? L(result.predicate.name) : '—')}
      ${kpi(m.target, result?.target != null ? fmt(result.target) : '—')}
      ${kpi(m.gap, result?.gapRounded != null ? fmt(result.gapRounded) : '—')}
      ${kpi(
        m.coverage,
        result
          ? `${result.coverage.filled}/${result.coverage.total}${result.lowCoverage ? ` · ${m.lowCoverage}` : ''}`
          : '—',
        'maturity-coverage',
      )}
    </div>
    ${
      result?.coverage.warning
        ? html`<p class="notice warn" role="status" data-testid="maturity-coverage-warning">
            ${L(result.coverage.warning)}
          </p>`
        : nothing
    }
    <section class="card chart-card" aria-labelledby="h-radar">
      <h2 id="h-radar">${m.maturity}: ${m.current} · ${m.target} · ${m.nationalMedian}</h2>
      ${result ? chart('sc-maturity-radar', maturityRadar(result, medians?.values)) : html`<p class="muted">${m.docNoScores}</p>`}
      ${
        medians
          ? html`<p class="hint">
            ${m.nationalMedianNote(medians.count, medians.source === 'loaded' ? m.nationalLoaded : m.nationalSample)}
          </p>`
          : nothing
      }
      <p class="hint">${L(ladder.provenance.note) || ladder.provenance.source}</p>
    </section>
    ${f.dimensions.map((dim) => {
      const dr = result?.dimensions.find((x) => x.id === dim.id);
      return html`<section class="card" aria-labelledby=${`h-d-${dim.id}`}>
        <h2 id=${`h-d-${dim.id}`}>
          ${L(dim.name)}
          <span class="badge">${m.index} ${dr?.indexRounded != null ? fmt(dr.indexRounded) : '—'}</span>
          ${dr?.predicate ? html`<span class="badge">${L(dr.predicate.name)}</span>` : nothing}
          ${
            dr
              ? html`<span class=${dr.lowCoverage ? 'badge bad' : 'badge'} title=${dr.coverage.warning ? L(dr.coverage.warning) : ''}
                  >${m.coverage} ${dr.coverage.filled}/${dr.coverage.total}${dr.lowCoverage ? ` · ${m.lowCoverage}` : ''}</span
                >`
              : nothing
          }
        </h2>
        ${dim.elements.map((el) => {
          const eIdx = elements.findIndex((x) => x.element === el.id);
          const e = eIdx >= 0 ? elements[eIdx] : undefined;
          const cur = typeof e?.current === 'number' ? String(e.current) : '';
          const tgt = typeof e?.target === 'number' ? String(e.target) : '';
          const cid = fieldId(['maturity', 'el', el.id, 'current']);
          const tid = fieldId(['maturity', 'el', el.id, 'target']);
          const cErr = eIdx >= 0 ? errorsAt(store, ['maturity', idx, 'elements', eIdx, 'current']) : [];
          const tErr = eIdx >= 0 ? errorsAt(store, ['maturity', idx, 'elements', eIdx, 'target']) : [];
          return html`<div class="element-row" data-element=${el.id}>
            <div>
              <strong>${L(el.name)}</strong>
              ${el.description ? html`<p class="hint">${L(el.description)}</p>` : nothing}
            </div>
            <div class="field ${cErr.length ? 'has-error' : ''}">
              <label for=${cid}>${m.current}<span class="sr-only"> — ${L(el.name)}</span></label>
              <select
                id=${cid}
                aria-invalid=${cErr.length ? 'true' : 'false'}
                @change=${(ev: Event) => setLevel(store, idx, el.id, 'current', (ev.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${cur === ''}>${m.notSet}</option>
                ${levelOptions.map((o) => html`<option value=${o.value} ?selected=${o.value === cur}>${o.label}</option>`)}
              </select>
              ${cErr.length ? html`<p class="error">${cErr.join(' ')}</p>` : nothing}
            </div>
            <div class="field ${tErr.length ? 'has-error' : ''}">
              <label for=${tid}>${m.target}<span class="sr-only"> — ${L(el.name)}</span></label>
              <select
                id=${tid}
                aria-invalid=${tErr.length ? 'true' : 'false'}
                @change=${(ev: Event) => setLevel(store, idx, el.id, 'target', (ev.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${tgt === ''}>${m.notSet}</option>
                ${levelOptions.map((o) => html`<option value=${o.value} ?selected=${o.value === tgt}>${o.label}</option>`)}
              </select>
              ${tErr.length ? html`<p class="error">${tErr.join(' ')}</p>` : nothing}
            </div>
            ${evidenceInputs(store, {
              label: L(el.name),
              idBase: `ev-${el.id}`,
              listPath: ['maturity', idx, 'elements', eIdx >= 0 ? eIdx : elements.length, 'evidence'],
              list: listAt<Evidence>(e?.evidence),
              write: (next) => setEvidence(store, idx, el.id, next),
            })}
          </div>`;
        })}
      </section>`;
    })}
  `;
}

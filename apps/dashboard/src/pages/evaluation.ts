import { html, nothing } from 'lit';
import { doc, framework, kpi, listAt, options, problemsNotice } from '../components/common.js';
import { numberField, selectField, textField } from '../components/fields.js';
import { fmt, L, msg } from '../domain/i18n.js';
import type { Store } from '../state/store.js';
import { renderSelfAssessments } from './self-assessment.js';

function signed(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${fmt(Math.abs(n))}`;
}

export function render(store: Store) {
  const m = msg();
  const f = framework(store);
  const d = doc(store);
  const evals = listAt(d.evaluations);
  const results = store.scores?.evaluations ?? [];
  const last = results[results.length - 1];
  const prev = results[results.length - 2];
  const change = last?.index != null && prev?.index != null ? last.index - prev.index : null;
  const period = d.period as { startYear?: number } | undefined;
  const order = evals.map((e, i) => ({ e, i })).sort((a, b) => Number(b.e.year) - Number(a.e.year));

  return html`
    ${problemsNotice(store, ['selfAssessments'])}
    ${renderSelfAssessments(store)}
    <h2 class="section-title">${m.evaluationResults}</h2>
    <p class="intro">${m.evaluationIntro}</p>
    <p class="hint">${L(f.evaluation.provenance.note) || f.evaluation.provenance.source}</p>
    ${problemsNotice(store, ['evaluations'])}
    <div class="kpis">
      ${kpi(`${m.evaluationIndex}${last ? ` ${last.year}` : ''}`, fmt(last?.indexRounded), 'evaluation-index')}
      ${kpi(m.change, prev ? signed(change) : m.noPrevious, 'evaluation-change')}
    </div>
    ${
      last && prev
        ? html`<section class="card" aria-labelledby="h-change">
          <h2 id="h-change">${m.change}: ${prev.year} → ${last.year}</h2>
          <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-change">
            <table data-testid="evaluation-change-table">
              <thead>
                <tr>
                  <th scope="col">${m.dimension}</th>
                  <th scope="col" class="num">${m.weight}</th>
                  <th scope="col" class="num">${prev.year}</th>
                  <th scope="col" class="num">${last.year}</th>
                  <th scope="col" class="num">${m.difference}</th>
                </tr>
              </thead>
              <tbody>
                ${last.dimensions.map((dim) => {
                  const p = prev.dimensions.find((x) => x.id === dim.id);
                  const diff = dim.score !== null && p?.score != null ? dim.score - p.score : null;
                  return html`<tr>
                    <th scope="row">${L(dim.name)}</th>
                    <td class="num">${fmt(dim.weight * 100, 0)}%</td>
                    <td class="num">${fmt(p?.score)}</td>
                    <td class="num">${fmt(dim.score)}</td>
                    <td class="num">${signed(diff)}</td>
                  </tr>`;
                })}
                <tr>
                  <th scope="row">${m.evaluationIndex}</th>
                  <td></td>
                  <td class="num">${fmt(prev.indexRounded)}</td>
                  <td class="num">${fmt(last.indexRounded)}</td>
                  <td class="num"><strong>${signed(change)}</strong></td>
                </tr>
              </tbody>
            </table>
          </div>
        </section>`
        : nothing
    }
    ${order.map(({ e, i }) => {
      const r = results.find((x) => x.year === e.year);
      return html`<section class="card" data-row aria-labelledby=${`h-ev-${i}`}>
        <h2 id=${`h-ev-${i}`}>
          ${m.evaluation} ${String(e.year ?? '')}
          <span class="badge">${m.index} ${fmt(r?.indexRounded)}</span>
        </h2>
        <div class="grid">
          ${numberField(store, { label: `${m.year} (${m.evaluation} ${i + 1})`, path: ['evaluations', i, 'year'], integer: true })}
          ${selectField(store, {
            label: `${m.weightSet} (${String(e.year ?? '')})`,
            path: ['evaluations', i, 'weightSet'],
            options: options(f.evaluation.weightSets),
            empty: `${L(f.evaluation.weightSets.find((w) => w.id === f.evaluation.defaultWeightSet)?.name)}`,
          })}
          ${f.evaluation.dimensions.map((dim) =>
            numberField(store, {
              label: `${L(dim.name)} (0–5)`,
              path: ['evaluations', i, 'scores', dim.id],
              hint: L(dim.description),
              optional: true,
            }),
          )}
          ${textField(store, { label: `${m.note} (${String(e.year ?? '')})`, path: ['evaluations', i, 'note'], kind: 'textarea', optional: true })}
        </div>
        ${r ? html`<p class="hint">${r.explain.formula}</p>` : nothing}
        <div class="actions">
          <button
            type="button"
            class="danger"
            data-remove
            @click=${() => store.edit((dd) => listAt(dd.evaluations).splice(i, 1), ['evaluations'])}
          >
            ${m.removeNamed(`${m.evaluation} ${String(e.year ?? '')}`)}
          </button>
        </div>
      </section>`;
    })}
    <div class="actions">
      <button data-add="addEvaluation"
        type="button"
        @click=${() =>
          store.edit((dd) => {
            const list = listAt(dd.evaluations);
            const lastYear = list.reduce((mx, x) => Math.max(mx, Number(x.year) || 0), 0);
            list.push({
              year: lastYear ? lastYear + 1 : (period?.startYear ?? new Date().getFullYear()),
              scores: {},
              evidence: [],
            });
            dd.evaluations = list;
          })}
      >
        + ${m.addEvaluation}
      </button>
    </div>
  `;
}

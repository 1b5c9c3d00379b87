import { html, nothing } from 'lit';
import { announce } from '../app/ui.js';
import { chart } from '../components/charts.js';
import { doc, framework, itemHeader, kpi, listAt, problemsNotice } from '../components/common.js';
import { numberField, textField } from '../components/fields.js';
import { quickwinMatrix } from '../domain/adapters.js';
import { fmt, L, locale, msg, rupiah } from '../domain/i18n.js';
import type { Store } from '../state/store.js';

type Rec = Record<string, unknown>;

export function render(store: Store) {
  const m = msg();
  const f = framework(store);
  const d = doc(store);
  const s = store.scores;
  const qw = (d.quickWins ?? {}) as Rec;
  const selected = listAt(qw.selected);
  const programmes = listAt(d.programmes);
  const pname = (id: unknown) => String(programmes.find((p) => p.id === id)?.name ?? id);
  const opdName = (id: unknown) => String(listAt(d.opds).find((o) => o.id === id)?.name ?? id ?? '');
  const portfolio = s?.portfolio;
  const decisions = new Map((portfolio?.decisions ?? []).map((x) => [x.id, x]));
  const start = Number((d.period as Rec | undefined)?.startYear);

  const adopt = () => {
    if (!portfolio || !s) return;
    const chosen = portfolio.chosen.map((id) => {
      const p = programmes.find((x) => x.id === id);
      const year = p && typeof p.startYear === 'number' && p.startYear > start ? 2 : 1;
      return { programme: id, year, rationale: decisions.get(id)?.text[locale()] ?? '' };
    });
    store.set(['quickWins', 'selected'], chosen);
    announce(`${m.adopted}: ${chosen.length}`);
  };

  return html`
    <p class="intro">${m.quickWinsIntro}</p>
    <p class="hint">${L(f.quickWin.definition)}</p>
    ${problemsNotice(store, ['quickWins'])}
    <section class="card" aria-labelledby="h-qwb">
      <h2 id="h-qwb">${m.portfolio}</h2>
      <div class="grid">
        ${numberField(store, { label: m.qwBudget, path: ['quickWins', 'budget'], integer: true, optional: true })}
        ${numberField(store, { label: m.qwMaxPerOwner, path: ['quickWins', 'maxPerOwner'], integer: true, optional: true })}
      </div>
      <div class="kpis" style="margin-top:14px">
        ${kpi(m.candidates, String(s?.quickWins.length ?? 0))}
        ${kpi(m.chosen, String(portfolio?.chosen.length ?? 0), 'portfolio-count')}
        ${kpi(m.cost, rupiah(portfolio?.totalCost ?? 0))}
        ${kpi(m.score, fmt(portfolio?.totalScore ?? 0))}
      </div>
      ${portfolio ? html`<p class="hint">${L(portfolio.explain.rule)}</p>` : nothing}
    </section>
    <section class="card chart-card" aria-labelledby="h-matrix">
      <h2 id="h-matrix">${m.impact} / ${m.effort}</h2>
      ${
        s?.quickWins.length
          ? chart('sc-quickwin-matrix', quickwinMatrix(s, f))
          : html`<p class="muted">${s ? m.noCandidates : m.docNoScores}</p>`
      }
    </section>
    ${
      s?.quickWins.length
        ? html`<section class="card" aria-labelledby="h-cands">
          <h2 id="h-cands">${m.candidateScores}</h2>
          <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-cands">
            <table data-testid="candidates">
              <thead>
                <tr>
                  <th scope="col">${m.programme}</th>
                  <th scope="col">${m.owner}</th>
                  <th scope="col" class="num">${m.impact}</th>
                  <th scope="col" class="num">${m.effort}</th>
                  <th scope="col" class="num">${m.score}</th>
                  <th scope="col">${m.quadrant}</th>
                  <th scope="col" class="num">${m.cost}</th>
                  <th scope="col">${m.portfolio}</th>
                  <th scope="col">${m.reason}</th>
                </tr>
              </thead>
              <tbody>
                ${s.quickWins.map((c) => {
                  const dec = decisions.get(c.id);
                  return html`<tr>
                    <th scope="row">${c.name}</th>
                    <td>${opdName(c.owner)}</td>
                    <td class="num">${fmt(c.impact)}</td>
                    <td class="num">${fmt(c.effort)}</td>
                    <td class="num">${fmt(c.scoreRounded)}</td>
                    <td>${L(c.quadrantName ?? undefined) || '—'}</td>
                    <td class="num">${rupiah(c.cost)}</td>
                    <td>
                      ${
                        dec?.chosen
                          ? html`<span class="badge good">${m.chosen}</span>`
                          : html`<span class="badge">${m.notChosen}</span>`
                      }
                    </td>
                    <td class="small">${dec ? dec.text[locale()] : ''}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>
          <div class="actions">
            <button type="button" @click=${adopt} data-testid="adopt">${m.adoptPortfolio}</button>
          </div>
        </section>`
        : nothing
    }
    <section class="card" aria-labelledby="h-sel">
      <h2 id="h-sel">${m.selectedQuickWins} <span class="badge">${selected.length}</span></h2>
      ${selected.map(
        (x, i) => html`<div class="list-item">
          ${itemHeader(pname(x.programme), () => store.edit((dd) => listAt((dd.quickWins as Rec).selected).splice(i, 1), ['quickWins']))}
          <div class="grid">
            ${numberField(store, { label: `${m.planYear} (${pname(x.programme)})`, path: ['quickWins', 'selected', i, 'year'], integer: true })}
            ${textField(store, {
              label: `${m.rationale} (${pname(x.programme)})`,
              path: ['quickWins', 'selected', i, 'rationale'],
              kind: 'textarea',
              optional: true,
            })}
          </div>
        </div>`,
      )}
    </section>
  `;
}

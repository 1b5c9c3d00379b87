import { html, nothing } from 'lit';
import { rerender } from '../app/ui.js';
import { chart } from '../components/charts.js';
import {
  doc,
  editTable,
  framework,
  freshId,
  issueList,
  itemHeader,
  listAt,
  options,
  problemsNotice,
} from '../components/common.js';
import { checkboxGroup, numberField, selectField, textField } from '../components/fields.js';
import { roadmapTimeline } from '../domain/adapters.js';
import { L, locale, msg, rupiah } from '../domain/i18n.js';
import type { Store } from '../state/store.js';

type Rec = Record<string, unknown>;

let selected: string | undefined;

function total(p: Rec): number {
  return listAt(p.budget).reduce((s, b) => s + (typeof b.amount === 'number' ? b.amount : 0), 0);
}

function addProgramme(store: Store): void {
  const m = msg();
  const f = framework(store);
  const d = doc(store);
  const list = listAt(d.programmes);
  const start = Number((d.period as Rec | undefined)?.startYear) || new Date().getFullYear();
  const dim = f.dimensions[0]!;
  const id = freshId('program', list);
  store.edit((dd) => {
    const l = listAt(dd.programmes);
    l.push({
      id,
      name: m.newProgrammeName,
      dimension: dim.id,
      elements: [dim.elements[0]!.id],
      owner: String(listAt(dd.opds)[0]?.id ?? ''),
      source: { kind: 'rpjmd', reference: '' },
      innovation: f.innovationKinds.options[0]!.id,
      startYear: start,
      endYear: start + 1,
      budget: [],
      kpis: [],
      dependsOn: [],
    });
    dd.programmes = l;
  });
  selected = id;
  requestAnimationFrame(() => document.getElementById('programme-editor')?.focus());
}

function removeProgramme(store: Store, id: string): void {
  store.edit(
    (dd) => {
      const l = listAt(dd.programmes).filter((p) => p.id !== id);
      for (const p of l) p.dependsOn = listAt<string>(p.dependsOn).filter((x) => x !== id);
      dd.programmes = l;
      const qw = dd.quickWins as Rec | undefined;
      if (qw) qw.selected = listAt(qw.selected).filter((s) => s.programme !== id);
    },
    ['programmes'],
  );
  if (selected === id) selected = undefined;
}

function editor(store: Store, i: number, p: Rec) {
  const m = msg();
  const f = framework(store);
  const d = doc(store);
  const base = ['programmes', i];
  const dim = f.dimensions.find((x) => x.id === p.dimension) ?? f.dimensions[0]!;
  const opds = listAt(d.opds).map((o) => ({ value: String(o.id), label: String(o.name || o.id) }));
  const others = listAt(d.programmes)
    .filter((x) => x.id !== p.id)
    .map((x) => ({ value: String(x.id), label: String(x.name) }));
  const budget = listAt(p.budget);
  const kpis = listAt(p.kpis);
  const qw = p.quickWin as Record<string, number> | undefined;
  const name = String(p.name || p.id);
  return html`<section class="card" id="programme-editor" tabindex="-1" aria-labelledby="h-editor">
    <h2 id="h-editor">${m.editing(name)}</h2>
    <div class="grid">
      ${textField(store, { label: m.name, path: [...base, 'name'] })}
      ${selectField(store, {
        label: m.dimension,
        path: [...base, 'dimension'],
        options: options(f.dimensions),
        onChange: (v) =>
          store.edit((dd) => {
            const x = listAt(dd.programmes)[i];
            const nd = f.dimensions.find((y) => y.id === v);
            if (x && nd) {
              x.dimension = v;
              x.elements = [nd.elements[0]!.id];
            }
          }),
      })}
      ${selectField(store, { label: m.owner, path: [...base, 'owner'], options: opds, empty: m.choose })}
      ${selectField(store, { label: m.innovation, path: [...base, 'innovation'], options: options(f.innovationKinds.options) })}
      ${selectField(store, { label: m.sourceKind, path: [...base, 'source', 'kind'], options: options(f.programmeSources.options) })}
      ${textField(store, { label: m.sourceRef, path: [...base, 'source', 'reference'] })}
      ${numberField(store, { label: m.startYear, path: [...base, 'startYear'], integer: true })}
      ${numberField(store, { label: m.endYear, path: [...base, 'endYear'], integer: true })}
      ${numberField(store, { label: m.earliestStart, path: [...base, 'earliestStart'], integer: true, optional: true })}
      ${textField(store, { label: m.description, path: [...base, 'description'], kind: 'textarea', optional: true })}
      <div class="wide">
        ${checkboxGroup(store, {
          label: m.elements,
          path: [...base, 'elements'],
          options: dim.elements.map((e) => ({ value: e.id, label: L(e.name) })),
        })}
      </div>
    </div>

    <h3>${m.budgetLines} <span class="badge">${m.totalBudget}: ${rupiah(total(p))}</span></h3>
    ${editTable({
      label: { text: m.budgetLines },
      columns: [m.year, m.fundingSource, m.amount],
      rows: budget,
      name: (_b, j) => `${m.budget} ${j + 1}`,
      cells: (_b, j) => [
        numberField(store, {
          label: `${m.year} (${j + 1})`,
          path: [...base, 'budget', j, 'year'],
          integer: true,
        }),
        selectField(store, {
          label: `${m.fundingSource} (${j + 1})`,
          path: [...base, 'budget', j, 'source'],
          options: options(f.fundingSources.options),
        }),
        numberField(store, {
          label: `${m.amount} (${j + 1})`,
          path: [...base, 'budget', j, 'amount'],
          integer: true,
        }),
      ],
      remove: (j) =>
        store.edit((dd) => listAt(listAt(dd.programmes)[i]?.budget).splice(j, 1), [...base, 'budget']),
    })}
    <div class="actions">
      <button data-add="addBudget"
        type="button"
        class="secondary"
        @click=${() =>
          store.edit((dd) => {
            const x = listAt(dd.programmes)[i];
            if (!x) return;
            const l = listAt(x.budget);
            const last = l[l.length - 1];
            l.push({
              year: typeof last?.year === 'number' ? last.year + 1 : x.startYear,
              source: f.fundingSources.options[0]!.id,
              amount: 0,
            });
            x.budget = l;
          })}
      >
        + ${m.addBudget}
      </button>
    </div>

    <h3>${m.kpis}</h3>
    ${kpis.map(
      (_k, j) => html`<div class="list-item">
        ${itemHeader(String(_k.name || `IKU ${j + 1}`), () => store.edit((dd) => listAt(listAt(dd.programmes)[i]?.kpis).splice(j, 1), [...base, 'kpis']))}
        <div class="grid">
          ${textField(store, { label: m.name, path: [...base, 'kpis', j, 'name'] })}
          ${textField(store, { label: m.unit, path: [...base, 'kpis', j, 'unit'] })}
          ${numberField(store, { label: m.baseline, path: [...base, 'kpis', j, 'baseline'] })}
          ${numberField(store, { label: m.target, path: [...base, 'kpis', j, 'target'] })}
          ${numberField(store, { label: m.targetYear, path: [...base, 'kpis', j, 'targetYear'], integer: true, optional: true })}
        </div>
      </div>`,
    )}
    <div class="actions">
      <button data-add="addKpi"
        type="button"
        class="secondary"
        @click=${() =>
          store.edit((dd) => {
            const x = listAt(dd.programmes)[i];
            if (!x) return;
            const l = listAt(x.kpis);
            l.push({ id: freshId('kpi', l), name: '', unit: '%', baseline: 0, target: 0 });
            x.kpis = l;
          })}
      >
        + ${m.addKpi}
      </button>
    </div>

    ${
      others.length
        ? checkboxGroup(store, { label: m.dependsOn, path: [...base, 'dependsOn'], options: others })
        : nothing
    }

    <h3>${m.quickWinRatings}</h3>
    <label class="check"
      ><input
        type="checkbox"
        .checked=${!!qw}
        @change=${(e: Event) =>
          store.set([...base, 'quickWin'], (e.target as HTMLInputElement).checked ? {} : undefined)}
      />
      ${m.candidates}: ${m.quickWins}</label
    >
    ${
      qw
        ? html`<div class="grid" style="margin-top:8px">
          ${f.quickWin.criteria.map((c) =>
            selectField(store, {
              label: L(c.name),
              path: [...base, 'quickWin', c.id],
              hint: L(c.description),
              numeric: true,
              empty: m.notSet,
              options: [1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: String(v) })),
            }),
          )}
        </div>`
        : nothing
    }
    <div class="actions">
      <button type="button" class="danger" @click=${() => removeProgramme(store, String(p.id))}>
        ${m.removeNamed(name)}
      </button>
    </div>
  </section>`;
}

export function render(store: Store) {
  const m = msg();
  const f = framework(store);
  const d = doc(store);
  const list = listAt(d.programmes);
  const selIdx = list.findIndex((p) => p.id === selected);
  const scores = store.scores;
  const roadmap = scores?.roadmap;
  const opdName = (id: unknown) => String(listAt(d.opds).find((o) => o.id === id)?.name ?? id ?? '');
  return html`
    <p class="intro">${m.programmesIntro}</p>
    ${problemsNotice(store, ['programmes'])}
    <section class="card" aria-labelledby="h-plist">
      <h2 id="h-plist">${m.programmes} <span class="badge">${list.length}</span></h2>
      ${list.length === 0 ? html`<p class="muted">${m.noProgrammes}</p>` : nothing}
      <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-plist">
        <table data-testid="programme-table">
          <thead>
            <tr>
              <th scope="col">${m.programme}</th>
              <th scope="col">${m.dimension}</th>
              <th scope="col">${m.owner}</th>
              <th scope="col">${m.years}</th>
              <th scope="col" class="num">${m.budget}</th>
              <th scope="col"><span class="sr-only">${m.edit}</span></th>
            </tr>
          </thead>
          <tbody>
            ${list.map(
              (p) => html`<tr class=${p.id === selected ? 'selected' : ''}>
                <th scope="row">${String(p.name ?? '')}</th>
                <td>${L(f.dimensions.find((x) => x.id === p.dimension)?.name)}</td>
                <td>${opdName(p.owner)}</td>
                <td class="nowrap">${String(p.startYear ?? '')}–${String(p.endYear ?? '')}</td>
                <td class="num">${rupiah(total(p))}</td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    aria-pressed=${p.id === selected ? 'true' : 'false'}
                    @click=${() => {
                      selected = p.id === selected ? undefined : String(p.id);
                      rerender();
                      requestAnimationFrame(() => document.getElementById('programme-editor')?.focus());
                    }}
                  >
                    ${m.edit}<span class="sr-only"> ${String(p.name ?? '')}</span>
                  </button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="actions"><button type="button" @click=${() => addProgramme(store)}>+ ${m.addProgramme}</button></div>
    </section>
    ${selIdx >= 0 ? editor(store, selIdx, list[selIdx]!) : nothing}
    <section class="card chart-card" aria-labelledby="h-roadmap">
      <h2 id="h-roadmap">${m.roadmap}</h2>
      ${
        roadmap && scores
          ? chart(
              'sc-roadmap-timeline',
              roadmapTimeline(
                scores,
                f,
                listAt((d.quickWins as Rec | undefined)?.selected).map((x) => String(x.programme)),
              ),
            )
          : html`<p class="muted">${m.docNoScores}</p>`
      }
      <h3>${m.conflicts}</h3>
      ${
        roadmap
          ? roadmap.conflicts.length
            ? html`<ul data-testid="conflicts">
              ${roadmap.conflicts.map((c) => html`<li>${c.message[locale()]}</li>`)}
            </ul>`
            : html`<p class="muted">${m.noConflicts}</p>`
          : nothing
      }
    </section>
    ${planCheckSection(store)}
  `;
}

/** The whole-plan check: every contradiction of the plan, in words, each linking to its field. */
function planCheckSection(store: Store) {
  const m = msg();
  const a = store.state.analysis;
  const check = store.scores?.planCheck;
  if (!a || !check) return nothing;
  return html`<section class="card" aria-labelledby="h-plan-check" data-testid="plan-check">
    <h2 id="h-plan-check">${m.planCheck} <span class="badge">${check.issues.length}</span></h2>
    <p class="hint">${m.planCheckIntro}</p>
    ${check.ok ? html`<p class="muted">${m.planCheckOk}</p>` : issueList(check.issues)}
  </section>`;
}

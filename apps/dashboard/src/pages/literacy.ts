import { html, nothing } from 'lit';
import { chart } from '../components/charts.js';
import {
  doc,
  editTable,
  framework,
  freshId,
  itemHeader,
  listAt,
  options,
  problemsNotice,
} from '../components/common.js';
import { checkboxGroup, numberField, selectField, textField } from '../components/fields.js';
import { literacyRadar } from '../domain/adapters.js';
import { fmt, L, msg } from '../domain/i18n.js';
import type { Store } from '../state/store.js';

type Rec = Record<string, unknown>;

export function render(store: Store) {
  const m = msg();
  const f = framework(store);
  const d = doc(store);
  const lit = d.literacy as Rec | undefined;
  const period = (d.period ?? {}) as { startYear?: number; endYear?: number };
  if (!lit)
    return html`<p class="intro">${m.literacyIntro}</p>
      <button
        type="button"
        @click=${() => {
          const year = f.literacy.national[f.literacy.national.length - 1]?.year ?? 2022;
          store.set(['literacy'], {
            baseline: { year, source: '', pillars: {} },
            targets: [],
            targetGroups: [],
            activities: [],
          });
        }}
      >
        ${m.startLiteracy}
      </button>`;
  const s = store.scores?.literacy;
  const targets = listAt(lit.targets);
  const groups = listAt(lit.targetGroups);
  const activities = listAt(lit.activities);
  const pillarOptions = options(f.literacy.pillars);
  const years: number[] = [];
  for (let y = period.startYear ?? 0; y <= (period.endYear ?? -1) && years.length < 12; y++) years.push(y);

  return html`
    <p class="intro">${m.literacyIntro}</p>
    ${problemsNotice(store, ['literacy'])}
    <section class="card" aria-labelledby="h-base">
      <h2 id="h-base">${m.baseline}</h2>
      <div class="grid">
        ${numberField(store, { label: m.baselineYear, path: ['literacy', 'baseline', 'year'], integer: true })}
        ${textField(store, { label: m.baselineSource, path: ['literacy', 'baseline', 'source'] })}
        ${numberField(store, { label: m.baselineIndex, path: ['literacy', 'baseline', 'index'], optional: true })}
        ${f.literacy.pillars.map((p) =>
          numberField(store, {
            label: `${L(p.name)} (1–5)`,
            path: ['literacy', 'baseline', 'pillars', p.id],
            optional: true,
          }),
        )}
      </div>
    </section>
    <section class="card chart-card" aria-labelledby="h-lcmp">
      <h2 id="h-lcmp">${m.regional} · ${m.nationalShort}</h2>
      ${
        s
          ? html`${chart('sc-maturity-radar', literacyRadar(s, f))}
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="h-lcmp">
              <table data-testid="literacy-table">
                <caption>
                  ${m.literacy}: ${m.regional} ${s.baselineYear} · ${m.nationalShort}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${m.pillar}</th>
                    <th scope="col" class="num">${m.regional}</th>
                    <th scope="col" class="num">${m.nationalShort}</th>
                    <th scope="col" class="num">${m.difference}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">${m.index}</th>
                    <td class="num">${fmt(s.index.baseline)}</td>
                    <td class="num">
                      ${fmt(s.index.national?.value)}${s.index.national ? ` (${s.index.national.year})` : ''}
                    </td>
                    <td class="num">${s.index.gapToNational === null ? '—' : fmt(-s.index.gapToNational)}</td>
                  </tr>
                  ${s.pillars.map(
                    (p) => html`<tr>
                      <th scope="row">${L(p.name)}</th>
                      <td class="num">${fmt(p.baseline)}</td>
                      <td class="num">${fmt(p.national?.value)}${p.national ? ` (${p.national.year})` : ''}</td>
                      <td class="num">${p.gapToNational === null ? '—' : fmt(-p.gapToNational)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <p class="hint">${f.literacy.provenance.source}</p>`
          : html`<p class="muted">${m.docNoScores}</p>`
      }
    </section>
    <section class="card" aria-labelledby="h-targets">
      <h2 id="h-targets">${m.targets}</h2>
      ${targets.map(
        (t, i) => html`<div class="list-item">
          ${itemHeader(`${m.target} ${String(t.year ?? '')}`, () => store.edit((dd) => listAt((dd.literacy as Rec).targets).splice(i, 1), ['literacy', 'targets']))}
          <div class="grid">
            ${numberField(store, { label: `${m.year} (${m.target} ${i + 1})`, path: ['literacy', 'targets', i, 'year'], integer: true })}
            ${f.literacy.pillars.map((p) =>
              numberField(store, {
                label: `${L(p.name)} (${m.target} ${String(t.year ?? i + 1)})`,
                path: ['literacy', 'targets', i, 'pillars', p.id],
                optional: true,
              }),
            )}
          </div>
        </div>`,
      )}
      <div class="actions">
        <button data-add="addTarget"
          type="button"
          class="secondary"
          @click=${() =>
            store.edit((dd) => {
              const l = dd.literacy as Rec;
              const list = listAt(l.targets);
              const last = list.reduce((mx, x) => Math.max(mx, Number(x.year) || 0), 0);
              list.push({
                year: last ? last + 1 : (period.startYear ?? new Date().getFullYear()),
                pillars: {},
              });
              l.targets = list;
            })}
        >
          + ${m.addTarget}
        </button>
      </div>
    </section>
    <section class="card" aria-labelledby="h-groups">
      <h2 id="h-groups">${m.targetGroups}</h2>
      ${editTable({
        label: { labelledBy: 'h-groups' },
        columns: [m.name, m.size],
        rows: groups,
        name: (g, i) => String(g.name || `#${i + 1}`),
        cells: (_g, i, who) => [
          textField(store, { label: `${m.name} (${who})`, path: ['literacy', 'targetGroups', i, 'name'] }),
          numberField(store, {
            label: `${m.size} (${who})`,
            path: ['literacy', 'targetGroups', i, 'size'],
            integer: true,
            optional: true,
          }),
        ],
        remove: (i) =>
          store.edit(
            (dd) => listAt((dd.literacy as Rec).targetGroups).splice(i, 1),
            ['literacy', 'targetGroups'],
          ),
      })}
      <div class="actions">
        ${f.literacy.targetGroups
          .filter((g) => !groups.some((x) => x.id === g.id))
          .map(
            (g) => html`<button
              type="button"
              class="secondary"
              @click=${() =>
                store.edit((dd) => {
                  const l = dd.literacy as Rec;
                  l.targetGroups = [...listAt(l.targetGroups), { id: g.id, name: L(g.name) }];
                })}
            >
              + ${L(g.name)}
            </button>`,
          )}
        <button data-add="addTargetGroup"
          type="button"
          class="secondary"
          @click=${() =>
            store.edit((dd) => {
              const l = dd.literacy as Rec;
              const list = listAt(l.targetGroups);
              list.push({ id: freshId('group', list), name: '' });
              l.targetGroups = list;
            })}
        >
          + ${m.addTargetGroup}
        </button>
      </div>
    </section>
    <section class="card" aria-labelledby="h-acts">
      <h2 id="h-acts">${m.activities}</h2>
      ${activities.map((a, i) => {
        const base = ['literacy', 'activities', i];
        const who = String(a.name || `#${i + 1}`);
        return html`<div class="list-item">
          ${itemHeader(who, () => store.edit((dd) => listAt((dd.literacy as Rec).activities).splice(i, 1), ['literacy', 'activities']))}
          <div class="grid">
            ${textField(store, { label: `${m.name} (${m.activities} ${i + 1})`, path: [...base, 'name'] })}
            ${textField(store, { label: `${m.channel} (${who})`, path: [...base, 'channel'] })}
            ${selectField(store, {
              label: `${m.owner} (${who})`,
              path: [...base, 'owner'],
              options: listAt(d.opds).map((o) => ({ value: String(o.id), label: String(o.name || o.id) })),
              empty: m.none,
            })}
            <div class="wide">
              ${checkboxGroup(store, { label: `${m.pillar} (${who})`, path: [...base, 'pillars'], options: pillarOptions })}
            </div>
            <div class="wide">
              ${checkboxGroup(store, {
                label: `${m.targetGroups} (${who})`,
                path: [...base, 'targetGroups'],
                options: groups.map((g) => ({ value: String(g.id), label: String(g.name || g.id) })),
              })}
            </div>
            <div class="wide">
              ${checkboxGroup(store, {
                label: `${m.years} (${who})`,
                path: [...base, 'years'],
                numeric: true,
                options: years.map((y) => ({ value: String(y), label: String(y) })),
              })}
            </div>
          </div>
        </div>`;
      })}
      <div class="actions">
        <button data-add="addActivity"
          type="button"
          class="secondary"
          @click=${() =>
            store.edit((dd) => {
              const l = dd.literacy as Rec;
              const list = listAt(l.activities);
              list.push({
                id: freshId('activity', list),
                name: m.newActivity,
                pillars: [f.literacy.pillars[0]!.id],
                targetGroups: [],
                channel: '',
                years: period.startYear ? [period.startYear] : [],
              });
              l.activities = list;
            })}
        >
          + ${m.addActivity}
        </button>
      </div>
    </section>
    ${nothing}
  `;
}

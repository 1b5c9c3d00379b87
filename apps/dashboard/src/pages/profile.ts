import { findRegion, listProvinces, listRegions } from '@smartcity/model';
import { html, nothing } from 'lit';
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
import {
  checkboxGroup,
  errorsAt,
  fieldId,
  numberField,
  selectField,
  textField,
} from '../components/fields.js';
import { L, msg } from '../domain/i18n.js';
import type { Store } from '../state/store.js';

type Rec = Record<string, unknown>;

const ROLES = ['steering', 'chair', 'secretary', 'member', 'mentor'];

function regionSelect(store: Store) {
  const m = msg();
  const region = (doc(store).region ?? {}) as Rec;
  const id = fieldId(['region', 'code']);
  const errors = [
    ...errorsAt(store, ['region', 'code']),
    ...errorsAt(store, ['region', 'name']),
    ...errorsAt(store, ['region']),
  ];
  const byProvince = new Map<string, { code: string; name: string }[]>();
  for (const r of listRegions()) {
    const list = byProvince.get(r.province.code) ?? [];
    list.push(r);
    byProvince.set(r.province.code, list);
  }
  const onChange = (e: Event) => {
    const info = findRegion((e.target as HTMLSelectElement).value);
    if (!info) return;
    const next: Rec = {
      code: info.code,
      name: info.name,
      type: info.type,
      province: { code: info.province.code, name: info.province.name },
    };
    if (region.cohort !== undefined) next.cohort = region.cohort;
    store.set(['region'], next);
  };
  return html`<div class="field wide ${errors.length ? 'has-error' : ''}">
    <label for=${id}>${m.region}</label>
    <select
      id=${id}
      @change=${onChange}
      aria-describedby=${`${id}-hint${errors.length ? ` ${id}-err` : ''}`}
      aria-invalid=${errors.length ? 'true' : 'false'}
    >
      ${listProvinces().map(
        (p) =>
          html`<optgroup label=${p.name}>
            ${(byProvince.get(p.code) ?? []).map(
              (r) => html`<option value=${r.code} ?selected=${r.code === region.code}>${r.name}</option>`,
            )}
          </optgroup>`,
      )}
    </select>
    <p class="hint" id=${`${id}-hint`}>
      ${m.regionHelp} ${m.code}: ${String(region.code ?? '—')} · ${m.province}:
      ${String((region.province as Rec | undefined)?.name ?? '—')}
    </p>
    ${errors.length ? html`<p class="error" id=${`${id}-err`}>${errors.join(' ')}</p>` : nothing}
  </div>`;
}

export function render(store: Store) {
  const m = msg();
  const d = doc(store);
  const f = framework(store);
  const team = (d.team ?? {}) as Rec;
  const members = listAt(team.members);
  const opds = listAt(d.opds);
  const missions = listAt(d.missions);
  const strategies = listAt(d.strategies);
  const opdOptions = opds.map((o) => ({ value: String(o.id), label: String(o.name || o.id) }));
  const dimOptions = options(f.dimensions);
  const decree = team.decree as Rec | undefined;

  return html`
    <p class="intro">${m.bimtek('I')} · ${m.regionHelp}</p>
    ${problemsNotice(store)}
    <section class="card" aria-labelledby="h-region">
      <h2 id="h-region">${m.regionSection}</h2>
      <div class="grid">
        ${regionSelect(store)}
        ${textField(store, { label: m.title, path: ['title'], optional: true })}
        ${numberField(store, { label: m.cohort, path: ['region', 'cohort'], integer: true, optional: true })}
        ${numberField(store, { label: m.startYear, path: ['period', 'startYear'], integer: true, hint: m.periodHelp })}
        ${numberField(store, { label: m.endYear, path: ['period', 'endYear'], integer: true })}
      </div>
      ${
        errorsAt(store, ['period']).length
          ? html`<p class="error" role="alert">${errorsAt(store, ['period']).join(' ')}</p>`
          : nothing
      }
    </section>

    <section class="card" aria-labelledby="h-team">
      <h2 id="h-team">${m.teamSection}</h2>
      <div class="grid">
        ${textField(store, { label: m.teamName, path: ['team', 'name'] })}
        ${
          decree
            ? html`${textField(store, { label: m.decreeNumber, path: ['team', 'decree', 'number'] })}
            ${textField(store, { label: m.decreeDate, path: ['team', 'decree', 'date'], kind: 'date' })}`
            : html`<div class="field">
              <span class="hint">${m.decreeNumber}</span>
              <button data-add="add-decreeNumber"
                type="button"
                class="secondary"
                @click=${() =>
                  store.set(['team', 'decree'], { number: '', date: new Date().toISOString().slice(0, 10) })}
              >
                ${m.add}: ${m.decreeNumber}
              </button>
            </div>`
        }
      </div>
      <h3>${m.members} <span class="badge">${m.memberCount(members.length)}</span></h3>
      ${editTable({
        label: { text: m.members },
        columns: [m.name, m.role, m.opd, m.position, m.email],
        rows: members,
        name: (x, i) => String(x.name || `#${i + 1}`),
        cells: (_x, i, who) => {
          const p = ['team', 'members', i];
          return [
            textField(store, { label: `${m.name} (${who})`, path: [...p, 'name'] }),
            selectField(store, {
              label: `${m.role} (${who})`,
              path: [...p, 'role'],
              options: ROLES.map((r) => ({ value: r, label: m.roles[r] ?? r })),
            }),
            selectField(store, {
              label: `${m.opd} (${who})`,
              path: [...p, 'opd'],
              options: opdOptions,
              empty: m.none,
            }),
            textField(store, { label: `${m.position} (${who})`, path: [...p, 'position'], optional: true }),
            textField(store, {
              label: `${m.email} (${who})`,
              path: [...p, 'email'],
              kind: 'email',
              optional: true,
            }),
          ];
        },
        remove: (i) => store.edit((dd) => listAt((dd.team as Rec).members).splice(i, 1), ['team']),
      })}
      <div class="actions">
        <button data-add="addMember"
          type="button"
          class="secondary"
          @click=${() =>
            store.edit((dd) => {
              dd.team ??= { name: '', members: [] };
              const t = dd.team as Rec;
              const list = listAt(t.members);
              list.push({ id: freshId('member', list), name: '', role: 'member' });
              t.members = list;
            })}
        >
          + ${m.addMember}
        </button>
      </div>

      <h3>${m.opds}</h3>
      ${editTable({
        label: { text: m.opds },
        columns: [m.name, m.opdAbbr],
        rows: opds,
        name: (x, i) => String(x.abbreviation || x.name || `#${i + 1}`),
        cells: (_x, i, who) => [
          textField(store, { label: `${m.name} (${who})`, path: ['opds', i, 'name'] }),
          textField(store, {
            label: `${m.opdAbbr} (${who})`,
            path: ['opds', i, 'abbreviation'],
            optional: true,
          }),
        ],
        remove: (i) => store.edit((dd) => listAt(dd.opds).splice(i, 1), ['opds']),
      })}
      <div class="actions">
        <button data-add="addOpd"
          type="button"
          class="secondary"
          @click=${() =>
            store.edit((dd) => {
              const list = listAt(dd.opds);
              list.push({ id: freshId('opd', list), name: '' });
              dd.opds = list;
            })}
        >
          + ${m.addOpd}
        </button>
      </div>
    </section>

    <section class="card" aria-labelledby="h-vision">
      <h2 id="h-vision">${m.visionSection}</h2>
      <div class="grid">${textField(store, { label: m.vision, path: ['vision'], kind: 'textarea' })}</div>
      <h3>${m.missions}</h3>
      ${missions.map(
        (_x, i) => html`<div class="list-item">
          ${itemHeader(`${m.mission} ${i + 1}`, () => store.edit((dd) => listAt(dd.missions).splice(i, 1), ['missions']))}
          <div class="grid">
            ${textField(store, { label: `${m.mission} ${i + 1}`, path: ['missions', i, 'text'], kind: 'textarea' })}
            <div class="wide">
              ${checkboxGroup(store, {
                label: `${m.dimensions} (${m.mission} ${i + 1})`,
                path: ['missions', i, 'dimensions'],
                options: dimOptions,
              })}
            </div>
          </div>
        </div>`,
      )}
      <div class="actions">
        <button data-add="addMission"
          type="button"
          class="secondary"
          @click=${() =>
            store.edit((dd) => {
              const list = listAt(dd.missions);
              list.push({ id: freshId('mission', list), text: '', dimensions: [] });
              dd.missions = list;
            })}
        >
          + ${m.addMission}
        </button>
      </div>
      <h3>${m.strategies}</h3>
      ${strategies.map((x, i) => {
        const dim = f.dimensions.find((dd) => dd.id === x.dimension);
        return html`<div class="list-item">
          ${itemHeader(`${m.strategy} ${i + 1}`, () => store.edit((dd) => listAt(dd.strategies).splice(i, 1), ['strategies']))}
          <div class="grid">
            ${selectField(store, {
              label: `${m.dimension} (${m.strategy} ${i + 1})`,
              path: ['strategies', i, 'dimension'],
              options: dimOptions,
              onChange: (v) =>
                store.edit((dd) => {
                  const s = listAt(dd.strategies)[i];
                  if (s) {
                    s.dimension = v;
                    delete s.element;
                  }
                }),
            })}
            ${selectField(store, {
              label: `${m.element} (${m.strategy} ${i + 1})`,
              path: ['strategies', i, 'element'],
              options: (dim?.elements ?? []).map((e) => ({ value: e.id, label: L(e.name) })),
              empty: m.anyElement,
            })}
            ${textField(store, { label: `${m.strategy} ${i + 1}`, path: ['strategies', i, 'text'], kind: 'textarea' })}
          </div>
        </div>`;
      })}
      <div class="actions">
        <button data-add="addStrategy"
          type="button"
          class="secondary"
          @click=${() =>
            store.edit((dd) => {
              const list = listAt(dd.strategies);
              list.push({ dimension: f.dimensions[0]!.id, text: '' });
              dd.strategies = list;
            })}
        >
          + ${m.addStrategy}
        </button>
      </div>
    </section>
  `;
}

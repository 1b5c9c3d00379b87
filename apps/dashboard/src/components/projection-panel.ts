import type { Framework, Masterplan } from '@smartcity/model';
import {
  type MaturityProjection,
  type ProjectionYear,
  projectMaturity,
  type WhatIfChange,
  type WhatIfResult,
  whatIf,
} from '@smartcity/scoring';
import { html, LitElement, nothing } from 'lit';
import { fmt, L, msg } from '../domain/i18n.js';
import { chart } from './charts.js';

type Values = Record<string, number | null>;

const values = (y: ProjectionYear): Values => Object.fromEntries(y.dimensions.map((d) => [d.id, d.index]));

/**
 * The radar over time (current, a projected year, the target) with a what-if: drop or delay a programme or
 * cut a year's budget, and see the projection and the schedule change. The scenario is this element's own
 * state, never written into the document.
 */
export class ScProjectionPanel extends LitElement {
  static override properties = {
    plan: { attribute: false },
    framework: { attribute: false },
    year: { state: true },
    change: { state: true },
  };
  declare plan: Masterplan | undefined;
  declare framework: Framework | undefined;
  declare year: number | undefined;
  declare change: WhatIfChange | undefined;
  private cache:
    | { plan: unknown; change: unknown; base: MaturityProjection; result: WhatIfResult | null }
    | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private computed(): { base: MaturityProjection; result: WhatIfResult | null } | undefined {
    const { plan, framework } = this;
    if (!plan || !framework) return undefined;
    if (this.cache && this.cache.plan === plan && this.cache.change === this.change) return this.cache;
    const result = this.change ? whatIf(plan, framework, this.change) : null;
    const base = result?.baseline ?? projectMaturity(plan, framework);
    this.cache = { plan, change: this.change, base, result };
    return this.cache;
  }

  private apply(e: Event): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const drop = String(form.get('drop') ?? '');
    const delay = String(form.get('delay') ?? '');
    const delayYears = Number(form.get('delayYears') ?? 0);
    const cutYear = Number(form.get('cutYear') ?? 0);
    const cutShare = Number(form.get('cutShare') ?? 0);
    const change: {
      drop?: string[];
      delay?: { programme: string; years: number }[];
      cut?: { year: number; share: number }[];
    } = {};
    if (drop) change.drop = [drop];
    if (delay && delayYears > 0) change.delay = [{ programme: delay, years: Math.round(delayYears) }];
    if (cutYear > 0 && cutShare > 0) change.cut = [{ year: cutYear, share: Math.min(100, cutShare) / 100 }];
    this.change = Object.keys(change).length > 0 ? change : undefined;
  }

  override render() {
    const m = msg();
    const c = this.computed();
    if (!c || !this.plan || !this.framework) return html`<p class="muted">${m.docNoScores}</p>`;
    const { base, result } = c;
    const shown = result?.changed ?? base;
    const years = base.years.map((y) => y.year);
    const year = this.year !== undefined && years.includes(this.year) ? this.year : years[years.length - 1];
    const at = (p: MaturityProjection) => p.years.find((y) => y.year === year);
    const f = this.framework;
    const ladder = f.maturity.ladders.find((l) => l.id === f.maturity.defaultLadder)!;
    const series: {
      id: string;
      label: string;
      kind?: 'current' | 'target' | 'comparison';
      values: Values;
    }[] = [
      {
        id: 'current',
        label: `${m.current} ${base.years[0]!.year}`,
        kind: 'current',
        values: values(base.years[0]!),
      },
      { id: 'target', label: m.target, kind: 'target', values: values(base.target) },
    ];
    const planned = at(base);
    if (planned)
      series.push({
        id: 'projected',
        label: `${m.projection} ${year}`,
        kind: 'comparison',
        values: values(planned),
      });
    const scenario = result ? at(result.changed) : undefined;
    if (scenario) series.push({ id: 'scenario', label: `${m.scenario} ${year}`, values: values(scenario) });
    const radar = {
      title: `${m.projection} ${year}`,
      axes: f.dimensions.map((d) => ({ id: d.id, label: L(d.name) })),
      min: ladder.levels[0]!.level,
      max: ladder.levels[ladder.levels.length - 1]!.level,
      series,
    };
    const programmes = [...this.plan.programmes].sort((a, b) => a.id.localeCompare(b.id));
    return html`
      <p class="hint">${m.projectionIntro}</p>
      <label class="field compact">
        <span>${m.projectedYear}</span>
        <select data-testid="projection-year" @change=${(e: Event) => {
          this.year = Number((e.target as HTMLSelectElement).value);
        }}>
          ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
        </select>
      </label>
      ${chart('sc-maturity-radar', radar, 'projection-radar')}
      <div class="table-wrap" tabindex="0" role="group" aria-label=${m.projection}>
        <table data-testid="projection-table">
          <thead>
            <tr>
              <th scope="col">${m.year}</th>
              <th scope="col" class="num">${m.index}</th>
              ${result ? html`<th scope="col" class="num">${m.scenario}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${base.years.map(
              (y, k) => html`<tr>
                <th scope="row">${y.year}</th>
                <td class="num">${fmt(y.indexRounded)}</td>
                ${result ? html`<td class="num">${fmt(result.changed.years[k]?.indexRounded)}</td>` : nothing}
              </tr>`,
            )}
            <tr><th scope="row">${m.target}</th><td class="num">${fmt(base.target.indexRounded)}</td>${result ? html`<td></td>` : nothing}</tr>
          </tbody>
        </table>
      </div>
      ${
        shown.gaps.length > 0
          ? html`<h3>${m.gapsList}</h3>
            <ul data-testid="projection-gaps">
              ${shown.gaps.map((g) => html`<li>${L(g.message)}</li>`)}
            </ul>`
          : nothing
      }
      <form class="card" @submit=${(e: Event) => this.apply(e)} aria-label=${m.whatIf}>
        <h3>${m.whatIf}</h3>
        <div class="grid">
          <label class="field"><span>${m.dropProgramme}</span>
            <select name="drop"><option value="">${m.none}</option>${programmes.map((p) => html`<option value=${p.id}>${p.name}</option>`)}</select>
          </label>
          <label class="field"><span>${m.delayProgramme}</span>
            <select name="delay"><option value="">${m.none}</option>${programmes.map((p) => html`<option value=${p.id}>${p.name}</option>`)}</select>
          </label>
          <label class="field"><span>${m.delayYears}</span><input name="delayYears" type="number" min="0" max="10" value="1" /></label>
          <label class="field"><span>${m.cutYear}</span>
            <select name="cutYear"><option value="">${m.none}</option>${years.slice(1).map((y) => html`<option value=${y}>${y}</option>`)}</select>
          </label>
          <label class="field"><span>${m.cutShare}</span><input name="cutShare" type="number" min="0" max="100" value="50" /></label>
        </div>
        <div class="actions">
          <button type="submit">${m.applyWhatIf}</button>
          ${
            result
              ? html`<button type="button" @click=${() => {
                  this.change = undefined;
                }}>${m.resetWhatIf}</button>`
              : nothing
          }
        </div>
      </form>
      ${
        result && result.scheduleChanges.length > 0
          ? html`<h3>${m.scheduleChanges}</h3>
            <ul data-testid="whatif-schedule">
              ${result.scheduleChanges.map((s) => html`<li>${s.programme}: ${s.before ?? m.none} → ${s.after ?? m.none}</li>`)}
            </ul>`
          : nothing
      }
    `;
  }
}

if (!customElements.get('sc-projection-panel'))
  customElements.define('sc-projection-panel', ScProjectionPanel);

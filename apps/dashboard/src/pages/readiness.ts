import type { Evidence } from '@smartcity/model';
import { html, nothing } from 'lit';
import { chart } from '../components/charts.js';
import { doc, evidenceInputs, framework, kpi, listAt, problemsNotice } from '../components/common.js';
import { errorsAt, fieldId, textField } from '../components/fields.js';
import { readinessBars } from '../domain/adapters.js';
import { fmt, L, msg } from '../domain/i18n.js';
import type { Store } from '../state/store.js';

type Rec = Record<string, unknown>;

function setAnswer(store: Store, item: string, raw: string): void {
  const answers = listAt((doc(store).readiness as Rec | undefined)?.answers);
  const idx = answers.findIndex((a) => a.item === item);
  const removing = raw === '' && idx >= 0 && listAt(answers[idx]?.evidence).length === 0;
  store.edit(
    (d) => {
      const r = d.readiness as Rec;
      const list = listAt(r.answers);
      r.answers = list;
      const i = list.findIndex((a) => a.item === item);
      const value = raw === '' ? 'unknown' : /^\d+$/.test(raw) ? Number(raw) : raw;
      if (raw === '' && i >= 0) {
        if (removing) list.splice(i, 1);
        else list[i]!.value = 'unknown';
      } else if (i >= 0) list[i]!.value = value;
      else list.push({ item, value, evidence: [] });
    },
    removing ? ['readiness', 'answers'] : undefined,
  );
}

function setEvidence(store: Store, item: string, next: Evidence[]): void {
  store.edit((d) => {
    const r = d.readiness as Rec;
    const list = listAt(r.answers);
    r.answers = list;
    const a = list.find((x) => x.item === item);
    if (a) a.evidence = next;
    else list.push({ item, value: 'unknown', evidence: next });
  });
}

export function render(store: Store) {
  const m = msg();
  const f = framework(store);
  const r = doc(store).readiness as Rec | undefined;
  if (!r)
    return html`<p class="intro">${m.readinessIntro}</p>
      <button
        type="button"
        @click=${() =>
          store.set(['readiness'], {
            assessedOn: new Date().toISOString().slice(0, 10),
            pillars: {},
            answers: [],
          })}
      >
        ${m.startReadiness}
      </button>`;
  const answers = listAt(r.answers);
  const toggles = (r.pillars ?? {}) as Record<string, boolean>;
  const scores = store.scores?.readiness;
  const scale = f.readiness.scale;
  const labelOf = (v: number) => scale.labels.find((l) => l.value === v)?.label;
  const values: { value: string; label: string }[] = [];
  for (let v = scale.min; v <= scale.max; v++) {
    const l = labelOf(v);
    values.push({ value: String(v), label: l ? `${v} — ${L(l)}` : String(v) });
  }
  values.push({ value: 'not-applicable', label: m.notApplicable }, { value: 'unknown', label: m.unknown });

  return html`
    <p class="intro">${m.readinessIntro}</p>
    ${problemsNotice(store, ['readiness'])}
    <div class="kpis">
      ${kpi(m.readinessIndex, scores?.index != null ? fmt(scores.index, 1) : '—', 'readiness-index')}
      ${kpi(
        m.coverage,
        scores?.coverage.ratio != null ? `${fmt(scores.coverage.ratio * 100, 0)}%` : '—',
        'readiness-coverage',
      )}
      ${kpi(m.answered(scores?.coverage.answered ?? 0, scores?.coverage.asked ?? 0), scores?.lowCoverage ? m.lowCoverage : '✓')}
    </div>
    <section class="card chart-card" aria-labelledby="h-rchart">
      <h2 id="h-rchart">${m.readinessScores}</h2>
      ${scores ? chart('sc-readiness-bars', readinessBars(scores)) : html`<p class="muted">${m.docNoScores}</p>`}
      <p class="hint">${L(f.readiness.provenance.note)}</p>
    </section>
    <section class="card">
      <div class="grid">${textField(store, { label: m.assessedOn, path: ['readiness', 'assessedOn'], kind: 'date' })}</div>
      <fieldset class="checks" style="margin-top:12px">
        <legend>${m.pillarsScored}</legend>
        ${f.readiness.pillars.map((p) => {
          const on = toggles[p.id] ?? p.enabledByDefault;
          return html`<label class="check"
            ><input
              type="checkbox"
              .checked=${on}
              @change=${(e: Event) => {
                const v = (e.target as HTMLInputElement).checked;
                store.set(['readiness', 'pillars', p.id], v === p.enabledByDefault ? undefined : v);
              }}
            />${L(p.name)}${p.enabledByDefault ? nothing : html` <span class="badge">${m.optionalPillar}</span>`}</label
          >`;
        })}
      </fieldset>
    </section>
    ${f.readiness.pillars
      .filter((p) => toggles[p.id] ?? p.enabledByDefault)
      .map((p) => {
        const ps = scores?.pillars.find((x) => x.id === p.id);
        return html`<section class="card" aria-labelledby=${`h-p-${p.id}`}>
          <h2 id=${`h-p-${p.id}`}>
            ${L(p.name)}
            <span class="badge">${m.index} ${ps?.index != null ? fmt(ps.index, 1) : '—'}</span>
            <span class="badge ${ps?.lowCoverage ? 'bad' : 'good'}"
              >${m.coverage} ${ps?.coverage.ratio != null ? `${fmt(ps.coverage.ratio * 100, 0)}%` : '—'}</span
            >
          </h2>
          ${p.aspects.map((a) => {
            const as = ps?.aspects.find((x) => x.id === a.id);
            return html`<h3>
                ${L(a.name)}
                <span class="badge">${m.score} ${as?.mean != null ? fmt(as.mean, 2) : '—'}</span>
                <span class="badge ${as?.lowCoverage ? 'bad' : ''}"
                  >${m.answered(as?.coverage.answered ?? 0, as?.coverage.asked ?? a.items.length)}</span
                >
              </h3>
              ${a.items.map((q) => {
                const idx = answers.findIndex((x) => x.item === q.id);
                const ans = idx >= 0 ? answers[idx] : undefined;
                const value = ans ? String(ans.value) : '';
                const sid = fieldId(['readiness', 'item', q.id]);
                const errs = idx >= 0 ? errorsAt(store, ['readiness', 'answers', idx, 'value']) : [];
                return html`<div class="question" data-item=${q.id}>
                  <div>
                    <label for=${sid}>${L(q.text)}</label>
                    ${q.help ? html`<p class="hint">${L(q.help)}</p>` : nothing}
                  </div>
                  <div class="field ${errs.length ? 'has-error' : ''}">
                    <select
                      id=${sid}
                      aria-invalid=${errs.length ? 'true' : 'false'}
                      @change=${(e: Event) => setAnswer(store, q.id, (e.target as HTMLSelectElement).value)}
                    >
                      <option value="" ?selected=${!ans}>${m.unanswered}</option>
                      ${values.map((v) => html`<option value=${v.value} ?selected=${v.value === value}>${v.label}</option>`)}
                    </select>
                    ${errs.length ? html`<p class="error">${errs.join(' ')}</p>` : nothing}
                  </div>
                  ${evidenceInputs(store, {
                    label: L(q.text),
                    idBase: `ev-${q.id}`,
                    listPath: ['readiness', 'answers', idx >= 0 ? idx : answers.length, 'evidence'],
                    list: listAt<Evidence>(ans?.evidence),
                    write: (next) => setEvidence(store, q.id, next),
                  })}
                </div>`;
              })}`;
          })}
        </section>`;
      })}
  `;
}

// The self-assessment form of the ministry's yearly evaluation: every question of the instrument with its help
// text, the region's answer and its evidence, the assessors' validated value and note beside it, progress per
// dimension, the predicted index and the questions that would raise it most. The figures come from the
// analysis worker (domain/scores.ts); this page only reads the instrument to lay the form out.
import {
  BUILTIN_INSTRUMENTS,
  type Evidence,
  type Instrument,
  type InstrumentDimension,
  instrumentApplies,
  instrumentQuestions,
  type SelfAssessment,
} from '@smartcity/model';
import { html, nothing, render as renderInto, type TemplateResult } from 'lit';
import { doc, evidenceInputs, issueList, kpi, listAt } from '../components/common.js';
import { errorsAt, fieldId } from '../components/fields.js';
import { importAssessorValues } from '../domain/assessors.js';
import { fmt, L, msg } from '../domain/i18n.js';
import { type SelfAssessmentScores, selfAssessmentKey } from '../domain/scores.js';
import type { Store } from '../state/store.js';

type Rec = Record<string, unknown>;

/** The region as the instrument's applicability reads it. */
function regionOf(store: Store, areas: unknown): { cohort?: number; areas: string[] } {
  const region = (doc(store).region ?? {}) as Rec;
  const cohort = typeof region.cohort === 'number' ? region.cohort : undefined;
  return { ...(cohort !== undefined ? { cohort } : {}), areas: listAt<string>(areas).map(String) };
}

/** The instrument that applies to the region (the latest that does), else the latest one. */
export function defaultInstrument(region: { cohort?: number; areas: string[] }): Instrument {
  const all = [...BUILTIN_INSTRUMENTS.all].sort((a, b) => b.year - a.year);
  return all.find((x) => instrumentApplies(x, region).applies) ?? all[0]!;
}

function instrumentOfWorking(a: Rec): Instrument | undefined {
  const ref = (a.instrument ?? {}) as Rec;
  return BUILTIN_INSTRUMENTS.get(String(ref.id), String(ref.version));
}

/** Finds (or creates, valued 0 = not evaluated) the answer to a question in a working copy, then changes it. */
function editAnswer(store: Store, i: number, question: string, fn: (answer: Rec) => void): void {
  store.edit((d) => {
    const a = listAt<Rec>(d.selfAssessments)[i];
    if (!a) return;
    const answers = listAt<Rec>(a.answers);
    let ans = answers.find((x) => x.question === question);
    if (!ans) {
      ans = { question, value: 0, evidence: [] };
      answers.push(ans);
    }
    fn(ans);
    a.answers = answers;
  });
}

function startForm(store: Store): TemplateResult {
  const m = msg();
  const region = regionOf(store, []);
  const chosen = defaultInstrument(region);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const x = BUILTIN_INSTRUMENTS.all.find((y) => `${y.id}@${y.version}` === data.get('instrument'));
    const year = Number(data.get('year'));
    const out = form.querySelector('[data-role="start-result"]') as HTMLElement | null;
    if (!x || !Number.isInteger(year)) return;
    const key = selfAssessmentKey({ instrument: x, year });
    if (listAt<Rec>(doc(store).selfAssessments).some((a) => selfAssessmentKey(a) === key)) {
      if (out) renderInto(html`<p class="notice warn" role="alert">${m.selfAssessmentExists}</p>`, out);
      return;
    }
    if (out) renderInto(nothing, out);
    store.edit((d) => {
      const list = listAt<Rec>(d.selfAssessments);
      list.push({ instrument: { id: x.id, version: x.version }, year, answers: [] });
      d.selfAssessments = list;
    });
  };
  return html`<form class="card" aria-labelledby="h-sa-start" @submit=${submit}>
    <h2 id="h-sa-start">${m.selfAssessmentStart}</h2>
    <div class="grid">
      <div class="field">
        <label for="sa-new-instrument">${m.instrument}</label>
        <select id="sa-new-instrument" name="instrument">
          ${[...BUILTIN_INSTRUMENTS.all]
            .sort((a, b) => b.year - a.year)
            .map((x) => {
              const applies = instrumentApplies(x, region).applies;
              return html`<option value=${`${x.id}@${x.version}`} ?selected=${x === chosen}>
                ${L(x.title)}${applies ? ` (${m.instrumentApplies})` : ''}
              </option>`;
            })}
        </select>
      </div>
      <div class="field num">
        <label for="sa-new-year">${m.selfAssessmentYear}</label>
        <input id="sa-new-year" name="year" type="number" inputmode="numeric" min="2000" max="2100" required .value=${String(chosen.year)} />
      </div>
    </div>
    <div class="actions"><button type="submit">+ ${m.selfAssessmentStart}</button></div>
    <div data-role="start-result" aria-live="polite"></div>
  </form>`;
}

async function importAssessors(store: Store, i: number, x: Instrument, e: Event): Promise<void> {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  const out = document.getElementById(`sa-${i}-import-result`);
  if (!file || !out) return;
  const m = msg();
  const text = await file.text();
  input.value = '';
  let r: ReturnType<typeof importAssessorValues> | undefined;
  store.edit((d) => {
    const a = listAt<Rec>(d.selfAssessments)[i];
    if (!a) return;
    r = importAssessorValues(text, x, {
      ...(a as unknown as SelfAssessment),
      answers: listAt(a.answers) as SelfAssessment['answers'],
    });
    if (r.answers) a.answers = r.answers as unknown as Rec[];
  });
  if (!r) return;
  renderInto(
    html`${r.count > 0 ? html`<p class="notice" role="status">${m.assessorImported(r.count)}</p>` : nothing}
    ${r.issues.length > 0 ? html`<div class="notice warn" role="alert">${issueList(r.issues.slice(0, 50))}</div>` : nothing}`,
    out,
  );
}

function progressTable(s: SelfAssessmentScores | undefined, x: Instrument, i: number): TemplateResult {
  const m = msg();
  const dims = s?.predicted.dimensions;
  return html`<h3 id=${`h-sa-${i}-progress`}>${m.progress}</h3>
    <div class="table-wrap" tabindex="0" role="group" aria-labelledby=${`h-sa-${i}-progress`}>
      <table data-testid="sa-progress">
        <thead>
          <tr>
            <th scope="col">${m.dimension}</th>
            <th scope="col" class="num">${m.weight}</th>
            <th scope="col">${m.saAnswered}</th>
            <th scope="col">${m.withEvidence}</th>
            <th scope="col" class="num">${m.score}</th>
          </tr>
        </thead>
        <tbody>
          ${x.dimensions.map((d) => {
            const r = dims?.find((y) => y.id === d.id);
            const c = r?.coverage;
            const n = c?.questions ?? questionCount(d);
            return html`<tr data-dimension=${d.id}>
              <th scope="row">${L(d.name)}</th>
              <td class="num">${fmt(d.weight * 100, 0)}%</td>
              <td>
                <progress class="progress" max=${n} .value=${c?.answered ?? 0} aria-hidden="true"></progress>
                <span data-role="answered">${m.answeredOf(c?.answered ?? 0, n)}</span>
              </td>
              <td data-role="evidence">${m.withEvidenceOf(c?.withEvidence ?? 0, c?.answered ?? 0)}</td>
              <td class="num">${fmt(r?.scoreRounded)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}

function questionCount(d: InstrumentDimension): number {
  return d.indicators.reduce(
    (s, ind) => s + ind.subIndicators.reduce((t, sub) => t + sub.questions.length, 0),
    0,
  );
}

function gainsList(s: SelfAssessmentScores | undefined, x: Instrument, i: number): TemplateResult {
  const m = msg();
  const text = new Map(instrumentQuestions(x).map((q) => [q.question.id, q]));
  return html`<h3 id=${`h-sa-${i}-gains`}>${m.gainsTitle}</h3>
    <p class="hint">${m.gainsHelp}</p>
    ${
      !s
        ? html`<p class="muted">${m.scoresPending}</p>`
        : s.gains.length === 0
          ? html`<p class="muted">${m.gainsNone}</p>`
          : html`<ol data-testid="sa-gains" aria-labelledby=${`h-sa-${i}-gains`}>
            ${s.gains.map((g) => {
              const q = text.get(g.question);
              return html`<li data-question=${g.question}>
                <a href=${`#sa-${i}-q-${g.question}`} @click=${(e: Event) => focusQuestion(e, i, g.question)}
                  >${L(g.text)}</a
                >
                <span class="muted">(${q ? L(q.dimension.name) : g.dimension})</span>:
                ${m.gainRow(g.from === null ? m.notAnswered : fmt(g.from, 0), fmt(g.to, 0), fmt(g.gain, 3))}
              </li>`;
            })}
          </ol>`
    }`;
}

/** Moves focus to a question's answer (the hash is the route, so the link must not change it). */
function focusQuestion(e: Event, i: number, question: string): void {
  e.preventDefault();
  const el = document.getElementById(fieldId(['selfAssessments', i, 'q', question]));
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

function scaleOptions(x: Instrument, current: number | undefined): { value: string; label: string }[] {
  const m = msg();
  const out: { value: string; label: string }[] = [
    { value: String(x.scale.notEvaluated), label: m.notEvaluatedOption },
  ];
  for (let v = x.scale.min; v <= x.scale.max; v++) {
    const l = x.scale.labels.find((y) => y.value === v);
    out.push({ value: String(v), label: l ? `${v} · ${L(l.label)}` : String(v) });
  }
  // A value between the steps (a survey's mean) stays selectable as it is.
  if (current !== undefined && !out.some((o) => Number(o.value) === current))
    out.push({ value: String(current), label: fmt(current) });
  return out;
}

function questionRow(
  store: Store,
  i: number,
  x: Instrument,
  q: { id: string; text: { id: string; en: string }; help?: { id: string; en: string } },
  answers: Rec[],
  n: number,
  total: number,
): TemplateResult {
  const m = msg();
  const j = answers.findIndex((a) => a.question === q.id);
  const ans = j >= 0 ? answers[j] : undefined;
  const value = typeof ans?.value === 'number' ? ans.value : undefined;
  const validated = (ans?.validated ?? undefined) as Rec | undefined;
  const vValue = typeof validated?.value === 'number' ? validated.value : undefined;
  const text = L(q.text);
  const base = ['selfAssessments', i, 'answers', j >= 0 ? j : answers.length];
  const sid = fieldId(['selfAssessments', i, 'q', q.id]);
  const vid = `${sid}-validated`;
  const nid = `${sid}-vnote`;
  const hid = `${sid}-help`;
  const errs = j >= 0 ? errorsAt(store, [...base, 'value']) : [];
  const vErrs = j >= 0 ? errorsAt(store, [...base, 'validated', 'value']) : [];
  const options = scaleOptions(x, value);
  const vOptions = scaleOptions(x, vValue);
  return html`<div class="question sa-question" data-question=${q.id} id=${`sa-${i}-q-${q.id}`}>
    <div>
      <p class="muted">${m.questionNumber(n, total)} · <code>${q.id}</code></p>
      <label for=${sid}><strong>${text}</strong><span class="sr-only"> — ${m.saAnswer}</span></label>
      ${q.help ? html`<p class="hint" id=${hid}>${L(q.help)}</p>` : nothing}
    </div>
    <div>
      <div class="field ${errs.length ? 'has-error' : ''}">
        <span class="field-caption" aria-hidden="true">${m.saAnswer}</span>
        <select
          id=${sid}
          aria-invalid=${errs.length ? 'true' : 'false'}
          aria-describedby=${[q.help ? hid : '', errs.length ? `${sid}-err` : ''].filter(Boolean).join(' ') || nothing}
          @change=${(e: Event) => {
            const v = Number((e.target as HTMLSelectElement).value);
            editAnswer(store, i, q.id, (a) => {
              a.value = v;
            });
          }}
        >
          ${options.map((o) => html`<option value=${o.value} ?selected=${Number(o.value) === (value ?? x.scale.notEvaluated)}>${o.label}</option>`)}
        </select>
        ${errs.length ? html`<p class="error" id=${`${sid}-err`}>${errs.join(' ')}</p>` : nothing}
      </div>
      <fieldset class="sa-assessor">
        <legend>${m.assessorValue}</legend>
        <div class="field ${vErrs.length ? 'has-error' : ''}">
          <label for=${vid} class="sr-only">${m.assessorValueOf(text)}</label>
          <select
            id=${vid}
            aria-invalid=${vErrs.length ? 'true' : 'false'}
            aria-describedby=${vErrs.length ? `${vid}-err` : nothing}
            @change=${(e: Event) => {
              const raw = (e.target as HTMLSelectElement).value;
              editAnswer(store, i, q.id, (a) => {
                if (raw === '') delete a.validated;
                else a.validated = { ...((a.validated as Rec | undefined) ?? {}), value: Number(raw) };
              });
            }}
          >
            <option value="" ?selected=${vValue === undefined}>${m.assessorNone}</option>
            ${vOptions.map((o) => html`<option value=${o.value} ?selected=${vValue !== undefined && Number(o.value) === vValue}>${o.label}</option>`)}
          </select>
          ${vErrs.length ? html`<p class="error" id=${`${vid}-err`}>${vErrs.join(' ')}</p>` : nothing}
        </div>
        <div class="field">
          <label for=${nid}>${m.assessorNote}<span class="sr-only"> — ${text}</span></label>
          <input
            id=${nid}
            type="text"
            .value=${typeof validated?.note === 'string' ? validated.note : ''}
            ?disabled=${vValue === undefined}
            @input=${(e: Event) => {
              const note = (e.target as HTMLInputElement).value;
              editAnswer(store, i, q.id, (a) => {
                const v = a.validated as Rec | undefined;
                if (!v) return;
                if (note === '') delete v.note;
                else v.note = note;
              });
            }}
          />
        </div>
      </fieldset>
    </div>
    ${evidenceInputs(store, {
      label: m.evidenceOf(text),
      idBase: `${sid}-ev`,
      listPath: [...base, 'evidence'],
      list: listAt<Evidence>(ans?.evidence),
      write: (next) =>
        editAnswer(store, i, q.id, (a) => {
          a.evidence = next;
        }),
    })}
  </div>`;
}

function questionsForm(store: Store, i: number, x: Instrument, a: Rec): TemplateResult {
  const m = msg();
  const answers = listAt<Rec>(a.answers);
  const total = instrumentQuestions(x).length;
  let n = 0;
  return html`<h3>${m.questionsTitle}</h3>
    ${x.dimensions.map(
      (d) => html`<fieldset class="sa-dimension" data-dimension=${d.id}>
        <legend>${L(d.name)} · ${m.weight} ${fmt(d.weight * 100, 0)}%</legend>
        <p class="hint">${L(d.description)}</p>
        ${d.indicators.map(
          (ind) => html`<fieldset class="sa-indicator">
            <legend>${L(ind.name)}</legend>
            ${ind.subIndicators.map(
              (sub) => html`<fieldset class="sa-sub">
                <legend>${L(sub.name)}</legend>
                ${sub.questions.map((q) => questionRow(store, i, x, q, answers, ++n, total))}
              </fieldset>`,
            )}
          </fieldset>`,
        )}
      </fieldset>`,
    )}`;
}

function assessmentCard(store: Store, a: Rec, i: number, latest: boolean): TemplateResult {
  const m = msg();
  const x = instrumentOfWorking(a);
  const year = String(a.year ?? '');
  if (!x)
    return html`<section class="card" aria-labelledby=${`h-sa-${i}`}>
      <h2 id=${`h-sa-${i}`}>${m.selfAssessment} ${year}</h2>
      <div class="notice warn">${errorsAt(store, ['selfAssessments', i, 'instrument']).join(' ') || '—'}</div>
    </section>`;
  const s = store.scores?.selfAssessments.find((y) => y.key === selfAssessmentKey(a));
  const applies = instrumentApplies(x, regionOf(store, a.areas));
  const answers = listAt<Rec>(a.answers);
  const validatedCount = answers.filter((y) => y.validated !== undefined).length;
  return html`<section class="card sa-card" aria-labelledby=${`h-sa-${i}`} data-testid="self-assessment">
    <details ?open=${latest}>
      <summary>
        <h2 id=${`h-sa-${i}`} style="display:inline">${m.selfAssessmentTitle(L(x.title), year)}</h2>
      </summary>
      <p class="hint">${L(x.description)}</p>
      ${applies.applies ? nothing : html`<p class="notice warn">${m.instrumentNotApplies}: ${L(applies.reason)}</p>`}
      <div class="kpis">
        ${kpi(m.predictedIndex, s ? fmt(s.predicted.indexRounded) : '—', 'sa-predicted')}
        ${kpi(m.finalIndex, s && s.validated > 0 ? fmt(s.final.indexRounded) : '—', 'sa-final')}
        ${kpi(m.answeredOf(s?.predicted.coverage.answered ?? 0, instrumentQuestions(x).length), s ? `${fmt((s.predicted.coverage.ratio ?? 0) * 100, 0)}%` : '—', 'sa-coverage')}
        ${kpi(m.assessorValidatedCount(validatedCount, instrumentQuestions(x).length), String(validatedCount), 'sa-validated')}
      </div>
      ${s ? html`<p class="hint" data-testid="sa-formula">${s.predicted.explain?.formula ?? ''}</p>` : nothing}
      ${progressTable(s, x, i)}
      ${gainsList(s, x, i)}
      <h3 id=${`h-sa-${i}-import`}>${m.assessorImport}</h3>
      <p class="hint" id=${`sa-${i}-import-help`}>${m.assessorImportHelp}</p>
      <div class="field">
        <label for=${`sa-${i}-import`}>${m.assessorImport}</label>
        <input
          id=${`sa-${i}-import`}
          type="file"
          accept=".csv,text/csv"
          data-testid="sa-assessors-csv"
          aria-describedby=${`sa-${i}-import-help`}
          @change=${(e: Event) => importAssessors(store, i, x, e)}
        />
      </div>
      <div id=${`sa-${i}-import-result`} aria-live="polite"></div>
      ${questionsForm(store, i, x, a)}
      <div class="actions">
        <button
          type="button"
          class="danger"
          @click=${() => store.edit((d) => listAt(d.selfAssessments).splice(i, 1), ['selfAssessments'])}
        >
          ${m.removeSelfAssessment} (${year})
        </button>
      </div>
    </details>
  </section>`;
}

/** The self-assessment part of the Evaluasi step. */
export function renderSelfAssessments(store: Store): TemplateResult {
  const m = msg();
  const list = listAt<Rec>(doc(store).selfAssessments);
  const latestYear = list.reduce((mx, a) => Math.max(mx, Number(a.year) || 0), 0);
  const latest = list.findIndex((a) => (Number(a.year) || 0) === latestYear);
  return html`<h2 class="section-title">${m.selfAssessment}</h2>
    <p class="intro">${m.selfAssessmentIntro}</p>
    ${list.length === 0 ? html`<p class="muted">${m.selfAssessmentNone}</p>` : nothing}
    ${list.map((a, i) => assessmentCard(store, a, i, i === latest))}
    ${startForm(store)}`;
}

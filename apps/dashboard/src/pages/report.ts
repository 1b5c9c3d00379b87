import type { Framework, Masterplan } from '@smartcity/model';
import { html, nothing, type TemplateResult } from 'lit';
import { chart } from '../components/charts.js';
import { framework, problemsNotice } from '../components/common.js';
import {
  literacyRadar,
  maturityRadar,
  quickwinMatrix,
  readinessBars,
  roadmapTimeline,
} from '../domain/adapters.js';
import { fmt, L, locale, type Messages, msg, rupiah } from '../domain/i18n.js';
import type { Scores } from '../domain/scores.js';
import { nationalMedians } from '../state/national.js';
import type { Store } from '../state/store.js';

type Chapter = Framework['report']['chapters'][number];

function table(
  head: readonly string[],
  rows: readonly (readonly (string | TemplateResult)[])[],
  caption?: string,
) {
  // Its own scroll frame (reachable from the keyboard): on a phone a wide table scrolls, not the page.
  return html`<div class="table-wrap" tabindex="0" role="group" aria-label=${caption ?? head.join(', ')}><table>
    ${caption ? html`<caption>${caption}</caption>` : nothing}
    <thead>
      <tr>
        ${head.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((r) => html`<tr>${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}</tr>`)}
    </tbody>
  </table></div>`;
}

function chapterBody(c: Chapter, m: Messages, doc: Masterplan, f: Framework, s: Scores): TemplateResult {
  const region = doc.region.name;
  const opd = (id: string | undefined) => doc.opds.find((o) => o.id === id)?.name ?? id ?? '';
  const dimName = (id: string) => L(f.dimensions.find((d) => d.id === id)?.name) || id;
  switch (c.id) {
    case 'introduction':
      return html`<p>${m.reportIntroText(region, doc.period.startYear, doc.period.endYear)}</p>
        <p>${m.reportPurpose}</p>
        <h3>${m.teamSection}</h3>
        <p>
          ${doc.team.name}${doc.team.decree ? html` — ${m.decreeNumber}: ${doc.team.decree.number} (${doc.team.decree.date})` : nothing}
        </p>
        ${
          doc.team.members.length
            ? table(
                [m.name, m.role, m.opd, m.position],
                doc.team.members.map((x) => [
                  x.name,
                  m.roles[x.role] ?? x.role,
                  opd(x.opd),
                  x.position ?? '',
                ]),
              )
            : html`<p class="muted">${m.noData}</p>`
        }`;
    case 'profile':
      return html`${table(
        [m.region, m.code, m.province, m.cohort],
        [
          [
            region,
            doc.region.code,
            doc.region.province.name,
            doc.region.cohort ? String(doc.region.cohort) : '—',
          ],
        ],
      )}
        <h3>${m.opds}</h3>
        ${
          doc.opds.length
            ? table(
                [m.name, m.opdAbbr],
                doc.opds.map((o) => [o.name, o.abbreviation ?? '']),
              )
            : html`<p class="muted">${m.noData}</p>`
        }`;
    case 'analysis': {
      const r = s.readiness;
      const mat = s.maturity[s.maturity.length - 1];
      return html`<h3>${m.readiness}</h3>
        ${
          r
            ? html`<p>
                ${m.readinessIndex}: <strong>${fmt(r.index, 1)}</strong> / 100 · ${m.coverage}
                ${r.coverage.ratio === null ? '—' : `${fmt(r.coverage.ratio * 100, 0)}%`}
              </p>
              <figure>${chart('sc-readiness-bars', readinessBars(r), 'report-readiness')}</figure>
              ${table(
                [m.pillar, m.index, m.coverage],
                r.pillars.map((p) => [
                  L(p.name),
                  fmt(p.index, 1),
                  p.coverage.ratio === null ? '—' : `${fmt(p.coverage.ratio * 100, 0)}%`,
                ]),
              )}`
            : html`<p class="muted">${m.noData}</p>`
        }
        <h3>${m.maturity}</h3>
        ${
          mat
            ? html`<p>
                ${m.maturityIndex} ${mat.year}: <strong>${fmt(mat.indexRounded)}</strong>
                ${mat.predicate ? html`(${L(mat.predicate.name)})` : nothing} · ${m.target}: ${fmt(mat.target)}
              </p>
              <figure>${chart('sc-maturity-radar', maturityRadar(mat, nationalMedians()?.values), 'report-radar')}</figure>
              ${table(
                [m.dimension, m.element, m.current, m.target],
                mat.dimensions.flatMap((d) =>
                  d.elements.map((e) => [
                    L(d.name),
                    L(e.name),
                    e.level === null ? '—' : `${e.level} ${L(e.levelName ?? undefined)}`,
                    e.target === null ? '—' : String(e.target),
                  ]),
                ),
              )}`
            : html`<p class="muted">${m.noData}</p>`
        }`;
    }
    case 'strategy':
      return html`<h3>${m.vision}</h3>
        <p>${doc.vision || m.noData}</p>
        <h3>${m.missions}</h3>
        ${
          doc.missions.length
            ? html`<ol>
              ${doc.missions.map(
                (x) =>
                  html`<li>${x.text}${x.dimensions.length ? html` <em>(${x.dimensions.map(dimName).join(', ')})</em>` : nothing}</li>`,
              )}
            </ol>`
            : html`<p class="muted">${m.noData}</p>`
        }
        <h3>${m.strategies}</h3>
        ${f.dimensions.map((d) => {
          const list = doc.strategies.filter((x) => x.dimension === d.id);
          return list.length
            ? html`<h4>${L(d.name)}</h4>
                <ul>
                  ${list.map((x) => html`<li>${x.element ? html`<strong>${L(d.elements.find((e) => e.id === x.element)?.name)}:</strong> ` : nothing}${x.text}</li>`)}
                </ul>`
            : nothing;
        })}`;
    case 'programmes':
      return html`${
        doc.programmes.length
          ? table(
              [m.programme, m.dimension, m.owner, m.years, m.budget, m.kpis],
              doc.programmes.map((p) => [
                p.name,
                dimName(p.dimension),
                opd(p.owner),
                `${p.startYear}–${p.endYear}`,
                rupiah(p.budget.reduce((a, b) => a + b.amount, 0)),
                p.kpis.map((k) => `${k.name}: ${k.baseline} → ${k.target} ${k.unit}`).join('; '),
              ]),
            )
          : html`<p class="muted">${m.noProgrammes}</p>`
      }
        <h3>${m.roadmap}</h3>
        <figure>${chart(
          'sc-roadmap-timeline',
          roadmapTimeline(
            s,
            f,
            doc.quickWins.selected.map((x) => x.programme),
          ),
          'report-roadmap',
        )}</figure>
        ${
          s.roadmap.conflicts.length
            ? html`<h3>${m.conflicts}</h3>
              <ul>
                ${s.roadmap.conflicts.map((c) => html`<li>${c.message[locale()]}</li>`)}
              </ul>`
            : nothing
        }`;
    case 'quick-wins': {
      const chosen = doc.quickWins.selected;
      return html`<p>${L(f.quickWin.definition)}</p>
        ${
          chosen.length
            ? table(
                [m.programme, m.owner, m.planYear, m.rationale],
                chosen.map((x) => {
                  const p = doc.programmes.find((y) => y.id === x.programme);
                  return [p?.name ?? x.programme, opd(p?.owner), String(x.year), x.rationale ?? ''];
                }),
                m.selectedQuickWins,
              )
            : html`<p class="muted">${m.noData}</p>`
        }
        ${
          s.quickWins.length
            ? html`<figure>${chart('sc-quickwin-matrix', quickwinMatrix(s, f), 'report-matrix')}</figure>`
            : nothing
        }`;
    }
    case 'literacy': {
      const l = s.literacy;
      const lit = doc.literacy;
      if (!l || !lit) return html`<p class="muted">${m.noData}</p>`;
      return html`${table(
        [m.pillar, m.regional, m.nationalShort],
        [
          [m.index, fmt(l.index.baseline), fmt(l.index.national?.value)],
          ...l.pillars.map((p) => [L(p.name), fmt(p.baseline), fmt(p.national?.value)]),
        ],
        `${m.baseline} ${l.baselineYear} (${l.source})`,
      )}
        <figure>${chart('sc-maturity-radar', literacyRadar(l, f), 'report-literacy')}</figure>
        ${
          lit.targets.length
            ? table(
                [m.year, ...f.literacy.pillars.map((p) => L(p.name))],
                lit.targets.map((t) => [
                  String(t.year),
                  ...f.literacy.pillars.map((p) => fmt(t.pillars[p.id])),
                ]),
                m.targets,
              )
            : nothing
        }
        ${
          lit.activities.length
            ? table(
                [m.activities, m.pillar, m.targetGroups, m.channel, m.years],
                lit.activities.map((a) => [
                  a.name,
                  a.pillars.map((p) => L(f.literacy.pillars.find((x) => x.id === p)?.name) || p).join(', '),
                  a.targetGroups.map((g) => lit.targetGroups.find((x) => x.id === g)?.name ?? g).join(', '),
                  a.channel,
                  a.years.join(', '),
                ]),
              )
            : nothing
        }`;
    }
    case 'closing':
      return html`<p>${m.reportClosing(region)}</p>
        ${
          doc.adoption
            ? html`<p>${m.adoption}: ${doc.adoption.instrument.toUpperCase()} ${doc.adoption.number} (${doc.adoption.date})</p>`
            : nothing
        }
        ${
          s.evaluations.length
            ? table(
                [m.year, m.evaluationIndex],
                s.evaluations.map((e) => [String(e.year), fmt(e.indexRounded)]),
                m.evaluation,
              )
            : nothing
        }`;
    default:
      return html`<p class="muted">${m.noData}</p>`;
  }
}

export function render(store: Store) {
  const m = msg();
  const f = framework(store);
  const a = store.state.analysis;
  const doc = a?.lastValid;
  const s = store.scores;
  if (!doc || !s) return html`<p class="intro">${m.reportIntro}</p>${problemsNotice(store)}`;
  const chapters = f.report.chapters;
  return html`
    <p class="intro">${m.reportIntro}</p>
    <div class="no-print">${problemsNotice(store)}</div>
    <div class="actions no-print">
      <button type="button" @click=${() => window.print()} data-testid="print">${m.print}</button>
    </div>
    <article class="report" aria-labelledby="doc-title" lang=${locale()}>
      <header class="cover">
        <p class="muted">${m.appTagline}</p>
        <h2 class="doc-title" id="doc-title">${doc.title || m.reportFor(doc.region.name)}</h2>
        <p><strong>${doc.region.name}</strong> · ${doc.region.province.name}</p>
        <p>${m.period}: ${doc.period.startYear}–${doc.period.endYear}</p>
        <p>${m.preparedBy}: ${doc.team.name}</p>
        ${doc.illustrative ? html`<p class="notice warn">${m.illustrative}</p>` : nothing}
      </header>
      <nav class="toc" aria-label=${m.contents}>
        <h2>${m.contents}</h2>
        <ol>
          ${chapters.map((c) => html`<li>${m.chapter} ${c.numeral} — ${L(c.title)}</li>`)}
        </ol>
      </nav>
      ${chapters.map(
        (c) => html`<section class="chapter" aria-labelledby=${`ch-${c.id}`} data-chapter=${c.id}>
          <h2 id=${`ch-${c.id}`}>${m.chapter} ${c.numeral} · ${L(c.title)}</h2>
          ${chapterBody(c, m, doc, f, s)}
        </section>`,
      )}
      <p class="hint">${L(f.report.provenance.note) || f.report.provenance.source}</p>
    </article>
  `;
}

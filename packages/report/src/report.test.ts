import { parseMasterplan } from '@smartcity/model';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { scoreMasterplan } from '@smartcity/scoring';
import { formatDecimal } from '@smartcity/scoring/format';
import { describe, expect, it } from 'vitest';
import { buildReport, renderReportHtml } from './index.js';
import type { Block, ReportTable } from './model.js';

function sample() {
  const r = parseMasterplan(structuredClone(MINAHASA_SAMPLE));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const tables = (blocks: readonly Block[]) => blocks.filter((b): b is ReportTable => b.kind === 'table');

describe('buildReport on the Minahasa sample', () => {
  const { document: doc, framework } = sample();
  const score = scoreMasterplan(doc, framework);
  const report = buildReport(doc, framework, { lang: 'id' });
  const chapter = (id: string) => {
    const c = report.chapters.find((x) => x.id === id);
    if (!c) throw new Error(id);
    return c;
  };

  it('has every chapter of the framework, in order, and the annexes', () => {
    expect(report.chapters.map((c) => c.id)).toEqual(framework.report.chapters.map((c) => c.id));
    expect(report.annexes.map((a) => a.id)).toEqual(['readiness-answers', 'maturity-evidence', 'provenance']);
  });

  it('prints the figures scoring computes, as the CLI formats them', () => {
    expect(report.figures.readinessIndex).toBe(score.readiness?.index);
    expect(report.figures.maturityIndex).toBe(score.maturity?.indexRounded);
    expect(report.figures.evaluationIndex).toBe(score.evaluation?.indexRounded);
    expect(report.figures.portfolio).toEqual(score.quickWins.portfolio.chosen);
    const analysis = chapter('analysis').blocks;
    const text = analysis
      .filter((b) => b.kind === 'paragraph')
      .map((b) => (b as { text: string }).text)
      .join('\n');
    expect(text).toContain(formatDecimal(score.readiness?.index, 'id', 1));
    expect(text).toContain(formatDecimal(score.maturity?.indexRounded, 'id', 2));
    // The dimension table lists every dimension index scoring computed.
    const dims = tables(analysis).find((t) => t.head[0] === 'Dimensi');
    expect(dims?.rows.map((r) => r[1])).toEqual(
      score.maturity?.dimensions.map((d) => formatDecimal(d.indexRounded, 'id', 2)),
    );
  });

  it('shows the scheduled years in the programme table, the same the roadmap figure draws', () => {
    const t = tables(chapter('programmes').blocks)[0];
    for (const p of score.roadmap.programmes) {
      const row = t?.rows.find((r) => r[0] === p.name);
      expect(row?.[3]?.startsWith(`${p.start}–${p.end}`)).toBe(true);
    }
    const fig = chapter('programmes').blocks.find((b) => b.kind === 'figure');
    expect(fig?.kind === 'figure' && fig.svg.startsWith('<svg')).toBe(true);
  });

  it('counts every budget line in the yearly totals', () => {
    const lines = doc.programmes.flatMap((p) => p.budget).reduce((a, b) => a + b.amount, 0);
    expect(report.figures.budgetTotal).toBe(lines);
  });

  it('carries answers with their evidence, the approval page, the decree and provenance marks', () => {
    const annex = report.annexes[0];
    const rows = tables(annex?.blocks ?? []).flatMap((t) => t.rows);
    const withEvidence = doc.readiness?.answers.filter((a) => a.evidence.length > 0) ?? [];
    expect(withEvidence.length).toBeGreaterThan(0);
    const title = withEvidence[0]?.evidence[0]?.title;
    if (title) expect(rows.some((r) => r[2]?.includes(title))).toBe(true);
    expect(report.approval?.signatories.map((s) => s.name)).toEqual(
      doc.approval?.signatories.map((s) => s.name),
    );
    expect(report.decree?.rows.find((r) => r[0] === 'Nomor')?.[1]).toBe(doc.adoption?.number);
    const statuses = report.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'provenance');
    expect(statuses.some((b) => b.kind === 'provenance' && b.status === 'toolkit-default')).toBe(true);
    expect(statuses.some((b) => b.kind === 'provenance' && b.status === 'adopted')).toBe(true);
  });

  it('uses the narrative of each chapter and dimension', () => {
    expect(chapter('profile').blocks[0]).toEqual({
      kind: 'paragraph',
      text: doc.narrative?.chapters.profile,
    });
    const strategy = chapter('strategy').blocks.map((b) => ('text' in b ? b.text : ''));
    expect(strategy).toContain(doc.narrative?.dimensions.governance);
  });

  it('gives level meanings and next steps from the guidance', () => {
    const t = tables(chapter('analysis').blocks).find((x) => x.head[2] === 'Artinya');
    expect(t?.rows).toHaveLength(18);
    const guided = t?.rows.filter((r) => r[2] !== '—' && r[2] !== undefined) ?? [];
    expect(guided.length).toBeGreaterThan(0);
  });

  it('renders in English too', () => {
    const en = buildReport(doc, framework, { lang: 'en' });
    expect(en.chapters[0]?.heading).toBe('Chapter I Introduction');
  });
});

describe('coverage warnings and contradictions', () => {
  it('warns where a maturity year with 1 of 18 elements is printed', () => {
    const { document: doc, framework } = sample();
    const latest = [...doc.maturity].sort((a, b) => a.year - b.year).at(-1);
    if (!latest) throw new Error('no maturity');
    latest.elements = latest.elements.slice(0, 1);
    const report = buildReport(doc, framework, { lang: 'en' });
    expect(report.findings.some((f) => f.kind === 'coverage' && /1 of 18/.test(f.text))).toBe(true);
    const notice = report.chapters.find((c) => c.id === 'analysis')?.blocks.find((b) => b.kind === 'notice');
    expect(notice).toBeDefined();
  });

  it('lists a quick win that the roadmap starts outside years 1–2', () => {
    const { document: doc, framework } = sample();
    const qw = doc.quickWins.selected[0];
    const p = doc.programmes.find((x) => x.id === qw?.programme);
    if (!qw || !p) throw new Error('no quick win');
    const len = p.endYear - p.startYear;
    p.startYear = doc.period.startYear + 5;
    p.endYear = p.startYear + len;
    p.earliestStart = p.startYear;
    p.budget = [];
    const report = buildReport(doc, framework, { lang: 'en' });
    const texts = report.findings.filter((f) => f.kind === 'contradiction').map((f) => f.text);
    expect(
      texts.some((t) => t.includes(p.id) && /outside the quick-win window of plan years 1–2/.test(t)),
    ).toBe(true);
  });
});

describe('renderReportHtml', () => {
  const { document: doc, framework } = sample();
  const report = buildReport(doc, framework);
  const html = renderReportHtml(report);

  it('has every chapter and annex, each with its heading and an entry in the contents', () => {
    for (const s of [...report.chapters, ...report.annexes]) {
      expect(html).toContain(`data-chapter="${s.id}"`);
      expect(html).toContain(s.heading.replace(/&/g, '&amp;'));
    }
    expect(html.match(/<li><a href="#/g)?.length).toBe(report.chapters.length + report.annexes.length + 1);
    expect(html).toContain('target-counter(attr(href), page)');
  });

  it('inlines every figure as SVG and has the approval page', () => {
    expect(html.match(/<figure /g)?.length).toBe(
      [...report.chapters, ...report.annexes].flatMap((c) => c.blocks).filter((b) => b.kind === 'figure')
        .length,
    );
    expect(html).toContain('Lembar Pengesahan');
  });

  it('escapes text from the document', () => {
    const d = structuredClone(doc);
    d.vision = '<script>alert(1)</script>';
    const out = renderReportHtml(buildReport(d, framework));
    expect(out).not.toContain('<script>alert(1)');
    expect(out).toContain('&lt;script&gt;');
  });
});

import type { CsvCell as Cell, Framework, Masterplan } from '@smartcity/model';
import {
  checkPlan,
  type EvaluationGain,
  type EvaluationResult,
  evaluationGains,
  type InstrumentResult,
  instrumentOf,
  type LiteracyResult,
  literacyGaps,
  type MaturityResult,
  type MonitoringSummary,
  monitoringSummary,
  optimiseQuickWins,
  type PlanCheck,
  type PortfolioResult,
  type QuickWinCandidate,
  type ReadinessResult,
  type RevisionStatus,
  type RoadmapResult,
  revisionStatus,
  round as roundRule,
  scheduleRoadmap,
  scoreEvaluation,
  scoreMaturity,
  scoreQuickWins,
  scoreReadiness,
  scoreSelfAssessment,
} from '@smartcity/scoring';
import type { Locale } from './i18n.js';

/** Every figure of one masterplan, computed with `@smartcity/scoring`. */
export interface Scores {
  /** The whole-plan check: every contradiction between schedule, quick wins, adoption and budget. */
  planCheck: PlanCheck;
  readiness: ReadinessResult | null;
  /** One result per assessed year, oldest first. */
  maturity: MaturityResult[];
  quickWins: QuickWinCandidate[];
  /** The optimal quick-win portfolio for the plan's budget and per-OPD limit. */
  portfolio: PortfolioResult;
  roadmap: RoadmapResult;
  literacy: LiteracyResult | null;
  /** One result per evaluated year, oldest first. */
  evaluations: EvaluationResult[];
  /** Plan against realisation, year by year (the monitoring step). */
  monitoring: MonitoringSummary;
  /** Whether the masterplan is due for revision against the RPJMD. */
  revision: RevisionStatus;
  /** One result per self-assessment, in document order. */
  selfAssessments: SelfAssessmentScores[];
}

/** What the self-assessment form shows: the predicted index, the result with the assessors' values, the gains. */
export interface SelfAssessmentScores {
  /** `instrument id@version year`, as {@link selfAssessmentKey} writes it. */
  key: string;
  /** The region's own values only: the index the region can expect. */
  predicted: InstrumentResult;
  /** The assessors' validated values where given, else the region's own. */
  final: InstrumentResult;
  /** Answers carrying an assessors' value. */
  validated: number;
  /** The questions whose raise to the top of the scale adds most to the predicted index. */
  gains: EvaluationGain[];
}

/** The key a self-assessment's scores are found by (the page's working copy may be ahead of the scores). */
export function selfAssessmentKey(a: {
  instrument?: { id?: unknown; version?: unknown };
  year?: unknown;
}): string {
  return `${String(a.instrument?.id)}@${String(a.instrument?.version)} ${String(a.year)}`;
}

/** How many questions the form lists as "what would raise the index most". */
export const GAINS_SHOWN = 10;

function scoreSelfAssessments(m: Masterplan): SelfAssessmentScores[] {
  return (m.selfAssessments ?? []).map((a) => {
    const predicted = scoreSelfAssessment(a, { basis: 'own' });
    return {
      key: selfAssessmentKey(a),
      predicted,
      final: scoreSelfAssessment(a, { basis: 'final' }),
      validated: a.answers.filter((x) => x.validated !== undefined).length,
      gains: evaluationGains(predicted, instrumentOf(a.instrument), GAINS_SHOWN),
    };
  });
}

/** Scores a valid masterplan. */
export function scoreDocument(m: Masterplan, f: Framework): Scores {
  const quickWins = scoreQuickWins(m.programmes, m.period.startYear, f);
  const constraints: { budget?: number; maxPerOwner?: number } = {};
  if (m.quickWins.budget !== undefined) constraints.budget = m.quickWins.budget;
  if (m.quickWins.maxPerOwner !== undefined) constraints.maxPerOwner = m.quickWins.maxPerOwner;
  const roadmap = scheduleRoadmap(m.programmes, m.period, f);
  return {
    readiness: m.readiness ? scoreReadiness(m.readiness, f) : null,
    maturity: [...m.maturity].sort((a, b) => a.year - b.year).map((a) => scoreMaturity(a, f)),
    quickWins,
    // The scoring's own rule: only programmes the roadmap runs in plan years 1–2 are quick wins.
    portfolio: optimiseQuickWins(m, f, quickWins, roadmap, constraints),
    roadmap,
    literacy: m.literacy ? literacyGaps(m.literacy, f) : null,
    evaluations: [...m.evaluations].sort((a, b) => a.year - b.year).map((e) => scoreEvaluation(e, f)),
    monitoring: monitoringSummary(m, f),
    revision: revisionStatus(m),
    selfAssessments: scoreSelfAssessments(m),
    planCheck: checkPlan(m, f),
  };
}

/** Rows of the scores CSV (section, id, name, value, unit, note) from the scores already computed. */
export function scoreRows(s: Scores, locale: Locale): Cell[][] {
  const id = locale === 'id';
  const rows: Cell[][] = [];
  const r = s.readiness;
  if (r) {
    const sec = id ? 'Kesiapan' : 'Readiness';
    const cov = (c: { ratio: number | null; low: boolean }) =>
      `${id ? 'cakupan' : 'coverage'} ${c.ratio === null ? '-' : Math.round(c.ratio * 100)}%${c.low ? (id ? ' (rendah)' : ' (low)') : ''}`;
    rows.push([
      sec,
      'index',
      id ? 'Indeks kesiapan' : 'Readiness index',
      round(r.index),
      '0-100',
      cov(r.coverage),
    ]);
    for (const p of r.pillars) {
      rows.push([sec, p.id, p.name[locale], round(p.index), '0-100', cov(p.coverage)]);
      for (const a of p.aspects)
        rows.push([sec, `${p.id}/${a.id}`, a.name[locale], round(a.mean), '1-5', cov(a.coverage)]);
    }
  }
  for (const mr of s.maturity) {
    const sec = `${id ? 'Kematangan' : 'Maturity'} ${mr.year}`;
    rows.push([
      sec,
      'index',
      id ? 'Indeks kematangan' : 'Maturity index',
      mr.indexRounded,
      '0-5',
      mr.predicate?.name[locale] ?? '',
    ]);
    for (const d of mr.dimensions) {
      rows.push([sec, d.id, d.name[locale], d.indexRounded, '0-5', d.predicate?.name[locale] ?? '']);
      for (const e of d.elements)
        rows.push([
          sec,
          `${d.id}/${e.id}`,
          e.name[locale],
          e.level,
          '0-5',
          e.target === null ? '' : `target ${e.target}`,
        ]);
    }
  }
  const chosen = new Set(s.portfolio.chosen);
  for (const c of s.quickWins)
    rows.push([
      'Quick win',
      c.id,
      c.name,
      c.scoreRounded,
      '1-5',
      `${c.quadrantName?.[locale] ?? ''}${chosen.has(c.id) ? (id ? '; dipilih' : '; chosen') : ''}`,
    ]);
  for (const e of s.evaluations)
    rows.push([
      id ? 'Evaluasi' : 'Evaluation',
      String(e.year),
      id ? 'Indeks evaluasi' : 'Evaluation index',
      e.indexRounded,
      '0-5',
      e.weightSet.name[locale],
    ]);
  for (const a of s.selfAssessments) {
    const p = a.predicted;
    const sec = `${id ? 'Penilaian mandiri' : 'Self-assessment'} ${p.instrument.year} (${p.instrument.id})`;
    const cov = (c: { answered: number; questions: number; withEvidence: number }) =>
      id
        ? `${c.answered}/${c.questions} dijawab, ${c.withEvidence} dengan data dukung`
        : `${c.answered}/${c.questions} answered, ${c.withEvidence} with evidence`;
    rows.push([
      sec,
      'index',
      id ? 'Indeks perkiraan' : 'Predicted index',
      p.indexRounded,
      '0-4',
      cov(p.coverage),
    ]);
    if (a.validated > 0)
      rows.push([
        sec,
        'final',
        id ? 'Indeks dengan nilai penilai' : "Index with the assessors' values",
        a.final.indexRounded,
        '0-4',
        id ? `${a.validated} jawaban divalidasi` : `${a.validated} answers validated`,
      ]);
    for (const d of p.dimensions)
      rows.push([sec, d.id, d.name[locale], d.scoreRounded, '1-4', cov(d.coverage)]);
  }
  return rows;
}

function round(x: number | null, d = 2): number | null {
  return x === null ? null : roundRule(x, d);
}

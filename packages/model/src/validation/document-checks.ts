import { externalIndex } from '../frameworks/external-indices.js';
import {
  BUILTIN_INSTRUMENTS,
  type InstrumentRegistry,
  instrumentQuestions,
  unknownInstrumentIssue,
} from '../frameworks/instruments/registry.js';
import { findRegion } from '../regions/regions.js';
import type {
  EvaluationBody,
  LiteracyStrategy,
  Masterplan,
  MaturityAssessment,
  ReadinessAssessment,
  Region,
  SelfAssessment,
  SmartCityDocument,
} from '../schema/documents.js';
import type { Framework } from '../schema/framework.js';
import type { Instrument } from '../schema/instrument.js';
import { type IssuePath, issue, type ValidationIssue } from './issues.js';

type Out = ValidationIssue[];

/** What a reference names, in Bahasa Indonesia and English. */
type What = readonly [id: string, en: string];

const DIMENSION: What = ['Dimensi', 'dimension'];
const ELEMENT: What = ['Elemen', 'element'];
const OPD: What = ['OPD', 'OPD'];
const PROGRAMME: What = ['Program', 'programme'];
const PILLAR: What = ['Pilar', 'pillar'];
const ITEM: What = ['Butir kuesioner', 'questionnaire item'];
const EVALUATION_DIMENSION: What = ['Dimensi evaluasi', 'evaluation dimension'];
const LITERACY_PILLAR: What = ['Pilar literasi', 'literacy pillar'];
const TARGET_GROUP: What = ['Kelompok sasaran', 'target group'];
const FUNDING_SOURCE: What = ['Sumber dana', 'funding source'];
const PROGRAMME_SOURCE: What = ['Sumber program', 'programme source'];
const INNOVATION: What = ['Jenis inovasi', 'kind of innovation'];
const CRITERION: What = ['Kriteria quick win', 'quick-win criterion'];
const CHAPTER: What = ['Bab laporan', 'report chapter'];
const MISSION: What = ['Misi', 'mission'];
const STRATEGY: What = ['Strategi', 'strategy'];
const KPI: What = ['IKU', 'KPI'];
const EXTERNAL_INDEX: What = ['Indeks eksternal', 'external index'];

// The checks below test first and build an issue's path only for a problem: a valid document, the common
// case, allocates no paths.

/** Reports every id used before at the same place (`path[i].key`). */
function unique<T>(out: Out, list: readonly T[], idOf: (x: T) => string, path: IssuePath, key = 'id'): void {
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const id = idOf(list[i]!);
    if (seen.has(id))
      out.push(
        issue(
          [...path, i, key],
          'duplicate-id',
          `"${id}" sudah dipakai; diharapkan setiap pengenal sekali saja.`,
          `"${id}" is used twice; each identifier is expected once.`,
        ),
      );
    else seen.add(id);
  }
}

function unknownRef(out: Out, path: IssuePath, id: string, what: What): void {
  out.push(
    issue(path, 'unknown-reference', `${what[0]} "${id}" tidak ada.`, `There is no ${what[1]} "${id}".`),
  );
}

const outOfScale = (v: number, min: number, max: number, integer: boolean) =>
  v < min || v > max || (integer && !Number.isInteger(v));

function scaleIssue(out: Out, path: IssuePath, v: number, min: number, max: number, integer: boolean): void {
  out.push(
    issue(
      path,
      'out-of-scale',
      `Nilai ${v} di luar skala ${min}–${max}${integer ? ' (bilangan bulat)' : ''}.`,
      `The value ${v} is outside the scale ${min}–${max}${integer ? ' (whole numbers)' : ''}.`,
    ),
  );
}

/** Checks a record keyed by ids of `known` whose values lie on a scale. */
function scaledRecord(
  out: Out,
  path: IssuePath,
  rec: Readonly<Record<string, number>>,
  known: ReadonlySet<string>,
  what: What,
  min: number,
  max: number,
): void {
  for (const k in rec) {
    if (!Object.hasOwn(rec, k)) continue;
    const v = rec[k]!;
    if (!known.has(k)) unknownRef(out, [...path, k], k, what);
    if (outOfScale(v, min, max, false)) scaleIssue(out, [...path, k], v, min, max, false);
  }
}

/** The region must be on the Kemendagri list, and its name, type, province code and province name must match it. */
export function checkRegion(out: Out, region: Region, path: IssuePath = ['region']): void {
  const known = findRegion(region.code);
  if (!known) {
    out.push(
      issue(
        [...path, 'code'],
        'unknown-region',
        `Kode wilayah "${region.code}" tidak ada dalam daftar Kemendagri.`,
        `Region code "${region.code}" is not on the Kemendagri list.`,
      ),
    );
    return;
  }
  if (known.name.toLowerCase() !== region.name.toLowerCase())
    out.push(
      issue(
        [...path, 'name'],
        'region-mismatch',
        `Kode ${region.code} adalah ${known.name}, bukan "${region.name}".`,
        `Code ${region.code} is ${known.name}, not "${region.name}".`,
      ),
    );
  if (known.type !== region.type)
    out.push(
      issue(
        [...path, 'type'],
        'region-mismatch',
        `${known.name} adalah ${known.type}.`,
        `${known.name} is a ${known.type === 'kota' ? 'city (kota)' : 'regency (kabupaten)'}.`,
      ),
    );
  if (known.province.code !== region.province.code)
    out.push(
      issue(
        [...path, 'province', 'code'],
        'region-mismatch',
        `${known.name} berada di provinsi ${known.province.code} (${known.province.name}).`,
        `${known.name} lies in province ${known.province.code} (${known.province.name}).`,
      ),
    );
  else if (known.province.name.toLowerCase() !== region.province.name.toLowerCase())
    out.push(
      issue(
        [...path, 'province', 'name'],
        'region-mismatch',
        `Provinsi ${known.province.code} adalah ${known.province.name}, bukan ${JSON.stringify(region.province.name)}.`,
        `Province ${known.province.code} is ${known.province.name}, not ${JSON.stringify(region.province.name)}.`,
      ),
    );
}

function elementIds(f: Framework): Set<string> {
  const ids = new Set<string>();
  for (const d of f.dimensions) for (const e of d.elements) ids.add(e.id);
  return ids;
}

export function checkReadiness(out: Out, a: ReadinessAssessment, f: Framework, path: IssuePath): void {
  const items = new Set<string>();
  for (const p of f.readiness.pillars) for (const x of p.aspects) for (const i of x.items) items.add(i.id);
  const pillars = new Set(f.readiness.pillars.map((p) => p.id));
  for (const key of Object.keys(a.pillars))
    if (!pillars.has(key)) unknownRef(out, [...path, 'pillars', key], key, PILLAR);
  unique(out, a.answers, (x) => x.item, [...path, 'answers'], 'item');
  const { min, max } = f.readiness.scale;
  a.answers.forEach((ans, i) => {
    if (!items.has(ans.item)) unknownRef(out, [...path, 'answers', i, 'item'], ans.item, ITEM);
    if (typeof ans.value === 'number' && outOfScale(ans.value, min, max, true))
      scaleIssue(out, [...path, 'answers', i, 'value'], ans.value, min, max, true);
  });
}

export function checkMaturity(
  out: Out,
  a: MaturityAssessment,
  f: Framework,
  path: IssuePath,
  elements: ReadonlySet<string> = elementIds(f),
): void {
  const ladderId = a.ladder ?? f.maturity.defaultLadder;
  const ladder = f.maturity.ladders.find((l) => l.id === ladderId);
  if (!ladder) {
    out.push(
      issue(
        [...path, 'ladder'],
        'unknown-reference',
        `Tangga kematangan "${ladderId}" tidak ada.`,
        `There is no maturity ladder "${ladderId}".`,
      ),
    );
    return;
  }
  const levels = new Set(ladder.levels.map((l) => l.level));
  const lo = ladder.levels[0]!.level;
  const hi = ladder.levels[ladder.levels.length - 1]!.level;
  unique(out, a.elements, (e) => e.element, [...path, 'elements'], 'element');
  a.elements.forEach((e, i) => {
    if (!elements.has(e.element)) unknownRef(out, [...path, 'elements', i, 'element'], e.element, ELEMENT);
    for (const key of ['current', 'target'] as const) {
      const v = e[key];
      if (typeof v === 'number' && outOfScale(v, lo, hi, true))
        scaleIssue(out, [...path, 'elements', i, key], v, lo, hi, true);
    }
    e.criteriaMet?.forEach((lv, j) => {
      if (!levels.has(lv) && outOfScale(lv, lo, hi, true))
        scaleIssue(out, [...path, 'elements', i, 'criteriaMet', j], lv, lo, hi, true);
    });
  });
}

/** Whether `v` lies on an instrument's scale: its "not evaluated" value, or between min and max. */
export function onInstrumentScale(v: number, instrument: Instrument): boolean {
  const { min, max, notEvaluated } = instrument.scale;
  return v === notEvaluated || (v >= min && v <= max);
}

function instrumentScaleIssue(out: Out, path: IssuePath, v: number, x: Instrument): void {
  const { min, max, notEvaluated } = x.scale;
  out.push(
    issue(
      path,
      'out-of-scale',
      `Nilai ${v} di luar skala instrumen ${x.id}: ${min}–${max}, atau ${notEvaluated} = tidak dievaluasi.`,
      `The value ${v} is outside the scale of instrument ${x.id}: ${min}–${max}, or ${notEvaluated} = not evaluated.`,
    ),
  );
}

export function checkEvaluation(
  out: Out,
  e: EvaluationBody,
  f: Framework,
  path: IssuePath,
  instruments: InstrumentRegistry = BUILTIN_INSTRUMENTS,
): void {
  if (e.instrument) {
    const x = instruments.get(e.instrument.id, e.instrument.version);
    if (!x) {
      out.push(unknownInstrumentIssue(instruments, [...path, 'instrument'], e.instrument));
      return;
    }
    if (e.weightSet !== undefined)
      out.push(
        issue(
          [...path, 'weightSet'],
          'invalid',
          'Set bobot kerangka tidak berlaku bila instrumen diisi: bobot berasal dari instrumen.',
          "A framework weight set does not apply when an instrument is given: the weights are the instrument's.",
        ),
      );
    const dims = new Set(x.dimensions.map((d) => d.id));
    for (const k in e.scores) {
      if (!Object.hasOwn(e.scores, k)) continue;
      const v = e.scores[k]!;
      if (!dims.has(k)) unknownRef(out, [...path, 'scores', k], k, EVALUATION_DIMENSION);
      if (!onInstrumentScale(v, x)) instrumentScaleIssue(out, [...path, 'scores', k], v, x);
    }
    return;
  }
  const setId = e.weightSet ?? f.evaluation.defaultWeightSet;
  if (!f.evaluation.weightSets.some((w) => w.id === setId))
    unknownRef(out, [...path, 'weightSet'], setId, ['Set bobot', 'weight set']);
  const dims = new Set(f.evaluation.dimensions.map((d) => d.id));
  const { min, max } = f.evaluation.scale;
  scaledRecord(out, [...path, 'scores'], e.scores, dims, EVALUATION_DIMENSION, min, max);
}

/** A self-assessment: a known instrument, known question ids (each once), values on the instrument's scale. */
export function checkSelfAssessment(
  out: Out,
  a: SelfAssessment,
  path: IssuePath,
  instruments: InstrumentRegistry = BUILTIN_INSTRUMENTS,
): void {
  const x = instruments.get(a.instrument.id, a.instrument.version);
  if (!x) {
    out.push(unknownInstrumentIssue(instruments, [...path, 'instrument'], a.instrument));
    return;
  }
  const questions = new Set(instrumentQuestions(x).map((q) => q.question.id));
  unique(out, a.answers, (ans) => ans.question, [...path, 'answers'], 'question');
  a.answers.forEach((ans, i) => {
    if (!questions.has(ans.question))
      out.push(
        issue(
          [...path, 'answers', i, 'question'],
          'unknown-question',
          `Pertanyaan "${ans.question}" tidak ada dalam instrumen ${x.id} versi ${x.version}.`,
          `Question "${ans.question}" is not in instrument ${x.id} version ${x.version}.`,
        ),
      );
    if (!onInstrumentScale(ans.value, x))
      instrumentScaleIssue(out, [...path, 'answers', i, 'value'], ans.value, x);
    if (ans.validated && !onInstrumentScale(ans.validated.value, x))
      instrumentScaleIssue(out, [...path, 'answers', i, 'validated', 'value'], ans.validated.value, x);
  });
}

function checkLiteracy(
  out: Out,
  l: LiteracyStrategy,
  f: Framework,
  path: IssuePath,
  opds: ReadonlySet<string>,
): void {
  const pillars = new Set(f.literacy.pillars.map((p) => p.id));
  const { min, max } = f.literacy.scale;
  scaledRecord(out, [...path, 'baseline', 'pillars'], l.baseline.pillars, pillars, LITERACY_PILLAR, min, max);
  l.targets.forEach((t, i) =>
    scaledRecord(out, [...path, 'targets', i, 'pillars'], t.pillars, pillars, LITERACY_PILLAR, min, max),
  );
  unique(out, l.targetGroups, (g) => g.id, [...path, 'targetGroups']);
  unique(out, l.activities, (a) => a.id, [...path, 'activities']);
  const groups = new Set(l.targetGroups.map((g) => g.id));
  l.activities.forEach((a, i) => {
    a.pillars.forEach((x, j) => {
      if (!pillars.has(x)) unknownRef(out, [...path, 'activities', i, 'pillars', j], x, LITERACY_PILLAR);
    });
    a.targetGroups.forEach((x, j) => {
      if (!groups.has(x)) unknownRef(out, [...path, 'activities', i, 'targetGroups', j], x, TARGET_GROUP);
    });
    if (a.owner && !opds.has(a.owner)) unknownRef(out, [...path, 'activities', i, 'owner'], a.owner, OPD);
  });
}

/**
 * Programme dependencies must form a DAG: reports each cycle once, at the dependency that closes it.
 * Iterative depth-first search, so a long chain cannot overflow the stack.
 */
function checkDependencyCycles(
  out: Out,
  programmes: Masterplan['programmes'],
  index: ReadonlyMap<string, number>,
): void {
  const state = new Uint8Array(programmes.length); // 0 new, 1 on the current path, 2 done
  for (let root = 0; root < programmes.length; root++) {
    if (state[root] !== 0) continue;
    if (programmes[root]!.dependsOn.length === 0) {
      state[root] = 2;
      continue;
    }
    const stack: Array<[node: number, next: number]> = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [node, j] = top;
      const deps = programmes[node]!.dependsOn;
      if (j >= deps.length) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      top[1] = j + 1;
      const target = index.get(deps[j]!);
      if (target === undefined || target === node) continue; // reported as unknown / self-dependency
      if (state[target] === 0) {
        state[target] = 1;
        stack.push([target, 0]);
      } else if (state[target] === 1) {
        const from = stack.findIndex(([n]) => n === target);
        const cycle = [...stack.slice(from).map(([n]) => programmes[n]!.id), programmes[target]!.id].join(
          ' → ',
        );
        out.push(
          issue(
            ['programmes', node, 'dependsOn', j],
            'dependency-cycle',
            `Ketergantungan program melingkar: ${cycle}.`,
            `Programme dependencies form a cycle: ${cycle}.`,
          ),
        );
      }
    }
  }
}

export function checkMasterplan(
  out: Out,
  m: Masterplan,
  f: Framework,
  instruments: InstrumentRegistry = BUILTIN_INSTRUMENTS,
): void {
  const { startYear, endYear } = m.period;
  const years = endYear - startYear + 1;
  if (years < f.roadmap.horizon.min || years > f.roadmap.horizon.max)
    out.push(
      issue(
        ['period'],
        'invalid-range',
        `Periode masterplan ${years} tahun; harus ${f.roadmap.horizon.min}–${f.roadmap.horizon.max} tahun.`,
        `The masterplan period is ${years} years; it must be ${f.roadmap.horizon.min}–${f.roadmap.horizon.max} years.`,
      ),
    );
  const dims = new Set(f.dimensions.map((d) => d.id));
  const elements = elementIds(f);
  unique(out, m.opds, (o) => o.id, ['opds']);
  const opds = new Set(m.opds.map((o) => o.id));
  unique(out, m.team.members, (x) => x.id, ['team', 'members']);
  m.team.members.forEach((x, i) => {
    if (x.opd && !opds.has(x.opd)) unknownRef(out, ['team', 'members', i, 'opd'], x.opd, OPD);
  });
  unique(out, m.missions, (x) => x.id, ['missions']);
  m.missions.forEach((x, i) =>
    x.dimensions.forEach((d, j) => {
      if (!dims.has(d)) unknownRef(out, ['missions', i, 'dimensions', j], d, DIMENSION);
    }),
  );
  m.strategies.forEach((s, i) => {
    if (!dims.has(s.dimension)) unknownRef(out, ['strategies', i, 'dimension'], s.dimension, DIMENSION);
    if (s.element && !elements.has(s.element))
      unknownRef(out, ['strategies', i, 'element'], s.element, ELEMENT);
  });
  if (m.narrative) {
    const chapters = new Set(f.report.chapters.map((c) => c.id));
    for (const id of Object.keys(m.narrative.chapters))
      if (!chapters.has(id)) unknownRef(out, ['narrative', 'chapters', id], id, CHAPTER);
    for (const id of Object.keys(m.narrative.dimensions))
      if (!dims.has(id)) unknownRef(out, ['narrative', 'dimensions', id], id, DIMENSION);
  }
  if (m.readiness) checkReadiness(out, m.readiness, f, ['readiness']);
  unique(out, m.maturity, (x) => String(x.year), ['maturity'], 'year');
  m.maturity.forEach((a, i) => checkMaturity(out, a, f, ['maturity', i], elements));
  unique(out, m.evaluations, (x) => String(x.year), ['evaluations'], 'year');
  m.evaluations.forEach((e, i) => checkEvaluation(out, e, f, ['evaluations', i], instruments));
  const selfAssessments = m.selfAssessments ?? [];
  unique(
    out,
    selfAssessments,
    (a) => `${a.instrument.id}@${a.instrument.version} ${a.year}`,
    ['selfAssessments'],
    'year',
  );
  selfAssessments.forEach((a, i) => checkSelfAssessment(out, a, ['selfAssessments', i], instruments));

  // Programme ids: the first programme with an id is the one dependencies lead to.
  const programmes = new Map<string, number>();
  m.programmes.forEach((p, i) => {
    if (!programmes.has(p.id)) programmes.set(p.id, i);
  });
  unique(out, m.programmes, (p) => p.id, ['programmes']);
  const funding = new Set(f.fundingSources.options.map((o) => o.id));
  const innovation = new Set(f.innovationKinds.options.map((o) => o.id));
  const sources = new Set(f.programmeSources.options.map((o) => o.id));
  const criteria = new Set(f.quickWin.criteria.map((c) => c.id));
  const qw = f.quickWin.scale;
  m.programmes.forEach((p, i) => {
    if (!dims.has(p.dimension)) unknownRef(out, ['programmes', i, 'dimension'], p.dimension, DIMENSION);
    p.elements.forEach((e, j) => {
      if (!elements.has(e)) unknownRef(out, ['programmes', i, 'elements', j], e, ELEMENT);
    });
    if (!opds.has(p.owner)) unknownRef(out, ['programmes', i, 'owner'], p.owner, OPD);
    if (!sources.has(p.source.kind))
      unknownRef(out, ['programmes', i, 'source', 'kind'], p.source.kind, PROGRAMME_SOURCE);
    if (!innovation.has(p.innovation))
      unknownRef(out, ['programmes', i, 'innovation'], p.innovation, INNOVATION);
    if (p.endYear < p.startYear)
      out.push(
        issue(
          ['programmes', i, 'endYear'],
          'invalid-range',
          'Tahun selesai sebelum tahun mulai.',
          'The end year is before the start year.',
        ),
      );
    if (p.earliestStart !== undefined && p.earliestStart > p.startYear)
      out.push(
        issue(
          ['programmes', i, 'earliestStart'],
          'invalid-range',
          'Tahun mulai paling awal setelah tahun mulai.',
          'The earliest start is after the start year.',
        ),
      );
    p.budget.forEach((b, j) => {
      if (!funding.has(b.source))
        unknownRef(out, ['programmes', i, 'budget', j, 'source'], b.source, FUNDING_SOURCE);
      if (b.year < startYear || b.year > endYear)
        out.push(
          issue(
            ['programmes', i, 'budget', j, 'year'],
            'invalid-range',
            `Tahun anggaran ${b.year} di luar periode ${startYear}–${endYear}.`,
            `Budget year ${b.year} is outside the period ${startYear}–${endYear}.`,
          ),
        );
    });
    unique(out, p.kpis, (k) => k.id, ['programmes', i, 'kpis']);
    p.dependsOn.forEach((d, j) => {
      if (d === p.id)
        out.push(
          issue(
            ['programmes', i, 'dependsOn', j],
            'invalid',
            'Program tidak boleh bergantung pada dirinya sendiri.',
            'A programme cannot depend on itself.',
          ),
        );
      else if (!programmes.has(d)) unknownRef(out, ['programmes', i, 'dependsOn', j], d, PROGRAMME);
    });
    if (p.quickWin)
      scaledRecord(out, ['programmes', i, 'quickWin'], p.quickWin, criteria, CRITERION, qw.min, qw.max);
  });
  checkDependencyCycles(out, m.programmes, programmes);
  unique(out, m.quickWins.selected, (s) => s.programme, ['quickWins', 'selected'], 'programme');
  if (m.quickWins.years) {
    unique(out, m.quickWins.years, (y) => String(y.year), ['quickWins', 'years'], 'year');
    m.quickWins.years.forEach((y, i) => {
      if (y.year > f.quickWin.years)
        out.push(
          issue(
            ['quickWins', 'years', i, 'year'],
            'invalid-range',
            `Quick win harus di tahun 1–${f.quickWin.years}, bukan ${y.year}.`,
            `A quick win must fall in year 1–${f.quickWin.years}, not ${y.year}.`,
          ),
        );
    });
  }
  m.quickWins.selected.forEach((s, i) => {
    if (!programmes.has(s.programme))
      unknownRef(out, ['quickWins', 'selected', i, 'programme'], s.programme, PROGRAMME);
    if (s.year > f.quickWin.years)
      out.push(
        issue(
          ['quickWins', 'selected', i, 'year'],
          'invalid-range',
          `Quick win harus di tahun 1–${f.quickWin.years}.`,
          `A quick win must fall in year 1–${f.quickWin.years}.`,
        ),
      );
  });
  if (m.literacy) checkLiteracy(out, m.literacy, f, ['literacy'], opds);
  checkLivingPlan(out, m, f, elements, programmes);
}

function yearRange(out: Out, path: IssuePath, year: number, from: number, to: number, what: What): void {
  if (year < from || year > to)
    out.push(
      issue(
        path,
        'invalid-range',
        `Tahun ${year} di luar ${what[0].toLowerCase()} ${from}–${to}.`,
        `The year ${year} is outside the ${what[1]} ${from}–${to}.`,
      ),
    );
}

const PERIOD: What = ['Periode rencana', 'plan period'];

/**
 * The parts that keep a masterplan alive after adoption: mission and strategy references, the elements
 * programmes move, KPI milestones, the RPJMD period, monitoring records, readiness history, literacy
 * measurements and external indices. Every reference must resolve; every year must fall where it can.
 */
function checkLivingPlan(
  out: Out,
  m: Masterplan,
  f: Framework,
  elements: ReadonlySet<string>,
  programmes: ReadonlyMap<string, number>,
): void {
  const { startYear, endYear } = m.period;
  const missions = new Set(m.missions.map((x) => x.id));
  const strategies = new Set<string>();
  m.strategies.forEach((s, i) => {
    if (s.id === undefined) return;
    if (strategies.has(s.id))
      out.push(
        issue(
          ['strategies', i, 'id'],
          'duplicate-id',
          `"${s.id}" sudah dipakai.`,
          `"${s.id}" is used twice.`,
        ),
      );
    strategies.add(s.id);
  });
  const ladder = f.maturity.ladders.find((l) => l.id === f.maturity.defaultLadder) ?? f.maturity.ladders[0]!;
  const lo = ladder.levels[0]!.level;
  const hi = ladder.levels[ladder.levels.length - 1]!.level;
  m.programmes.forEach((p, i) => {
    p.missions?.forEach((x, j) => {
      if (!missions.has(x)) unknownRef(out, ['programmes', i, 'missions', j], x, MISSION);
    });
    p.strategies?.forEach((x, j) => {
      if (!strategies.has(x)) unknownRef(out, ['programmes', i, 'strategies', j], x, STRATEGY);
    });
    p.moves?.forEach((mv, j) => {
      const path = ['programmes', i, 'moves', j];
      if (!elements.has(mv.element)) unknownRef(out, [...path, 'element'], mv.element, ELEMENT);
      if (outOfScale(mv.level, lo, hi, true)) scaleIssue(out, [...path, 'level'], mv.level, lo, hi, true);
      if (mv.by !== undefined && mv.by < p.startYear)
        out.push(
          issue(
            [...path, 'by'],
            'invalid-range',
            `Tahun ${mv.by} sebelum program mulai (${p.startYear}).`,
            `The year ${mv.by} is before the programme starts (${p.startYear}).`,
          ),
        );
    });
    p.kpis.forEach((k, j) => {
      if (!k.milestones) return;
      unique(out, k.milestones, (x) => String(x.year), ['programmes', i, 'kpis', j, 'milestones'], 'year');
    });
  });
  if (m.rpjmd && m.rpjmd.endYear < m.rpjmd.startYear)
    out.push(
      issue(
        ['rpjmd', 'endYear'],
        'invalid-range',
        'Tahun akhir RPJMD sebelum tahun awalnya.',
        'The RPJMD ends before it starts.',
      ),
    );
  m.readinessHistory?.forEach((a, i) => checkReadiness(out, a, f, ['readinessHistory', i]));
  if (m.literacy?.measured) {
    const pillars = new Set(f.literacy.pillars.map((p) => p.id));
    const { min, max } = f.literacy.scale;
    unique(out, m.literacy.measured, (x) => String(x.year), ['literacy', 'measured'], 'year');
    m.literacy.measured.forEach((x, i) =>
      scaledRecord(
        out,
        ['literacy', 'measured', i, 'pillars'],
        x.pillars,
        pillars,
        LITERACY_PILLAR,
        min,
        max,
      ),
    );
  }
  m.externalIndices?.forEach((x, i) => {
    const def = externalIndex(x.index);
    if (!def) unknownRef(out, ['externalIndices', i, 'index'], x.index, EXTERNAL_INDEX);
    else if (def.scale && outOfScale(x.value, def.scale.min, def.scale.max, false))
      scaleIssue(out, ['externalIndices', i, 'value'], x.value, def.scale.min, def.scale.max, false);
    if (def && x.components)
      for (const k of Object.keys(x.components))
        if (!def.components.some((c) => c.id === k))
          unknownRef(out, ['externalIndices', i, 'components', k], k, ['Komponen indeks', 'index component']);
  });
  if (m.monitoring) checkMonitoring(out, m, f, programmes, startYear, endYear);
}

function checkMonitoring(
  out: Out,
  m: Masterplan,
  f: Framework,
  programmes: ReadonlyMap<string, number>,
  startYear: number,
  endYear: number,
): void {
  const funding = new Set(f.fundingSources.options.map((o) => o.id));
  const records = m.monitoring ?? [];
  unique(out, records, (r) => `${r.programme} ${r.year}`, ['monitoring'], 'year');
  records.forEach((r, i) => {
    const at = programmes.get(r.programme);
    if (at === undefined) unknownRef(out, ['monitoring', i, 'programme'], r.programme, PROGRAMME);
    yearRange(out, ['monitoring', i, 'year'], r.year, startYear, endYear, PERIOD);
    r.budget?.forEach((b, j) => {
      if (!funding.has(b.source))
        unknownRef(out, ['monitoring', i, 'budget', j, 'source'], b.source, FUNDING_SOURCE);
    });
    if (r.budget) unique(out, r.budget, (b) => b.source, ['monitoring', i, 'budget'], 'source');
    if (at === undefined) return;
    const p = m.programmes[at]!;
    const kpis = new Set(p.kpis.map((k) => k.id));
    r.kpis?.forEach((k, j) => {
      if (!kpis.has(k.kpi)) unknownRef(out, ['monitoring', i, 'kpis', j, 'kpi'], k.kpi, KPI);
    });
    if (r.kpis) unique(out, r.kpis, (k) => k.kpi, ['monitoring', i, 'kpis'], 'kpi');
  });
}

/** Checks a schema-valid document against its framework and the region list. */
export function checkDocument(
  doc: SmartCityDocument,
  f: Framework,
  instruments: InstrumentRegistry = BUILTIN_INSTRUMENTS,
): ValidationIssue[] {
  const out: Out = [];
  checkRegion(out, doc.region);
  switch (doc.kind) {
    case 'smartcity.masterplan':
      checkMasterplan(out, doc, f, instruments);
      break;
    case 'smartcity.readiness':
      checkReadiness(out, doc.assessment, f, ['assessment']);
      break;
    case 'smartcity.maturity':
      checkMaturity(out, doc.assessment, f, ['assessment']);
      break;
    case 'smartcity.evaluation':
      checkEvaluation(out, doc.evaluation, f, ['evaluation'], instruments);
      break;
    case 'smartcity.self-assessment':
      checkSelfAssessment(out, doc.assessment, ['assessment'], instruments);
      break;
  }
  return out;
}

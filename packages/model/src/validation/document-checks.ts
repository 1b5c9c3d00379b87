import { findRegion } from '../regions/regions.js';
import type {
  EvaluationBody,
  LiteracyStrategy,
  Masterplan,
  MaturityAssessment,
  ReadinessAssessment,
  Region,
  SmartCityDocument,
} from '../schema/documents.js';
import type { Framework } from '../schema/framework.js';
import { type IssuePath, issue, type ValidationIssue } from './issues.js';

type Out = ValidationIssue[];

function unique(out: Out, ids: ReadonlyArray<string>, path: IssuePath, key = 'id'): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      out.push(issue([...path, i, key], 'duplicate-id', `"${id}" sudah dipakai.`, `"${id}" is used twice.`));
    seen.add(id);
  });
}

function ref(
  out: Out,
  path: IssuePath,
  id: string,
  known: ReadonlySet<string>,
  what: [string, string],
): void {
  if (!known.has(id))
    out.push(
      issue(path, 'unknown-reference', `${what[0]} "${id}" tidak ada.`, `There is no ${what[1]} "${id}".`),
    );
}

function inScale(out: Out, path: IssuePath, v: number, min: number, max: number, integer = false): void {
  if (v < min || v > max || (integer && !Number.isInteger(v)))
    out.push(
      issue(
        path,
        'out-of-scale',
        `Nilai ${v} di luar skala ${min}–${max}${integer ? ' (bilangan bulat)' : ''}.`,
        `The value ${v} is outside the scale ${min}–${max}${integer ? ' (whole numbers)' : ''}.`,
      ),
    );
}

/** The region must be on the Kemendagri list, and its name, type and province must match the list. */
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
}

function elementIds(f: Framework): Set<string> {
  return new Set(f.dimensions.flatMap((d) => d.elements.map((e) => e.id)));
}

export function checkReadiness(out: Out, a: ReadinessAssessment, f: Framework, path: IssuePath): void {
  const items = new Set(
    f.readiness.pillars.flatMap((p) => p.aspects.flatMap((x) => x.items.map((i) => i.id))),
  );
  const pillars = new Set(f.readiness.pillars.map((p) => p.id));
  for (const key of Object.keys(a.pillars))
    ref(out, [...path, 'pillars', key], key, pillars, ['Pilar', 'pillar']);
  unique(
    out,
    a.answers.map((x) => x.item),
    [...path, 'answers'],
    'item',
  );
  a.answers.forEach((ans, i) => {
    ref(out, [...path, 'answers', i, 'item'], ans.item, items, ['Butir kuesioner', 'questionnaire item']);
    if (typeof ans.value === 'number')
      inScale(
        out,
        [...path, 'answers', i, 'value'],
        ans.value,
        f.readiness.scale.min,
        f.readiness.scale.max,
        true,
      );
  });
}

export function checkMaturity(out: Out, a: MaturityAssessment, f: Framework, path: IssuePath): void {
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
  const elements = elementIds(f);
  unique(
    out,
    a.elements.map((e) => e.element),
    [...path, 'elements'],
    'element',
  );
  a.elements.forEach((e, i) => {
    const p = [...path, 'elements', i];
    ref(out, [...p, 'element'], e.element, elements, ['Elemen', 'element']);
    for (const key of ['current', 'target'] as const) {
      const v = e[key];
      if (typeof v === 'number') inScale(out, [...p, key], v, lo, hi, true);
    }
    e.criteriaMet?.forEach((lv, j) => {
      if (!levels.has(lv)) inScale(out, [...p, 'criteriaMet', j], lv, lo, hi, true);
    });
  });
}

export function checkEvaluation(out: Out, e: EvaluationBody, f: Framework, path: IssuePath): void {
  const setId = e.weightSet ?? f.evaluation.defaultWeightSet;
  ref(out, [...path, 'weightSet'], setId, new Set(f.evaluation.weightSets.map((w) => w.id)), [
    'Set bobot',
    'weight set',
  ]);
  const dims = new Set(f.evaluation.dimensions.map((d) => d.id));
  for (const [key, v] of Object.entries(e.scores)) {
    ref(out, [...path, 'scores', key], key, dims, ['Dimensi evaluasi', 'evaluation dimension']);
    inScale(out, [...path, 'scores', key], v, f.evaluation.scale.min, f.evaluation.scale.max);
  }
}

function checkLiteracy(
  out: Out,
  l: LiteracyStrategy,
  f: Framework,
  path: IssuePath,
  opds: Set<string>,
): void {
  const pillars = new Set(f.literacy.pillars.map((p) => p.id));
  const { min, max } = f.literacy.scale;
  const values = (p: IssuePath, rec: Record<string, number>) => {
    for (const [k, v] of Object.entries(rec)) {
      ref(out, [...p, k], k, pillars, ['Pilar literasi', 'literacy pillar']);
      inScale(out, [...p, k], v, min, max);
    }
  };
  values([...path, 'baseline', 'pillars'], l.baseline.pillars);
  l.targets.forEach((t, i) => values([...path, 'targets', i, 'pillars'], t.pillars));
  unique(
    out,
    l.targetGroups.map((g) => g.id),
    [...path, 'targetGroups'],
  );
  unique(
    out,
    l.activities.map((a) => a.id),
    [...path, 'activities'],
  );
  const groups = new Set(l.targetGroups.map((g) => g.id));
  l.activities.forEach((a, i) => {
    const p = [...path, 'activities', i];
    a.pillars.forEach((x, j) =>
      ref(out, [...p, 'pillars', j], x, pillars, ['Pilar literasi', 'literacy pillar']),
    );
    a.targetGroups.forEach((x, j) =>
      ref(out, [...p, 'targetGroups', j], x, groups, ['Kelompok sasaran', 'target group']),
    );
    if (a.owner) ref(out, [...p, 'owner'], a.owner, opds, ['OPD', 'OPD']);
  });
}

/**
 * Programme dependencies must form a DAG: reports each cycle once, at the dependency that closes it.
 * Iterative depth-first search, so a long chain cannot overflow the stack.
 */
function checkDependencyCycles(out: Out, programmes: Masterplan['programmes']): void {
  const index = new Map<string, number>();
  programmes.forEach((p, i) => {
    if (!index.has(p.id)) index.set(p.id, i);
  });
  const state = new Uint8Array(programmes.length); // 0 new, 1 on the current path, 2 done
  for (let root = 0; root < programmes.length; root++) {
    if (state[root] !== 0) continue;
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

export function checkMasterplan(out: Out, m: Masterplan, f: Framework): void {
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
  unique(
    out,
    m.opds.map((o) => o.id),
    ['opds'],
  );
  const opds = new Set(m.opds.map((o) => o.id));
  unique(
    out,
    m.team.members.map((x) => x.id),
    ['team', 'members'],
  );
  m.team.members.forEach((x, i) => {
    if (x.opd) ref(out, ['team', 'members', i, 'opd'], x.opd, opds, ['OPD', 'OPD']);
  });
  unique(
    out,
    m.missions.map((x) => x.id),
    ['missions'],
  );
  m.missions.forEach((x, i) =>
    x.dimensions.forEach((d, j) =>
      ref(out, ['missions', i, 'dimensions', j], d, dims, ['Dimensi', 'dimension']),
    ),
  );
  m.strategies.forEach((s, i) => {
    ref(out, ['strategies', i, 'dimension'], s.dimension, dims, ['Dimensi', 'dimension']);
    if (s.element) ref(out, ['strategies', i, 'element'], s.element, elements, ['Elemen', 'element']);
  });
  if (m.readiness) checkReadiness(out, m.readiness, f, ['readiness']);
  unique(
    out,
    m.maturity.map((x) => String(x.year)),
    ['maturity'],
    'year',
  );
  m.maturity.forEach((a, i) => checkMaturity(out, a, f, ['maturity', i]));
  unique(
    out,
    m.evaluations.map((x) => String(x.year)),
    ['evaluations'],
    'year',
  );
  m.evaluations.forEach((e, i) => checkEvaluation(out, e, f, ['evaluations', i]));

  const programmes = new Set(m.programmes.map((p) => p.id));
  unique(
    out,
    m.programmes.map((p) => p.id),
    ['programmes'],
  );
  const funding = new Set(f.fundingSources.options.map((o) => o.id));
  const innovation = new Set(f.innovationKinds.options.map((o) => o.id));
  const sources = new Set(f.programmeSources.options.map((o) => o.id));
  const criteria = new Set(f.quickWin.criteria.map((c) => c.id));
  m.programmes.forEach((p, i) => {
    const path = ['programmes', i];
    ref(out, [...path, 'dimension'], p.dimension, dims, ['Dimensi', 'dimension']);
    p.elements.forEach((e, j) => ref(out, [...path, 'elements', j], e, elements, ['Elemen', 'element']));
    ref(out, [...path, 'owner'], p.owner, opds, ['OPD', 'OPD']);
    ref(out, [...path, 'source', 'kind'], p.source.kind, sources, ['Sumber program', 'programme source']);
    ref(out, [...path, 'innovation'], p.innovation, innovation, ['Jenis inovasi', 'kind of innovation']);
    if (p.endYear < p.startYear)
      out.push(
        issue(
          [...path, 'endYear'],
          'invalid-range',
          'Tahun selesai sebelum tahun mulai.',
          'The end year is before the start year.',
        ),
      );
    if (p.earliestStart !== undefined && p.earliestStart > p.startYear)
      out.push(
        issue(
          [...path, 'earliestStart'],
          'invalid-range',
          'Tahun mulai paling awal setelah tahun mulai.',
          'The earliest start is after the start year.',
        ),
      );
    p.budget.forEach((b, j) => {
      ref(out, [...path, 'budget', j, 'source'], b.source, funding, ['Sumber dana', 'funding source']);
      if (b.year < startYear || b.year > endYear)
        out.push(
          issue(
            [...path, 'budget', j, 'year'],
            'invalid-range',
            `Tahun anggaran ${b.year} di luar periode ${startYear}–${endYear}.`,
            `Budget year ${b.year} is outside the period ${startYear}–${endYear}.`,
          ),
        );
    });
    unique(
      out,
      p.kpis.map((k) => k.id),
      [...path, 'kpis'],
    );
    p.dependsOn.forEach((d, j) => {
      if (d === p.id)
        out.push(
          issue(
            [...path, 'dependsOn', j],
            'invalid',
            'Program tidak boleh bergantung pada dirinya sendiri.',
            'A programme cannot depend on itself.',
          ),
        );
      else ref(out, [...path, 'dependsOn', j], d, programmes, ['Program', 'programme']);
    });
    if (p.quickWin)
      for (const [k, v] of Object.entries(p.quickWin)) {
        ref(out, [...path, 'quickWin', k], k, criteria, ['Kriteria quick win', 'quick-win criterion']);
        inScale(out, [...path, 'quickWin', k], v, f.quickWin.scale.min, f.quickWin.scale.max);
      }
  });
  checkDependencyCycles(out, m.programmes);
  unique(
    out,
    m.quickWins.selected.map((s) => s.programme),
    ['quickWins', 'selected'],
    'programme',
  );
  m.quickWins.selected.forEach((s, i) => {
    ref(out, ['quickWins', 'selected', i, 'programme'], s.programme, programmes, ['Program', 'programme']);
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
}

/** Checks a schema-valid document against its framework and the region list. */
export function checkDocument(doc: SmartCityDocument, f: Framework): ValidationIssue[] {
  const out: Out = [];
  checkRegion(out, doc.region);
  switch (doc.kind) {
    case 'smartcity.masterplan':
      checkMasterplan(out, doc, f);
      break;
    case 'smartcity.readiness':
      checkReadiness(out, doc.assessment, f, ['assessment']);
      break;
    case 'smartcity.maturity':
      checkMaturity(out, doc.assessment, f, ['assessment']);
      break;
    case 'smartcity.evaluation':
      checkEvaluation(out, doc.evaluation, f, ['evaluation']);
      break;
  }
  return out;
}

import type { Framework } from '../schema/framework.js';
import { type IssuePath, issue, type ValidationIssue } from './issues.js';

const EPS = 1e-9;

function duplicates(
  out: ValidationIssue[],
  entries: ReadonlyArray<{ id: string; path: IssuePath }>,
  what: [string, string],
): void {
  const seen = new Map<string, IssuePath>();
  for (const e of entries) {
    const first = seen.get(e.id);
    if (first)
      out.push(
        issue(
          [...e.path, 'id'],
          'duplicate-id',
          `${what[0]} "${e.id}" sudah dipakai.`,
          `${what[1]} "${e.id}" is used twice.`,
        ),
      );
    else seen.set(e.id, e.path);
  }
}

function checkScale(out: ValidationIssue[], path: IssuePath, scale: Framework['readiness']['scale']): void {
  if (!(scale.min < scale.max))
    out.push(
      issue(path, 'invalid-range', 'Skala: min harus lebih kecil dari max.', 'Scale: min must be below max.'),
    );
  scale.labels.forEach((l, i) => {
    if (l.value < scale.min || l.value > scale.max)
      out.push(
        issue(
          [...path, 'labels', i, 'value'],
          'out-of-scale',
          `Label untuk ${l.value} berada di luar skala ${scale.min}–${scale.max}.`,
          `The label for ${l.value} lies outside the scale ${scale.min}–${scale.max}.`,
        ),
      );
  });
}

function checkWeightSum(
  out: ValidationIssue[],
  path: IssuePath,
  weights: number[],
  what: [string, string],
): void {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0))
    out.push(
      issue(
        path,
        'invalid-weights',
        `Jumlah bobot ${what[0]} harus > 0.`,
        `The ${what[1]} weights must add up to more than 0.`,
      ),
    );
}

/**
 * Checks a parsed framework for internal consistency: unique ids, resolvable references, weights that make
 * sense and ordered thresholds. Returns every problem with its path; an empty list means consistent.
 */
export function checkFramework(f: Framework): ValidationIssue[] {
  const out: ValidationIssue[] = [];

  // Dimensions and elements: element ids are unique across the framework, so a programme can name one alone.
  duplicates(
    out,
    f.dimensions.map((d, i) => ({ id: d.id, path: ['dimensions', i] })),
    ['Dimensi', 'Dimension'],
  );
  duplicates(
    out,
    f.dimensions.flatMap((d, i) =>
      d.elements.map((e, j) => ({ id: e.id, path: ['dimensions', i, 'elements', j] })),
    ),
    ['Elemen', 'Element'],
  );
  checkWeightSum(
    out,
    ['dimensions'],
    f.dimensions.map((d) => d.weight),
    ['dimensi', 'dimension'],
  );
  f.dimensions.forEach((d, i) =>
    checkWeightSum(
      out,
      ['dimensions', i, 'elements'],
      d.elements.map((e) => e.weight),
      ['elemen', 'element'],
    ),
  );

  // Readiness.
  const r = f.readiness;
  checkScale(out, ['readiness', 'scale'], r.scale);
  duplicates(
    out,
    r.pillars.map((p, i) => ({ id: p.id, path: ['readiness', 'pillars', i] })),
    ['Pilar', 'Pillar'],
  );
  duplicates(
    out,
    r.pillars.flatMap((p, i) =>
      p.aspects.map((a, j) => ({ id: a.id, path: ['readiness', 'pillars', i, 'aspects', j] })),
    ),
    ['Aspek', 'Aspect'],
  );
  duplicates(
    out,
    r.pillars.flatMap((p, i) =>
      p.aspects.flatMap((a, j) =>
        a.items.map((it, k) => ({ id: it.id, path: ['readiness', 'pillars', i, 'aspects', j, 'items', k] })),
      ),
    ),
    ['Butir kuesioner', 'Questionnaire item'],
  );
  checkWeightSum(
    out,
    ['readiness', 'pillars'],
    r.pillars.filter((p) => p.enabledByDefault).map((p) => p.weight),
    ['pilar aktif', 'enabled pillar'],
  );

  // Maturity ladders.
  const m = f.maturity;
  duplicates(
    out,
    m.ladders.map((l, i) => ({ id: l.id, path: ['maturity', 'ladders', i] })),
    ['Tangga', 'Ladder'],
  );
  if (!m.ladders.some((l) => l.id === m.defaultLadder))
    out.push(
      issue(
        ['maturity', 'defaultLadder'],
        'unknown-reference',
        `Tangga "${m.defaultLadder}" tidak ada.`,
        `There is no ladder "${m.defaultLadder}".`,
      ),
    );
  m.ladders.forEach((l, i) => {
    duplicates(
      out,
      l.levels.map((lv, j) => ({ id: lv.id, path: ['maturity', 'ladders', i, 'levels', j] })),
      ['Tingkat', 'Level'],
    );
    l.levels.forEach((lv, j) => {
      const prev = l.levels[j - 1];
      if (prev && lv.level !== prev.level + 1)
        out.push(
          issue(
            ['maturity', 'ladders', i, 'levels', j, 'level'],
            'unordered-thresholds',
            'Tingkat harus berurutan naik satu per satu.',
            'Levels must ascend one by one.',
          ),
        );
    });
    const lo = l.levels[0]?.level ?? 0;
    const hi = l.levels[l.levels.length - 1]?.level ?? 0;
    duplicates(
      out,
      l.predicates.map((p, j) => ({ id: p.id, path: ['maturity', 'ladders', i, 'predicates', j] })),
      ['Predikat', 'Predicate'],
    );
    const mins = l.predicates.map((p) => p.min);
    if (new Set(mins).size !== mins.length)
      out.push(
        issue(
          ['maturity', 'ladders', i, 'predicates'],
          'unordered-thresholds',
          'Dua predikat memiliki batas bawah yang sama.',
          'Two predicates share the same lower bound.',
        ),
      );
    l.predicates.forEach((p, j) => {
      if (p.min < lo || p.min > hi)
        out.push(
          issue(
            ['maturity', 'ladders', i, 'predicates', j, 'min'],
            'out-of-scale',
            `Batas predikat harus di antara ${lo} dan ${hi}.`,
            `A predicate's bound must lie between ${lo} and ${hi}.`,
          ),
        );
    });
    if (l.predicates.length > 0 && !l.predicates.some((p) => p.min <= lo))
      out.push(
        issue(
          ['maturity', 'ladders', i, 'predicates'],
          'invalid-range',
          `Predikat harus mencakup indeks terendah (${lo}).`,
          `The predicates must cover the lowest index (${lo}).`,
        ),
      );
  });

  // Evaluation index.
  const ev = f.evaluation;
  checkScale(out, ['evaluation', 'scale'], ev.scale);
  duplicates(
    out,
    ev.dimensions.map((d, i) => ({ id: d.id, path: ['evaluation', 'dimensions', i] })),
    ['Dimensi evaluasi', 'Evaluation dimension'],
  );
  duplicates(
    out,
    ev.weightSets.map((w, i) => ({ id: w.id, path: ['evaluation', 'weightSets', i] })),
    ['Set bobot', 'Weight set'],
  );
  if (!ev.weightSets.some((w) => w.id === ev.defaultWeightSet))
    out.push(
      issue(
        ['evaluation', 'defaultWeightSet'],
        'unknown-reference',
        `Set bobot "${ev.defaultWeightSet}" tidak ada.`,
        `There is no weight set "${ev.defaultWeightSet}".`,
      ),
    );
  const evIds = new Set(ev.dimensions.map((d) => d.id));
  ev.weightSets.forEach((w, i) => {
    const path = ['evaluation', 'weightSets', i, 'weights'];
    for (const key of Object.keys(w.weights))
      if (!evIds.has(key))
        out.push(
          issue(
            [...path, key],
            'unknown-reference',
            `Dimensi evaluasi "${key}" tidak ada.`,
            `There is no evaluation dimension "${key}".`,
          ),
        );
    for (const id of evIds)
      if (!(id in w.weights))
        out.push(
          issue(
            [...path, id],
            'invalid-weights',
            `Bobot "${id}" belum diisi.`,
            `The weight of "${id}" is missing.`,
          ),
        );
    const sum = Object.values(w.weights).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-6)
      out.push(
        issue(
          path,
          'invalid-weights',
          `Jumlah bobot harus 1 (100%), sekarang ${+sum.toFixed(6)}.`,
          `The weights must add up to 1 (100%), not ${+sum.toFixed(6)}.`,
        ),
      );
  });

  // Quick wins.
  const qw = f.quickWin;
  checkScale(out, ['quickWin', 'scale'], qw.scale);
  duplicates(
    out,
    qw.criteria.map((c, i) => ({ id: c.id, path: ['quickWin', 'criteria', i] })),
    ['Kriteria', 'Criterion'],
  );
  checkWeightSum(
    out,
    ['quickWin', 'criteria'],
    qw.criteria.map((c) => c.weight),
    ['kriteria', 'criterion'],
  );
  for (const axis of ['impact', 'effort'] as const)
    if (!qw.criteria.some((c) => c.axis === axis && c.weight > EPS))
      out.push(
        issue(
          ['quickWin', 'criteria'],
          'invalid-weights',
          `Sumbu "${axis}" butuh sedikitnya satu kriteria berbobot.`,
          `The "${axis}" axis needs at least one weighted criterion.`,
        ),
      );
  if (qw.quadrantThreshold <= qw.scale.min || qw.quadrantThreshold > qw.scale.max)
    out.push(
      issue(
        ['quickWin', 'quadrantThreshold'],
        'out-of-scale',
        'Ambang kuadran harus di dalam skala.',
        'The quadrant threshold must lie inside the scale.',
      ),
    );
  duplicates(
    out,
    qw.quadrants.map((c, i) => ({ id: c.id, path: ['quickWin', 'quadrants', i] })),
    ['Kuadran', 'Quadrant'],
  );

  // Digital literacy.
  const lit = f.literacy;
  checkScale(out, ['literacy', 'scale'], lit.scale);
  duplicates(
    out,
    lit.pillars.map((p, i) => ({ id: p.id, path: ['literacy', 'pillars', i] })),
    ['Pilar literasi', 'Literacy pillar'],
  );
  duplicates(
    out,
    lit.targetGroups.map((g, i) => ({ id: g.id, path: ['literacy', 'targetGroups', i] })),
    ['Kelompok sasaran', 'Target group'],
  );
  const litIds = new Set(lit.pillars.map((p) => p.id));
  lit.national.forEach((n, i) => {
    for (const [key, v] of Object.entries(n.pillars)) {
      if (!litIds.has(key))
        out.push(
          issue(
            ['literacy', 'national', i, 'pillars', key],
            'unknown-reference',
            `Pilar "${key}" tidak ada.`,
            `There is no pillar "${key}".`,
          ),
        );
      else if (v !== null && (v < lit.scale.min || v > lit.scale.max))
        out.push(
          issue(
            ['literacy', 'national', i, 'pillars', key],
            'out-of-scale',
            'Nilai di luar skala.',
            'The value is outside the scale.',
          ),
        );
    }
  });

  // Roadmap phases: ordered, contiguous, from year 1.
  const rm = f.roadmap;
  if (rm.horizon.min > rm.horizon.max)
    out.push(
      issue(
        ['roadmap', 'horizon'],
        'invalid-range',
        'Horizon: min melebihi max.',
        'Horizon: min exceeds max.',
      ),
    );
  rm.phases.forEach((p, i) => {
    const expectedFrom = i === 0 ? 1 : (rm.phases[i - 1]?.toYear ?? 0) + 1;
    if (p.fromYear !== expectedFrom || p.toYear < p.fromYear)
      out.push(
        issue(
          ['roadmap', 'phases', i],
          'unordered-thresholds',
          `Fase harus berurutan tanpa celah, mulai tahun ${expectedFrom}.`,
          `Phases must follow each other without gaps, starting at year ${expectedFrom}.`,
        ),
      );
  });
  if ((rm.phases[rm.phases.length - 1]?.toYear ?? 0) < rm.horizon.max)
    out.push(
      issue(
        ['roadmap', 'phases'],
        'invalid-range',
        `Fase harus mencakup sampai tahun ${rm.horizon.max}.`,
        `The phases must cover up to year ${rm.horizon.max}.`,
      ),
    );

  for (const key of ['fundingSources', 'innovationKinds', 'programmeSources'] as const)
    duplicates(
      out,
      f[key].options.map((o, i) => ({ id: o.id, path: [key, 'options', i] })),
      ['Pilihan', 'Option'],
    );
  duplicates(
    out,
    f.report.chapters.map((c, i) => ({ id: c.id, path: ['report', 'chapters', i] })),
    ['Bab', 'Chapter'],
  );
  return out;
}

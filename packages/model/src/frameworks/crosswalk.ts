import type { LocalizedText } from '../i18n.js';
import {
  type Crosswalk,
  type CrosswalkChangeKind,
  CrosswalkSchema,
  type CrosswalkScope,
} from '../schema/crosswalk.js';
import {
  DocumentSchema,
  type ElementAssessment,
  type EvaluationBody,
  type Masterplan,
  type MaturityAssessment,
  type ReadinessAnswer,
  type ReadinessAssessment,
  type SmartCityDocument,
} from '../schema/documents.js';
import type { Framework } from '../schema/framework.js';
import { checkDocument } from '../validation/document-checks.js';
import { type InputLimits, readJson } from '../validation/guard.js';
import { fromZodIssues, type IssuePath, issue, type ValidationIssue } from '../validation/issues.js';
import type { ParseResult } from './registry.js';

/** One id (or group of ids) of the older version as the document used it, and what it became. */
export interface CrosswalkMapping {
  readonly scope: CrosswalkScope;
  readonly change: CrosswalkChangeKind | 'unchanged';
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** What was done with the document's values, in Bahasa Indonesia and English. */
  readonly rule: LocalizedText;
  /** The crosswalk's own note on the change, if any. */
  readonly note: LocalizedText | null;
  /** Where the document used the ids (paths in the older document). */
  readonly paths: readonly IssuePath[];
}

/** Something the document held that cannot be read under the newer version, and why. Never dropped silently. */
export interface CrosswalkGap {
  readonly scope: CrosswalkScope | 'weight-set' | 'ladder';
  readonly id: string;
  /** Where it was, in the older document. */
  readonly path: IssuePath;
  readonly reason: LocalizedText;
}

/** A document read under a newer framework version. */
export interface CrosswalkReading<T extends SmartCityDocument = SmartCityDocument> {
  /** The document rewritten for the newer version (`framework.version` updated). */
  readonly document: T;
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  /** Every id the document used, with what it became and why, in order of first use. */
  readonly mappings: readonly CrosswalkMapping[];
  /** What could not be carried over. */
  readonly unmapped: readonly CrosswalkGap[];
  /** Problems of the rewritten document under the newer version (empty when it is valid there). */
  readonly issues: readonly ValidationIssue[];
}

type Resolution =
  | { kind: CrosswalkChangeKind | 'unchanged'; to: string[]; group: string[]; note: LocalizedText | null }
  | { kind: 'unknown'; to: []; group: string[]; note: null };

const RULES: Record<CrosswalkChangeKind | 'unchanged', LocalizedText> = {
  unchanged: {
    id: 'Sama di kedua versi; nilai dipakai apa adanya.',
    en: 'The same in both versions; values kept as they are.',
  },
  renamed: {
    id: 'Berganti nama; nilai dipindahkan ke nama baru.',
    en: 'Renamed; values moved to the new id.',
  },
  split: {
    id: 'Dipecah; nilai disalin ke setiap bagian barunya.',
    en: 'Split; values copied to each of its new parts.',
  },
  merged: {
    id: 'Digabung; tingkat dan jawaban = yang terendah dari yang digabung, target = yang tertinggi, skor evaluasi = rerata (bawaan toolkit).',
    en: 'Merged; levels and answers = the lowest of those merged, targets = the highest, evaluation scores = the mean (toolkit default).',
  },
  retired: {
    id: 'Dihapus di versi baru; nilainya tidak dibawa.',
    en: 'Retired in the newer version; its values are not carried over.',
  },
};

function targetIds(f: Framework): Record<CrosswalkScope, Set<string>> {
  const ids: Record<CrosswalkScope, Set<string>> = {
    dimension: new Set(),
    element: new Set(),
    pillar: new Set(),
    aspect: new Set(),
    item: new Set(),
    'evaluation-dimension': new Set(),
  };
  for (const d of f.dimensions) {
    ids.dimension.add(d.id);
    for (const e of d.elements) ids.element.add(e.id);
  }
  for (const p of f.readiness.pillars) {
    ids.pillar.add(p.id);
    for (const a of p.aspects) {
      ids.aspect.add(a.id);
      for (const i of a.items) ids.item.add(i.id);
    }
  }
  for (const d of f.evaluation.dimensions) ids['evaluation-dimension'].add(d.id);
  return ids;
}

const pathKey = (p: IssuePath) => JSON.stringify(p);

/**
 * Reads a document made under an older version of a framework under the newer one, through the crosswalk
 * between them: ids renamed, split or merged are rewritten (values copied to each part of a split; the
 * lowest level or answer and the highest target of a merge, the mean of merged evaluation scores), retired
 * ones are left out and listed, and ids neither version's crosswalk explains are listed too. Every id the
 * document used is reported with what it became. The rewritten document is checked under the newer version;
 * its problems come back as `issues`. Pure: the input document is not changed.
 */
export function readUnderVersion<T extends SmartCityDocument>(
  doc: T,
  target: Framework,
  crosswalk: Crosswalk,
): CrosswalkReading<T> {
  const known = targetIds(target);
  const changes = new Map<string, Crosswalk['changes'][number]>();
  for (const c of crosswalk.changes) for (const id of c.from) changes.set(`${c.scope}|${id}`, c);
  const mappings = new Map<string, CrosswalkMapping & { paths: IssuePath[] }>();
  const unmapped: CrosswalkGap[] = [];
  const gapSeen = new Set<string>();
  const gap = (g: CrosswalkGap) => {
    const k = `${g.scope}|${g.id}|${pathKey(g.path)}`;
    if (!gapSeen.has(k)) {
      gapSeen.add(k);
      unmapped.push(g);
    }
  };

  const resolve = (scope: CrosswalkScope, id: string, path: IssuePath): Resolution => {
    const c = changes.get(`${scope}|${id}`);
    let r: Resolution;
    if (c)
      r = {
        kind: c.change,
        to: c.change === 'retired' ? [] : [...c.to],
        group: [...c.from],
        note: c.note ?? null,
      };
    else if (known[scope].has(id)) r = { kind: 'unchanged', to: [id], group: [id], note: null };
    else r = { kind: 'unknown', to: [], group: [id], note: null };
    if (r.kind === 'unknown')
      gap({
        scope,
        id,
        path,
        reason: {
          id: `"${id}" tidak ada di versi ${crosswalk.to} dan tidak dipetakan oleh crosswalk.`,
          en: `"${id}" does not exist in version ${crosswalk.to} and the crosswalk does not map it.`,
        },
      });
    else {
      const key = `${scope}|${r.group.join(',')}`;
      let m = mappings.get(key);
      if (!m) {
        m = { scope, change: r.kind, from: r.group, to: r.to, rule: RULES[r.kind], note: r.note, paths: [] };
        mappings.set(key, m);
      }
      m.paths.push(path);
      if (r.kind === 'retired')
        gap({
          scope,
          id,
          path,
          reason: {
            id: `"${id}" dihapus di versi ${crosswalk.to}; nilainya tidak dibawa.`,
            en: `"${id}" is retired in version ${crosswalk.to}; its value is not carried over.`,
          },
        });
    }
    return r;
  };
  /** A list of ids mapped one by one, flattened and without repeats. */
  const mapList = (scope: CrosswalkScope, ids: readonly string[], path: IssuePath): string[] => {
    const out: string[] = [];
    ids.forEach((id, j) => {
      for (const t of resolve(scope, id, [...path, j]).to) if (!out.includes(t)) out.push(t);
    });
    return out;
  };
  /** One id where the document holds one: a split is ambiguous unless `prefer` picks a part. */
  const mapOne = (
    scope: CrosswalkScope,
    id: string,
    path: IssuePath,
    prefer: readonly string[] = [],
  ): string | null => {
    const r = resolve(scope, id, path);
    if (r.to.length <= 1) return r.to[0] ?? null;
    const pick = r.to.find((t) => prefer.includes(t));
    if (pick) return pick;
    gap({
      scope,
      id,
      path,
      reason: {
        id: `"${id}" dipecah menjadi ${r.to.join(', ')}; di sini hanya satu yang dapat dipakai: pilih salah satu.`,
        en: `"${id}" is split into ${r.to.join(', ')}; only one fits here: choose one.`,
      },
    });
    return null;
  };
  const dimensionOf = new Map<string, string>();
  for (const d of target.dimensions) for (const e of d.elements) dimensionOf.set(e.id, d.id);

  const readAnswers = (a: ReadinessAssessment, path: IssuePath): ReadinessAssessment => {
    const byItem = new Map<string, ReadinessAnswer[]>();
    a.answers.forEach((ans, i) => {
      for (const t of resolve('item', ans.item, [...path, 'answers', i, 'item']).to) {
        const list = byItem.get(t) ?? [];
        list.push(ans);
        byItem.set(t, list);
      }
    });
    const answers = [...byItem].map(([item, list]): ReadinessAnswer => {
      if (list.length === 1) return { ...list[0]!, item };
      const numbers = list.map((x) => x.value).filter((v): v is number => typeof v === 'number');
      const value =
        numbers.length > 0
          ? Math.min(...numbers)
          : list.every((x) => x.value === list[0]!.value)
            ? list[0]!.value
            : 'unknown';
      return { item, value, evidence: list.flatMap((x) => x.evidence) };
    });
    const pillars: Record<string, boolean> = {};
    for (const [k, v] of Object.entries(a.pillars)) {
      const to = mapOne('pillar', k, [...path, 'pillars', k]);
      if (to) pillars[to] = v;
    }
    return { ...a, pillars, answers };
  };

  const readMaturity = (a: MaturityAssessment, path: IssuePath): MaturityAssessment => {
    const out: MaturityAssessment = { ...a, elements: [] };
    if (a.ladder !== undefined && !target.maturity.ladders.some((l) => l.id === a.ladder)) {
      delete out.ladder;
      gap({
        scope: 'ladder',
        id: a.ladder,
        path: [...path, 'ladder'],
        reason: {
          id: `Tangga "${a.ladder}" tidak ada di versi ${crosswalk.to}; tangga bawaan "${target.maturity.defaultLadder}" dipakai.`,
          en: `Ladder "${a.ladder}" does not exist in version ${crosswalk.to}; the default ladder "${target.maturity.defaultLadder}" is used.`,
        },
      });
    }
    const byElement = new Map<string, ElementAssessment[]>();
    a.elements.forEach((e, i) => {
      for (const t of resolve('element', e.element, [...path, 'elements', i, 'element']).to) {
        const list = byElement.get(t) ?? [];
        list.push(e);
        byElement.set(t, list);
      }
    });
    for (const [element, list] of byElement) {
      if (list.length === 1) {
        out.elements.push({ ...list[0]!, element });
        continue;
      }
      const currents = list.map((x) => x.current).filter((v): v is number => typeof v === 'number');
      const targets = list.map((x) => x.target).filter((v): v is number => typeof v === 'number');
      const merged: ElementAssessment = { element, evidence: list.flatMap((x) => x.evidence) };
      if (currents.length === list.length) merged.current = Math.min(...currents);
      else {
        // Some parts were assessed by criteria: the criteria met by every part.
        const sets = list.map((x) =>
          typeof x.current === 'number'
            ? new Set(Array.from({ length: x.current + 1 }, (_, k) => k))
            : new Set(x.criteriaMet ?? []),
        );
        merged.criteriaMet = [...sets[0]!].filter((l) => sets.every((s) => s.has(l))).sort((p, q) => p - q);
      }
      if (targets.length > 0) merged.target = Math.max(...targets);
      const notes = list.flatMap((x) => (x.note ? [x.note] : []));
      if (notes.length > 0) merged.note = notes.join(' / ');
      out.elements.push(merged);
    }
    return out;
  };

  const readEvaluation = (e: EvaluationBody, path: IssuePath): EvaluationBody => {
    // An evaluation on a ministry instrument answers the instrument's dimensions, not the framework's.
    if (e.instrument) return e;
    const out: EvaluationBody = { ...e, scores: {} };
    if (e.weightSet !== undefined && !target.evaluation.weightSets.some((w) => w.id === e.weightSet)) {
      delete out.weightSet;
      gap({
        scope: 'weight-set',
        id: e.weightSet,
        path: [...path, 'weightSet'],
        reason: {
          id: `Set bobot "${e.weightSet}" tidak ada di versi ${crosswalk.to}; set bawaan "${target.evaluation.defaultWeightSet}" dipakai.`,
          en: `Weight set "${e.weightSet}" does not exist in version ${crosswalk.to}; the default set "${target.evaluation.defaultWeightSet}" is used.`,
        },
      });
    }
    const sums = new Map<string, number[]>();
    for (const [k, v] of Object.entries(e.scores))
      for (const t of resolve('evaluation-dimension', k, [...path, 'scores', k]).to) {
        const list = sums.get(t) ?? [];
        list.push(v);
        sums.set(t, list);
      }
    for (const [k, list] of sums) out.scores[k] = list.reduce((s, x) => s + x, 0) / list.length;
    return out;
  };

  const readMasterplan = (m: Masterplan): Masterplan => {
    const out: Masterplan = { ...m };
    out.missions = m.missions.map((x, i) => ({
      ...x,
      dimensions: mapList('dimension', x.dimensions, ['missions', i, 'dimensions']),
    }));
    out.strategies = m.strategies.map((s, i) => {
      const element = s.element ? mapOne('element', s.element, ['strategies', i, 'element']) : null;
      const prefer = element ? [dimensionOf.get(element) ?? ''] : [];
      const dimension = mapOne('dimension', s.dimension, ['strategies', i, 'dimension'], prefer);
      const next = { ...s, dimension: dimension ?? s.dimension };
      if (element) next.element = element;
      else delete next.element;
      return next;
    });
    out.programmes = m.programmes.map((p, i) => {
      const path = ['programmes', i];
      const elements = mapList('element', p.elements, [...path, 'elements']);
      if (elements.length === 0)
        gap({
          scope: 'element',
          id: p.id,
          path: [...path, 'elements'],
          reason: {
            id: `Program ${p.id} tidak lagi punya elemen di versi ${crosswalk.to}; tetapkan elemennya.`,
            en: `Programme ${p.id} has no element left in version ${crosswalk.to}; assign its elements.`,
          },
        });
      const prefer = elements.map((e) => dimensionOf.get(e) ?? '');
      const dimension = mapOne('dimension', p.dimension, [...path, 'dimension'], prefer);
      const next = { ...p, elements, dimension: dimension ?? p.dimension };
      if (p.moves)
        next.moves = p.moves.flatMap((mv, j) =>
          resolve('element', mv.element, [...path, 'moves', j, 'element']).to.map((element) => ({
            ...mv,
            element,
          })),
        );
      return next;
    });
    if (m.readiness) out.readiness = readAnswers(m.readiness, ['readiness']);
    if (m.readinessHistory)
      out.readinessHistory = m.readinessHistory.map((a, i) => readAnswers(a, ['readinessHistory', i]));
    out.maturity = m.maturity.map((a, i) => readMaturity(a, ['maturity', i]));
    out.evaluations = m.evaluations.map((e, i) => readEvaluation(e, ['evaluations', i]));
    return out;
  };

  let document: SmartCityDocument;
  switch (doc.kind) {
    case 'smartcity.masterplan':
      document = readMasterplan(doc);
      break;
    case 'smartcity.readiness':
      document = { ...doc, assessment: readAnswers(doc.assessment, ['assessment']) };
      break;
    case 'smartcity.maturity':
      document = { ...doc, assessment: readMaturity(doc.assessment, ['assessment']) };
      break;
    case 'smartcity.evaluation':
      document = { ...doc, evaluation: readEvaluation(doc.evaluation, ['evaluation']) };
      break;
    default:
      // A self-assessment answers an evaluation instrument, whose versions have their own crosswalk
      // (`findInstrumentCrosswalk`); nothing in it names the framework's elements.
      document = doc;
  }
  document = { ...document, framework: { id: target.id, version: target.version } };
  const issues: ValidationIssue[] = [];
  if (crosswalk.framework !== doc.framework.id || crosswalk.from !== doc.framework.version)
    issues.push(
      issue(
        ['framework'],
        'unknown-framework-version',
        `Crosswalk ini untuk ${crosswalk.framework} ${crosswalk.from}, bukan ${doc.framework.id} ${doc.framework.version}.`,
        `This crosswalk is for ${crosswalk.framework} ${crosswalk.from}, not ${doc.framework.id} ${doc.framework.version}.`,
      ),
    );
  if (crosswalk.framework !== target.id || crosswalk.to !== target.version)
    issues.push(
      issue(
        ['framework'],
        'unknown-framework-version',
        `Crosswalk ini menuju ${crosswalk.framework} ${crosswalk.to}, bukan ${target.id} ${target.version}.`,
        `This crosswalk leads to ${crosswalk.framework} ${crosswalk.to}, not ${target.id} ${target.version}.`,
      ),
    );
  const parsed = DocumentSchema.safeParse(document);
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues));
  else issues.push(...checkDocument(parsed.data, target));
  return {
    document: document as T,
    from: { ...doc.framework },
    to: { id: target.id, version: target.version },
    mappings: [...mappings.values()],
    unmapped,
    issues,
  };
}

/** Parses a crosswalk (JSON text or a value): its shape, and that each change has the arity its kind needs. */
export function parseCrosswalk(input: unknown, limits?: InputLimits): ParseResult<Crosswalk> {
  const read = readJson(input, limits);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const parsed = CrosswalkSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues: ValidationIssue[] = [];
  const arity: Record<
    CrosswalkChangeKind,
    [from: string, to: string, ok: (f: number, t: number) => boolean]
  > = {
    renamed: ['1', '1', (f, t) => f === 1 && t === 1],
    split: ['1', '2+', (f, t) => f === 1 && t >= 2],
    merged: ['2+', '1', (f, t) => f >= 2 && t === 1],
    retired: ['1+', '0', (_f, t) => t === 0],
  };
  const seen = new Set<string>();
  parsed.data.changes.forEach((c, i) => {
    const [f, t, ok] = arity[c.change];
    if (!ok(c.from.length, c.to.length))
      issues.push(
        issue(
          ['changes', i],
          'invalid',
          `Perubahan "${c.change}" memetakan ${f} ke ${t} pengenal; ditemukan ${c.from.length} ke ${c.to.length}.`,
          `A "${c.change}" change maps ${f} to ${t} ids; found ${c.from.length} to ${c.to.length}.`,
        ),
      );
    c.from.forEach((id, j) => {
      const k = `${c.scope}|${id}`;
      if (seen.has(k))
        issues.push(
          issue(
            ['changes', i, 'from', j],
            'duplicate-id',
            `"${id}" sudah dipetakan oleh perubahan lain.`,
            `"${id}" is already mapped by another change.`,
          ),
        );
      seen.add(k);
    });
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: parsed.data, issues: [] };
}

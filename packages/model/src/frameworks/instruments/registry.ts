import {
  type Instrument,
  type InstrumentCrosswalk,
  InstrumentCrosswalkSchema,
  type InstrumentDimension,
  type InstrumentIndicator,
  type InstrumentQuestion,
  type InstrumentRef,
  InstrumentSchema,
  type InstrumentSubIndicator,
} from '../../schema/instrument.js';
import { type InputLimits, readJson } from '../../validation/guard.js';
import { fromZodIssues, type IssuePath, issue, type ValidationIssue } from '../../validation/issues.js';
import type { ParseResult } from '../registry.js';
import { BUILTIN_CROSSWALK_DATA, BUILTIN_INSTRUMENT_DATA } from './builtin.js';

/** One question of an instrument with where it sits in the hierarchy. */
export interface QuestionInContext {
  readonly question: InstrumentQuestion;
  readonly dimension: InstrumentDimension;
  readonly indicator: InstrumentIndicator;
  readonly subIndicator: InstrumentSubIndicator;
  /** Its path in the instrument, e.g. `["dimensions", 0, "indicators", 1, "subIndicators", 0, "questions", 0]`. */
  readonly path: IssuePath;
}

const flatCache = new WeakMap<Instrument, readonly QuestionInContext[]>();

/** Every question of an instrument in form order, each with its dimension, indicator and sub-indicator. */
export function instrumentQuestions(instrument: Instrument): readonly QuestionInContext[] {
  let out = flatCache.get(instrument);
  if (out) return out;
  const list: QuestionInContext[] = [];
  instrument.dimensions.forEach((dimension, d) => {
    dimension.indicators.forEach((indicator, i) => {
      indicator.subIndicators.forEach((subIndicator, s) => {
        subIndicator.questions.forEach((question, k) => {
          list.push({
            question,
            dimension,
            indicator,
            subIndicator,
            path: ['dimensions', d, 'indicators', i, 'subIndicators', s, 'questions', k],
          });
        });
      });
    });
  });
  out = list;
  flatCache.set(instrument, out);
  return out;
}

/** The checks the schema cannot express: unique ids, weights that add up to 1, a sensible scale. */
export function checkInstrument(f: Instrument): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const twice = (path: IssuePath, id: string) =>
    out.push(issue(path, 'duplicate-id', `"${id}" sudah dipakai.`, `"${id}" is used twice.`));
  const dims = new Set<string>();
  const questions = new Set<string>();
  f.dimensions.forEach((d, di) => {
    if (dims.has(d.id)) twice(['dimensions', di, 'id'], d.id);
    dims.add(d.id);
    const indicators = new Set<string>();
    d.indicators.forEach((ind, ii) => {
      if (indicators.has(ind.id)) twice(['dimensions', di, 'indicators', ii, 'id'], ind.id);
      indicators.add(ind.id);
      const subs = new Set<string>();
      ind.subIndicators.forEach((s, si) => {
        if (subs.has(s.id)) twice(['dimensions', di, 'indicators', ii, 'subIndicators', si, 'id'], s.id);
        subs.add(s.id);
      });
    });
  });
  for (const { question, path } of instrumentQuestions(f)) {
    if (questions.has(question.id)) twice([...path, 'id'], question.id);
    questions.add(question.id);
  }
  const sum = f.dimensions.reduce((s, d) => s + d.weight, 0);
  if (Math.abs(sum - 1) > 1e-9)
    out.push(
      issue(
        ['dimensions'],
        'invalid-weights',
        `Bobot dimensi berjumlah ${sum}, seharusnya 1.`,
        `The dimension weights add up to ${sum}, not 1.`,
      ),
    );
  const { min, max, notEvaluated } = f.scale;
  if (!(min < max))
    out.push(
      issue(['scale'], 'invalid-range', 'Skala: min harus di bawah max.', 'Scale: min must be below max.'),
    );
  if (notEvaluated >= min && notEvaluated <= max)
    out.push(
      issue(
        ['scale', 'notEvaluated'],
        'invalid-range',
        `Nilai "tidak dievaluasi" (${notEvaluated}) tidak boleh berada di skala ${min}–${max}.`,
        `The "not evaluated" value (${notEvaluated}) must lie outside the scale ${min}–${max}.`,
      ),
    );
  if (instrumentQuestions(f).some((q) => q.question.source === 'survey') && !f.survey)
    out.push(
      issue(
        ['survey'],
        'invalid',
        'Ada pertanyaan survei tetapi aturan survei tidak diisi.',
        'There are survey questions but no survey rule.',
      ),
    );
  return out;
}

/** Parses and checks an evaluation instrument (JSON text or a value). Never throws on bad input. */
export function parseInstrument(input: unknown, limits?: InputLimits): ParseResult<Instrument> {
  const read = readJson(input, limits);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const parsed = InstrumentSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const problems = checkInstrument(parsed.data);
  if (problems.length > 0) return { ok: false, issues: problems };
  return { ok: true, value: parsed.data, issues: [] };
}

/** A set of instrument versions, looked up by id (and version). */
export interface InstrumentRegistry {
  readonly all: readonly Instrument[];
  /** The instrument with this id and version; without a version, the last one registered for the id. */
  get(id: string, version?: string): Instrument | undefined;
  versions(id: string): readonly string[];
}

/** Builds a registry; throws if two instruments share an id and version (a programming error). */
export function createInstrumentRegistry(instruments: readonly Instrument[]): InstrumentRegistry {
  const byKey = new Map<string, Instrument>();
  for (const x of instruments) {
    const key = `${x.id}@${x.version}`;
    if (byKey.has(key)) throw new Error(`Instrument ${key} is registered twice`);
    byKey.set(key, x);
  }
  const all = [...byKey.values()];
  return {
    all,
    get: (id, version) =>
      version === undefined ? all.filter((x) => x.id === id).at(-1) : byKey.get(`${id}@${version}`),
    versions: (id) => all.filter((x) => x.id === id).map((x) => x.version),
  };
}

/** The issue for a reference to an instrument the registry lacks, listing those it has. */
export function unknownInstrumentIssue(
  registry: InstrumentRegistry,
  path: IssuePath,
  ref: Partial<InstrumentRef>,
): ValidationIssue {
  const known = registry.all.map((x) => `${x.id}@${x.version}`).join(', ');
  const name = `${String(ref.id)}${ref.version ? `@${ref.version}` : ''}`;
  return issue(
    path,
    'unknown-instrument',
    `Instrumen evaluasi "${name}" tidak dikenal; yang tersedia: ${known}.`,
    `Unknown evaluation instrument "${name}"; available: ${known}.`,
  );
}

/** Checks a crosswalk against the two instruments it joins: every question and dimension of both, once. */
export function checkInstrumentCrosswalk(
  c: InstrumentCrosswalk,
  from: Instrument,
  to: Instrument,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const walk = (
    key: 'questions' | 'dimensions',
    fromIds: ReadonlySet<string>,
    toIds: ReadonlySet<string>,
  ) => {
    const seenFrom = new Set<string>();
    const seenTo = new Set<string>();
    c[key].forEach((e, i) => {
      const needFrom = e.relation !== 'new';
      const needTo = e.relation !== 'discontinued';
      for (const [side, id, ids, seen, need] of [
        ['from', e.from, fromIds, seenFrom, needFrom],
        ['to', e.to, toIds, seenTo, needTo],
      ] as const) {
        if (need && id === undefined)
          out.push(
            issue(
              [key, i, side],
              'invalid',
              `Hubungan "${e.relation}" memerlukan "${side}".`,
              `The relation "${e.relation}" needs "${side}".`,
            ),
          );
        if (!need && id !== undefined)
          out.push(
            issue(
              [key, i, side],
              'invalid',
              `Hubungan "${e.relation}" tidak boleh memiliki "${side}".`,
              `The relation "${e.relation}" must not have "${side}".`,
            ),
          );
        if (id === undefined) continue;
        if (!ids.has(id))
          out.push(issue([key, i, side], 'unknown-reference', `"${id}" tidak ada.`, `There is no "${id}".`));
        if (seen.has(id))
          out.push(issue([key, i, side], 'duplicate-id', `"${id}" sudah dipakai.`, `"${id}" is used twice.`));
        seen.add(id);
      }
    });
    for (const [ids, seen, side] of [
      [fromIds, seenFrom, 'from'],
      [toIds, seenTo, 'to'],
    ] as const)
      for (const id of ids)
        if (!seen.has(id))
          out.push(
            issue(
              [key],
              'invalid',
              `"${id}" (${side}) tidak ada dalam padanan.`,
              `"${id}" (${side}) is missing from the crosswalk.`,
            ),
          );
  };
  walk(
    'questions',
    new Set(instrumentQuestions(from).map((q) => q.question.id)),
    new Set(instrumentQuestions(to).map((q) => q.question.id)),
  );
  walk('dimensions', new Set(from.dimensions.map((d) => d.id)), new Set(to.dimensions.map((d) => d.id)));
  return out;
}

/** Parses a crosswalk and checks it against the instruments of a registry. Never throws on bad input. */
export function parseInstrumentCrosswalk(
  input: unknown,
  registry: InstrumentRegistry = BUILTIN_INSTRUMENTS,
  limits?: InputLimits,
): ParseResult<InstrumentCrosswalk> {
  const read = readJson(input, limits);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const parsed = InstrumentCrosswalkSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const c = parsed.data;
  const from = registry.get(c.from.id, c.from.version);
  const to = registry.get(c.to.id, c.to.version);
  if (!from) return { ok: false, issues: [unknownInstrumentIssue(registry, ['from'], c.from)] };
  if (!to) return { ok: false, issues: [unknownInstrumentIssue(registry, ['to'], c.to)] };
  const problems = checkInstrumentCrosswalk(c, from, to);
  if (problems.length > 0) return { ok: false, issues: problems };
  return { ok: true, value: c, issues: [] };
}

function builtin<T>(r: ParseResult<T>, what: string): T {
  if (!r.ok) throw new Error(`Built-in ${what} is invalid: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** The evaluation instruments that ship with the toolkit: 2021 guideline, 2022, 2023 stage II. */
export const BUILTIN_INSTRUMENTS: InstrumentRegistry = createInstrumentRegistry(
  BUILTIN_INSTRUMENT_DATA.map((x) => builtin(parseInstrument(x), `instrument ${x.id}`)),
);

/** The crosswalks that ship with the toolkit (2022 → 2023 stage II). */
export const BUILTIN_INSTRUMENT_CROSSWALKS: readonly InstrumentCrosswalk[] = BUILTIN_CROSSWALK_DATA.map((c) =>
  builtin(parseInstrumentCrosswalk(c, BUILTIN_INSTRUMENTS), `crosswalk ${c.id}`),
);

/** The crosswalk joining two instruments, in either direction, if one is known. */
export function findInstrumentCrosswalk(
  from: InstrumentRef,
  to: InstrumentRef,
  crosswalks: readonly InstrumentCrosswalk[] = BUILTIN_INSTRUMENT_CROSSWALKS,
): { crosswalk: InstrumentCrosswalk; reversed: boolean } | undefined {
  const same = (a: InstrumentRef, b: InstrumentRef) => a.id === b.id && a.version === b.version;
  for (const c of crosswalks) {
    if (same(c.from, from) && same(c.to, to)) return { crosswalk: c, reversed: false };
    if (same(c.from, to) && same(c.to, from)) return { crosswalk: c, reversed: true };
  }
  return undefined;
}

/** Whether an instrument evaluates a region, and why not. */
export type Applicability =
  | { readonly applies: true }
  | { readonly applies: false; readonly reason: { readonly id: string; readonly en: string } };

/**
 * Whether an instrument applies to a region: its cohort must be one the instrument names (when it names
 * any), and it must belong to one of the instrument's areas (when it names any). An unknown cohort does not
 * apply to an instrument limited to cohorts. Which regions belong to an area is the caller's to say.
 */
export function instrumentApplies(
  instrument: Instrument,
  region: { readonly cohort?: number | null | undefined; readonly areas?: readonly string[] },
): Applicability {
  const { cohorts, areas } = instrument.appliesTo;
  const name = instrument.title;
  if (cohorts.length > 0 && (region.cohort == null || !cohorts.includes(region.cohort)))
    return {
      applies: false,
      reason: {
        id: `${name.id} berlaku untuk kohort ${cohorts.join(', ')}; kohort daerah ini ${region.cohort ?? 'tidak diketahui'}.`,
        en: `${name.en} applies to the ${cohorts.join(', ')} cohort; this region's cohort is ${region.cohort ?? 'unknown'}.`,
      },
    };
  if (areas.length > 0 && !areas.some((a) => region.areas?.includes(a)))
    return {
      applies: false,
      reason: {
        id: `${name.id} berlaku untuk daerah di kawasan ${areas.join(', ')}; daerah ini tidak menyatakan kawasan itu (assessment.areas).`,
        en: `${name.en} applies to regions of the ${areas.join(', ')} area; this region does not state it (assessment.areas).`,
      },
    };
  return { applies: true };
}

import {
  BUILTIN_INSTRUMENT_CROSSWALKS,
  findInstrumentCrosswalk,
  type InstrumentCrosswalk,
  type InstrumentCrosswalkEntry,
  type InstrumentCrosswalkRelation,
  type LocalizedText,
} from '@smartcity/model';
import type { InstrumentResult } from './instrument.js';

/** One figure's change from one year's evaluation to the next. */
export interface EvaluationChange {
  /** Id in the earlier instrument (absent for a new one). */
  readonly from?: string;
  /** Id in the later instrument (absent for a discontinued one). */
  readonly to?: string;
  /** How the two relate: only `continues` gives a `change`. */
  readonly relation: InstrumentCrosswalkRelation;
  readonly before: number | null;
  readonly after: number | null;
  /** `after − before` when the figure continues and both years have it; otherwise `null`. */
  readonly change: number | null;
  readonly note?: LocalizedText;
}

/** The change between two evaluations of one region, question by question, dimension by dimension. */
export interface EvaluationComparison {
  readonly from: { readonly id: string; readonly version: string; readonly year: number };
  readonly to: { readonly id: string; readonly version: string; readonly year: number };
  /** The crosswalk used; `null` for two evaluations on the same instrument, or when none is known. */
  readonly crosswalk: string | null;
  readonly index: EvaluationChange;
  readonly dimensions: readonly EvaluationChange[];
  readonly questions: readonly EvaluationChange[];
}

const NO_CROSSWALK: LocalizedText = {
  id: 'Tidak ada padanan antara kedua instrumen: angka tidak dibandingkan.',
  en: 'No crosswalk joins the two instruments: the figures are not compared.',
};

function change(
  e: Pick<InstrumentCrosswalkEntry, 'from' | 'to' | 'relation' | 'note'>,
  before: number | null,
  after: number | null,
): EvaluationChange {
  return {
    ...(e.from !== undefined ? { from: e.from } : {}),
    ...(e.to !== undefined ? { to: e.to } : {}),
    relation: e.relation,
    before,
    after,
    change: e.relation === 'continues' && before !== null && after !== null ? after - before : null,
    ...(e.note ? { note: e.note } : {}),
  };
}

/** A crosswalk read in the other direction: from ↔ to, new ↔ discontinued. */
function reverse(entries: readonly InstrumentCrosswalkEntry[]): InstrumentCrosswalkEntry[] {
  const flip: Record<InstrumentCrosswalkRelation, InstrumentCrosswalkRelation> = {
    continues: 'continues',
    'not-comparable': 'not-comparable',
    new: 'discontinued',
    discontinued: 'new',
  };
  return entries.map((e) => ({
    ...(e.to !== undefined ? { from: e.to } : {}),
    ...(e.from !== undefined ? { to: e.from } : {}),
    relation: flip[e.relation],
    ...(e.note ? { note: e.note } : {}),
  }));
}

/**
 * Compares two evaluations of one region (earlier, later). On the same instrument every question and
 * dimension continues; across versions the crosswalk says which continue, which are new and which must not
 * be compared — only continuing figures get a `change`. The index follows the crosswalk's `index` relation
 * (not comparable when the weights changed). Without a crosswalk, nothing is compared.
 */
export function compareEvaluations(
  earlier: InstrumentResult,
  later: InstrumentResult,
  crosswalks: readonly InstrumentCrosswalk[] = BUILTIN_INSTRUMENT_CROSSWALKS,
): EvaluationComparison {
  const a = earlier.instrument;
  const b = later.instrument;
  const questionsOf = (r: InstrumentResult) =>
    new Map(r.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.value] as const)));
  const qa = questionsOf(earlier);
  const qb = questionsOf(later);
  const da = new Map(earlier.dimensions.map((d) => [d.id, d.score]));
  const db = new Map(later.dimensions.map((d) => [d.id, d.score]));
  const same = a.id === b.id && a.version === b.version;
  let dimensions: InstrumentCrosswalkEntry[];
  let questions: InstrumentCrosswalkEntry[];
  let index: Pick<InstrumentCrosswalkEntry, 'relation' | 'note'>;
  let used: string | null = null;
  if (same) {
    dimensions = [...db.keys()].map((id) => ({ from: id, to: id, relation: 'continues' }));
    questions = [...qb.keys()].map((id) => ({ from: id, to: id, relation: 'continues' }));
    index = { relation: 'continues' };
  } else {
    const found = findInstrumentCrosswalk(a, b, crosswalks);
    if (found) {
      used = found.crosswalk.id;
      dimensions = found.reversed ? reverse(found.crosswalk.dimensions) : [...found.crosswalk.dimensions];
      questions = found.reversed ? reverse(found.crosswalk.questions) : [...found.crosswalk.questions];
      index = found.crosswalk.index;
    } else {
      const none = (ids: Iterable<string>, later: boolean): InstrumentCrosswalkEntry[] =>
        [...ids].map((id) => ({
          ...(later ? { to: id } : { from: id }),
          relation: later ? 'new' : 'discontinued',
          note: NO_CROSSWALK,
        }));
      dimensions = [...none(da.keys(), false), ...none(db.keys(), true)];
      questions = [...none(qa.keys(), false), ...none(qb.keys(), true)];
      index = { relation: 'not-comparable', note: NO_CROSSWALK };
    }
  }
  const at = (m: Map<string, number | null>, id: string | undefined) =>
    id === undefined ? null : (m.get(id) ?? null);
  return {
    from: { id: a.id, version: a.version, year: a.year },
    to: { id: b.id, version: b.version, year: b.year },
    crosswalk: used,
    index: change(index, earlier.index, later.index),
    dimensions: dimensions.map((e) => change(e, at(da, e.from), at(db, e.to))),
    questions: questions.map((e) => change(e, at(qa, e.from), at(qb, e.to))),
  };
}

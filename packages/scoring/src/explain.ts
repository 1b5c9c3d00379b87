import type { Locale, LocalizedText, Provenance } from '@smartcity/model';
import { round } from './stats.js';

/** One input of a figure: an answer, a level, a score, with the weight it carried. */
export interface ExplanationInput {
  /** What the input is (a questionnaire item, an element, a criterion …). */
  readonly label: LocalizedText;
  /** Its value; a string for a non-numeric answer (`not-applicable`, `unknown`), `null` when missing. */
  readonly value: number | string | null;
  /** The weight it carried in the rule, when the rule weighs its inputs. */
  readonly weight?: number;
}

/**
 * Where a figure came from: the rule, the inputs with their weights, the arithmetic written out, and the
 * provenance of the rule (official, adopted or toolkit default) — enough to check the figure by hand.
 */
export interface Explanation {
  /** The rule in words, in Bahasa Indonesia and English. */
  readonly rule: LocalizedText;
  readonly inputs: readonly ExplanationInput[];
  /**
   * The arithmetic, e.g. `(3×1 + 4×1 + 2×1) / 3 = 3.00`. Language-neutral: a dot is the decimal separator in
   * both locales. Intermediate values are shown with up to 4 decimals, results with the framework's
   * reporting decimals (`framework.maturity.decimals`, 2 for GMSC).
   */
  readonly formula: string;
  readonly provenance: Provenance;
}

/**
 * The provenance of the toolkit's own methods that no framework field describes (benchmark statistics,
 * portfolio optimisation, scheduling). These are methods, not weights: every weight, threshold and scale
 * still comes from the framework.
 */
export const TOOLKIT_METHOD: Provenance = { status: 'toolkit-default', source: 'smartcity toolkit' };

/** Formats a number with at most `maxDecimals` decimals (default 4), trailing zeros dropped: `0.3`, `3`, `3.3333`. */
export function formatNumber(x: number, maxDecimals = 4): string {
  return String(round(x, maxDecimals));
}

/** Formats a number with exactly `decimals` decimals, rounding half away from zero: `3.00`, `2.68`. */
export function formatFixed(x: number, decimals: number): string {
  return round(x, decimals).toFixed(decimals);
}

/**
 * The arithmetic of a weighted mean, e.g. `(3×1 + 4×1 + 2×1) / 3 = 3.00`. Terms with weight 0 are left out,
 * as the mean leaves them out.
 */
export function weightedMeanFormula(
  values: readonly number[],
  weights: readonly number[],
  result: number | null,
  decimals: number,
): string {
  const terms: string[] = [];
  let den = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i] ?? 0;
    if (!(w > 0)) continue;
    terms.push(`${formatNumber(values[i]!)}×${formatNumber(w)}`);
    den += w;
  }
  if (terms.length === 0 || result === null) return '—';
  return `(${terms.join(' + ')}) / ${formatNumber(den)} = ${formatFixed(result, decimals)}`;
}

/** An amount of rupiah in full (`Rp 1.250.000.000` / `IDR 1,250,000,000`): see `format.ts`, its owner. */
export { formatRupiah } from './format.js';

const HEADINGS = {
  id: { rule: 'Aturan', inputs: 'Masukan', formula: 'Rumus', source: 'Sumber', weight: 'bobot' },
  en: { rule: 'Rule', inputs: 'Inputs', formula: 'Formula', source: 'Source', weight: 'weight' },
} as const;

const STATUS: Record<Provenance['status'], LocalizedText> = {
  official: { id: 'resmi', en: 'official' },
  adopted: { id: 'diadopsi dari metode resmi pemerintah', en: 'adopted from an official government method' },
  'toolkit-default': {
    id: 'bawaan toolkit, dapat diubah; bukan aturan kementerian',
    en: "toolkit default, configurable; not the ministry's rule",
  },
};

const VALUE_WORDS: Record<string, LocalizedText> = {
  'not-applicable': { id: 'tidak berlaku', en: 'not applicable' },
  unknown: { id: 'tidak diketahui', en: 'unknown' },
  met: { id: 'terpenuhi', en: 'met' },
  'not-met': { id: 'tidak terpenuhi', en: 'not met' },
};

function formatValue(value: ExplanationInput['value'], locale: Locale): string {
  if (value === null) return locale === 'id' ? '(tidak ada)' : '(missing)';
  if (typeof value === 'number') return formatNumber(value);
  return VALUE_WORDS[value]?.[locale] ?? value;
}

/**
 * Writes an explanation as plain text in one language (Bahasa Indonesia by default): the rule, each input
 * with its weight, the formula and the source with its status.
 */
export function explainToText(explanation: Explanation, locale: Locale = 'id'): string {
  const h = HEADINGS[locale];
  const lines = [`${h.rule}: ${explanation.rule[locale]}`];
  if (explanation.inputs.length > 0) {
    lines.push(`${h.inputs}:`);
    for (const input of explanation.inputs) {
      const weight = input.weight === undefined ? '' : ` (${h.weight} ${formatNumber(input.weight)})`;
      lines.push(`- ${input.label[locale]}: ${formatValue(input.value, locale)}${weight}`);
    }
  }
  lines.push(`${h.formula}: ${explanation.formula}`);
  const p = explanation.provenance;
  const note = p.note ? ` ${p.note[locale]}` : '';
  lines.push(`${h.source}: ${p.source} (${STATUS[p.status][locale]}).${note}`);
  return lines.join('\n');
}

/**
 * A base class whose constructor returns the object it is given: a subclass's constructor then adds its
 * private fields to that object. Private fields are invisible to `JSON.stringify`, spreads, `Object.keys`,
 * `Reflect.ownKeys`, `structuredClone` and deep equality, and adding them is an ordinary property store —
 * much cheaper than `Object.defineProperty` with a hidden (non-enumerable) slot.
 */
class Host {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: returning the target is what lets subclasses stamp private fields on it
    return target;
  }
}

interface LazyKey {
  /** Adds the builder to `target`, in a private field. */
  readonly stamp: (target: object, build: () => unknown) => void;
  /** The accessor every object with this key shares, so the objects keep one shape. */
  readonly descriptor: PropertyDescriptor;
}

/** Per lazy key: where each object keeps its builder and value, and the shared accessor. */
const LAZY_KEYS = new Map<string, LazyKey>();

function lazyKey(key: string): LazyKey {
  let k = LAZY_KEYS.get(key);
  if (!k) {
    // A class per key, so that an object can have several lazy properties, each with its own fields.
    class Cell extends Host {
      #build: (() => unknown) | undefined;
      #value: unknown;
      constructor(target: object, build: () => unknown) {
        super(target);
        this.#build = build;
      }
      static read(target: object): unknown {
        const cell = target as Cell;
        const build = cell.#build;
        if (build) {
          cell.#value = build();
          cell.#build = undefined;
        }
        return cell.#value;
      }
    }
    k = {
      stamp: (target, build) => new Cell(target, build),
      descriptor: {
        enumerable: true,
        configurable: true,
        get(this: object) {
          return Cell.read(this);
        },
      },
    };
    LAZY_KEYS.set(key, k);
  }
  return k;
}

/**
 * Defines `key` on `target` as an enumerable property computed on first read and cached: explanations are
 * built only when someone reads them (a property access, `JSON.stringify`, `structuredClone` and deep
 * equality all do), so a national run that never reads them does not pay for them. `build` must use only
 * values captured when the figure was computed, so the text never depends on when it is read.
 */
export function lazy<T extends object, K extends string, V>(
  target: T,
  key: K,
  build: () => V,
): T & { readonly [P in K]: V } {
  const k = lazyKey(key);
  // The builder sits in a private field: JSON, spreads, Object.keys and deep equality never see it.
  k.stamp(target, build);
  Object.defineProperty(target, key, k.descriptor);
  return target as T & { readonly [P in K]: V };
}

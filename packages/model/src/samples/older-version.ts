// AN ILLUSTRATIVE OLDER FRAMEWORK VERSION, made up to exercise the crosswalk: `gmsc` version 2020.1 is not a
// version the ministry published. It differs from 2021.1 in the ways versions differ: an element renamed
// (`services` → `public-service`), two merged (`finance` + `trade` → `transaction`), one split
// (`liveability` → `harmony` + `mobility`), one retired (`water`), a readiness question renamed and an
// evaluation dimension renamed. Use it in demos and tests of `readUnderVersion`, never as a real version.
import { GMSC_2021 } from '../frameworks/gmsc-2021.js';
import type { CrosswalkInput } from '../schema/crosswalk.js';
import type { MasterplanInput } from '../schema/documents.js';
import type { FrameworkInput } from '../schema/framework.js';

type ElementInput = FrameworkInput['dimensions'][number]['elements'][number];

const rename = (e: ElementInput, id: string, en: string): ElementInput => ({
  ...e,
  id,
  name: { id: `${e.name.id} (2020)`, en },
});

function olderFramework(): FrameworkInput {
  const f = structuredClone(GMSC_2021) as FrameworkInput;
  f.version = '2020.1';
  f.title = {
    id: `${f.title.id} — versi ilustratif 2020.1`,
    en: `${f.title.en} — illustrative version 2020.1`,
  };
  for (const d of f.dimensions) {
    const els = d.elements;
    if (d.id === 'governance')
      d.elements = els.map((e) => (e.id === 'public-service' ? rename(e, 'services', 'Services') : e));
    if (d.id === 'economy')
      d.elements = els.flatMap((e) =>
        e.id === 'transaction' ? [rename(e, 'finance', 'Finance'), rename(e, 'trade', 'Trade')] : [e],
      );
    if (d.id === 'living')
      d.elements = [
        rename(els.find((e) => e.id === 'harmony')!, 'liveability', 'Liveability'),
        ...els.filter((e) => e.id === 'health'),
      ];
    if (d.id === 'environment')
      d.elements = [...els, { id: 'water', name: { id: 'Air Bersih', en: 'Clean water' } }];
  }
  const structure = f.readiness.pillars.find((p) => p.id === 'structure')!;
  const hr = structure.aspects.find((a) => a.id === 'human-resources')!;
  hr.items = hr.items.map((i) => (i.id === 'human-resources-1' ? { ...i, id: 'sdm-tik' } : i));
  f.evaluation.dimensions = f.evaluation.dimensions.map((d) =>
    d.id === 'quick-win' ? { ...d, id: 'quickwin' } : d,
  );
  for (const w of f.evaluation.weightSets) {
    const { 'quick-win': qw, ...rest } = w.weights;
    w.weights = { ...rest, ...(qw === undefined ? {} : { quickwin: qw }) };
  }
  return f;
}

/** The illustrative older version (`gmsc` 2020.1), as a framework file would hold it. */
export const ILLUSTRATIVE_OLDER_FRAMEWORK: FrameworkInput = olderFramework();

/** The crosswalk from the illustrative 2020.1 to 2021.1. */
export const ILLUSTRATIVE_CROSSWALK: CrosswalkInput = {
  kind: 'smartcity.crosswalk',
  framework: 'gmsc',
  from: '2020.1',
  to: '2021.1',
  provenance: {
    status: 'toolkit-default',
    source: 'smartcity toolkit (illustrative)',
    note: {
      id: 'Contoh ilustratif, bukan versi resmi.',
      en: 'An illustrative example, not an official version.',
    },
  },
  changes: [
    { scope: 'element', change: 'renamed', from: ['services'], to: ['public-service'] },
    {
      scope: 'element',
      change: 'merged',
      from: ['finance', 'trade'],
      to: ['transaction'],
      note: {
        id: 'Keuangan dan perdagangan menjadi Transaksi Keuangan.',
        en: 'Finance and trade became Transaction.',
      },
    },
    { scope: 'element', change: 'split', from: ['liveability'], to: ['harmony', 'mobility'] },
    { scope: 'element', change: 'retired', from: ['water'] },
    { scope: 'item', change: 'renamed', from: ['sdm-tik'], to: ['human-resources-1'] },
    { scope: 'evaluation-dimension', change: 'renamed', from: ['quickwin'], to: ['quick-win'] },
  ],
};

/**
 * A masterplan written the other way round: `doc` (a 2021.1 document) as the 2020.1 version would have held
 * it, with `trade` one level below `finance` and a `water` assessment that the newer version cannot read.
 */
export function asOlderVersion(doc: MasterplanInput): MasterplanInput {
  const d = structuredClone(doc);
  d.framework = { id: 'gmsc', version: '2020.1' };
  const element = (id: string): string[] =>
    id === 'public-service'
      ? ['services']
      : id === 'transaction'
        ? ['finance', 'trade']
        : id === 'harmony' || id === 'mobility'
          ? ['liveability']
          : [id];
  const uniq = (xs: string[]) => [...new Set(xs)];
  for (const p of d.programmes ?? []) {
    p.elements = uniq(p.elements.flatMap(element));
    if (p.moves) p.moves = p.moves.map((m) => ({ ...m, element: element(m.element)[0]! }));
  }
  for (const s of d.strategies ?? []) if (s.element) s.element = element(s.element)[0]!;
  for (const a of d.maturity ?? []) {
    const out: typeof a.elements = [];
    for (const e of a.elements) {
      if (e.element === 'mobility') continue; // `liveability` carries the harmony assessment
      if (e.element === 'transaction') {
        out.push({ ...e, element: 'finance' });
        const below = typeof e.current === 'number' ? Math.max(0, e.current - 1) : e.current;
        out.push({ ...e, element: 'trade', ...(below === undefined ? {} : { current: below }) });
      } else out.push({ ...e, element: element(e.element)[0]! });
    }
    out.push({ element: 'water', current: 2, target: 3 });
    a.elements = out;
  }
  for (const ans of d.readiness?.answers ?? []) if (ans.item === 'human-resources-1') ans.item = 'sdm-tik';
  // Evaluations on a ministry instrument name the instrument's dimensions, which no framework version renames.
  for (const e of d.evaluations ?? []) {
    if (e.instrument) continue;
    const { 'quick-win': qw, ...rest } = e.scores;
    e.scores = { ...rest, ...(qw === undefined ? {} : { quickwin: qw }) };
  }
  return d;
}

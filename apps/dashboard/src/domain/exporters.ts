import {
  type CsvCell as Cell,
  type Framework,
  GMSC,
  type Masterplan,
  parseMasterplan,
  toCsv,
} from '@smartcity/model';
import type { WorkingDoc } from './document.js';
import type { Locale } from './i18n.js';
import { type Scores, scoreRows } from './scores.js';

/**
 * The project's JSON file. A valid document is written as the model reads it (defaults applied, keys in
 * schema order, two-space indent, final newline), so export → import → export gives the same bytes.
 * A document with problems is written as it stands, so no work is lost.
 */
export function documentJson(doc: WorkingDoc): { text: string; valid: boolean } {
  const r = parseMasterplan(doc);
  const value = r.ok ? r.value.document : doc;
  return { text: `${JSON.stringify(value, null, 2)}\n`, valid: r.ok };
}

const HEAD = {
  id: [
    'ID',
    'Nama program',
    'Dimensi',
    'Elemen',
    'OPD pengampu',
    'Sumber',
    'Rujukan',
    'Jenis inovasi',
    'Tahun mulai',
    'Tahun selesai',
    'Total anggaran (Rp)',
    'Anggaran per tahun',
    'IKU',
    'Bergantung pada',
    'Uraian',
  ],
  en: [
    'ID',
    'Programme',
    'Dimension',
    'Elements',
    'Owning agency',
    'Source',
    'Reference',
    'Kind of innovation',
    'Start year',
    'End year',
    'Total budget (IDR)',
    'Budget per year',
    'KPIs',
    'Depends on',
    'Description',
  ],
};

/** Programmes as CSV, one row each, labels in the interface language. */
export function programmesCsv(m: Masterplan, locale: Locale, f: Framework = GMSC): string {
  const name = (list: readonly { id: string; name: { id: string; en: string } }[], id: string) =>
    list.find((x) => x.id === id)?.name[locale] ?? id;
  const elements = f.dimensions.flatMap((d) => d.elements);
  const rows: Cell[][] = m.programmes.map((p) => [
    p.id,
    p.name,
    name(f.dimensions, p.dimension),
    p.elements.map((e) => name(elements, e)).join('; '),
    m.opds.find((o) => o.id === p.owner)?.name ?? p.owner,
    name(f.programmeSources.options, p.source.kind),
    p.source.reference,
    name(f.innovationKinds.options, p.innovation),
    p.startYear,
    p.endYear,
    p.budget.reduce((s, b) => s + b.amount, 0),
    p.budget.map((b) => `${b.year} ${name(f.fundingSources.options, b.source)}: ${b.amount}`).join('; '),
    p.kpis.map((k) => `${k.name} (${k.baseline} → ${k.target} ${k.unit})`).join('; '),
    p.dependsOn.join('; '),
    p.description ?? '',
  ]);
  return toCsv(HEAD[locale], rows);
}

/** Scores as CSV: one row per figure (readiness, maturity, quick wins, evaluation), from computed scores. */
export function scoresCsv(s: Scores, locale: Locale): string {
  const head =
    locale === 'id'
      ? ['Bagian', 'ID', 'Nama', 'Nilai', 'Satuan', 'Keterangan']
      : ['Section', 'ID', 'Name', 'Value', 'Unit', 'Note'];
  return toCsv(head, scoreRows(s, locale));
}

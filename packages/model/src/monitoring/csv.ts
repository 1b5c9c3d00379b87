// Monitoring data as a spreadsheet: one row per programme, year and (optionally) funding source or KPI.
// Rows of the same programme and year make one record: each row may carry one budget line (source, planned,
// realised) and one KPI actual; whether it ran, its status, activities and note come from any of its rows
// and must agree. Columns are named in English or Bahasa Indonesia.
import { parseCsv, toCsv } from '../csv.js';
import {
  MONITORING_STATUSES,
  type MonitoringRecord,
  MonitoringRecordSchema,
  type MonitoringStatus,
} from '../schema/monitoring.js';
import { fromZodIssues, type IssuePath, issue, type ValidationIssue } from '../validation/issues.js';

/** The columns of a monitoring CSV, in the order `monitoringToCsv` writes them. */
export const MONITORING_CSV_COLUMNS = [
  'programme',
  'year',
  'ran',
  'status',
  'source',
  'planned',
  'realised',
  'kpi',
  'actual',
  'activities_planned',
  'activities_ran',
  'note',
] as const;
type Column = (typeof MONITORING_CSV_COLUMNS)[number];

/** Indonesian column names accepted beside the English ones. */
const ALIASES: Record<string, Column> = {
  program: 'programme',
  tahun: 'year',
  berjalan: 'ran',
  terlaksana: 'ran',
  sumber_dana: 'source',
  sumber: 'source',
  rencana: 'planned',
  pagu: 'planned',
  realisasi: 'realised',
  realized: 'realised',
  iku: 'kpi',
  capaian: 'actual',
  kegiatan_rencana: 'activities_planned',
  kegiatan_terlaksana: 'activities_ran',
  kegiatan_berjalan: 'activities_ran',
  catatan: 'note',
  keterangan: 'note',
};

/** The outcome of reading a monitoring CSV: the records read, and every problem with its row and column. */
export interface MonitoringImport {
  readonly records: MonitoringRecord[];
  /** Paths are `['rows', <row number in the file, header = 1>, <column>]`. */
  readonly issues: ValidationIssue[];
}

const YES = new Set(['true', 'ya', 'yes', '1', 'y']);
const NO = new Set(['false', 'tidak', 'no', '0', 'n']);

function normaliseHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * A number as a spreadsheet writes it: `1500000000`, `2.5` or `2,5` (a decimal comma). Grouped thousands
 * (`1.500.000`) are refused, since `1.500` could be one and a half.
 */
function readNumber(cell: string): number | null {
  const t = cell.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/**
 * Reads monitoring records from CSV text (see `MONITORING_CSV_COLUMNS`; Indonesian names such as `tahun`,
 * `realisasi`, `sumber_dana` are accepted too). Never throws: problems come back as issues with the row
 * number and column, in Bahasa Indonesia and English. Whether the programmes, KPIs and sources exist is
 * checked when the records are part of a masterplan (`parseMasterplan`).
 */
export function monitoringFromCsv(text: string): MonitoringImport {
  const issues: ValidationIssue[] = [];
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      records: [],
      issues: [
        issue(['rows', parsed.error.line], 'invalid', parsed.error.message.id, parsed.error.message.en),
      ],
    };
  const { header, records: rows } = parsed.table;
  if (header.length === 0 || (header.length === 1 && header[0] === ''))
    return {
      records: [],
      issues: [issue(['rows', 1], 'invalid', 'Berkas CSV kosong.', 'The CSV file is empty.')],
    };
  const columns = header.map((h) => {
    const n = normaliseHeader(h);
    return (MONITORING_CSV_COLUMNS as readonly string[]).includes(n) ? (n as Column) : (ALIASES[n] ?? null);
  });
  columns.forEach((c, i) => {
    if (c === null)
      issues.push(
        issue(
          ['rows', 1, header[i]!],
          'unrecognized-key',
          `Kolom "${header[i]}" tidak dikenal; kolom yang dikenal: ${MONITORING_CSV_COLUMNS.join(', ')}.`,
          `Unknown column "${header[i]}"; known columns: ${MONITORING_CSV_COLUMNS.join(', ')}.`,
        ),
      );
  });
  for (const required of ['programme', 'year', 'ran', 'status'] as const)
    if (!columns.includes(required))
      issues.push(
        issue(
          ['rows', 1],
          'invalid-type',
          `Kolom "${required}" wajib ada.`,
          `The column "${required}" is required.`,
        ),
      );
  if (issues.length > 0) return { records: [], issues };

  interface Draft {
    programme: string;
    year: number;
    ran?: boolean;
    status?: string;
    budget: { source: string; planned?: number; realised: number }[];
    kpis: { kpi: string; actual: number }[];
    activities?: { planned: number; ran: number };
    note?: string;
    firstRow: number;
    /** A row of it had a problem already reported. */
    bad?: boolean;
  }
  const drafts = new Map<string, Draft>();
  for (const row of rows) {
    const { cells, line } = row;
    if (cells.every((c) => c.trim() === '')) continue;
    const before = issues.length;
    const get = (c: Column) => {
      const i = columns.indexOf(c);
      return i === -1 ? '' : (cells[i] ?? '').trim();
    };
    const at = (c: Column): IssuePath => ['rows', line, c];
    const bad = (c: Column, id: string, en: string) =>
      issues.push(issue(at(c), 'invalid-value', `${id} Ditemukan "${get(c)}".`, `${en} Found "${get(c)}".`));
    const num = (c: Column): number | undefined | null => {
      const v = get(c);
      if (v === '') return undefined;
      const n = readNumber(v);
      if (n === null)
        bad(
          c,
          'Harus angka tanpa pemisah ribuan (mis. 1500000000 atau 2,5).',
          'Must be a number without thousands separators (e.g. 1500000000 or 2.5).',
        );
      return n;
    };
    const programme = get('programme');
    const year = num('year');
    if (programme === '') {
      issues.push(issue(at('programme'), 'invalid-type', 'Wajib diisi.', 'Required.'));
      continue;
    }
    if (year === undefined) {
      issues.push(issue(at('year'), 'invalid-type', 'Wajib diisi.', 'Required.'));
      continue;
    }
    if (year === null) continue;
    const key = `${programme}\u0000${year}`;
    let d = drafts.get(key);
    if (!d) {
      d = { programme, year, budget: [], kpis: [], firstRow: line };
      drafts.set(key, d);
    }
    const agree = <K extends 'ran' | 'status' | 'note'>(k: K, v: Draft[K], c: Column) => {
      if (v === undefined) return;
      if (d[k] !== undefined && d[k] !== v)
        issues.push(
          issue(
            at(c),
            'invalid-value',
            `Berbeda dengan baris ${d.firstRow} untuk program dan tahun yang sama ("${String(d[k])}" ≠ "${String(v)}").`,
            `Differs from row ${d.firstRow} for the same programme and year ("${String(d[k])}" ≠ "${String(v)}").`,
          ),
        );
      else d[k] = v;
    };
    const ranText = get('ran').toLowerCase();
    if (ranText !== '') {
      if (YES.has(ranText)) agree('ran', true, 'ran');
      else if (NO.has(ranText)) agree('ran', false, 'ran');
      else bad('ran', 'Harus ya/tidak (atau true/false, 1/0).', 'Must be yes/no (or true/false, 1/0).');
    }
    const status = get('status');
    if (status !== '') {
      if ((MONITORING_STATUSES as readonly string[]).includes(status)) agree('status', status, 'status');
      else
        bad(
          'status',
          `Status tidak dikenal; pilihan: ${MONITORING_STATUSES.join(', ')}.`,
          `Unknown status; options: ${MONITORING_STATUSES.join(', ')}.`,
        );
    }
    const note = get('note');
    if (note !== '') agree('note', note, 'note');
    const source = get('source');
    const planned = num('planned');
    const realised = num('realised');
    if (source !== '') {
      if (realised === undefined)
        issues.push(
          issue(
            at('realised'),
            'invalid-type',
            'Realisasi wajib diisi bila sumber dana diisi.',
            'The realised amount is required when a funding source is given.',
          ),
        );
      else if (realised !== null && planned !== null)
        d.budget.push({ source, realised, ...(planned === undefined ? {} : { planned }) });
    } else if (planned !== undefined || realised !== undefined)
      issues.push(
        issue(
          at('source'),
          'invalid-type',
          'Sumber dana wajib diisi bila ada anggaran.',
          'The funding source is required when an amount is given.',
        ),
      );
    const kpi = get('kpi');
    const actual = num('actual');
    if (kpi !== '') {
      if (actual === undefined)
        issues.push(
          issue(
            at('actual'),
            'invalid-type',
            'Capaian IKU wajib diisi.',
            "The KPI's actual value is required.",
          ),
        );
      else if (actual !== null) d.kpis.push({ kpi, actual });
    }
    const ap = num('activities_planned');
    const ar = num('activities_ran');
    if (typeof ap === 'number' && typeof ar === 'number') d.activities = { planned: ap, ran: ar };
    if (issues.length > before) d.bad = true;
  }

  const records: MonitoringRecord[] = [];
  for (const d of drafts.values()) {
    if (d.bad) continue;
    const candidate = {
      programme: d.programme,
      year: d.year,
      ran: d.ran,
      status: d.status as MonitoringStatus | undefined,
      ...(d.budget.length > 0 ? { budget: d.budget } : {}),
      ...(d.kpis.length > 0 ? { kpis: d.kpis } : {}),
      ...(d.activities ? { activities: d.activities } : {}),
      ...(d.note ? { note: d.note } : {}),
    };
    const parsed = MonitoringRecordSchema.safeParse(candidate);
    if (parsed.success) records.push(parsed.data);
    else issues.push(...fromZodIssues(parsed.error.issues, ['rows', d.firstRow]));
  }
  return { records, issues };
}

/** Monitoring records as a CSV (UTF-8 with BOM, CRLF), one row per budget line or KPI actual; reads back with `monitoringFromCsv`. */
export function monitoringToCsv(records: readonly MonitoringRecord[]): string {
  const rows: (string | number | boolean | undefined)[][] = [];
  for (const r of records) {
    const base = [r.programme, r.year, r.ran, r.status];
    const tail = [r.activities?.planned, r.activities?.ran, r.note];
    const budget = r.budget ?? [];
    const kpis = r.kpis ?? [];
    const n = Math.max(1, budget.length, kpis.length);
    for (let i = 0; i < n; i++) {
      const b = budget[i];
      const k = kpis[i];
      rows.push([...base, b?.source, b?.planned, b?.realised, k?.kpi, k?.actual, ...(i === 0 ? tail : [])]);
    }
  }
  return toCsv(MONITORING_CSV_COLUMNS, rows);
}

/** Records merged by programme and year: an imported record replaces the existing one of the same pair. */
export function mergeMonitoring(
  existing: readonly MonitoringRecord[],
  imported: readonly MonitoringRecord[],
): MonitoringRecord[] {
  const key = (r: MonitoringRecord) => `${r.programme}\u0000${r.year}`;
  const replaced = new Set(imported.map(key));
  return [...existing.filter((r) => !replaced.has(key(r))), ...imported].sort(
    (a, b) => a.year - b.year || (a.programme < b.programme ? -1 : a.programme > b.programme ? 1 : 0),
  );
}

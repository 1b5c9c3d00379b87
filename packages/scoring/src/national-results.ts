import {
  type Instrument,
  onInstrumentScale,
  parseCsv,
  type Region,
  type RegionInfo,
  resolveRegion,
} from '@smartcity/model';
import type { Explanation } from './explain.js';
import { type InstrumentResult, scoreDimensionScores } from './instrument.js';
import { rankDescending, round } from './stats.js';
import { type CsvIssue, csvIssue } from './survey.js';

/** One region's row of a results table: its dimension scores, or `null` when it did not take part. */
export interface ResultsRow {
  readonly region: Pick<Region, 'code' | 'name' | 'type' | 'province'> & { readonly cohort?: number | null };
  readonly scores: Readonly<Record<string, number>> | null;
  /** The line of the CSV it came from, when read from one. */
  readonly line?: number;
}

/** A rank within a group of regions. */
export interface PeerRank {
  readonly rank: number;
  /** Participants in the group. */
  readonly of: number;
}

/** One region in the national results. */
export interface NationalResultEntry {
  readonly code: string;
  readonly name: string;
  readonly type: Region['type'];
  readonly province: Region['province'];
  readonly cohort: number | null;
  /** False for a region that did not take part: listed with 0 everywhere and not ranked. */
  readonly participated: boolean;
  /** The index, full precision (0 for a non-participant). */
  readonly index: number;
  /** The index as published (the instrument's decimals); ranks compare these. */
  readonly indexRounded: number;
  /** Dimension scores (0 for a non-participant or a dimension not evaluated). */
  readonly dimensions: Readonly<Record<string, number>>;
  /** 1 = best among participants; ties share the rank; `null` for a non-participant. */
  readonly rank: number | null;
  /** Rank among participants of the same type (kabupaten or kota). */
  readonly typeRank: PeerRank | null;
  /** Rank among participants of the same cohort; `null` when the cohort is unknown. */
  readonly cohortRank: PeerRank | null;
  readonly explain: Explanation;
}

/** The national results table of one instrument. */
export interface NationalResults {
  readonly instrument: InstrumentResult['instrument'];
  /** Participants by rank (ties by code), then non-participants by code. */
  readonly entries: readonly NationalResultEntry[];
  readonly participants: number;
  readonly nonParticipants: number;
}

/** Options of `nationalResults`. */
export interface NationalResultsOptions {
  /** Every region in scope (e.g. the cohort): those without a row are listed as non-participants. */
  readonly regions?: readonly (RegionInfo & { readonly cohort?: number | null })[];
}

function ranksWithin(list: readonly { key: string; value: number }[]): Map<string, PeerRank> {
  const standings = rankDescending(list.map((x) => x.value));
  return new Map(list.map((x, i) => [x.key, { rank: standings[i]!.rank, of: list.length }]));
}

/**
 * The national results: each region's index (Σ weight × dimension score), its rank, and its rank among
 * regions of the same type and of the same cohort. Ranks compare the index as published (rounded), so
 * regions with the same published figure share a rank. A region without scores, or with 0 everywhere, did
 * not take part: it is listed with 0 and marked, and not ranked.
 */
export function nationalResults(
  rows: readonly ResultsRow[],
  instrument: Instrument,
  options: NationalResultsOptions = {},
): NationalResults {
  const x = instrument;
  const seen = new Set<string>();
  const all: ResultsRow[] = [];
  for (const r of rows)
    if (!seen.has(r.region.code)) {
      seen.add(r.region.code);
      all.push(r);
    }
  for (const region of options.regions ?? [])
    if (!seen.has(region.code)) {
      seen.add(region.code);
      all.push({ region, scores: null });
    }
  const scored = all.map((r) => {
    const result = scoreDimensionScores(r.scores ?? {}, x);
    const participated =
      r.scores !== null && Object.values(r.scores).some((v) => v > 0 && onInstrumentScale(v, x));
    return { r, result, participated };
  });
  const participants = scored.filter((s) => s.participated);
  const value = (s: (typeof scored)[number]) => round(s.result.index ?? 0, x.decimals);
  const overall = ranksWithin(participants.map((s) => ({ key: s.r.region.code, value: value(s) })));
  const group = (keyOf: (s: (typeof scored)[number]) => string | null) => {
    const groups = new Map<string, { key: string; value: number }[]>();
    for (const s of participants) {
      const g = keyOf(s);
      if (g === null) continue;
      groups.set(g, [...(groups.get(g) ?? []), { key: s.r.region.code, value: value(s) }]);
    }
    const out = new Map<string, PeerRank>();
    for (const list of groups.values()) for (const [k, v] of ranksWithin(list)) out.set(k, v);
    return out;
  };
  const byType = group((s) => s.r.region.type);
  const byCohort = group((s) => (s.r.region.cohort == null ? null : String(s.r.region.cohort)));
  const entries: NationalResultEntry[] = scored.map(({ r, result, participated }) => {
    const code = r.region.code;
    return {
      code,
      name: r.region.name,
      type: r.region.type,
      province: r.region.province,
      cohort: r.region.cohort ?? null,
      participated,
      index: participated ? (result.index ?? 0) : 0,
      indexRounded: participated ? (result.indexRounded ?? 0) : 0,
      dimensions: Object.fromEntries(result.dimensions.map((d) => [d.id, participated ? (d.score ?? 0) : 0])),
      rank: overall.get(code)?.rank ?? null,
      typeRank: byType.get(code) ?? null,
      cohortRank: byCohort.get(code) ?? null,
      explain: participated
        ? result.explain
        : {
            rule: {
              id: 'Tidak mengikuti evaluasi: dicantumkan dengan nilai 0 dan tidak diperingkat.',
              en: 'Did not take part: listed with 0 and not ranked.',
            },
            inputs: [],
            formula: '0',
            provenance: x.provenance,
          },
    };
  });
  entries.sort(
    (p, q) =>
      (p.rank ?? Number.POSITIVE_INFINITY) - (q.rank ?? Number.POSITIVE_INFINITY) ||
      (p.code < q.code ? -1 : p.code > q.code ? 1 : 0),
  );
  const first = scoreDimensionScores({}, x).instrument;
  return {
    instrument: first,
    entries,
    participants: participants.length,
    nonParticipants: entries.length - participants.length,
  };
}

/** What `readResultsTable` read: the good rows, and every bad row with its line. */
export interface ResultsTable {
  /** False when the table cannot be read at all (not CSV, or required columns missing). */
  readonly ok: boolean;
  readonly rows: readonly ResultsRow[];
  readonly issues: readonly CsvIssue[];
}

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');

/**
 * Reads a results table: one row per region, a `region` column (a Kemendagri code or a name), then one
 * column per dimension id of the instrument (`quick_win` and `quick-win` alike), and optionally a `cohort`
 * column. Scores are 1–4, or 0 = not evaluated (0 everywhere = did not take part). A bad row — an unknown or
 * ambiguous region, a missing or off-scale score, a region given twice — is reported with its line and left
 * out; every other row is kept. Never throws.
 */
export function readResultsTable(text: string, instrument: Instrument): ResultsTable {
  const x = instrument;
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      ok: false,
      rows: [],
      issues: [
        csvIssue(parsed.error.line, null, 'invalid-csv', parsed.error.message.id, parsed.error.message.en),
      ],
    };
  const { header, records } = parsed.table;
  const col = new Map(header.map((h, i) => [norm(h), i]));
  const needed = ['region', ...x.dimensions.map((d) => d.id)];
  const missing = needed.filter((n) => !col.has(n));
  if (missing.length > 0)
    return {
      ok: false,
      rows: [],
      issues: [
        csvIssue(
          1,
          null,
          'missing-columns',
          `Kolom ${missing.join(', ')} tidak ada. Tabel hasil instrumen ${x.id} memerlukan kolom: ${needed.join(', ')}; yang ada: ${header.join(', ') || '(kosong)'}.`,
          `The columns ${missing.join(', ')} are missing. A results table of instrument ${x.id} needs the columns: ${needed.join(', ')}; found: ${header.join(', ') || '(none)'}.`,
        ),
      ],
    };
  const regionCol = col.get('region')!;
  const cohortCol = col.get('cohort');
  const issues: CsvIssue[] = [];
  const rows: ResultsRow[] = [];
  const lines = new Map<string, number>();
  const { min, max, notEvaluated } = x.scale;
  for (const r of records) {
    const text = (r.cells[regionCol] ?? '').trim();
    const found = resolveRegion(text);
    if (!('region' in found)) {
      const c = found.candidates;
      issues.push(
        c.length > 1
          ? csvIssue(
              r.line,
              header[regionCol]!,
              'ambiguous-region',
              `"${text}" cocok dengan ${c.map((x) => `${x.name} (${x.code})`).join(' dan ')}; tulis nama lengkap atau kodenya. Baris dilewati.`,
              `"${text}" fits ${c.map((x) => `${x.name} (${x.code})`).join(' and ')}; write the full name or the code. Row left out.`,
            )
          : csvIssue(
              r.line,
              header[regionCol]!,
              'unknown-region',
              `wilayah "${text}" tidak ada dalam daftar Kemendagri (kode PP.RR atau nama kabupaten/kota). Baris dilewati.`,
              `region "${text}" is not on the Kemendagri list (a PP.RR code or a kabupaten/kota name). Row left out.`,
            ),
      );
      continue;
    }
    const region = found.region;
    const earlier = lines.get(region.code);
    if (earlier !== undefined) {
      issues.push(
        csvIssue(
          r.line,
          header[regionCol]!,
          'duplicate-id',
          `${region.name} sudah ada di baris ${earlier}; baris ini dilewati.`,
          `${region.name} is already on line ${earlier}; this row is left out.`,
        ),
      );
      continue;
    }
    const scores: Record<string, number> = {};
    let bad = false;
    for (const d of x.dimensions) {
      const i = col.get(d.id)!;
      const cell = (r.cells[i] ?? '').trim();
      const v = cell === '' ? Number.NaN : Number(cell.replace(',', '.'));
      if (!Number.isFinite(v) || !(v === notEvaluated || (v >= min && v <= max))) {
        bad = true;
        issues.push(
          csvIssue(
            r.line,
            header[i]!,
            cell === '' ? 'invalid-type' : 'out-of-scale',
            cell === ''
              ? `skor ${d.id} kosong; isi ${min}–${max} atau ${notEvaluated} = tidak dievaluasi. Baris dilewati.`
              : `skor ${JSON.stringify(cell)} di luar skala ${min}–${max} (atau ${notEvaluated} = tidak dievaluasi). Baris dilewati.`,
            cell === ''
              ? `the ${d.id} score is empty; write ${min}–${max} or ${notEvaluated} = not evaluated. Row left out.`
              : `the score ${JSON.stringify(cell)} is outside the scale ${min}–${max} (or ${notEvaluated} = not evaluated). Row left out.`,
          ),
        );
      } else scores[d.id] = v;
    }
    let cohort: number | null = null;
    if (cohortCol !== undefined) {
      const c = (r.cells[cohortCol] ?? '').trim();
      if (c !== '') {
        const y = Number(c);
        if (Number.isInteger(y) && y >= 2000 && y <= 2100) cohort = y;
        else {
          bad = true;
          issues.push(
            csvIssue(
              r.line,
              header[cohortCol]!,
              'invalid-type',
              `kohort ${JSON.stringify(c)} harus tahun, mis. 2021. Baris dilewati.`,
              `the cohort ${JSON.stringify(c)} must be a year, e.g. 2021. Row left out.`,
            ),
          );
        }
      }
    }
    if (bad) continue;
    lines.set(region.code, r.line);
    rows.push({ region: { ...region, cohort }, scores, line: r.line });
  }
  return { ok: true, rows, issues };
}

import type { Locale, Provenance } from '@smartcity/model';

/** A piece of a chapter, in reading order. Every text is already in the report's language. */
export type Block =
  /** A heading inside a chapter: `level` 2 = section, 3 = subsection. */
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | ReportTable
  | ReportFigure
  /** A warning (coverage, contradiction) or a note a reader must not miss. */
  | { readonly kind: 'notice'; readonly tone: 'warning' | 'info'; readonly text: string }
  /** Where a part of the method comes from (official, adopted, toolkit default). */
  | { readonly kind: 'provenance'; readonly status: Provenance['status']; readonly text: string };

/** A table: a header row and body rows of plain text. */
export interface ReportTable {
  readonly kind: 'table';
  readonly id: string;
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns to align right (numbers, amounts), by index. */
  readonly numeric: readonly number[];
}

/** A figure: a static SVG drawn by `@smartcity/charts` from `@smartcity/scoring` results. */
export interface ReportFigure {
  readonly kind: 'figure';
  readonly id: string;
  readonly caption: string;
  /** A standalone `<svg>` document (escaped text, inline styles, a viewBox). */
  readonly svg: string;
  /** Drawing size in px (the SVG's viewBox). */
  readonly width: number;
  readonly height: number;
}

/** A chapter (Bab) or an annex (Lampiran). */
export interface ReportSection {
  readonly id: string;
  readonly kind: 'chapter' | 'annex';
  /** "I" … "VIII" for chapters, "A", "B" … for annexes. */
  readonly numeral: string;
  readonly title: string;
  /** The heading as printed: "Bab III Analisis Kesiapan dan Kematangan". */
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** A finding the reviewer must see: a score on too little coverage, or a contradiction in the plan. */
export interface ReportFinding {
  readonly kind: 'coverage' | 'contradiction';
  /** The chapter it belongs to. */
  readonly chapter: string;
  readonly text: string;
}

/** The approval page (lembar pengesahan). */
export interface ApprovalPage {
  readonly title: string;
  /** The sentence above the signatures. */
  readonly statement: string;
  /** "Tondano, 1 Maret 2022", or empty. */
  readonly placeAndDate: string;
  readonly signatories: readonly {
    readonly role: string;
    readonly position: string;
    readonly name: string;
    readonly nip: string;
    readonly date: string;
  }[];
}

/** The adoption decree (Perbup/Perwal) as printed. */
export interface DecreePage {
  readonly title: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
}

/** The figures the report prints, unformatted, as `@smartcity/scoring` computed them. */
export interface ReportFigures {
  readonly readinessIndex: number | null;
  readonly readinessCoverage: number | null;
  readonly maturityYear: number | null;
  readonly maturityIndex: number | null;
  readonly maturityPredicate: string | null;
  readonly maturityCoverage: number | null;
  readonly evaluationIndex: number | null;
  /** The roadmap as scheduled: the years the tables and the timeline both show. */
  readonly roadmap: readonly {
    readonly id: string;
    readonly start: number | null;
    readonly end: number | null;
  }[];
  /** Rupiah per plan year, every budget line counted (also lines outside the plan). */
  readonly budgetByYear: readonly { readonly year: number; readonly total: number }[];
  readonly budgetTotal: number;
  /** The optimal quick-win portfolio. */
  readonly portfolio: readonly string[];
}

/** The masterplan as a document: what every renderer (HTML, Word) draws, and nothing else. */
export interface Report {
  readonly lang: Locale;
  readonly title: string;
  readonly cover: {
    readonly kicker: string;
    readonly title: string;
    readonly lines: readonly string[];
    readonly illustrative: string | null;
  };
  readonly approval: ApprovalPage | null;
  readonly decree: DecreePage | null;
  /** The title of the contents page. */
  readonly contentsTitle: string;
  /** The review notes before chapter I: every coverage warning and contradiction. */
  readonly findingsTitle: string;
  readonly findings: readonly ReportFinding[];
  readonly chapters: readonly ReportSection[];
  readonly annexes: readonly ReportSection[];
  readonly figures: ReportFigures;
  /** Words the renderers need ("Halaman"/"Page", "Daftar Isi" …). */
  readonly labels: {
    readonly page: string;
    readonly noFindings: string;
    readonly figure: string;
    readonly table: string;
  };
}

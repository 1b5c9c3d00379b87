import {
  type Instrument,
  type IssueCode,
  instrumentQuestions,
  issue,
  type LocalizedText,
  parseCsv,
  type SelfAssessment,
  type ValidationIssue,
} from '@smartcity/model';
import type { QuestionValue } from './instrument.js';

// The impact survey (2023: 50 service users per sub-dimension, each question valued by the respondents'
// mean) read from the CSV a form tool exports, and the problems the ministry's assessors flagged in 2023.

/** A problem in a CSV table, with the line (1 = the header) and column it is in. */
export interface CsvIssue extends ValidationIssue {
  /** The line of the CSV text, `null` for the table as a whole. */
  readonly line: number | null;
  /** The column's header, when the problem is in one column. */
  readonly column: string | null;
}

/** Makes a CSV issue; its `path` is `[line, column]` where known. */
export function csvIssue(
  line: number | null,
  column: string | null,
  code: IssueCode,
  id: string,
  en: string,
): CsvIssue {
  const path = [...(line === null ? [] : [line]), ...(column === null ? [] : [column])];
  const where =
    line === null ? '' : column === null ? `Baris ${line}: ` : `Baris ${line}, kolom "${column}": `;
  const whereEn =
    line === null ? '' : column === null ? `Line ${line}: ` : `Line ${line}, column "${column}": `;
  return { ...issue(path, code, `${where}${id}`, `${whereEn}${en}`), line, column };
}

/** What the 2023 assessors flagged. */
export type AssessorFlagCode =
  /** The same respondents answer the survey of several dimensions. */
  | 'respondents-reused'
  /** More respondents than the service says it has users. */
  | 'respondents-exceed-users'
  /** Fewer respondents than the instrument asks for. */
  | 'too-few-respondents'
  /** An answer without supporting evidence (data dukung). */
  | 'no-evidence';

/** One flag, where it applies and the figures behind it. */
export interface AssessorFlag {
  readonly code: AssessorFlagCode;
  /** The dimension, indicator, sub-indicator or question it concerns (ids). */
  readonly where: {
    readonly dimension?: string;
    readonly indicator?: string;
    readonly subIndicator?: string;
    readonly question?: string;
  };
  readonly message: LocalizedText;
  readonly figures: Readonly<Record<string, number>>;
}

/** Options of `importSurvey`. */
export interface SurveyOptions {
  /** Users each service states it has, by sub-indicator id (or question id): an app with 30 users → 30. */
  readonly statedUsers?: Readonly<Record<string, number>>;
  /** Where the file came from (its name), kept with the values. */
  readonly source?: string;
}

/** One survey question's value: the respondents' mean. */
export interface SurveyQuestionValue {
  readonly question: string;
  /** Mean of the respondents' answers, full precision. */
  readonly value: number;
  /** Respondents who answered it. */
  readonly respondents: number;
}

/** What a survey import gives: the values, the assessors' flags and every problem found, line by line. */
export interface SurveyImport {
  /** False when nothing could be read (not CSV, or no column matched a survey question). */
  readonly ok: boolean;
  readonly values: readonly SurveyQuestionValue[];
  readonly flags: readonly AssessorFlag[];
  readonly issues: readonly CsvIssue[];
  /** Data rows read. */
  readonly rows: number;
  /** Which column feeds which question. */
  readonly columns: Readonly<Record<string, string>>;
  /** Columns not used (time stamps, submission ids, other questions). */
  readonly ignored: readonly string[];
  readonly source?: string;
}

const norm = (h: string) => h.trim().toLowerCase().replace(/_/g, '-');

/** Headers that name the respondent (Google Forms e-mail, a name, a phone, an id), normalised. */
const RESPONDENT_COLUMNS = new Set([
  'respondent',
  'respondent-id',
  'responden',
  'id-responden',
  'nama-responden',
  'email',
  'email-address',
  'alamat-email',
  'e-mail',
  'username',
  'nama',
  'name',
  'phone',
  'telepon',
  'no-hp',
  'nik',
]);

/**
 * The survey question a column header names: the id itself (`im-public-service-1`), the id after a group
 * path (KoboToolbox `group_gov/im_public_service_1`, ODK Central `grp-im-public-service-1`), or the id in
 * brackets or at the start of a Google Forms question title (`[im-public-service-1] Layanan …`). The
 * longest id that fits wins.
 */
function questionOfHeader(header: string, ids: readonly string[]): string | undefined {
  const h = norm(header);
  let best: string | undefined;
  for (const id of ids) {
    const fits =
      h === id ||
      h.includes(`[${id}]`) ||
      new RegExp(`(^|[/\\-\\s.])${id}$`).test(h) ||
      new RegExp(`^${id}([\\s.:)]|$)`).test(h);
    if (fits && (!best || id.length > best.length)) best = id;
  }
  return best;
}

/** A survey answer: a number (decimal comma accepted), or a label that starts with one ("4 - Sangat setuju"). */
function answerOf(cell: string): number | null | undefined {
  const t = cell.trim();
  if (t === '') return undefined;
  const m = /^(\d+(?:[.,]\d+)?)(?:\s*[-–:.)]\s*\D.*)?$/.exec(t);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

/**
 * Reads an impact-survey CSV (one row per respondent, one column per survey question, as Google Forms,
 * KoboToolbox or ODK export it) into question values — each the respondents' mean — and flags what the
 * 2023 assessors flagged: respondents reused across dimensions, more respondents than a service's stated
 * users, fewer respondents than the instrument asks for. A bad cell is reported with its line and column and
 * left out; the rest is still read. Never throws.
 */
export function importSurvey(
  text: string,
  instrument: Instrument,
  options: SurveyOptions = {},
): SurveyImport {
  const x = instrument;
  const fail = (issues: CsvIssue[]): SurveyImport => ({
    ok: false,
    values: [],
    flags: [],
    issues,
    rows: 0,
    columns: {},
    ignored: [],
    ...(options.source ? { source: options.source } : {}),
  });
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return fail([
      csvIssue(parsed.error.line, null, 'invalid-csv', parsed.error.message.id, parsed.error.message.en),
    ]);
  const { header, records } = parsed.table;
  const survey = instrumentQuestions(x).filter((q) => q.question.source === 'survey');
  const ids = survey.map((q) => q.question.id);
  if (ids.length === 0)
    return fail([
      csvIssue(
        null,
        null,
        'invalid',
        `Instrumen ${x.id} tidak memiliki pertanyaan survei.`,
        `Instrument ${x.id} has no survey questions.`,
      ),
    ]);
  const columns: Record<string, string> = {};
  const byColumn: (string | undefined)[] = [];
  const ignored: string[] = [];
  let respondentColumn = -1;
  header.forEach((h, i) => {
    const q = questionOfHeader(h, ids);
    byColumn[i] = q;
    if (q) columns[h] = q;
    else if (respondentColumn < 0 && RESPONDENT_COLUMNS.has(norm(h).replace(/\s+/g, '-')))
      respondentColumn = i;
    else ignored.push(h);
  });
  const present = new Set(Object.values(columns));
  const example = ids.slice(0, 3).join(', ');
  if (present.size === 0)
    return fail([
      csvIssue(
        1,
        null,
        'missing-columns',
        `Tidak ada kolom pertanyaan survei instrumen ${x.id}. Setiap pertanyaan memerlukan satu kolom yang memuat id-nya, mis. ${example}; kolom yang ada: ${header.join(', ') || '(kosong)'}.`,
        `No column names a survey question of instrument ${x.id}. Each question needs a column holding its id, e.g. ${example}; the columns are: ${header.join(', ') || '(none)'}.`,
      ),
    ]);
  const issues: CsvIssue[] = [];
  // A sub-indicator is asked as a whole: report the questions of a half-present one.
  const subs = new Map<string, { dimension: string; indicator: string; questions: string[] }>();
  for (const q of survey) {
    const s = subs.get(q.subIndicator.id) ?? {
      dimension: q.dimension.id,
      indicator: q.indicator.id,
      questions: [],
    };
    s.questions.push(q.question.id);
    subs.set(q.subIndicator.id, s);
  }
  for (const [sub, s] of subs) {
    const missing = s.questions.filter((id) => !present.has(id));
    if (missing.length > 0 && missing.length < s.questions.length)
      issues.push(
        csvIssue(
          1,
          null,
          'missing-columns',
          `Subindikator ${sub} tidak lengkap: kolom ${missing.join(', ')} tidak ada.`,
          `Sub-indicator ${sub} is incomplete: the columns ${missing.join(', ')} are missing.`,
        ),
      );
  }
  const { min, max } = x.scale;
  const sums = new Map<string, { sum: number; n: number }>();
  /** Respondent keys per indicator (the smart city dimension of the impact survey) and per sub-indicator. */
  const byIndicator = new Map<string, Set<string>>();
  const bySub = new Map<string, Set<string>>();
  const context = new Map(survey.map((q) => [q.question.id, q]));
  for (const r of records) {
    const who = respondentColumn >= 0 ? (r.cells[respondentColumn] ?? '').trim().toLowerCase() : '';
    const key = who === '' ? `line:${r.line}` : `id:${who}`;
    r.cells.forEach((cell, i) => {
      const q = byColumn[i];
      if (!q) return;
      const v = answerOf(cell);
      if (v === undefined) return;
      if (v === null || v < min || v > max) {
        issues.push(
          csvIssue(
            r.line,
            header[i] ?? null,
            'out-of-scale',
            `jawaban ${JSON.stringify(cell)} bukan angka ${min}–${max}; dilewati.`,
            `the answer ${JSON.stringify(cell)} is not a number ${min}–${max}; left out.`,
          ),
        );
        return;
      }
      const s = sums.get(q) ?? { sum: 0, n: 0 };
      s.sum += v;
      s.n += 1;
      sums.set(q, s);
      const c = context.get(q)!;
      for (const [map, id] of [
        [byIndicator, c.indicator.id],
        [bySub, c.subIndicator.id],
      ] as const) {
        const set = map.get(id) ?? new Set<string>();
        set.add(key);
        map.set(id, set);
      }
    });
  }
  const values: SurveyQuestionValue[] = ids.flatMap((id) => {
    const s = sums.get(id);
    return s && s.n > 0 ? [{ question: id, value: s.sum / s.n, respondents: s.n }] : [];
  });
  const flags: AssessorFlag[] = [];
  const required = x.survey?.respondentsPerSubIndicator;
  for (const [sub, s] of subs) {
    const respondents = bySub.get(sub)?.size ?? 0;
    if (respondents === 0) continue;
    if (required !== undefined && respondents < required)
      flags.push(
        tooFew({ dimension: s.dimension, indicator: s.indicator, subIndicator: sub }, respondents, required),
      );
    const stated =
      options.statedUsers?.[sub] ??
      s.questions.map((q) => options.statedUsers?.[q]).find((u) => u !== undefined);
    if (stated !== undefined && respondents > stated)
      flags.push(
        exceeds({ dimension: s.dimension, indicator: s.indicator, subIndicator: sub }, respondents, stated),
      );
  }
  const indicators = [...byIndicator.keys()];
  for (const ind of indicators) {
    const mine = byIndicator.get(ind)!;
    const others = indicators.filter((o) => o !== ind && [...mine].some((k) => byIndicator.get(o)!.has(k)));
    if (others.length === 0) continue;
    const shared = [...mine].filter((k) => others.some((o) => byIndicator.get(o)!.has(k))).length;
    const dimension = survey.find((q) => q.indicator.id === ind)!.dimension.id;
    flags.push({
      code: 'respondents-reused',
      where: { dimension, indicator: ind },
      message: {
        id: `${shared} dari ${mine.size} responden ${ind} juga menjawab survei dimensi lain (${others.join(', ')}): penilai 2023 meminta responden yang berbeda per dimensi.`,
        en: `${shared} of the ${mine.size} respondents of ${ind} also answer the survey of other dimensions (${others.join(', ')}): the 2023 assessors ask for different respondents per dimension.`,
      },
      figures: { shared, respondents: mine.size, otherDimensions: others.length },
    });
  }
  return {
    ok: true,
    values,
    flags,
    issues,
    rows: records.length,
    columns,
    ignored,
    ...(options.source ? { source: options.source } : {}),
  };
}

function tooFew(where: AssessorFlag['where'], respondents: number, required: number): AssessorFlag {
  const at = where.question ?? where.subIndicator ?? '';
  return {
    code: 'too-few-respondents',
    where,
    message: {
      id: `${at}: ${respondents} responden, instrumen meminta ${required}.`,
      en: `${at}: ${respondents} respondents; the instrument asks for ${required}.`,
    },
    figures: { respondents, required },
  };
}

function exceeds(where: AssessorFlag['where'], respondents: number, statedUsers: number): AssessorFlag {
  const at = where.question ?? where.subIndicator ?? '';
  return {
    code: 'respondents-exceed-users',
    where,
    message: {
      id: `${at}: ${respondents} responden, padahal layanan menyatakan ${statedUsers} pengguna.`,
      en: `${at}: ${respondents} respondents, but the service states ${statedUsers} users.`,
    },
    figures: { respondents, statedUsers },
  };
}

/** The survey's values as question values for `scoreQuestionValues` (the survey file is their evidence). */
export function surveyQuestionValues(survey: SurveyImport): QuestionValue[] {
  return survey.values.map((v) => ({ question: v.question, value: v.value, evidence: 1 }));
}

/**
 * The assessors' flags a self-assessment document shows by itself: answers without evidence, and survey
 * questions whose stated respondents are too few or more than the service's stated users.
 */
export function assessorFlags(assessment: SelfAssessment, instrument: Instrument): AssessorFlag[] {
  const flags: AssessorFlag[] = [];
  const context = new Map(instrumentQuestions(instrument).map((q) => [q.question.id, q]));
  const { notEvaluated } = instrument.scale;
  const required = instrument.survey?.respondentsPerSubIndicator;
  for (const a of assessment.answers) {
    const c = context.get(a.question);
    if (!c || a.value === notEvaluated) continue;
    const where = {
      dimension: c.dimension.id,
      indicator: c.indicator.id,
      subIndicator: c.subIndicator.id,
      question: a.question,
    };
    if (a.evidence.length === 0 && c.question.source === 'form')
      flags.push({
        code: 'no-evidence',
        where,
        message: {
          id: `${a.question}: dijawab ${a.value} tanpa data dukung.`,
          en: `${a.question}: answered ${a.value} without supporting evidence.`,
        },
        figures: { value: a.value },
      });
    if (a.survey && required !== undefined && a.survey.respondents < required)
      flags.push(tooFew(where, a.survey.respondents, required));
    if (a.survey?.statedUsers !== undefined && a.survey.respondents > a.survey.statedUsers)
      flags.push(exceeds(where, a.survey.respondents, a.survey.statedUsers));
  }
  return flags;
}

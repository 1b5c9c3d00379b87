import { writeFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import {
  BUILTIN_INSTRUMENTS,
  formatPath,
  type Instrument,
  instrumentApplies,
  type Locale,
  parseDocument,
  parseInstrument,
  type SelfAssessmentDocument,
  toCsv,
} from '@smartcity/model';
import {
  assessorFlags,
  type CsvIssue,
  evaluationGains,
  formatFixed,
  type InstrumentResult,
  importSurvey,
  type NationalResults,
  nationalResults,
  readAssessorValues,
  readResultsTable,
  scoreSelfAssessment,
  withAssessorValues,
} from '@smartcity/scoring';
import { readText } from '../files.js';
import { type CommonOptions, type Io, say } from '../io.js';
import { table } from '../table.js';

/**
 * Reads an input file named on the command line: its name as shown (relative to the working folder) and
 * its text, or `undefined` after writing why it cannot be read.
 */
async function readInput(
  file: string,
  lang: Locale,
  io: Io,
): Promise<{ name: string; text: string } | undefined> {
  const path = resolve(io.cwd, file);
  const name = relative(io.cwd, path) || file;
  const read = await readText(path);
  if (!('error' in read)) return { name, text: read.text };
  io.err(`${name}: ${read.error[lang]}\n`);
  return undefined;
}

export interface EvaluationCommandOptions extends CommonOptions {
  /** An instrument id (`gmsc-2022`), `id@version`, or the path of an instrument JSON file. */
  readonly instrument?: string;
  /** Write the results table to a file (`.csv` or `.json`). */
  readonly out?: string;
  /** Users each service states it has (`public-service=30,tourism=120`), for the survey flags. */
  readonly users?: string;
  /** A CSV of the assessors' validated values (`question,validated[,note,by]`), set beside the region's own. */
  readonly assessors?: string;
}

const dash = '—';
const fx = (v: number | null | undefined, d = 2) =>
  v === null || v === undefined ? dash : formatFixed(v, d);

/**
 * The instrument a command names: a built-in id (its latest version), `id@version`, or a JSON file holding
 * an instrument (a new year's instrument needs no new release).
 */
export async function loadInstrument(
  name: string | undefined,
  lang: Locale,
  io: Io,
): Promise<Instrument | { error: string }> {
  const known = BUILTIN_INSTRUMENTS.all.map((x) => `${x.id}@${x.version}`).join(', ');
  if (!name)
    return {
      error: say(
        lang,
        `Sebutkan instrumen dengan --instrument <id>; tersedia: ${known}, atau berkas JSON instrumen.`,
        `Name the instrument with --instrument <id>; available: ${known}, or an instrument JSON file.`,
      ),
    };
  const [id, version] = name.split('@');
  const builtin = BUILTIN_INSTRUMENTS.get(id!, version);
  if (builtin) return builtin;
  if (name.toLowerCase().endsWith('.json')) {
    const read = await readText(resolve(io.cwd, name));
    if ('error' in read) return { error: `${name}: ${read.error[lang]}` };
    const r = parseInstrument(read.text);
    if (r.ok) return r.value;
    return {
      error: [
        say(lang, `Instrumen tidak valid: ${name}`, `Invalid instrument: ${name}`),
        ...r.issues.map((i) => `    ${formatPath(i.path)}: ${i.message[lang]} [${i.code}]`),
      ].join('\n'),
    };
  }
  return {
    error: say(
      lang,
      `Instrumen evaluasi "${name}" tidak dikenal; tersedia: ${known}, atau berkas JSON instrumen.`,
      `Unknown evaluation instrument "${name}"; available: ${known}, or an instrument JSON file.`,
    ),
  };
}

function printIssues(issues: readonly CsvIssue[], lang: Locale, io: Io, file: string): void {
  for (const i of issues) io.err(`${file}: ${i.message[lang]} [${i.code}]\n`);
}

/** The national results as a CSV table, one row per region. */
export function resultsCsv(r: NationalResults, instrument: Instrument): string {
  const dims = instrument.dimensions.map((d) => d.id);
  return toCsv(
    [
      'rank',
      'code',
      'name',
      'type',
      'province',
      'cohort',
      'participated',
      'index',
      ...dims,
      'type_rank',
      'cohort_rank',
    ],
    r.entries.map((e) => [
      e.rank,
      e.code,
      e.name,
      e.type,
      e.province.name,
      e.cohort,
      e.participated,
      formatFixed(e.index, instrument.decimals),
      ...dims.map((d) => formatFixed(e.dimensions[d] ?? 0, instrument.decimals)),
      e.typeRank ? `${e.typeRank.rank}/${e.typeRank.of}` : '',
      e.cohortRank ? `${e.cohortRank.rank}/${e.cohortRank.of}` : '',
    ]),
  );
}

/** The national results as text. */
export function resultsText(r: NationalResults, instrument: Instrument, lang: Locale): string {
  const t = (id: string, en: string) => say(lang, id, en);
  const dims = instrument.dimensions;
  const rows = r.entries.map((e) => [
    e.rank === null ? dash : String(e.rank),
    e.code,
    e.participated ? e.name : `${e.name} (${t('tidak ikut', 'did not take part')})`,
    e.type,
    e.cohort === null ? dash : String(e.cohort),
    fx(e.indexRounded, instrument.decimals),
    ...dims.map((d) => fx(e.dimensions[d.id], instrument.decimals)),
    e.typeRank ? `${e.typeRank.rank}/${e.typeRank.of}` : dash,
    e.cohortRank ? `${e.cohortRank.rank}/${e.cohortRank.of}` : dash,
  ]);
  const head = [
    t('Peringkat', 'Rank'),
    t('Kode', 'Code'),
    t('Wilayah', 'Region'),
    t('Jenis', 'Type'),
    t('Kohort', 'Cohort'),
    t('Indeks', 'Index'),
    ...dims.map((d) => `${d.name[lang]} ${Math.round(d.weight * 100)}%`),
    t('Per jenis', 'By type'),
    t('Per kohort', 'By cohort'),
  ];
  return `${instrument.title[lang]}\n${t('Indeks = Σ bobot × skor dimensi', 'Index = Σ weight × dimension score')} (${instrument.provenance.source})\n\n${table(head, rows)}\n\n${t(
    `${r.participants} peserta, ${r.nonParticipants} tidak ikut (nilai 0, tanpa peringkat).`,
    `${r.participants} participants, ${r.nonParticipants} did not take part (0, not ranked).`,
  )}\n`;
}

/** `smartcity evaluation index <results.csv> --instrument <id>`: index, rank and peer rank of every region. */
async function indexCommand(
  file: string | undefined,
  opts: EvaluationCommandOptions,
  io: Io,
): Promise<number> {
  const { lang } = opts;
  if (!file) {
    io.err(
      `${say(lang, 'Pemakaian: smartcity evaluation index <hasil.csv> --instrument <id> [--json] [--out <berkas.csv|.json>]', 'Usage: smartcity evaluation index <results.csv> --instrument <id> [--json] [--out <file.csv|.json>]')}\n`,
    );
    return 2;
  }
  const x = await loadInstrument(opts.instrument, lang, io);
  if ('error' in x) {
    io.err(`${x.error}\n`);
    return 2;
  }
  const input = await readInput(file, lang, io);
  if (!input) return 1;
  const { name } = input;
  const table = readResultsTable(input.text, x);
  printIssues(table.issues, lang, io, name);
  if (!table.ok) return 1;
  const results = nationalResults(table.rows, x);
  const json = () =>
    `${JSON.stringify({ instrument: results.instrument, issues: table.issues, results: results.entries }, null, 2)}\n`;
  if (opts.out) {
    const ext = extname(opts.out).toLowerCase();
    if (ext !== '.csv' && ext !== '.json') {
      io.err(`${say(lang, '--out harus berakhiran .csv atau .json', '--out must end in .csv or .json')}\n`);
      return 2;
    }
    try {
      await writeFile(resolve(io.cwd, opts.out), ext === '.csv' ? resultsCsv(results, x) : json());
    } catch {
      io.err(`${say(lang, `Tidak dapat menulis ${opts.out}.`, `Cannot write ${opts.out}.`)}\n`);
      return 2;
    }
  } else io.out(opts.json ? json() : resultsText(results, x, lang));
  io.err(
    `${say(
      lang,
      `${table.rows.length} baris dinilai, ${new Set(table.issues.map((i) => i.line)).size} baris bermasalah dilewati.`,
      `${table.rows.length} rows scored, ${new Set(table.issues.map((i) => i.line)).size} bad rows left out.`,
    )}\n`,
  );
  return table.issues.length > 0 ? 1 : 0;
}

/** One region's self-assessment scored, as text. */
export function selfAssessmentText(
  doc: SelfAssessmentDocument,
  final: InstrumentResult,
  own: InstrumentResult,
  x: Instrument,
  lang: Locale,
): string {
  const t = (id: string, en: string) => say(lang, id, en);
  const d = x.decimals;
  const out: string[] = [
    `${doc.region.name} (${doc.region.code}) — ${x.title[lang]}`,
    `${t('INDEKS', 'INDEX')} ${doc.assessment.year}: ${fx(final.indexRounded, d)}` +
      (own.index !== final.index
        ? ` (${t('nilai daerah sendiri', "the region's own values")}: ${fx(own.indexRounded, d)})`
        : ''),
    `${t('Cakupan', 'Coverage')}: ${final.coverage.answered}/${final.coverage.questions} ${t('dijawab', 'answered')}, ${final.coverage.withEvidence} ${t('dengan data dukung', 'with evidence')}`,
    '',
    table(
      [
        t('Dimensi', 'Dimension'),
        t('Bobot', 'Weight'),
        t('Skor', 'Score'),
        t('Dijawab', 'Answered'),
        t('Data dukung', 'Evidence'),
      ],
      final.dimensions.map((dim) => [
        dim.name[lang],
        `${Math.round(dim.weight * 100)}%`,
        fx(dim.scoreRounded, d),
        `${dim.coverage.answered}/${dim.coverage.questions}`,
        String(dim.coverage.withEvidence),
      ]),
    ),
    '',
    `${final.explain.formula}`,
  ];
  const gains = evaluationGains(own, x, 5);
  if (gains.length > 0) {
    out.push('', t('Kenaikan terbesar bila dinaikkan ke nilai 4:', 'Largest gains when raised to 4:'));
    for (const g of gains)
      out.push(`  +${formatFixed(g.gain, 3)}  ${g.question}  ${g.text[lang]} (${fx(g.from)} → ${g.to})`);
  }
  const flags = assessorFlags(doc.assessment, x);
  if (flags.length > 0) {
    const counts = new Map<string, number>();
    for (const f of flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
    out.push(
      '',
      `${t('Catatan penilai', "Assessors' flags")}: ${[...counts].map(([c, n]) => `${c} ${n}`).join(', ')}`,
    );
    for (const f of flags.slice(0, 5)) out.push(`  ! ${f.message[lang]}`);
    if (flags.length > 5)
      out.push(`  … ${t(`dan ${flags.length - 5} lagi`, `and ${flags.length - 5} more`)}`);
  }
  const review = doc.assessment.review;
  if (review) {
    const list = (title: string, items: readonly string[]) => {
      if (items.length > 0) out.push('', `${title}:`, ...items.map((s) => `  - ${s}`));
    };
    list(t('Kekuatan', 'Strengths'), review.strengths);
    list(t('Kelemahan', 'Weaknesses'), review.weaknesses);
    list(t('Rekomendasi', 'Recommendations'), review.recommendations);
  }
  return `${out.join('\n')}\n`;
}

/** `smartcity evaluation score <self-assessment.json>`: one region's form scored down to the question. */
async function scoreCommand(
  file: string | undefined,
  opts: EvaluationCommandOptions,
  io: Io,
): Promise<number> {
  const { lang } = opts;
  if (!file) {
    io.err(`${say(lang, 'Sebutkan satu berkas penilaian mandiri.', 'Name one self-assessment file.')}\n`);
    return 2;
  }
  const input = await readInput(file, lang, io);
  if (!input) return 1;
  const parsed = parseDocument(input.text, { kinds: ['smartcity.self-assessment'] });
  if (!parsed.ok) {
    io.err(`${say(lang, 'Berkas tidak valid', 'Invalid file')}: ${file}\n`);
    for (const i of parsed.issues) io.err(`    ${formatPath(i.path)}: ${i.message[lang]} [${i.code}]\n`);
    return 1;
  }
  for (const n of parsed.value.notices) io.err(`${formatPath(n.path)}: ${n.message[lang]}\n`);
  let doc = parsed.value.document as SelfAssessmentDocument;
  const x = BUILTIN_INSTRUMENTS.get(doc.assessment.instrument.id, doc.assessment.instrument.version)!;
  if (opts.assessors) {
    const assessors = await readInput(opts.assessors, lang, io);
    if (!assessors) return 1;
    const values = readAssessorValues(assessors.text, x);
    printIssues(values.issues, lang, io, assessors.name);
    if (!values.ok) return 1;
    doc = { ...doc, assessment: withAssessorValues(doc.assessment, values.values) };
  }
  const applies = instrumentApplies(x, { cohort: doc.region.cohort, areas: doc.assessment.areas });
  if (!applies.applies) io.err(`${say(lang, 'Perhatian', 'Note')}: ${applies.reason[lang]}\n`);
  const final = scoreSelfAssessment(doc.assessment);
  const own = scoreSelfAssessment(doc.assessment, { basis: 'own' });
  if (opts.json)
    io.out(
      `${JSON.stringify(
        {
          region: doc.region,
          final,
          own,
          gains: evaluationGains(own, x),
          flags: assessorFlags(doc.assessment, x),
          review: doc.assessment.review ?? null,
        },
        null,
        2,
      )}\n`,
    );
  else io.out(selfAssessmentText(doc, final, own, x, lang));
  return 0;
}

function statedUsers(text: string | undefined): Record<string, number> | Error {
  const out: Record<string, number> = {};
  if (!text) return out;
  for (const part of text.split(',')) {
    const [k, v] = part.split('=');
    const n = Number(v);
    if (!k || !Number.isInteger(n) || n < 0) return new Error(part);
    out[k.trim()] = n;
  }
  return out;
}

/** `smartcity evaluation survey <survey.csv> --instrument <id>`: the impact survey's question values and flags. */
async function surveyCommand(
  file: string | undefined,
  opts: EvaluationCommandOptions,
  io: Io,
): Promise<number> {
  const { lang } = opts;
  if (!file) {
    io.err(
      `${say(lang, 'Pemakaian: smartcity evaluation survey <survei.csv> --instrument <id> [--users sub=n,…]', 'Usage: smartcity evaluation survey <survey.csv> --instrument <id> [--users sub=n,…]')}\n`,
    );
    return 2;
  }
  const x = await loadInstrument(opts.instrument, lang, io);
  if ('error' in x) {
    io.err(`${x.error}\n`);
    return 2;
  }
  const users = statedUsers(opts.users);
  if (users instanceof Error) {
    io.err(
      `${say(lang, `--users: "${users.message}" harus berbentuk subindikator=jumlah, mis. public-service=30.`, `--users: "${users.message}" must look like sub-indicator=count, e.g. public-service=30.`)}\n`,
    );
    return 2;
  }
  const input = await readInput(file, lang, io);
  if (!input) return 1;
  const { name } = input;
  const r = importSurvey(input.text, x, { statedUsers: users, source: name });
  printIssues(r.issues, lang, io, name);
  if (!r.ok) return 1;
  if (opts.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
  else {
    const t = (id: string, en: string) => say(lang, id, en);
    io.out(
      `${t(`${r.rows} responden dibaca`, `${r.rows} respondents read`)}; ${x.title[lang]}\n\n${table(
        [t('Pertanyaan', 'Question'), t('Nilai', 'Value'), t('Responden', 'Respondents')],
        r.values.map((v) => [v.question, formatFixed(v.value, x.decimals), String(v.respondents)]),
      )}\n`,
    );
    if (r.flags.length > 0) {
      io.out(`\n${t('Catatan penilai', "Assessors' flags")}:\n`);
      for (const f of r.flags) io.out(`  ! ${f.message[lang]}\n`);
    }
  }
  return r.issues.length > 0 ? 1 : 0;
}

/** `smartcity evaluation <index|score|survey> …`. */
export async function evaluationCommand(
  args: readonly string[],
  opts: EvaluationCommandOptions,
  io: Io,
): Promise<number> {
  const [sub, file] = args;
  switch (sub) {
    case 'index':
      return indexCommand(file, opts, io);
    case 'score':
      return scoreCommand(file, opts, io);
    case 'survey':
      return surveyCommand(file, opts, io);
    default:
      io.err(
        `${say(
          opts.lang,
          'Pemakaian: smartcity evaluation index <hasil.csv> --instrument <id> | evaluation score <penilaian-mandiri.json> | evaluation survey <survei.csv> --instrument <id>',
          'Usage: smartcity evaluation index <results.csv> --instrument <id> | evaluation score <self-assessment.json> | evaluation survey <survey.csv> --instrument <id>',
        )}\n`,
      );
      return 2;
  }
}

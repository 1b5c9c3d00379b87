import { parseArgs } from 'node:util';
import type { Locale } from '@smartcity/model';
import { benchmarkCommand, loadVersioning } from './commands/benchmark.js';
import { evaluationCommand } from './commands/evaluation.js';
import { initCommand } from './commands/init.js';
import { reportCommand } from './commands/report.js';
import { scoreCommand } from './commands/score.js';
import { validateCommand } from './commands/validate.js';
import { type Io, say } from './io.js';
import { terminalSafe } from './terminal.js';

const HELP = {
  id: `smartcity — alat baris perintah Masterplan Smart City

Pemakaian:
  smartcity validate <berkas|folder>...   periksa dokumen; keluar 1 bila ada yang tidak valid
  smartcity score <berkas>                 skor kesiapan, kematangan, indeks evaluasi, portofolio quick win,
                                           proyeksi kematangan per tahun, monitoring, RPJMD
  smartcity benchmark <folder> --out <laporan.html|.csv|.json>
                                           perbandingan nasional semua berkas yang valid
  smartcity init <kode-wilayah>            masterplan baru yang kosong dan valid (mis. 71.02)
  smartcity report <berkas> --out <masterplan.docx|masterplan.html>
                                           dokumen masterplan (Word atau HTML) tanpa peramban
  smartcity evaluation index <hasil.csv> --instrument <id>
                                           indeks, peringkat dan peringkat sejenis tiap daerah
  smartcity evaluation score <penilaian-mandiri.json>
                                           skor penilaian mandiri sampai ke pertanyaan
  smartcity evaluation survey <survei.csv> --instrument <id>
                                           nilai pertanyaan survei dampak dan catatan penilai

Opsi:
  --lang id|en      bahasa keluaran (bawaan: id, atau SMARTCITY_LANG)
  --json            keluaran JSON yang dapat dibaca mesin
  --out <berkas>    tulis ke berkas (init, benchmark, report)
  --start-year <t>  tahun pertama (init)     --years <n>  lama rencana 5–10 (init)
  --budget <rp>     anggaran quick win tahun 1–2 (score, report)
  --framework <f>   berkas kerangka tambahan, mis. versi lama (benchmark; boleh berulang)
  --crosswalk <f>   berkas crosswalk antarversi kerangka (benchmark; boleh berulang)
  --force           timpa berkas yang ada (init)
  --instrument <id> instrumen evaluasi: gmsc-2021-guideline, gmsc-2022, gmsc-2023-stage-2, id@versi
                    atau berkas JSON instrumen (evaluation)
  --users <s=n,…>   jumlah pengguna yang dinyatakan per subindikator (evaluation survey)
  --assessors <csv> nilai validasi penilai (question,validated,note) di samping nilai daerah (evaluation score)
  -h, --help        bantuan ini
`,
  en: `smartcity — the Smart City Masterplan command line

Usage:
  smartcity validate <file|folder>...     check documents; exit 1 when any is invalid
  smartcity score <file>                   readiness, maturity, evaluation index, quick-win portfolio,
                                           maturity projection by year, monitoring, RPJMD
  smartcity benchmark <folder> --out <report.html|.csv|.json>
                                           national comparison of all valid files
  smartcity init <region-code>             a new, valid, empty masterplan (e.g. 71.02)
  smartcity report <file> --out <masterplan.docx|masterplan.html>
                                           the masterplan document (Word or HTML) without a browser
  smartcity evaluation index <results.csv> --instrument <id>
                                           index, rank and peer rank of every region
  smartcity evaluation score <self-assessment.json>
                                           a self-assessment scored down to the question
  smartcity evaluation survey <survey.csv> --instrument <id>
                                           impact-survey question values and assessors' flags

Options:
  --lang id|en      output language (default: id, or SMARTCITY_LANG)
  --json            machine-readable JSON output
  --out <file>      write to a file (init, benchmark, report)
  --start-year <y>  first plan year (init)   --years <n>  plan length 5–10 (init)
  --budget <idr>    quick-win budget for years 1–2 (score, report)
  --framework <f>   an extra framework file, e.g. an older version (benchmark; repeatable)
  --crosswalk <f>   a crosswalk file between framework versions (benchmark; repeatable)
  --force           overwrite an existing file (init)
  --instrument <id> evaluation instrument: gmsc-2021-guideline, gmsc-2022, gmsc-2023-stage-2, id@version
                    or an instrument JSON file (evaluation)
  --users <s=n,…>   stated users per sub-indicator (evaluation survey)
  --assessors <csv> the assessors' validated values (question,validated,note) beside the region's (evaluation score)
  -h, --help        this help
`,
};

/** The options the command line knows, with the value they take. */
const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  'start-year': { type: 'string' },
  years: { type: 'string' },
  budget: { type: 'string' },
  framework: { type: 'string', multiple: true },
  crosswalk: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  instrument: { type: 'string' },
  users: { type: 'string' },
  assessors: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A usage error: its message in both languages; `run` prints it with a pointer to the help and exits 2. */
class UsageError {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {}
}

/** Turns `parseArgs`'s English errors into usage errors that name the option. */
function argumentError(e: unknown, argv: readonly string[]): UsageError {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const named = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const known = Object.keys(OPTIONS).map((o) => `--${o}`);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(
      `Opsi tidak dikenal: ${named}. Opsi yang dikenal: ${known.join(', ')}.`,
      `Unknown option: ${named}. Known options: ${known.join(', ')}.`,
    );
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /(--[\w-]+)/.exec(message)?.[1] ?? named;
    const name = option.replace(/^--/, '');
    const takesValue = (OPTIONS as Record<string, { type: string }>)[name]?.type === 'string';
    if (!takesValue) return new UsageError(`${option} tidak menerima nilai.`, `${option} takes no value.`);
    const next = argv[argv.indexOf(option) + 1];
    return next?.startsWith('-')
      ? new UsageError(
          `${option} memerlukan nilai; nilai yang diawali "-" ditulis ${option}=${next}.`,
          `${option} needs a value; write a value starting with "-" as ${option}=${next}.`,
        )
      : new UsageError(`${option} memerlukan nilai.`, `${option} needs a value.`);
  }
  return new UsageError(`Argumen tidak valid (${named || code}).`, `Invalid arguments (${named || code}).`);
}

/** A number option: `undefined` when absent, else a finite number within the bounds, or a usage error. */
function numberOption(
  name: string,
  v: string | undefined,
  rule: { min: number; max: number; integer: boolean; what: [string, string] },
): number | undefined {
  if (v === undefined) return undefined;
  const n = v.trim() === '' ? Number.NaN : Number(v);
  if (!Number.isFinite(n) || n < rule.min || n > rule.max || (rule.integer && !Number.isInteger(n)))
    throw new UsageError(
      `--${name}: diharapkan ${rule.what[0]}, ditemukan ${JSON.stringify(v)}.`,
      `--${name}: expected ${rule.what[1]}, found ${JSON.stringify(v)}.`,
    );
  return n;
}

/**
 * Runs the command line with the given arguments; resolves to the exit code. Never throws on user input.
 * Everything it writes goes through `terminalSafe`, so file names, ids and excerpts cannot drive the
 * terminal.
 */
export async function run(
  argv: readonly string[],
  rawIo: Io,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  const io = terminalSafe(rawIo);
  // The language of an error found before the options are read: --lang as written, else the environment.
  const asked = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const early =
    asked < 0
      ? env.SMARTCITY_LANG
      : argv[asked]!.startsWith('--lang=')
        ? argv[asked]!.slice(7)
        : argv[asked + 1];
  let lang: Locale = early === 'en' ? 'en' : 'id';
  try {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(argv);
    } catch (e) {
      throw argumentError(e, argv);
    }
    const { values, positionals } = parsed;
    const langValue = values.lang ?? env.SMARTCITY_LANG ?? 'id';
    if (langValue !== 'id' && langValue !== 'en')
      throw new UsageError(
        `--lang: diharapkan id atau en, ditemukan ${JSON.stringify(langValue)}.`,
        `--lang: expected id or en, found ${JSON.stringify(langValue)}.`,
      );
    lang = langValue;
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.out(HELP[lang]);
      return command || values.help ? 0 : 2;
    }
    const startYear = numberOption('start-year', values['start-year'], {
      min: 1990,
      max: 2100,
      integer: true,
      what: ['tahun 1990–2100', 'a year 1990–2100'],
    });
    const years = numberOption('years', values.years, {
      min: 5,
      max: 10,
      integer: true,
      what: ['bilangan bulat 5–10', 'a whole number 5–10'],
    });
    if (startYear !== undefined && startYear + (years ?? 5) - 1 > 2100)
      throw new UsageError(
        `--start-year: rencana harus berakhir paling lambat 2100; ditemukan ${startYear}–${startYear + (years ?? 5) - 1}.`,
        `--start-year: the plan must end by 2100; found ${startYear}–${startYear + (years ?? 5) - 1}.`,
      );
    const budget = numberOption('budget', values.budget, {
      min: 0,
      max: 1e15,
      integer: false,
      what: ['rupiah, angka 0 atau lebih', 'rupiah, a number of 0 or more'],
    });
    const common = { lang, json: values.json ?? false };
    switch (command) {
      case 'validate':
        return await validateCommand(rest, common, io);
      case 'init':
        return await initCommand(
          rest[0],
          { ...common, out: values.out, force: values.force, startYear, years },
          io,
        );
      case 'score':
        return await scoreCommand(rest[0], { ...common, budget }, io);
      case 'report':
        return await reportCommand(rest[0], { ...common, out: values.out, budget }, io);
      case 'benchmark': {
        const versioning = await loadVersioning(values.framework ?? [], values.crosswalk ?? [], lang, io);
        if (!versioning) return 2;
        return await benchmarkCommand(rest, { ...common, out: values.out, ...versioning }, io);
      }
      case 'evaluation':
        return await evaluationCommand(
          rest,
          {
            ...common,
            ...(values.instrument !== undefined ? { instrument: values.instrument } : {}),
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values.users !== undefined ? { users: values.users } : {}),
            ...(values.assessors !== undefined ? { assessors: values.assessors } : {}),
          },
          io,
        );
      default:
        io.err(
          `${say(lang, `Perintah tidak dikenal: ${command}`, `Unknown command: ${command}`)}\n\n${HELP[lang]}`,
        );
        return 2;
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${say(lang, e.id, e.en)}\n${say(lang, 'Lihat smartcity --help.', 'See smartcity --help.')}\n`);
    return 2;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
}

import { parseArgs } from 'node:util';
import type { Locale } from '@smartcity/model';
import { benchmarkCommand } from './commands/benchmark.js';
import { evaluationCommand } from './commands/evaluation.js';
import { initCommand } from './commands/init.js';
import { scoreCommand } from './commands/score.js';
import { validateCommand } from './commands/validate.js';
import { type Io, say } from './io.js';

const HELP = {
  id: `smartcity — alat baris perintah Masterplan Smart City

Pemakaian:
  smartcity validate <berkas|folder>...   periksa dokumen; keluar 1 bila ada yang tidak valid
  smartcity score <berkas>                 skor kesiapan, kematangan, indeks evaluasi, portofolio quick win
  smartcity benchmark <folder> --out <laporan.html|.csv|.json>
                                           perbandingan nasional semua berkas yang valid
  smartcity init <kode-wilayah>            masterplan baru yang kosong dan valid (mis. 71.02)
  smartcity evaluation index <hasil.csv> --instrument <id>
                                           indeks, peringkat dan peringkat sejenis tiap daerah
  smartcity evaluation score <penilaian-mandiri.json>
                                           skor penilaian mandiri sampai ke pertanyaan
  smartcity evaluation survey <survei.csv> --instrument <id>
                                           nilai pertanyaan survei dampak dan catatan penilai

Opsi:
  --lang id|en      bahasa keluaran (bawaan: id, atau SMARTCITY_LANG)
  --json            keluaran JSON yang dapat dibaca mesin
  --out <berkas>    tulis ke berkas (init, benchmark)
  --start-year <t>  tahun pertama (init)     --years <n>  lama rencana 5–10 (init)
  --budget <rp>     anggaran quick win tahun 1–2 (score)
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
  smartcity score <file>                   readiness, maturity, evaluation index, quick-win portfolio
  smartcity benchmark <folder> --out <report.html|.csv|.json>
                                           national comparison of all valid files
  smartcity init <region-code>             a new, valid, empty masterplan (e.g. 71.02)
  smartcity evaluation index <results.csv> --instrument <id>
                                           index, rank and peer rank of every region
  smartcity evaluation score <self-assessment.json>
                                           a self-assessment scored down to the question
  smartcity evaluation survey <survey.csv> --instrument <id>
                                           impact-survey question values and assessors' flags

Options:
  --lang id|en      output language (default: id, or SMARTCITY_LANG)
  --json            machine-readable JSON output
  --out <file>      write to a file (init, benchmark)
  --start-year <y>  first plan year (init)   --years <n>  plan length 5–10 (init)
  --budget <idr>    quick-win budget for years 1–2 (score)
  --force           overwrite an existing file (init)
  --instrument <id> evaluation instrument: gmsc-2021-guideline, gmsc-2022, gmsc-2023-stage-2, id@version
                    or an instrument JSON file (evaluation)
  --users <s=n,…>   stated users per sub-indicator (evaluation survey)
  --assessors <csv> the assessors' validated values (question,validated,note) beside the region's (evaluation score)
  -h, --help        this help
`,
};

/** Runs the command line with the given arguments; resolves to the exit code. Never throws on user input. */
export async function run(
  argv: readonly string[],
  io: Io,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const envLang: Locale = env.SMARTCITY_LANG === 'en' ? 'en' : 'id';
  try {
    parsed = parse(argv);
  } catch (e) {
    io.err(`${say(envLang, 'Argumen tidak valid', 'Invalid arguments')}: ${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const langValue = values.lang ?? env.SMARTCITY_LANG ?? 'id';
  if (langValue !== 'id' && langValue !== 'en') {
    io.err(`--lang: id | en\n`);
    return 2;
  }
  const lang: Locale = langValue;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.out(HELP[lang]);
    return command || values.help ? 0 : 2;
  }
  const number = (name: string, v: string | undefined): number | undefined | Error => {
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : new Error(name);
  };
  const startYear = number('--start-year', values['start-year']);
  const years = number('--years', values.years);
  const budget = number('--budget', values.budget);
  for (const v of [startYear, years, budget])
    if (v instanceof Error) {
      io.err(`${say(lang, `${v.message} harus angka.`, `${v.message} must be a number.`)}\n`);
      return 2;
    }
  const common = { lang, json: values.json ?? false };
  switch (command) {
    case 'validate':
      return validateCommand(rest, common, io);
    case 'init':
      return initCommand(
        rest[0],
        {
          ...common,
          out: values.out,
          force: values.force,
          startYear: startYear as number | undefined,
          years: years as number | undefined,
        },
        io,
      );
    case 'score':
      return scoreCommand(rest[0], { ...common, budget: budget as number | undefined }, io);
    case 'benchmark':
      return benchmarkCommand(rest, { ...common, out: values.out }, io);
    case 'evaluation':
      return evaluationCommand(
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
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      lang: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      'start-year': { type: 'string' },
      years: { type: 'string' },
      budget: { type: 'string' },
      force: { type: 'boolean' },
      instrument: { type: 'string' },
      users: { type: 'string' },
      assessors: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

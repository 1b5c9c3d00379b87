import { writeFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { formatPath, parseMasterplan } from '@smartcity/model';
import { buildReport, renderReportHtml } from '@smartcity/report';
import { readBytes } from '../files.js';
import { type CommonOptions, type Io, say } from '../io.js';

export interface ReportOptions extends CommonOptions {
  /** The file to write: `.docx` (Word) or `.html`. */
  readonly out?: string | undefined;
  /** Quick-win budget for plan years 1–2, in rupiah (default: the masterplan's own), as `score` takes it. */
  readonly budget?: number | undefined;
}

const USAGE = {
  id: 'Pemakaian: smartcity report <berkas> --out <masterplan.docx|masterplan.html> [--lang id|en]',
  en: 'Usage: smartcity report <file> --out <masterplan.docx|masterplan.html> [--lang id|en]',
};

/**
 * `smartcity report <file> --out <masterplan.docx|masterplan.html>`: the masterplan document, built from the
 * same report model as the dashboard's printed page, without a browser.
 */
export async function reportCommand(file: string | undefined, opts: ReportOptions, io: Io): Promise<number> {
  const { lang, out } = opts;
  const ext = out ? extname(out).toLowerCase() : '';
  if (!file || !out || (ext !== '.docx' && ext !== '.html')) {
    const problem = !file
      ? say(lang, 'Sebutkan satu berkas masterplan.', 'Name one masterplan file.')
      : !out
        ? say(
            lang,
            '--out: diharapkan nama berkas keluaran, tidak ada.',
            '--out: expected an output file name, found none.',
          )
        : say(
            lang,
            `--out: diharapkan berkas .docx atau .html, ditemukan ${JSON.stringify(out)}.`,
            `--out: expected a .docx or .html file, found ${JSON.stringify(out)}.`,
          );
    io.err(`${problem}\n${say(lang, USAGE.id, USAGE.en)}\n`);
    return 2;
  }
  const path = resolve(io.cwd, file);
  const read = await readBytes(path);
  if ('error' in read) {
    io.err(`${relative(io.cwd, path) || file}: ${read.error[lang]}\n`);
    return 1;
  }
  const parsed = parseMasterplan(read.bytes);
  if (!parsed.ok) {
    io.err(`${say(lang, 'Berkas tidak valid', 'Invalid file')}: ${file}\n`);
    for (const i of parsed.issues) io.err(`    ${formatPath(i.path)}: ${i.message[lang]} [${i.code}]\n`);
    return 1;
  }
  const { document, framework } = parsed.value;
  const report = buildReport(document, framework, {
    lang,
    ...(opts.budget === undefined ? {} : { score: { budget: opts.budget } }),
  });
  let bytes: Uint8Array | string;
  if (ext === '.docx') {
    // Loaded only for Word: it brings the docx writer and the PNG renderer.
    const { renderReportDocx } = await import('@smartcity/report/docx');
    bytes = await renderReportDocx(report);
  } else bytes = renderReportHtml(report);
  try {
    await writeFile(resolve(io.cwd, out), bytes);
  } catch {
    io.err(`${say(lang, `Tidak dapat menulis ${out}.`, `Cannot write ${out}.`)}\n`);
    return 1;
  }
  const warnings = report.findings.length;
  io.out(
    `${say(
      lang,
      `Masterplan ${document.region.name} ditulis ke ${out}: ${report.chapters.length} bab, ${report.annexes.length} lampiran, ${warnings} catatan pemeriksaan.`,
      `Masterplan of ${document.region.name} written to ${out}: ${report.chapters.length} chapters, ${report.annexes.length} annexes, ${warnings} review notes.`,
    )}\n`,
  );
  for (const f of report.findings) io.out(`! ${f.text}\n`);
  return 0;
}

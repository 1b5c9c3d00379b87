import { relative } from 'node:path';
import { type FrameworkRegistry, formatPath, parseDocument, type ValidationIssue } from '@smartcity/model';
import { type Collected, collectJsonFiles, readBytes } from '../files.js';
import { type CommonOptions, type Io, progress, say } from '../io.js';

/** The verdict on one file. */
export interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly kind?: string;
  readonly region?: string;
  readonly issues: ReadonlyArray<{ path: string; code: string; message: { id: string; en: string } }>;
  /** What a reader should know that is not a problem (an older format version read in the current one). */
  readonly notices?: ReadonlyArray<{ path: string; code: string; message: { id: string; en: string } }>;
}

/** Validates one file; never throws on what the file holds. */
export async function validateFile(
  file: string | Collected,
  registry?: FrameworkRegistry,
): Promise<FileReport & { parsed?: ReturnType<typeof parseDocument> }> {
  const found: Collected = typeof file === 'string' ? { file } : file;
  const name = found.file;
  const read = 'error' in found ? found : await readBytes(name);
  if ('error' in read)
    return { file: name, ok: false, issues: [{ path: '(file)', code: 'unreadable', message: read.error }] };
  const parsed = parseDocument(read.bytes, registry ? { registry } : {});
  const issues = parsed.issues.map((i: ValidationIssue) => ({
    path: formatPath(i.path),
    code: i.code,
    message: i.message,
  }));
  if (!parsed.ok) return { file: name, ok: false, issues, parsed };
  const doc = parsed.value.document;
  const notices = parsed.value.notices.map((i: ValidationIssue) => ({
    path: formatPath(i.path),
    code: i.code,
    message: i.message,
  }));
  return {
    file: name,
    ok: true,
    kind: doc.kind,
    region: `${doc.region.code} ${doc.region.name}`,
    issues,
    ...(notices.length > 0 ? { notices } : {}),
    parsed,
  };
}

/** `smartcity validate <files or folders>`: every problem of every file; exit 1 when any is invalid. */
export async function validateCommand(
  paths: readonly string[],
  opts: CommonOptions,
  io: Io,
): Promise<number> {
  const { lang } = opts;
  if (paths.length === 0) {
    io.err(`${say(lang, 'Sebutkan berkas atau folder.', 'Name files or folders.')}\n`);
    return 2;
  }
  const files = await collectJsonFiles(io.cwd, paths);
  const tick = progress(io, lang, files.length);
  const reports: FileReport[] = [];
  for (const [i, file] of files.entries()) {
    const { parsed: _parsed, ...report } = await validateFile(file);
    reports.push({ ...report, file: relative(io.cwd, file.file) || file.file });
    tick(i + 1);
  }
  const invalid = reports.filter((r) => !r.ok).length;
  if (opts.json) {
    io.out(`${JSON.stringify({ files: reports, valid: reports.length - invalid, invalid }, null, 2)}\n`);
  } else {
    for (const r of reports) {
      if (r.ok) {
        io.out(`✓ ${r.file}  ${r.kind} — ${r.region}\n`);
        for (const n of r.notices ?? []) io.out(`    ℹ ${n.path}: ${n.message[lang]} [${n.code}]\n`);
      } else {
        io.out(`✗ ${r.file}\n`);
        for (const i of r.issues) io.out(`    ${i.path}: ${i.message[lang]} [${i.code}]\n`);
      }
    }
    io.out(
      `${say(
        lang,
        `${reports.length} berkas: ${reports.length - invalid} valid, ${invalid} tidak valid.`,
        `${reports.length} files: ${reports.length - invalid} valid, ${invalid} invalid.`,
      )}\n`,
    );
  }
  if (files.length === 0) return 2;
  return invalid > 0 ? 1 : 0;
}

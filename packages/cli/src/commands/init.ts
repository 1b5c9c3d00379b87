import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createMasterplan, findRegion, listRegions, REGION_CODE_PATTERN } from '@smartcity/model';
import { type CommonOptions, type Io, say } from '../io.js';

export interface InitOptions extends CommonOptions {
  readonly out?: string;
  readonly startYear?: number;
  readonly years?: number;
  readonly force?: boolean;
}

/** `smartcity init <region code>`: a new, valid, empty masterplan for a region on the Kemendagri list. */
export async function initCommand(code: string | undefined, opts: InitOptions, io: Io): Promise<number> {
  const { lang } = opts;
  if (!code || !REGION_CODE_PATTERN.test(code) || !findRegion(code)) {
    const hint = code
      ? listRegions()
          .filter((r) => r.name.toLowerCase().includes(code.toLowerCase()) || r.code.startsWith(code))
          .slice(0, 5)
          .map((r) => `${r.code} ${r.name}`)
      : [];
    io.err(
      `${say(
        lang,
        `Kode wilayah ${JSON.stringify(code ?? '')} tidak ada dalam daftar Kemendagri (bentuk PP.RR, mis. 71.02).`,
        `Region code ${JSON.stringify(code ?? '')} is not on the Kemendagri list (form PP.RR, e.g. 71.02).`,
      )}\n`,
    );
    if (hint.length > 0) io.err(`${say(lang, 'Mungkin maksud Anda', 'Did you mean')}: ${hint.join('; ')}\n`);
    return 2;
  }
  const years = opts.years;
  if (years !== undefined && (!Number.isInteger(years) || years < 5 || years > 10)) {
    io.err(`${say(lang, '--years harus 5 sampai 10.', '--years must be 5 to 10.')}\n`);
    return 2;
  }
  const doc = createMasterplan(code, { startYear: opts.startYear, years })!;
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (!opts.out) {
    io.out(text);
    return 0;
  }
  const path = resolve(io.cwd, opts.out);
  try {
    await writeFile(path, text, { flag: opts.force ? 'w' : 'wx' });
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
    io.err(
      `${
        exists
          ? say(
              lang,
              `${opts.out} sudah ada; pakai --force untuk menimpa.`,
              `${opts.out} exists; use --force to overwrite.`,
            )
          : say(lang, `Tidak dapat menulis ${opts.out}.`, `Cannot write ${opts.out}.`)
      }\n`,
    );
    return 2;
  }
  io.err(`${say(lang, `Ditulis: ${opts.out}`, `Written: ${opts.out}`)}\n`);
  return 0;
}

import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Largest file the command line reads, in bytes; larger files are reported, not read. */
export const MAX_FILE_BYTES = 20_000_000;

/** Every `.json` file named, or found (recursively, sorted) inside a folder named. */
export async function collectJsonFiles(cwd: string, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) out.push(p);
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const s = await stat(abs).catch(() => null);
    if (s?.isDirectory()) await walk(abs);
    else out.push(abs);
  }
  return out;
}

/** Reads a file as text, or says why it cannot (missing, a folder, too large). */
export async function readText(
  file: string,
): Promise<{ text: string } | { error: { id: string; en: string } }> {
  const s = await stat(file).catch(() => null);
  if (!s) return { error: { id: 'Berkas tidak ditemukan.', en: 'File not found.' } };
  if (!s.isFile()) return { error: { id: 'Bukan berkas biasa.', en: 'Not a regular file.' } };
  if (s.size > MAX_FILE_BYTES)
    return {
      error: {
        id: `Berkas terlalu besar (${s.size} bita; batas ${MAX_FILE_BYTES}).`,
        en: `The file is too large (${s.size} bytes; the limit is ${MAX_FILE_BYTES}).`,
      },
    };
  return { text: await readFile(file, 'utf8') };
}

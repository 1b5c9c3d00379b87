import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { decodeText, type LocalizedText } from '@smartcity/model';

/** Largest file the command line reads, in bytes; larger files are reported, not read. */
export const MAX_FILE_BYTES = 20_000_000;

/** A path found while collecting files, or a folder that could not be read (reported like a bad file). */
export type Collected = { readonly file: string } | { readonly file: string; readonly error: LocalizedText };

/** Why a file or folder cannot be read, from a Node.js error, in both languages. */
export function fsError(e: unknown): LocalizedText {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { id: 'Berkas tidak ditemukan.', en: 'File not found.' };
    case 'EACCES':
    case 'EPERM':
      return {
        id: 'Tidak dapat dibaca: izin ditolak.',
        en: 'Cannot be read: permission denied.',
      };
    case 'ELOOP':
      return {
        id: 'Tautan simbolik berputar (menunjuk dirinya sendiri).',
        en: 'The symbolic link loops (points back to itself).',
      };
    case 'EISDIR':
      return { id: 'Bukan berkas biasa (sebuah folder).', en: 'Not a regular file (a folder).' };
    default:
      return {
        id: `Tidak dapat dibaca (${code ?? 'galat tak dikenal'}).`,
        en: `Cannot be read (${code ?? 'unknown error'}).`,
      };
  }
}

/**
 * Every `.json` file named, or found (recursively, sorted) inside a folder named. Symbolic links are
 * followed, to files and to folders; a folder reached twice (a link loop) is walked once. A folder or link
 * that cannot be read is returned with its error, so that the run reports it and goes on.
 */
export async function collectJsonFiles(cwd: string, paths: readonly string[]): Promise<Collected[]> {
  const out: Collected[] = [];
  const walked = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (walked.has(real)) return;
    walked.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      out.push({ file: dir, error: fsError(e) });
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      const json = e.name.toLowerCase().endsWith('.json');
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        if (json) out.push({ file: p });
      } else if (e.isSymbolicLink()) {
        // Follow the link: to a folder (walked, loops guarded) or to a file (read if it is .json).
        const s = await stat(p).catch((err: unknown) => err as NodeJS.ErrnoException);
        if (s instanceof Error) {
          if (json) out.push({ file: p, error: fsError(s) });
        } else if (s.isDirectory()) await walk(p);
        else if (json) out.push({ file: p });
      } else if (json) out.push({ file: p }); // a FIFO, socket or device: readBytes says what it is
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const s = await stat(abs).catch(() => null);
    if (s?.isDirectory()) await walk(abs);
    else out.push({ file: abs });
  }
  return out;
}

/** Reads a file's bytes, or says why it cannot (missing, not a regular file, too large, unreadable). */
export async function readBytes(file: string): Promise<{ bytes: Uint8Array } | { error: LocalizedText }> {
  let s: import('node:fs').Stats;
  try {
    s = await stat(file);
  } catch (e) {
    return { error: fsError(e) };
  }
  if (!s.isFile())
    return {
      error: s.isDirectory()
        ? { id: 'Bukan berkas biasa (sebuah folder).', en: 'Not a regular file (a folder).' }
        : {
            id: 'Bukan berkas biasa (pipa, soket atau perangkat); tidak dibaca.',
            en: 'Not a regular file (a pipe, socket or device); not read.',
          },
    };
  if (s.size > MAX_FILE_BYTES)
    return {
      error: {
        id: `Berkas terlalu besar (${s.size} bita; batas ${MAX_FILE_BYTES}).`,
        en: `The file is too large (${s.size} bytes; the limit is ${MAX_FILE_BYTES}).`,
      },
    };
  try {
    return { bytes: await readFile(file) };
  } catch (e) {
    return { error: fsError(e) };
  }
}

/**
 * Reads a text file (CSV, an instrument, a framework, a crosswalk): its bytes through the model's decoder, so
 * a byte order mark or UTF-16 is read as such and undecodable bytes are refused with their offset.
 */
export async function readText(file: string): Promise<{ text: string } | { error: LocalizedText }> {
  const read = await readBytes(file);
  if ('error' in read) return read;
  const decoded = decodeText(read.bytes);
  return 'issues' in decoded ? { error: decoded.issues[0]!.message } : { text: decoded.text };
}

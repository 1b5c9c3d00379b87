import type { Locale } from '@smartcity/model';

/** Where a command writes; tests pass collectors, the binary passes the process streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether progress may redraw one line (a terminal) or should print lines now and then. */
  readonly interactive: boolean;
  readonly cwd: string;
}

/** Options every command understands. */
export interface CommonOptions {
  readonly lang: Locale;
  readonly json: boolean;
}

/** Picks the text of the user's language from a pair. */
export function say(lang: Locale, id: string, en: string): string {
  return lang === 'en' ? en : id;
}

/** Shows progress through a large set: one redrawn line on a terminal, a line per `every` items otherwise. */
export function progress(io: Io, lang: Locale, total: number, every = 100): (done: number) => void {
  return (done) => {
    if (total < every) return;
    const text = say(lang, `Memproses ${done}/${total} berkas`, `Processing ${done}/${total} files`);
    if (io.interactive) io.err(`\r${text}${done === total ? '\n' : ''}`);
    else if (done % every === 0 || done === total) io.err(`${text}\n`);
  };
}

// Hostile and broken input through the command line's `run`, with real files in a temporary folder: a
// table of files and argument lists, each with its verdict, and for every run one rule: nothing a terminal
// would act on reaches the output raw.
import { execFile, execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli.js';
import type { Io } from './io.js';
import { neutralize } from './terminal.js';

let dir: string;
const sample = JSON.stringify(MINAHASA_SAMPLE, null, 2);
// Any character a terminal acts on (ESC, C1, bidi controls, lone surrogates); tab and line feed are fine.
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what the output must never hold
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function collector(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    interactive: false,
    cwd: dir,
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
  };
  return io;
}

async function cli(...argv: string[]) {
  const io = collector();
  const code = await run(argv, io);
  expect(io.stdout).not.toMatch(RAW_CONTROL);
  expect(io.stderr).not.toMatch(RAW_CONTROL);
  return { code, out: io.stdout, err: io.stderr };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0xfeff, true);
  for (let i = 0; i < s.length; i++) v.setUint16(2 + i * 2, s.charCodeAt(i), true);
  return out;
}
const OSC = '\u001b]0;owned\u0007';

/** Whether chmod 000 keeps this process from reading (not as root, not on every file system). */
let permissionsBite = false;
/** Whether a FIFO could be made (mkfifo), for an unreadable entry that does not depend on permissions. */
let fifo = false;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-hostile-'));
  const f = (name: string, content: string | Uint8Array) => writeFile(join(dir, name), content);
  await mkdir(join(dir, 'set'));
  await f('set/a-good.json', sample);
  await f('set/b-bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]));
  await f('set/c-utf16.json', utf16le(sample));
  const latin1 = sample.replace('"vision": "', '"vision": "Café ');
  await f(
    'set/d-latin1.json',
    Uint8Array.from(latin1, (c) => c.charCodeAt(0) & 0xff),
  );
  await f('set/e-dup.json', sample.replace(/\n}\s*$/, ',\n  "quickWins": { "selected": [] }\n}\n'));
  await f(
    'set/f-hostile-id.json',
    JSON.stringify({ ...MINAHASA_SAMPLE, framework: { id: `gmsc${OSC}\u009b31m`, version: '2021.1' } }),
  );
  await f('set/g-bidi.json', JSON.stringify({ ...MINAHASA_SAMPLE, title: 'Rencana \u202Egnp.exe' }));
  await f(`set/h-${OSC}name\u202e.json`, '{ "broken": ');
  await symlink(join(dir, 'set', 'a-good.json'), join(dir, 'set', 'i-link.json'));
  await symlink(join(dir, 'nowhere.json'), join(dir, 'set', 'j-dangling.json'));
  await symlink(join(dir, 'set'), join(dir, 'set', 'k-loop'));
  await f('set/l-unreadable.json', sample);
  await chmod(join(dir, 'set', 'l-unreadable.json'), 0o000);
  permissionsBite = await readFile(join(dir, 'set', 'l-unreadable.json')).then(
    () => false,
    () => true,
  );
  try {
    execFileSync('mkfifo', [join(dir, 'set', 'm-fifo.json')]);
    fifo = true;
  } catch {
    fifo = false;
  }
  await mkdir(join(dir, 'set', 'n-locked'));
  await f('set/n-locked/inside.json', sample);
  await chmod(join(dir, 'set', 'n-locked'), 0o000);
  // Two files for one region.
  await mkdir(join(dir, 'twice'));
  await f('twice/a.json', sample);
  await f('twice/b.json', sample);
});

afterAll(async () => {
  await chmod(join(dir, 'set', 'n-locked'), 0o755).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

describe('validate: hostile and broken files', () => {
  it('reports every bad file with its reason and goes on to the end', async () => {
    const { code, out } = await cli('validate', 'set', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as {
      files: {
        file: string;
        ok: boolean;
        issues: { path: string; code: string; message: { en: string } }[];
      }[];
    };
    const byName = new Map(report.files.map((f) => [f.file.replace(/^set\//, ''), f]));
    const verdict = (name: string) => byName.get(name);
    expect(verdict('a-good.json')?.ok).toBe(true);
    expect(verdict('b-bom.json')?.ok).toBe(true);
    expect(verdict('c-utf16.json')?.ok).toBe(true);
    expect(verdict('i-link.json')?.ok).toBe(true);
    expect(verdict('d-latin1.json')?.issues[0]).toMatchObject({ code: 'invalid-encoding' });
    expect(verdict('d-latin1.json')?.issues[0]?.message.en).toMatch(/0xE9 .*byte offset \d+/);
    expect(verdict('e-dup.json')?.issues[0]).toMatchObject({ code: 'duplicate-key', path: 'quickWins' });
    expect(verdict('f-hostile-id.json')?.issues[0]).toMatchObject({ code: 'unknown-framework' });
    expect(verdict('g-bidi.json')?.issues[0]).toMatchObject({ code: 'control-characters', path: 'title' });
    expect(verdict('j-dangling.json')?.issues[0]).toMatchObject({ code: 'unreadable' });
    expect(verdict('j-dangling.json')?.issues[0]?.message.en).toBe('File not found.');
    // The link back to the folder is walked once, not forever.
    expect([...byName.keys()].filter((n) => n.includes('k-loop'))).toEqual([]);
    if (fifo) {
      expect(verdict('m-fifo.json')?.issues[0]).toMatchObject({ code: 'unreadable' });
      expect(verdict('m-fifo.json')?.issues[0]?.message.en).toContain('Not a regular file');
    }
    // chmod 000 only bites when the tests do not run as root.
    if (permissionsBite) {
      expect(verdict('l-unreadable.json')?.issues[0]?.message.en).toBe('Cannot be read: permission denied.');
      expect(verdict('n-locked')?.issues[0]?.message.en).toBe('Cannot be read: permission denied.');
    } else expect(verdict('l-unreadable.json')?.ok).toBe(true);
  });

  it('shows names, ids and excerpts with their control characters escaped', async () => {
    const { out } = await cli('validate', 'set');
    expect(out).toContain('h-\\u001b]0;owned\\u0007name\\u202e.json');
    expect(out).toContain('U+202E');
    expect(out).toContain('\\u009b31m');
    expect(out).toMatch(new RegExp(`berkas: ${permissionsBite ? 4 : 6} valid, \\d+ tidak valid\\.`));
  });

  it('has a fallback for the unreadable case when running as root: the FIFO', () => {
    // When the tests run as root, chmod 000 does not stop reading; the FIFO entry above (a directory entry
    // that is not a regular file) still proves that one unreadable entry does not stop the run.
    expect(permissionsBite || fifo).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)(
    'as root: the binary run as an unprivileged user reports chmod 000 files and folders and goes on',
    async () => {
      // Root reads through chmod 000, so the real case runs in a child process with uid/gid 65534.
      const locked = await mkdtemp(join(tmpdir(), 'smartcity-locked-'));
      try {
        await chmod(locked, 0o755);
        await writeFile(join(locked, 'ok.json'), sample);
        await writeFile(join(locked, 'locked.json'), sample);
        await chmod(join(locked, 'locked.json'), 0o000);
        await mkdir(join(locked, 'dir'));
        await writeFile(join(locked, 'dir', 'in.json'), sample);
        await chmod(join(locked, 'dir'), 0o000);
        const tsx = join(
          dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
          'dist',
          'loader.mjs',
        );
        const args = ['--import', pathToFileURL(tsx).href, '--conditions=@smartcity/source'];
        const bin = join(import.meta.dirname, 'bin.ts');
        const result = await promisify(execFile)(
          process.execPath,
          [...args, bin, 'validate', '.', '--lang', 'en'],
          { cwd: locked, uid: 65534, gid: 65534 },
        ).catch((e: { code: number; stdout: string }) => e);
        expect(result.stdout).toContain('✗ dir\n    (file): Cannot be read: permission denied. [unreadable]');
        expect(result.stdout).toContain(
          '✗ locked.json\n    (file): Cannot be read: permission denied. [unreadable]',
        );
        expect(result.stdout).toContain('✓ ok.json');
        expect(result.stdout).toContain('3 files: 1 valid, 2 invalid.');
        expect((result as { code?: number }).code).toBe(1);
      } finally {
        await chmod(join(locked, 'dir'), 0o755).catch(() => {});
        await rm(locked, { recursive: true, force: true });
      }
    },
    60_000,
  );
});

describe('benchmark: two files for one region', () => {
  it('names the duplicate and the file compared', async () => {
    const { code, err } = await cli('benchmark', 'twice', '--out', 'twice.json');
    expect(code).toBe(0);
    expect(err).toContain(
      'twice/b.json: wilayah 71.02 Kabupaten Minahasa sudah ada di twice/a.json; yang dibandingkan twice/a.json, berkas ini diabaikan.',
    );
    expect(err).toContain('1 wilayah dibandingkan, 0 berkas tidak valid, 1 wilayah ganda');
    const json = JSON.parse(await readFile(join(dir, 'twice.json'), 'utf8'));
    expect(json.duplicates).toEqual([
      { file: 'twice/b.json', region: '71.02 Kabupaten Minahasa', used: 'twice/a.json' },
    ]);
  });
});

describe('usage errors', () => {
  it.each([
    [
      ['init', '71.02', '--start-year', '3000'],
      '--start-year: diharapkan tahun 1990–2100, ditemukan "3000".',
    ],
    [['init', '71.02', '--start-year', '2098'], '--start-year: rencana harus berakhir paling lambat 2100'],
    [['init', '71.02', '--years', '4'], '--years: diharapkan bilangan bulat 5–10, ditemukan "4".'],
    [['init', '71.02', '--start-year', 'abc'], '--start-year: diharapkan tahun 1990–2100, ditemukan "abc".'],
    [
      ['score', 'set/a-good.json', '--budget', '-5'],
      '--budget memerlukan nilai; nilai yang diawali "-" ditulis --budget=-5.',
    ],
    [
      ['score', 'set/a-good.json', '--budget=-5'],
      '--budget: diharapkan rupiah, angka 0 atau lebih, ditemukan "-5".',
    ],
    [['score', 'set/a-good.json', '--budget', '1e400'], '--budget: diharapkan rupiah'],
    [['validate', 'set', '--bogus'], 'Opsi tidak dikenal: --bogus.'],
    [['validate', 'set', '--json=yes'], '--json tidak menerima nilai.'],
    [['init', '71.02', '--out'], '--out memerlukan nilai.'],
    [['validate', 'set', '--lang', 'fr'], '--lang: diharapkan id atau en, ditemukan "fr".'],
    [['validate', `--${OSC}`], 'Opsi tidak dikenal: --\\u001b]0;owned\\u0007.'],
  ])('%j → exit 2: %s', async (argv, message) => {
    const { code, out, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('Lihat smartcity --help.');
    expect(err).not.toMatch(/too_big|"code":|Option '|Unknown option|ambiguous/);
  });

  it('speaks English when asked, even for an error in the arguments', async () => {
    const { err } = await cli('score', 'x.json', '--lang', 'en', '--budget', '-5');
    expect(err).toContain('--budget needs a value; write a value starting with "-" as --budget=-5.');
    expect(err).toContain('See smartcity --help.');
  });
});

describe('neutralize', () => {
  it('escapes what a terminal acts on and keeps text, tabs, line breaks and emoji', () => {
    expect(neutralize(`a${OSC}b\u009b\u202e\ud800`)).toBe('a\\u001b]0;owned\\u0007b\\u009b\\u202e\\ud800');
    expect(neutralize('Café\tÑandú 😀\n')).toBe('Café\tÑandú 😀\n');
    expect(neutralize('\rMemproses 1/2\r')).toBe('\rMemproses 1/2\\u000d');
  });
});

// A seeded fuzz run through the command line's `run`: a folder of real files, each a mutant of the sample
// (bytes flipped, text cut, BOMs and UTF-16, control characters in content and in names, keys doubled),
// validated and benchmarked. Nothing throws, every file is reported once with a reason when refused, and
// nothing a terminal would act on reaches the output raw.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli.js';
import type { Io } from './io.js';

const SEED = 0xc11;
const FILES = 80;
const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what the output must never hold
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}

const text = JSON.stringify(MINAHASA_SAMPLE, null, 2);
const utf8 = (s: string) => new TextEncoder().encode(s);
const NAME_NOISE = ['\u001b]0;owned\u0007', '\u001b[2J', '\u202e', '\u0085', '\u009b31m', 'é', ' ', '😀'];

function mutant(r: ReturnType<typeof prng>, n: number): { name: string; bytes: Uint8Array } {
  const noisy = r.next() < 0.3 ? r.pick(NAME_NOISE) : '';
  const name = `${String(n).padStart(3, '0')}${noisy}.json`;
  switch (r.int(9)) {
    case 0:
      return { name, bytes: utf8(text) };
    case 1: {
      const b = utf8(text);
      for (let k = 0; k < 1 + r.int(4); k++) b[r.int(b.length)] = r.int(256);
      return { name, bytes: b };
    }
    case 2:
      return { name, bytes: utf8(text.slice(0, r.int(text.length))) };
    case 3:
      return { name, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]) };
    case 4: {
      const le = r.next() < 0.5;
      const out = new Uint8Array(2 + text.length * 2);
      const v = new DataView(out.buffer);
      v.setUint16(0, 0xfeff, le);
      for (let i = 0; i < text.length; i++) v.setUint16(2 + i * 2, text.charCodeAt(i), le);
      return { name, bytes: out };
    }
    case 5: {
      const at = text.indexOf('"vision": "') + 11;
      const c = r.pick(['\\u001b[31m', '\\u202e', '\\u0085', '\\ud800', '\u0085', '\u202e']);
      return { name, bytes: utf8(text.slice(0, at) + c + text.slice(at)) };
    }
    case 6:
      return { name, bytes: utf8(text.replace(/\n}\s*$/, ',\n  "opds": []\n}\n')) };
    case 7:
      return {
        name,
        bytes: utf8(text.replace('"vision":', '"__proto__": {"polluted": true},\n  "vision":')),
      };
    default:
      return { name, bytes: Uint8Array.from(r.pick([text, '{"é": 1}']), (c) => c.charCodeAt(0) & 0xff) };
  }
}

let dir: string;
const names: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-fuzz-'));
  await mkdir(join(dir, 'set'));
  const r = prng(SEED);
  for (let n = 0; n < FILES; n++) {
    const m = mutant(r, n);
    names.push(m.name);
    await writeFile(join(dir, 'set', m.name), m.bytes);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

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

describe(`fuzz: ${FILES} seeded mutant files through the command line (seed ${SEED})`, () => {
  it('validate reports every file once, with a reason for each refusal, and nothing raw', async () => {
    const io = collector();
    const code = await run(['validate', 'set', '--json'], io);
    expect([0, 1]).toContain(code);
    expect(io.stdout).not.toMatch(RAW_CONTROL);
    expect(io.stderr).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(io.stdout) as {
      files: {
        file: string;
        ok: boolean;
        issues: { path: string; code: string; message: { id: string; en: string } }[];
      }[];
      valid: number;
      invalid: number;
    };
    expect(report.files).toHaveLength(FILES);
    expect(report.valid + report.invalid).toBe(FILES);
    expect(report.valid).toBeGreaterThan(0);
    expect(report.invalid).toBeGreaterThan(0);
    for (const f of report.files)
      if (!f.ok) {
        expect(f.issues.length, f.file).toBeGreaterThan(0);
        for (const i of f.issues) {
          expect(i.path, f.file).toBeTypeOf('string');
          expect(i.message.id, f.file).toMatch(/diharapkan|ditemukan|["\d]/i);
          expect(i.message.en, f.file).toMatch(/expected|found|["\d]/i);
        }
      }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // And as text, in both languages.
    for (const lang of ['id', 'en']) {
      const t = collector();
      expect(await run(['validate', 'set', '--lang', lang], t)).toBe(code);
      expect(t.stdout).not.toMatch(RAW_CONTROL);
      expect(t.stdout.split('\n').filter((l) => /^[✓✗] /.test(l))).toHaveLength(FILES);
    }
  });

  it('benchmark compares the valid ones, names the duplicates and lists the rest', async () => {
    const io = collector();
    expect(await run(['benchmark', 'set', '--out', 'report.json'], io)).toBe(0);
    expect(io.stderr).not.toMatch(RAW_CONTROL);
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(json.files).toBe(FILES);
    // Every valid file is the Minahasa sample: one is compared, the others are named as duplicates.
    expect(json.benchmark.entries).toHaveLength(1);
    expect(json.duplicates.length + 1 + json.invalid.length + json.skipped.length).toBe(FILES);
  });
});

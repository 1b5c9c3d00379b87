import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli.js';
import type { Io } from './io.js';

let dir: string;
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

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-report-'));
  await writeFile(join(dir, 'minahasa.json'), JSON.stringify(MINAHASA_SAMPLE));
  await writeFile(join(dir, 'bad.json'), JSON.stringify({ ...MINAHASA_SAMPLE, period: { startYear: 2022 } }));
});

describe('smartcity report', () => {
  it('writes the masterplan as HTML with every chapter', async () => {
    const io = collector();
    expect(await run(['report', 'minahasa.json', '--out', 'masterplan.html'], io)).toBe(0);
    const html = await readFile(join(dir, 'masterplan.html'), 'utf8');
    for (const c of [
      'introduction',
      'profile',
      'analysis',
      'strategy',
      'programmes',
      'quick-wins',
      'literacy',
      'closing',
    ])
      expect(html).toContain(`data-chapter="${c}"`);
    expect(io.stdout).toMatch(/ditulis ke masterplan\.html: 8 bab, 3 lampiran/);
  });

  it('writes a Word document in English', async () => {
    const io = collector();
    expect(await run(['report', 'minahasa.json', '--out', 'masterplan.docx', '--lang', 'en'], io)).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'masterplan.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Chapter III Readiness and Maturity Analysis');
    expect(io.stdout).toMatch(/written to masterplan\.docx/);
  }, 60_000);

  it('refuses another output type, naming what it expected and found, in both languages', async () => {
    const id = collector();
    expect(await run(['report', 'minahasa.json', '--out', 'masterplan.pdf'], id)).toBe(2);
    expect(id.stderr).toContain('--out: diharapkan berkas .docx atau .html, ditemukan "masterplan.pdf".');
    const en = collector();
    expect(await run(['report', 'minahasa.json', '--lang', 'en'], en)).toBe(2);
    expect(en.stderr).toContain('--out: expected an output file name, found none.');
  });

  it('lists the problems of an invalid file with their paths and writes nothing', async () => {
    const io = collector();
    expect(await run(['report', 'bad.json', '--out', 'bad.html', '--lang', 'en'], io)).toBe(1);
    expect(io.stderr).toMatch(/Invalid file: bad\.json/);
    expect(io.stderr).toMatch(/period/);
    await expect(readFile(join(dir, 'bad.html'))).rejects.toThrow();
  });
});

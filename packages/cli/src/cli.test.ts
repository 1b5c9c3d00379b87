import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  asOlderVersion,
  generateNationalSet,
  ILLUSTRATIVE_CROSSWALK,
  ILLUSTRATIVE_OLDER_FRAMEWORK,
  MINAHASA_SAMPLE,
} from '@smartcity/model/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli.js';
import type { Io } from './io.js';

let dir: string;

function collector(cwd = dir): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    interactive: false,
    cwd,
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
  };
  return io;
}

const sample = JSON.stringify(MINAHASA_SAMPLE, null, 2);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-cli-'));
  await writeFile(join(dir, 'minahasa.json'), sample);
  await mkdir(join(dir, 'mixed'));
  await writeFile(join(dir, 'mixed', 'a-good.json'), sample);
  await writeFile(join(dir, 'mixed', 'b-broken.json'), '{"schemaVersion": 1, "kind": "smartcity.masterplan"');
  const wrongRegion = { ...MINAHASA_SAMPLE, region: { ...MINAHASA_SAMPLE.region, code: '99.99' } };
  await writeFile(join(dir, 'mixed', 'c-region.json'), JSON.stringify(wrongRegion));
  await writeFile(
    join(dir, 'mixed', 'd-newer.json'),
    JSON.stringify({ ...MINAHASA_SAMPLE, schemaVersion: 7 }),
  );
  await writeFile(join(dir, 'mixed', 'notes.txt'), 'not json, not read');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('smartcity validate', () => {
  it('accepts the sample and exits 0', async () => {
    const io = collector();
    expect(await run(['validate', 'minahasa.json'], io)).toBe(0);
    expect(io.stdout).toContain('✓ minahasa.json');
    expect(io.stdout).toContain('71.02 Kabupaten Minahasa');
    expect(io.stdout).toContain('1 berkas: 1 valid, 0 tidak valid.');
  });

  it('reports every bad file with paths, in both languages, and exits 1 without stopping', async () => {
    const id = collector();
    expect(await run(['validate', 'mixed'], id)).toBe(1);
    expect(id.stdout).toContain('✓ mixed/a-good.json');
    expect(id.stdout).toContain('✗ mixed/b-broken.json');
    expect(id.stdout).toContain('Bukan JSON yang sah');
    expect(id.stdout).toMatch(/region\.code: Kode wilayah "99\.99" tidak ada dalam daftar Kemendagri/);
    expect(id.stdout).toContain('schemaVersion: Dokumen ditulis dengan format versi 7');
    expect(id.stdout).toContain('4 berkas: 1 valid, 3 tidak valid.');
    const en = collector();
    expect(await run(['validate', 'mixed', '--lang', 'en'], en)).toBe(1);
    expect(en.stdout).toMatch(/region\.code: Region code "99\.99" is not on the Kemendagri list/);
    expect(en.stdout).toContain('4 files: 1 valid, 3 invalid.');
  });

  it('prints machine-readable JSON on request', async () => {
    const io = collector();
    expect(await run(['validate', 'mixed', '--json'], io)).toBe(1);
    const out = JSON.parse(io.stdout);
    expect(out.valid).toBe(1);
    expect(out.invalid).toBe(3);
    const region = out.files.find((f: { file: string }) => f.file.endsWith('c-region.json'));
    expect(region.issues[0]).toMatchObject({ path: 'region.code', code: 'unknown-region' });
    expect(region.issues[0].message.en).toContain('99.99');
  });

  it('says so when a named file does not exist', async () => {
    const io = collector();
    expect(await run(['validate', 'missing.json'], io)).toBe(1);
    expect(io.stdout).toContain('Berkas tidak ditemukan.');
  });
});

describe('smartcity init', () => {
  it('writes a new, valid, empty masterplan for a region code', async () => {
    const io = collector();
    expect(
      await run(['init', '73.71', '--out', 'makassar.json', '--start-year', '2026', '--years', '6'], io),
    ).toBe(0);
    const doc = JSON.parse(await readFile(join(dir, 'makassar.json'), 'utf8'));
    expect(doc.region).toMatchObject({ code: '73.71', name: 'Kota Makassar', type: 'kota' });
    expect(doc.period).toEqual({ startYear: 2026, endYear: 2031 });
    const check = collector();
    expect(await run(['validate', 'makassar.json'], check)).toBe(0);
    // Never overwrites without --force.
    expect(await run(['init', '73.71', '--out', 'makassar.json'], collector())).toBe(2);
  });

  it('refuses an unknown region code with a hint', async () => {
    const io = collector();
    expect(await run(['init', '71.99'], io)).toBe(2);
    expect(io.stderr).toContain('tidak ada dalam daftar Kemendagri');
    const hint = collector();
    expect(await run(['init', 'Minahasa', '--lang', 'en'], hint)).toBe(2);
    expect(hint.stderr).toContain('Did you mean: 71.02 Kabupaten Minahasa');
  });
});

describe('smartcity score', () => {
  it('prints readiness, maturity, evaluation and the quick-win portfolio', async () => {
    const io = collector();
    expect(await run(['score', 'minahasa.json'], io)).toBe(0);
    expect(io.stdout).toContain('Kabupaten Minahasa (71.02)');
    expect(io.stdout).toMatch(/KESIAPAN: \d+\.\d \/ 100/);
    expect(io.stdout).toMatch(/KEMATANGAN 2023: \d\.\d\d — /);
    expect(io.stdout).toContain(
      'INDEKS EVALUASI 2022: 2.22 (Evaluasi Implementasi Kota Cerdas 2022 (kohort 2021)); diumumkan 2.22',
    );
    expect(io.stdout).toContain('PORTOFOLIO QUICK WIN');
  });

  it('prints coverage beside the maturity index and warns when it is too low', async () => {
    const assessments = MINAHASA_SAMPLE.maturity as unknown as { year: number; elements: unknown[] }[];
    const latest = [...assessments].sort((a, b) => b.year - a.year)[0]!;
    const thin = {
      ...MINAHASA_SAMPLE,
      maturity: [{ ...latest, elements: latest.elements.slice(0, 1) }],
    };
    await writeFile(join(dir, 'thin.json'), JSON.stringify(thin));
    const io = collector();
    expect(await run(['score', 'thin.json'], io)).toBe(0);
    expect(io.stdout).toMatch(/KEMATANGAN \d{4}: \d\.\d\d — .* \(cakupan 1\/18 !\)/);
    expect(io.stdout).toContain('Cakupan tidak memadai');
    const full = collector();
    expect(await run(['score', 'minahasa.json'], full)).toBe(0);
    expect(full.stdout).toMatch(/\(cakupan \d+\/18\)/);
    expect(full.stdout).toContain('terbukti optimal');
  });

  it('gives JSON that matches the library result', async () => {
    const io = collector();
    expect(await run(['score', 'minahasa.json', '--json', '--budget', '1000000000'], io)).toBe(0);
    const s = JSON.parse(io.stdout);
    expect(s.region.code).toBe('71.02');
    expect(s.quickWins.portfolio.budget).toBe(1_000_000_000);
    expect(s.quickWins.portfolio.totalCost).toBeLessThanOrEqual(1_000_000_000);
  });

  it('exits 1 with the issues for an invalid file', async () => {
    const io = collector();
    expect(await run(['score', 'mixed/c-region.json', '--lang', 'en'], io)).toBe(1);
    expect(io.stderr).toContain('Invalid file');
    expect(io.stderr).toContain('region.code');
  });
});

describe('smartcity benchmark', () => {
  let national: string;
  beforeAll(async () => {
    national = join(dir, 'national');
    await mkdir(national);
    const set = generateNationalSet(2024);
    await Promise.all(set.map((m) => writeFile(join(national, `${m.region.code}.json`), JSON.stringify(m))));
    await writeFile(join(national, 'zz-broken.json'), '{ nope');
    await writeFile(
      join(national, 'zz-hostile.json'),
      JSON.stringify({ ...set[0], title: '\u0000<script>' }),
    );
  }, 60_000);

  it('compares 514 generated regions, reports the bad files, and writes HTML, CSV and JSON', async () => {
    const io = collector();
    expect(await run(['benchmark', 'national', '--out', 'report.json'], io)).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(json.files).toBe(516);
    expect(json.benchmark.entries).toHaveLength(514);
    expect(json.invalid.map((f: { file: string }) => f.file).sort()).toEqual([
      'national/zz-broken.json',
      'national/zz-hostile.json',
    ]);
    expect(io.stderr).toContain('Memproses 500/516 berkas');
    expect(io.stderr).toContain('514 wilayah dibandingkan, 2 berkas tidak valid');

    expect(await run(['benchmark', 'national', '--out', 'report.csv'], collector())).toBe(0);
    const csv = await readFile(join(dir, 'report.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFcode,name,type')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(515);

    expect(await run(['benchmark', 'national', '--out', 'report.html', '--lang', 'en'], collector())).toBe(0);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('National median per dimension');
    // The heatmap of every compared region × element, and the top region's wheel against its peers.
    expect(html).toContain('Maturity level per element');
    const heatmap = html.slice(html.indexOf('Maturity per element</h2>'), html.indexOf('top region against'));
    expect(heatmap.match(/class="c-fill st\d"/g)?.length ?? 0).toBeGreaterThan(514 * 10);
    expect(html).toMatch(/<h2>The top region against its peers<\/h2>\s*<p>[^<]+ \(rank 1\) per element/);
    expect(html).toContain('against its peers</title>');
    expect(html).not.toContain('No data to display yet');
    const wheel = html.slice(html.indexOf('top region against'), html.indexOf('<h2>Ranking'));
    expect(wheel).toContain('class="rule-fill"'); // the peers' median arcs
    expect(html).toContain('zz-hostile.json');
    expect(html).not.toContain('<script');
  }, 120_000);
});

describe('smartcity score: the living plan', () => {
  it('includes the projection by year, the monitoring summary and the RPJMD check in --json', async () => {
    const io = collector();
    expect(await run(['score', 'minahasa.json', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout);
    expect(json.projection.years.map((y: { year: number }) => y.year)).toEqual([
      2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031,
    ]);
    const transaction = json.projection.elements.find((e: { id: string }) => e.id === 'transaction');
    expect(transaction.levels).toEqual([2, 2, 3, 3, 4, 4, 4, 4, 4]);
    expect(json.projection.gaps.map((g: { element: string }) => g.element)).toEqual(['harmony']);
    expect(json.projection.schedule).toBeUndefined();
    expect(json.monitoring.years.map((y: { year: number }) => y.year)).toEqual([2022, 2023, 2024]);
    expect(json.monitoring.late).toHaveLength(4);
    expect(json.revision.revisionDue).toBe(true);
    expect(json.maturity.year).toBe(2023);
  });

  it('prints the projection and the monitoring as text', async () => {
    const io = collector();
    expect(await run(['score', 'minahasa.json', '--lang', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('MATURITY PROJECTION');
    expect(io.stdout).toContain('Element harmony does not reach its target 3 by 2031');
    expect(io.stdout).toContain('MONITORING');
    expect(io.stdout).toContain('27/29');
    expect(io.stdout).toContain('RPJMD: The masterplan runs to 2031, 5 years after the RPJMD 2021–2026 ends');
  });
});

describe('smartcity benchmark across framework versions', () => {
  beforeAll(async () => {
    await mkdir(join(dir, 'versions'));
    // The older file sorts first: the comparison must not take its version because it comes first.
    const older = asOlderVersion({
      ...MINAHASA_SAMPLE,
      region: { ...MINAHASA_SAMPLE.region, code: '71.06', name: 'Kabupaten Minahasa Utara' },
    });
    await writeFile(join(dir, 'versions', 'a-older.json'), JSON.stringify(older));
    await writeFile(join(dir, 'versions', 'b-current.json'), sample);
    await writeFile(join(dir, 'older-framework.json'), JSON.stringify(ILLUSTRATIVE_OLDER_FRAMEWORK));
    await writeFile(join(dir, 'crosswalk.json'), JSON.stringify(ILLUSTRATIVE_CROSSWALK));
  });

  it('reads the older file through the crosswalk and compares both on the newest version', async () => {
    const io = collector();
    const args = ['benchmark', 'versions', '--json', '--framework', 'older-framework.json'];
    expect(await run([...args, '--crosswalk', 'crosswalk.json'], io)).toBe(0);
    const json = JSON.parse(io.stdout);
    expect(json.framework).toEqual({ id: 'gmsc', version: '2021.1' });
    expect(json.benchmark.entries.map((e: { code: string }) => e.code).sort()).toEqual(['71.02', '71.06']);
    expect(json.crosswalked).toHaveLength(1);
    expect(json.crosswalked[0]).toMatchObject({ file: 'versions/a-older.json', path: ['2020.1', '2021.1'] });
    expect(json.crosswalked[0].unmapped.some((g: { id: string }) => g.id === 'water')).toBe(true);
    expect(io.stderr).toContain('1 dibaca melalui crosswalk');
  });

  it('lists a file it cannot read under the newest version instead of scoring it on its own', async () => {
    const io = collector();
    expect(await run(['benchmark', 'versions', '--json', '--framework', 'older-framework.json'], io)).toBe(0);
    const json = JSON.parse(io.stdout);
    expect(json.benchmark.entries).toHaveLength(1);
    expect(json.notCompared).toEqual([
      expect.objectContaining({
        file: 'versions/a-older.json',
        framework: { id: 'gmsc', version: '2020.1' },
      }),
    ]);
  });

  it('refuses an invalid crosswalk file with its path', async () => {
    await writeFile(
      join(dir, 'bad-crosswalk.json'),
      JSON.stringify({ ...ILLUSTRATIVE_CROSSWALK, from: 'x' }),
    );
    const io = collector();
    expect(await run(['benchmark', 'versions', '--json', '--crosswalk', 'bad-crosswalk.json'], io)).toBe(2);
    expect(io.stderr).toContain('bad-crosswalk.json');
    expect(io.stderr).toContain('from:');
  });
});

describe('the binary', () => {
  it('runs as a process and exits with the right code', async () => {
    const bin = join(import.meta.dirname, 'bin.ts');
    const tsx = join(
      dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
      'dist',
      'loader.mjs',
    );
    const args = ['--import', pathToFileURL(tsx).href, '--conditions=@smartcity/source', bin];
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [...args, 'validate', 'minahasa.json'], { cwd: dir });
    expect(ok.stdout).toContain('1 berkas: 1 valid, 0 tidak valid.');
    await expect(exec(process.execPath, [...args, 'validate', 'mixed'], { cwd: dir })).rejects.toMatchObject({
      code: 1,
    });
  }, 60_000);
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVALUATION_2023_STAGE_2, toCsv } from '@smartcity/model';
import { MINAHASA_SAMPLE, MINAHASA_SELF_ASSESSMENT_2022 } from '@smartcity/model/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const HEAD = ['region', 'baseline', 'output', 'outcome', 'impact', 'quick_win', 'cohort'];
const PS = ['im-public-service-1', 'im-public-service-2', 'im-public-service-3'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-evaluation-'));
  await writeFile(
    join(dir, 'results-2022.csv'),
    toCsv(HEAD, [
      ['71.02', 1.85, 1.39, 2.4, 2.13, 2.73, 2021],
      ['Kota Ambon', 3, 3, 3, 3, 3, 2021],
      ['Atlantis', 3, 3, 3, 3, 3, 2021],
      ['Kabupaten Sleman', 4.5, 3, 3, 3, 3, 2021],
      ['Kota Tomohon', 0, 0, 0, 0, 0, 2021],
    ]),
  );
  await writeFile(join(dir, 'no-columns.csv'), 'region,baseline\n71.02,2\n');
  await writeFile(join(dir, 'self-assessment.json'), JSON.stringify(MINAHASA_SELF_ASSESSMENT_2022));
  const bad = structuredClone(MINAHASA_SELF_ASSESSMENT_2022);
  bad.assessment.answers[0]!.value = 5;
  bad.assessment.answers[1]!.question = 'bl-unknown';
  await writeFile(join(dir, 'bad-self-assessment.json'), JSON.stringify(bad));
  await writeFile(
    join(dir, 'instrument-2024.json'),
    JSON.stringify({ ...EVALUATION_2023_STAGE_2, id: 'gmsc-2024-stage-2', version: '2024.2', year: 2024 }),
  );
  await writeFile(
    join(dir, 'survey.csv'),
    toCsv(
      ['Timestamp', 'Email Address', ...PS.map((id) => `[${id}] …`)],
      [
        ['t', 'a@x.id', 4, 3, 3],
        ['t', 'b@x.id', 2, 3, 3],
      ],
    ),
  );
  await writeFile(join(dir, 'survey-no-columns.csv'), 'Timestamp,Nama\nt,A\n');
  const v1 = { ...structuredClone(MINAHASA_SAMPLE), schemaVersion: 1 } as Record<string, unknown>;
  v1.evaluations = [
    { year: 2022, scores: { baseline: 3, output: 3, outcome: 3, impact: 3, 'quick-win': 3 } },
  ];
  await writeFile(join(dir, 'v1.json'), JSON.stringify(v1));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('smartcity evaluation index', () => {
  it('scores every good row, ranks it, and reports each bad row with its line', async () => {
    const io = collector();
    expect(await run(['evaluation', 'index', 'results-2022.csv', '--instrument', 'gmsc-2022'], io)).toBe(1);
    const lines = io.stdout.split('\n');
    expect(io.stdout).toContain('Evaluasi Implementasi Kota Cerdas 2022 (kohort 2021)');
    expect(lines.find((l) => l.includes('81.71'))).toMatch(/^1\s+81\.71\s+Kota Ambon\s+kota\s+2021\s+3\.00/);
    expect(lines.find((l) => l.includes('71.02'))).toMatch(
      /^2\s+71\.02\s+Kabupaten Minahasa\s+kabupaten\s+2021\s+2\.22/,
    );
    expect(io.stdout).toContain('Kota Tomohon (tidak ikut)');
    expect(io.stderr).toContain(
      'results-2022.csv: Baris 4, kolom "region": wilayah "Atlantis" tidak ada dalam daftar Kemendagri',
    );
    expect(io.stderr).toContain('Baris 5, kolom "baseline": skor "4.5" di luar skala 1–4');
    expect(io.stderr).toContain('3 baris dinilai, 2 baris bermasalah dilewati.');
  });

  it('writes JSON and CSV, in English too', async () => {
    const io = collector();
    await run(
      [
        'evaluation',
        'index',
        'results-2022.csv',
        '--instrument',
        'gmsc-2022@2022.1',
        '--json',
        '--lang',
        'en',
      ],
      io,
    );
    const out = JSON.parse(io.stdout);
    expect(out.results.map((e: { code: string; rank: number | null }) => [e.code, e.rank])).toEqual([
      ['81.71', 1],
      ['71.02', 2],
      ['71.73', null],
    ]);
    expect(out.results[1].typeRank).toEqual({ rank: 1, of: 1 });
    expect(io.stderr).toContain('Line 4, column "region": region "Atlantis" is not on the Kemendagri list');
    await run(
      ['evaluation', 'index', 'results-2022.csv', '--instrument', 'gmsc-2022', '--out', 'ranks.csv'],
      collector(),
    );
    const csv = await readFile(join(dir, 'ranks.csv'), 'utf8');
    expect(csv.split('\r\n')[2]).toBe(
      '2,71.02,Kabupaten Minahasa,kabupaten,Sulawesi Utara,2021,true,2.22,1.85,1.39,2.40,2.13,2.73,1/1,2/2',
    );
  });

  it('refuses an unknown instrument, naming those available, and reads a new year’s instrument from a file', async () => {
    const io = collector();
    expect(await run(['evaluation', 'index', 'results-2022.csv', '--instrument', 'gmsc-2019'], io)).toBe(2);
    expect(io.stderr).toContain(
      'Instrumen evaluasi "gmsc-2019" tidak dikenal; tersedia: gmsc-2021-guideline@2021.1, gmsc-2022@2022.1',
    );
    const y2024 = collector();
    await writeFile(
      join(dir, 'results-2024.csv'),
      toCsv([...HEAD.slice(0, 6), 'collaboration'], [['81.71', 3, 3, 3, 3, 3, 3]]),
    );
    expect(
      await run(
        ['evaluation', 'index', 'results-2024.csv', '--instrument', 'instrument-2024.json', '--json'],
        y2024,
      ),
    ).toBe(0);
    expect(JSON.parse(y2024.stdout).results[0].indexRounded).toBe(3);
  });

  it('names the missing columns of a results table', async () => {
    const io = collector();
    expect(
      await run(['evaluation', 'index', 'no-columns.csv', '--instrument', 'gmsc-2022', '--lang', 'en'], io),
    ).toBe(1);
    expect(io.stderr).toContain('The columns output, outcome, impact, quick-win are missing');
  });
});

describe('smartcity evaluation score', () => {
  it('scores a self-assessment down to the question, with coverage, gains, flags and the review', async () => {
    const io = collector();
    expect(await run(['evaluation', 'score', 'self-assessment.json'], io)).toBe(0);
    expect(io.stdout).toContain('INDEKS 2022: 2.22');
    expect(io.stdout).toContain('Cakupan: 59/59 dijawab, 40 dengan data dukung');
    expect(io.stdout).toMatch(/Baseline\s+10%\s+1\.85\s+5\/5/);
    expect(io.stdout).toContain('Kenaikan terbesar bila dinaikkan ke nilai 4:');
    expect(io.stdout).toContain('Catatan penilai: no-evidence 19');
    expect(io.stdout).toContain('Rekomendasi:');
    expect(io.stderr).toBe('');
    const json = collector();
    await run(['evaluation', 'score', 'self-assessment.json', '--json'], json);
    const out = JSON.parse(json.stdout);
    expect(out.final.indexRounded).toBe(2.22);
    expect(out.gains).toHaveLength(10);
  });

  it('notes when the instrument does not apply to the region', async () => {
    const other = structuredClone(MINAHASA_SELF_ASSESSMENT_2022);
    other.region.cohort = 2019;
    await writeFile(join(dir, 'cohort-2019.json'), JSON.stringify(other));
    const io = collector();
    expect(await run(['evaluation', 'score', 'cohort-2019.json'], io)).toBe(0);
    expect(io.stderr).toContain(
      'Perhatian: Evaluasi Implementasi Kota Cerdas 2022 (kohort 2021) berlaku untuk kohort 2021; kohort daerah ini 2019.',
    );
  });

  it('reports a value outside 1–4 and an unknown question id with their paths', async () => {
    const io = collector();
    expect(await run(['evaluation', 'score', 'bad-self-assessment.json', '--lang', 'en'], io)).toBe(1);
    expect(io.stderr).toContain(
      'assessment.answers[0].value: The value 5 is outside the scale of instrument gmsc-2022: 1–4, or 0 = not evaluated.',
    );
    expect(io.stderr).toContain(
      'assessment.answers[1].question: Question "bl-unknown" is not in instrument gmsc-2022',
    );
  });
});

describe('smartcity evaluation survey', () => {
  it('turns a survey export into question values with the assessors’ flags', async () => {
    const io = collector();
    expect(
      await run(
        [
          'evaluation',
          'survey',
          'survey.csv',
          '--instrument',
          'gmsc-2023-stage-2',
          '--users',
          'public-service=1',
        ],
        io,
      ),
    ).toBe(0);
    expect(io.stdout).toMatch(/im-public-service-1\s+3\.00\s+2/);
    expect(io.stdout).toContain('public-service: 2 responden, instrumen meminta 50.');
    expect(io.stdout).toContain('public-service: 2 responden, padahal layanan menyatakan 1 pengguna.');
  });

  it('names what a survey export lacks', async () => {
    const io = collector();
    expect(
      await run(['evaluation', 'survey', 'survey-no-columns.csv', '--instrument', 'gmsc-2023-stage-2'], io),
    ).toBe(1);
    expect(io.stderr).toContain('Tidak ada kolom pertanyaan survei instrumen gmsc-2023-stage-2');
    expect(
      await run(
        ['evaluation', 'survey', 'survey.csv', '--instrument', 'gmsc-2023-stage-2', '--users', 'x'],
        collector(),
      ),
    ).toBe(2);
  });
});

describe('evaluations in validate and benchmark', () => {
  it('validate reads a format-1 file and says what changed', async () => {
    const io = collector();
    expect(await run(['validate', 'v1.json'], io)).toBe(0);
    expect(io.stdout).toContain('ℹ evaluations[0]: Evaluasi ini memakai skala lama 0–5');
  });

  it('benchmark includes a self-assessment’s evaluation beside the masterplans', async () => {
    const io = collector();
    await writeFile(join(dir, 'minahasa.json'), JSON.stringify(MINAHASA_SAMPLE));
    const ambon = structuredClone(MINAHASA_SELF_ASSESSMENT_2022);
    ambon.region = {
      code: '81.71',
      name: 'Kota Ambon',
      type: 'kota',
      province: { code: '81', name: 'Maluku' },
    };
    await writeFile(join(dir, 'ambon-self.json'), JSON.stringify(ambon));
    expect(
      await run(
        ['benchmark', 'minahasa.json', 'ambon-self.json', 'self-assessment.json', '--out', 'bench.csv'],
        io,
      ),
    ).toBe(0);
    const rows = (await readFile(join(dir, 'bench.csv'), 'utf8')).trimEnd().split('\r\n');
    const head = rows[0]!.replace('\uFEFF', '').split(',');
    const col = (row: string, name: string) => row.split(',')[head.indexOf(name)];
    const minahasa = rows.find((r) => r.startsWith('71.02'))!;
    const ambonRow = rows.find((r) => r.startsWith('81.71'))!;
    expect(col(minahasa, 'evaluation_index')).toBe('2.22');
    expect(col(minahasa, 'evaluation_instrument')).toBe('gmsc-2022@2022.1');
    // The self-assessment of the same year wins over the masterplan's dimension scores.
    expect(col(minahasa, 'evaluation_answered')).toBe('59/59');
    expect(col(ambonRow, 'evaluation_index')).toBe('2.22');
    expect(col(ambonRow, 'maturity_index')).toBe('');
  });
});

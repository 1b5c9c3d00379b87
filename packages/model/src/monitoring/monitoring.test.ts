import { describe, expect, it } from 'vitest';
import { MINAHASA_SAMPLE } from '../samples/minahasa.js';
import type { Masterplan, MasterplanInput } from '../schema/documents.js';
import { parseMasterplan } from '../validation/parse.js';
import { mergeMonitoring, monitoringFromCsv, monitoringToCsv } from './csv.js';

function parsed(input: unknown): Masterplan {
  const r = parseMasterplan(input);
  expect(r.issues).toEqual([]);
  if (!r.ok) throw new Error('unreachable');
  return r.value.document;
}

describe('the Minahasa sample as a living plan', () => {
  const m = parsed(MINAHASA_SAMPLE);

  it('holds three years of monitoring, one record per programme running in each year', () => {
    const records = m.monitoring!;
    expect([...new Set(records.map((r) => r.year))]).toEqual([2022, 2023, 2024]);
    const running = (y: number) => m.programmes.filter((p) => p.startYear <= y && y <= p.endYear).length;
    for (const y of [2022, 2023, 2024]) expect(records.filter((r) => r.year === y)).toHaveLength(running(y));
    expect(records.some((r) => !r.ran)).toBe(true);
    expect(records.some((r) => r.kpis?.length)).toBe(true);
    expect(m.illustrative).toBe(true);
  });

  it('links programmes to missions and strategies, and names the elements they move', () => {
    expect(m.strategies.every((s) => s.id)).toBe(true);
    expect(m.programmes.every((p) => p.missions?.length === 1)).toBe(true);
    expect(m.programmes.filter((p) => p.moves?.length).length).toBeGreaterThan(25);
    expect(m.rpjmd).toMatchObject({ startYear: 2021, endYear: 2026 });
    expect(m.literacy!.measured!.map((x) => x.year)).toEqual([2023, 2024]);
    expect(m.externalIndices!.map((x) => [x.index, x.year])).toEqual([
      ['spbe', 2022],
      ['spbe', 2023],
    ]);
  });
});

describe('reference checks of the living plan', () => {
  const issuesOf = (change: (d: MasterplanInput) => void) => {
    const d = structuredClone(MINAHASA_SAMPLE);
    change(d);
    const r = parseMasterplan(d);
    return r.issues.map((i) => ({ path: i.path, code: i.code, en: i.message.en, id: i.message.id }));
  };

  it('reports unknown missions, strategies, moved elements, monitored programmes and KPIs with paths', () => {
    const issues = issuesOf((d) => {
      d.programmes![0]!.missions = ['misi-9'];
      d.programmes![0]!.strategies = ['strategi-99'];
      d.programmes![0]!.moves = [{ element: 'teleport', level: 9, by: 2020 }];
      d.monitoring![0]!.programme = 'tidak-ada';
      d.monitoring![1]!.kpis = [{ kpi: 'tidak-ada', actual: 1 }];
      d.monitoring![2]!.year = 2040;
      d.externalIndices![0]!.index = 'indeks-x';
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['programmes', 0, 'missions', 0], code: 'unknown-reference' }),
        expect.objectContaining({ path: ['programmes', 0, 'strategies', 0], code: 'unknown-reference' }),
        expect.objectContaining({
          path: ['programmes', 0, 'moves', 0, 'element'],
          code: 'unknown-reference',
        }),
        expect.objectContaining({ path: ['programmes', 0, 'moves', 0, 'level'], code: 'out-of-scale' }),
        expect.objectContaining({ path: ['programmes', 0, 'moves', 0, 'by'], code: 'invalid-range' }),
        expect.objectContaining({ path: ['monitoring', 0, 'programme'], code: 'unknown-reference' }),
        expect.objectContaining({ path: ['monitoring', 1, 'kpis', 0, 'kpi'], code: 'unknown-reference' }),
        expect.objectContaining({ path: ['monitoring', 2, 'year'], code: 'invalid-range' }),
        expect.objectContaining({ path: ['externalIndices', 0, 'index'], code: 'unknown-reference' }),
      ]),
    );
    const mission = issues.find((i) => i.path[2] === 'missions')!;
    expect(mission.id).toBe('Misi "misi-9" tidak ada.');
    expect(mission.en).toBe('There is no mission "misi-9".');
  });

  it('reports a programme monitored twice in one year and duplicate strategy ids', () => {
    const issues = issuesOf((d) => {
      d.monitoring!.push(structuredClone(d.monitoring![0]!));
      d.strategies![1]!.id = d.strategies![0]!.id;
    });
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        [`monitoring.${MINAHASA_SAMPLE.monitoring!.length}.year`, 'duplicate-id'],
        ['strategies.1.id', 'duplicate-id'],
      ]),
    );
  });

  it('checks the quick-win ceilings per plan year', () => {
    const issues = issuesOf((d) => {
      d.quickWins!.years = [
        { year: 1, budget: 2_000_000_000, maxCount: 6 },
        { year: 1, maxCount: 6 },
        { year: 4, maxCount: 6 },
      ];
    });
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['quickWins.years.1.year', 'duplicate-id'],
      ['quickWins.years.2.year', 'invalid-range'],
    ]);
  });

  it('keeps documents without the new fields valid', () => {
    const d = structuredClone(MINAHASA_SAMPLE);
    delete d.monitoring;
    delete d.rpjmd;
    delete d.externalIndices;
    for (const s of d.strategies!) delete s.id;
    for (const p of d.programmes!) {
      delete p.missions;
      delete p.strategies;
      delete p.moves;
    }
    expect(parseMasterplan(d).issues).toEqual([]);
  });
});

describe('monitoring CSV', () => {
  const m = parsed(MINAHASA_SAMPLE);

  it('reads back what it writes', () => {
    const records = m.monitoring!;
    const back = monitoringFromCsv(monitoringToCsv(records));
    expect(back.issues).toEqual([]);
    expect(back.records).toEqual(records);
  });

  it('reads Indonesian column names, semicolons and decimal commas, merging rows of one programme-year', () => {
    const text = [
      'program;tahun;berjalan;status;sumber_dana;rencana;realisasi;iku;capaian;catatan',
      'kanal-aduan;2024;ya;late;apbd;120000000;90000000;aduan-tepat-waktu;84,5;terlambat',
      'kanal-aduan;2024;;;csr;;5000000;;;',
      '',
      'e-office;2024;tidak;not-started;;;;;;',
    ].join('\r\n');
    const r = monitoringFromCsv(text);
    expect(r.issues).toEqual([]);
    expect(r.records).toEqual([
      {
        programme: 'kanal-aduan',
        year: 2024,
        ran: true,
        status: 'late',
        budget: [
          { source: 'apbd', planned: 120000000, realised: 90000000 },
          { source: 'csr', realised: 5000000 },
        ],
        kpis: [{ kpi: 'aduan-tepat-waktu', actual: 84.5 }],
        note: 'terlambat',
      },
      { programme: 'e-office', year: 2024, ran: false, status: 'not-started' },
    ]);
  });

  it('says which row and column is wrong, and what it found', () => {
    const r = monitoringFromCsv(
      [
        'programme,year,ran,status,source,realised,colour',
        'kanal-aduan,2024,maybe,on-track,apbd,"1.500.000"',
      ].join('\n'),
    );
    expect(r.issues.map((i) => i.path)).toEqual([['rows', 1, 'colour']]);
    const r2 = monitoringFromCsv(
      ['programme,year,ran,status,source,realised', 'kanal-aduan,2024,maybe,soon,apbd,"1.500.000"'].join(
        '\n',
      ),
    );
    expect(r2.issues.map((i) => [i.path, i.code])).toEqual([
      [['rows', 2, 'ran'], 'invalid-value'],
      [['rows', 2, 'status'], 'invalid-value'],
      [['rows', 2, 'realised'], 'invalid-value'],
    ]);
    expect(r2.records).toEqual([]);
    expect(r2.issues[0]!.message.id).toMatch(/Ditemukan "maybe"/);
    expect(r2.issues[2]!.message.en).toMatch(/thousands separators/);
    const r3 = monitoringFromCsv('programme,year,ran,status\nkanal-aduan,2024,,on-track\n');
    expect(r3.issues.map((i) => [i.path, i.code])).toEqual([[['rows', 2, 'ran'], 'invalid-type']]);
  });

  it('merges imported records over existing ones by programme and year', () => {
    const a = { programme: 'a', year: 2022, ran: true, status: 'on-track' as const };
    const b = { programme: 'a', year: 2023, ran: true, status: 'on-track' as const };
    const b2 = { ...b, ran: false, status: 'stalled' as const };
    expect(mergeMonitoring([a, b], [b2])).toEqual([a, b2]);
  });
});

// The living masterplan on the Minahasa sample (illustrative figures): realisation, KPI tracking, the
// projection computed by hand, what-ifs that change it, the RPJMD and the suggested evaluation answers.
import {
  BUILTIN_FRAMEWORKS,
  createRegistry,
  GMSC,
  parseCrosswalk,
  parseFramework,
  parseMasterplan,
  readUnderVersion,
} from '@smartcity/model';
import {
  asOlderVersion,
  ILLUSTRATIVE_CROSSWALK,
  ILLUSTRATIVE_OLDER_FRAMEWORK,
  MINAHASA_SAMPLE,
} from '@smartcity/model/samples';
import { describe, expect, it } from 'vitest';
import { parse } from '../test/fixtures.js';
import { revisionStatus, suggestedEvaluationAnswers } from './living.js';
import { scoreMaturity } from './maturity.js';
import { kpiMilestone, monitoringSummary } from './monitoring.js';
import { projectMaturity, whatIf } from './projection.js';

const M = 1_000_000;
const m = parse(MINAHASA_SAMPLE);
const f = GMSC;

describe('monitoringSummary', () => {
  const s = monitoringSummary(m, f);
  const year = (y: number) => s.years.find((x) => x.year === y)!;

  it('puts the realised budget beside the planned, per source, computed by hand for one programme', () => {
    // pusat-data 2023: APBD 1,200 M planned, 90% realised = 1,080 M; APBN 1,500 M planned, nothing realised.
    const row = year(2023).programmes.find((p) => p.programme === 'pusat-data')!;
    expect(row.planned).toBe(2700 * M);
    expect(row.realised).toBe(1080 * M);
    expect(row.share).toBeCloseTo(0.4, 10);
    expect(row.bySource).toEqual({
      apbd: { planned: 1200 * M, realised: 1080 * M, share: 0.9 },
      apbn: { planned: 1500 * M, realised: 0, share: 0 },
    });
  });

  it('adds up per year, dimension and OPD to the same totals', () => {
    expect(s.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    for (const y of s.years) {
      const sum = (xs: readonly { planned: number; realised: number }[]) =>
        xs.reduce((a, x) => [a[0]! + x.planned, a[1]! + x.realised], [0, 0]);
      expect(sum(y.programmes)).toEqual([y.planned, y.realised]);
      expect(sum(y.byDimension)).toEqual([y.planned, y.realised]);
      expect(sum(y.byOpd)).toEqual([y.planned, y.realised]);
    }
    // 2022: 14 programmes run; the plan's 2022 lines add up to 6,120 M.
    expect([year(2022).expected, year(2022).ran, year(2022).planned]).toEqual([14, 14, 6120 * M]);
    expect([year(2024).expected, year(2024).ran]).toEqual([29, 27]);
  });

  it('lists what is late and what is unfunded', () => {
    expect(s.late.map((l) => [l.programme, l.year, l.reason])).toEqual([
      ['pusat-data', 2023, 'late'],
      ['command-center', 2024, 'not-started'],
      ['e-perencanaan', 2024, 'not-started'],
      ['mpp-digital', 2024, 'late'],
    ]);
    expect(s.unfunded.map((u) => [u.programme, u.year, u.reason, u.sources])).toEqual([
      ['pusat-data', 2023, 'not-realised', ['apbn']],
      ['command-center', 2024, 'not-realised', ['apbd']],
      ['e-perencanaan', 2024, 'not-realised', ['apbd']],
    ]);
  });

  it('tracks KPIs against the plan’s milestones, or a straight line to the target', () => {
    const k = (p: string, kpi: string, y: number) =>
      s.kpis.find((x) => x.programme === p && x.kpi === kpi && x.year === y)!;
    // Set in the plan: 90 due in 2024; 84 is short.
    expect(k('kanal-aduan', 'aduan-tepat-waktu', 2024)).toMatchObject({
      milestone: 90,
      milestoneSource: 'milestone',
      onTrack: false,
    });
    // Waiting time 90 → 20 minutes by 2023, programme from 2022: 2022 is half-way, 90 + (20 − 90) × 1/2 = 55.
    expect(k('antrean-rsud', 'waktu-tunggu', 2022)).toMatchObject({
      milestone: 55,
      milestoneSource: 'interpolated',
      direction: 'decrease',
      onTrack: false,
    });
    // After the target year the target holds: 18 ≤ 20 is on track.
    expect(k('antrean-rsud', 'waktu-tunggu', 2024)).toMatchObject({ milestone: 20, onTrack: true });
    expect(s.offTrack.every((x) => !x.onTrack)).toBe(true);
    expect(s.offTrack.length).toBeGreaterThan(0);
  });

  it('reports nothing for a plan without monitoring', () => {
    const empty = monitoringSummary({ ...m, monitoring: [] }, f);
    expect(empty.years).toEqual([]);
    expect(empty.late).toEqual([]);
  });

  it('interpolates a milestone from the baseline before the start to the target year', () => {
    const kpi = { id: 'x', name: 'x', unit: 'x', baseline: 0, target: 100, targetYear: 2026 };
    expect(kpiMilestone(kpi, { startYear: 2022, endYear: 2030 }, 2023).value).toBe(40);
  });
});

describe('projectMaturity', () => {
  const p = projectMaturity(m, f);
  const element = (id: string) => p.elements.find((e) => e.id === id)!;
  const at = (year: number) => p.years.find((y) => y.year === year)!;

  it('starts from the latest assessment and scores it as scoreMaturity does', () => {
    expect(p.baseYear).toBe(2023);
    expect(p.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(at(2023).index).toBe(scoreMaturity(m.maturity[1]!, f).index);
  });

  it('projects an element from the moves of its programmes, computed by hand', () => {
    // Transaction is at 2 in 2023. qris-pasar (2023–2025) brings it to 3 by its last year, 2025;
    // umkm-go-digital to 3 by 2026; e-pajak (2024–2027) to 4 by 2027. So: 2, 2, 3, 3, 4, 4, 4, 4, 4.
    expect(element('transaction').levels).toEqual([2, 2, 3, 3, 4, 4, 4, 4, 4]);
    expect(element('transaction').reachesTarget).toBe(2027);
    // Economy in 2027: industry 2 (umkm-go-digital by 2026), welfare 3 (bansos-terpadu by 2027), transaction 4.
    const economy = at(2027).dimensions.find((d) => d.id === 'economy')!;
    expect(economy.indexRounded).toBe(3);
    expect(economy.index).toBeCloseTo((2 + 3 + 4) / 3, 10);
  });

  it('lists the targets no programme reaches', () => {
    expect(p.gaps.map((g) => [g.element, g.target, g.projected, g.movedBy])).toEqual([
      ['harmony', 3, 2, ['layanan-112', 'peta-rtlh']],
    ]);
    expect(p.excluded).toEqual([]);
  });

  it('does not count a programme without a budget', () => {
    const noBudget = parse({
      ...MINAHASA_SAMPLE,
      programmes: MINAHASA_SAMPLE.programmes!.map((x) => (x.id === 'e-pajak' ? { ...x, budget: [] } : x)),
      monitoring: MINAHASA_SAMPLE.monitoring!.filter((r) => r.programme !== 'e-pajak'),
    });
    const q = projectMaturity(noBudget, f);
    expect(q.excluded.map((e) => [e.programme, e.reason])).toEqual([['e-pajak', 'no-budget']]);
    expect(q.elements.find((e) => e.id === 'transaction')!.levels.at(-1)).toBe(3);
    expect(projectMaturity(noBudget, f, { countUnbudgeted: true }).excluded).toEqual([]);
  });
});

describe('whatIf', () => {
  it('drops and delays programmes and changes the projection and the schedule', () => {
    const w = whatIf(m, f, { drop: ['e-pajak'], delay: [{ programme: 'qris-pasar', years: 2 }] });
    // Without e-pajak transaction stops at 3; qris-pasar delayed to 2025–2027 no longer lifts it in 2025
    // (umkm-go-digital still does in 2026).
    expect(w.changed.elements.find((e) => e.id === 'transaction')!.levels).toEqual([
      2, 2, 2, 3, 3, 3, 3, 3, 3,
    ]);
    expect(w.scheduleChanges).toEqual([
      { programme: 'e-pajak', before: 2024, after: null },
      { programme: 'qris-pasar', before: 2023, after: 2025 },
    ]);
    expect(w.levelChanges.filter((c) => c.year === 2027)).toEqual([
      { element: 'transaction', year: 2027, before: 4, after: 3 },
    ]);
    const economy2027 = w.changed.years
      .find((y) => y.year === 2027)!
      .dimensions.find((d) => d.id === 'economy')!;
    expect(economy2027.indexRounded).toBe(2.67);
    expect(w.changed.excluded.map((e) => [e.programme, e.reason])).toEqual([['e-pajak', 'dropped']]);
    // The baseline is the plan as it is.
    expect(w.baseline.elements.find((e) => e.id === 'transaction')!.levels).toEqual([
      2, 2, 3, 3, 4, 4, 4, 4, 4,
    ]);
  });

  it('drops the dependents of a dropped programme too', () => {
    const w = whatIf(m, f, { drop: ['pusat-data'] });
    const deps = m.programmes.filter((p) => p.dependsOn.includes('pusat-data')).map((p) => p.id);
    expect(deps.length).toBeGreaterThan(0);
    for (const id of deps)
      expect(w.changed.excluded).toContainEqual(
        expect.objectContaining({ programme: id, reason: 'depends-on-dropped' }),
      );
  });

  it('cuts a year’s budget: programmes that no longer fit move later, and the projection follows', () => {
    const w = whatIf(m, f, { cut: [{ year: 2025, share: 0.5 }] });
    expect(w.scheduleChanges.length).toBeGreaterThan(0);
    for (const c of w.scheduleChanges) expect(c.after === null || c.after > c.before!).toBe(true);
    expect(w.levelChanges.length).toBeGreaterThan(0);
    for (const c of w.levelChanges) expect(c.after === null || c.after <= c.before!).toBe(true);
    const before = w.indexChanges.find((x) => x.year === 2026)!;
    expect(before.after!).toBeLessThan(before.before!);
  });
});

describe('the plan against its RPJMD', () => {
  it('flags a plan that outlives its RPJMD for revision', () => {
    const r = revisionStatus(m);
    expect(r).toMatchObject({ rpjmd: { startYear: 2021, endYear: 2026 }, revisionDue: true, yearsBeyond: 5 });
    expect(r.programmesBeyond).toContain('festival-danau');
    expect(revisionStatus({ ...m, rpjmd: { startYear: 2026, endYear: 2031 } }).revisionDue).toBe(false);
    expect(revisionStatus({ ...m, rpjmd: undefined }).rpjmd).toBeNull();
  });
});

describe('suggestedEvaluationAnswers', () => {
  const answers = suggestedEvaluationAnswers(m, f);
  const a = (topic: string, subject: string | null = null) =>
    answers.find((x) => x.topic === topic && x.subject === subject)!;

  it('answers from last year’s monitoring, with the source', () => {
    expect(a('baseline.programmes-ran')).toMatchObject({
      value: 27,
      unit: 'count',
      source: { kind: 'monitoring', year: 2024 },
    });
    const paths = a('baseline.programmes-ran').source.paths;
    expect(paths.length).toBe(29);
    for (const p of paths) expect(m.monitoring![p[1] as number]!.year).toBe(2024);
    expect(a('baseline.activities-ran').value).toBe(13);
    // Governance in 2024: e-perencanaan did not start.
    const gov = m.monitoring!.filter(
      (r) => r.year === 2024 && m.programmes.find((p) => p.id === r.programme)!.dimension === 'governance',
    );
    expect(a('outcome.dimension-progress', 'governance').value).toBeCloseTo(
      gov.filter((r) => r.ran).length / gov.length,
      10,
    );
    const y2024 = monitoringSummary(m, f).years[2]!;
    expect(a('output.apbd-share').value).toBeCloseTo(y2024.bySource.apbd!.realised / y2024.realised, 10);
  });

  it('gives the latest SPBE index and literacy measurement before the evaluation year', () => {
    expect(a('outcome.spbe-index', 'spbe')).toMatchObject({
      value: 2.46,
      source: { kind: 'external-index', year: 2023, paths: [['externalIndices', 1]] },
    });
    expect(a('outcome.literacy').value).toBe(3.55);
    const earlier = suggestedEvaluationAnswers(m, f, { evaluationYear: 2023 });
    expect(earlier.find((x) => x.topic === 'outcome.spbe-index')!.value).toBe(2.12);
    expect(earlier.find((x) => x.topic === 'baseline.programmes-ran')!.value).toBe(14);
  });

  it('suggests nothing it has no data for', () => {
    expect(
      suggestedEvaluationAnswers({ ...m, monitoring: [], externalIndices: [], literacy: undefined }, f),
    ).toEqual([]);
  });
});

describe('a document from an older framework version', () => {
  it('projects the same after reading it through the crosswalk, apart from what the crosswalk changed', () => {
    const older = parseFramework(ILLUSTRATIVE_OLDER_FRAMEWORK);
    const cw = parseCrosswalk(ILLUSTRATIVE_CROSSWALK);
    if (!older.ok || !cw.ok) throw new Error('fixture');
    const r = parseMasterplan(asOlderVersion(MINAHASA_SAMPLE), {
      registry: createRegistry([...BUILTIN_FRAMEWORKS.all, older.value]),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const read = readUnderVersion(r.value.document, f, cw.value);
    expect(read.issues).toEqual([]);
    const p = projectMaturity(read.document, f);
    const q = projectMaturity(m, f);
    // health is unchanged between the versions; transaction merged from finance 2 and trade 1 starts at 1.
    expect(p.elements.find((e) => e.id === 'health')!.levels).toEqual(
      q.elements.find((e) => e.id === 'health')!.levels,
    );
    expect(p.elements.find((e) => e.id === 'transaction')!.current).toBe(1);
  });
});

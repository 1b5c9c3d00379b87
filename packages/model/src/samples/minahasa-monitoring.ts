// The living part of the Minahasa sample: the links of programmes to missions and strategies, the elements
// each programme moves, KPI milestones, the RPJMD period, three years (2022–2024) of monitoring data,
// literacy measurements and SPBE index values.
//
// EVERY FIGURE HERE IS ILLUSTRATIVE, like the rest of the sample: made up to give the monitoring and the
// projection a realistic shape, never the regency's data.
import type { MasterplanInput } from '../schema/documents.js';
import type { ElementMove, MonitoringRecord } from '../schema/monitoring.js';

type ProgrammeInput = NonNullable<MasterplanInput['programmes']>[number];
type StrategyInput = NonNullable<MasterplanInput['strategies']>[number];

/** The mission each dimension serves (ids of the sample's missions). */
const MISSION_OF: Record<string, string> = {
  governance: 'misi-1',
  economy: 'misi-2',
  branding: 'misi-3',
  living: 'misi-4',
  environment: 'misi-4',
  society: 'misi-5',
};

/** The elements each programme moves, to which level, by when (the programme's last year when `by` is left out). */
const MOVES: Record<string, ElementMove[]> = {
  'e-office': [{ element: 'bureaucracy', level: 3, by: 2024 }],
  'sop-digital': [{ element: 'public-policy', level: 3 }],
  'e-perencanaan': [{ element: 'bureaucracy', level: 4 }],
  csirt: [{ element: 'public-policy', level: 3 }],
  'kanal-aduan': [{ element: 'public-service', level: 3, by: 2024 }],
  'mpp-digital': [{ element: 'public-service', level: 4 }],
  'festival-danau': [
    { element: 'tourism', level: 4, by: 2028 },
    { element: 'city-appearance', level: 2, by: 2026 },
  ],
  'desa-wisata-digital': [{ element: 'business', level: 3 }],
  'katalog-produk': [{ element: 'business', level: 3 }],
  'wajah-tondano': [{ element: 'city-appearance', level: 3 }],
  'ruang-publik-wifi': [{ element: 'city-appearance', level: 2 }],
  'umkm-go-digital': [
    { element: 'industry', level: 2 },
    { element: 'transaction', level: 3 },
  ],
  'qris-pasar': [{ element: 'transaction', level: 3 }],
  'e-pajak': [{ element: 'transaction', level: 4 }],
  'sip-tani': [
    { element: 'industry', level: 3 },
    { element: 'welfare', level: 3 },
  ],
  'perikanan-cerdas': [{ element: 'industry', level: 3 }],
  'bansos-terpadu': [{ element: 'welfare', level: 3, by: 2027 }],
  'rme-puskesmas': [{ element: 'health', level: 4 }],
  'layanan-112': [{ element: 'harmony', level: 2 }],
  'peta-rtlh': [{ element: 'harmony', level: 2 }],
  'info-angkutan': [{ element: 'mobility', level: 2 }],
  'literasi-digital': [
    { element: 'community', level: 3, by: 2027 },
    { element: 'learning', level: 3, by: 2029 },
  ],
  'sekolah-digital': [{ element: 'learning', level: 3 }],
  'command-center': [{ element: 'security', level: 2 }],
  'trantib-daring': [{ element: 'security', level: 3 }],
  'relawan-desa-digital': [{ element: 'community', level: 3 }],
  'pantau-danau': [{ element: 'protection', level: 3 }],
  'bank-sampah-digital': [{ element: 'waste', level: 3 }],
  'peringatan-dini': [{ element: 'protection', level: 3 }],
  'pju-cerdas': [{ element: 'energy', level: 1, by: 2027 }],
  'plts-atap': [{ element: 'energy', level: 2 }],
};

/** Yearly KPI milestones where the plan sets them (elsewhere the monitoring interpolates). */
const MILESTONES: Record<string, Record<string, { year: number; value: number }[]>> = {
  'kanal-aduan': {
    'aduan-tepat-waktu': [
      { year: 2022, value: 50 },
      { year: 2023, value: 70 },
      { year: 2024, value: 90 },
    ],
  },
  'adminduk-desa': {
    'desa-terlayani': [
      { year: 2022, value: 60 },
      { year: 2023, value: 150 },
      { year: 2024, value: 230 },
      { year: 2025, value: 270 },
    ],
  },
};

/** Strategies with ids, so that programmes can cite them. */
export function withStrategyIds(strategies: StrategyInput[]): StrategyInput[] {
  return strategies.map((s, i) => ({ id: `strategi-${i + 1}`, ...s }));
}

/**
 * A programme with its mission, its strategies (those of its dimension that name one of its elements, or
 * none), the elements it moves and its KPI milestones.
 */
export function linkProgramme(strategies: readonly StrategyInput[]) {
  return (p: ProgrammeInput): ProgrammeInput => {
    const cites = strategies
      .filter((s) => s.dimension === p.dimension && (!s.element || p.elements.includes(s.element)))
      .map((s) => s.id!)
      .slice(0, 3);
    const milestones = MILESTONES[p.id];
    return {
      ...p,
      missions: [MISSION_OF[p.dimension]!],
      ...(cites.length > 0 ? { strategies: cites } : {}),
      ...(MOVES[p.id] ? { moves: MOVES[p.id] } : {}),
      ...(milestones
        ? { kpis: (p.kpis ?? []).map((k) => (milestones[k.id] ? { ...k, milestones: milestones[k.id] } : k)) }
        : {}),
    };
  };
}

/** Share of the planned budget realised in each monitored year, where nothing else is said. */
const DEFAULT_SHARE: Record<number, number> = { 2022: 0.85, 2023: 0.9, 2024: 0.88 };

/** What differs from "ran, on track, the default share realised", by `programme@year`. */
const EXCEPTIONS: Record<
  string,
  Partial<Pick<MonitoringRecord, 'ran' | 'status' | 'note'>> & { share?: number; zeroSources?: string[] }
> = {
  'arsitektur-spbe@2022': { status: 'completed', share: 1 },
  'portal-wisata@2023': { status: 'completed' },
  'pusat-data@2023': {
    status: 'late',
    zeroSources: ['apbn'],
    note: 'Dana APBN untuk pusat data belum cair; konsolidasi server mundur ke 2024 (ilustratif).',
  },
  'mpp-digital@2024': {
    status: 'late',
    share: 0.6,
    note: 'Integrasi perizinan sektoral tertunda (ilustratif).',
  },
  'command-center@2024': {
    ran: false,
    status: 'not-started',
    share: 0,
    note: 'Pengadaan gagal lelang; dijadwalkan ulang (ilustratif).',
  },
  'e-perencanaan@2024': { ran: false, status: 'not-started', share: 0 },
};

/** KPI actuals measured at the end of each monitored year, by programme and KPI. */
const ACTUALS: Record<string, Record<string, Record<number, number>>> = {
  'jaringan-intra': { 'kantor-terhubung': { 2022: 30, 2023: 48 } },
  'kanal-aduan': { 'aduan-tepat-waktu': { 2022: 48, 2023: 66, 2024: 84 } },
  'adminduk-desa': { 'desa-terlayani': { 2022: 72, 2023: 140, 2024: 235 } },
  'antrean-rsud': { 'waktu-tunggu': { 2022: 60, 2023: 25, 2024: 18 } },
  'umkm-go-digital': { 'umkm-daring': { 2022: 1500, 2023: 2600, 2024: 3900 } },
  'literasi-digital': { peserta: { 2022: 2500, 2023: 6000, 2024: 11000 } },
};

/** Action-plan activities planned and run, where the programme reports them. */
const ACTIVITIES: Record<string, Record<number, { planned: number; ran: number }>> = {
  'literasi-digital': {
    2022: { planned: 8, ran: 8 },
    2023: { planned: 10, ran: 9 },
    2024: { planned: 12, ran: 10 },
  },
  'kanal-aduan': { 2022: { planned: 4, ran: 4 }, 2023: { planned: 4, ran: 3 }, 2024: { planned: 3, ran: 3 } },
};

const MILLION = 1_000_000;

/**
 * Monitoring records for 2022–2024: one per programme running in each year, with the budget realised per
 * funding source (a share of the plan, rounded to whole millions of rupiah), KPI actuals and activities.
 */
export function monitoringRecords(programmes: readonly ProgrammeInput[]): MonitoringRecord[] {
  const out: MonitoringRecord[] = [];
  for (const year of [2022, 2023, 2024])
    for (const p of programmes) {
      if (year < p.startYear || year > p.endYear) continue;
      const x = EXCEPTIONS[`${p.id}@${year}`] ?? {};
      const share = x.share ?? DEFAULT_SHARE[year]!;
      const budget = (p.budget ?? [])
        .filter((b) => b.year === year)
        .map((b) => ({
          source: b.source,
          realised: x.zeroSources?.includes(b.source)
            ? 0
            : Math.round((b.amount * share) / MILLION) * MILLION,
        }));
      const actuals = ACTUALS[p.id];
      const kpis = Object.entries(actuals ?? {}).flatMap(([kpi, byYear]) =>
        byYear[year] === undefined ? [] : [{ kpi, actual: byYear[year]! }],
      );
      const activities = ACTIVITIES[p.id]?.[year];
      out.push({
        programme: p.id,
        year,
        ran: x.ran ?? true,
        status: x.status ?? (year === p.endYear ? 'completed' : 'on-track'),
        ...(budget.length > 0 ? { budget } : {}),
        ...(kpis.length > 0 ? { kpis } : {}),
        ...(activities ? { activities } : {}),
        ...(x.note ? { note: x.note } : {}),
      });
    }
  return out;
}

/** The sample's RPJMD, literacy measurements and SPBE index values (all illustrative). */
export const LIVING_PLAN = {
  rpjmd: {
    startYear: 2021,
    endYear: 2026,
    regulation: 'Peraturan Daerah Kabupaten Minahasa tentang RPJMD 2021–2026 (ilustratif)',
  },
  literacyMeasured: [
    {
      year: 2023,
      source: 'Survei literasi digital daerah 2023 (ilustratif)',
      index: 3.47,
      pillars: { skills: 3.44, ethics: 3.66, safety: 3.08, culture: 3.72 },
    },
    {
      year: 2024,
      source: 'Survei literasi digital daerah 2024 (ilustratif)',
      index: 3.55,
      pillars: { skills: 3.52, ethics: 3.7, safety: 3.2, culture: 3.79 },
    },
  ],
  externalIndices: [
    {
      index: 'spbe',
      year: 2022,
      date: '2023-02-15',
      value: 2.12,
      source: 'Hasil evaluasi SPBE 2022 (ilustratif)',
    },
    {
      index: 'spbe',
      year: 2023,
      date: '2024-02-20',
      value: 2.46,
      source: 'Hasil evaluasi SPBE 2023 (ilustratif)',
      components: { 'internal-policy': 2.6, governance: 2.3, management: 1.9, services: 2.7 },
    },
  ],
} satisfies Pick<MasterplanInput, 'rpjmd' | 'externalIndices'> & { literacyMeasured: unknown[] };

// Synthetic masterplans for tests, benchmarks and demos. Every figure is random (seeded, deterministic) and
// every generated document says so (`illustrative: true`, a "data sintetis / synthetic data" title).
import { DEFAULT_FRAMEWORK } from '../frameworks/registry.js';
import { findRegion, listRegions, type RegionInfo } from '../regions/regions.js';
import {
  type Masterplan,
  type MasterplanInput,
  MasterplanSchema,
  SCHEMA_VERSION,
} from '../schema/documents.js';
import type { Framework } from '../schema/framework.js';
import { createRandom, mixSeed, type Random } from './random.js';

type ProgrammeInput = NonNullable<MasterplanInput['programmes']>[number];

/**
 * The programme's cohorts: the year regions joined Gerakan Menuju Smart City and how many joined
 * (official figures; 2021 includes 7 repeats). The generator draws a cohort with these sizes as weights.
 */
export const PROGRAMME_COHORTS: readonly { readonly year: number; readonly regions: number }[] = [
  { year: 2017, regions: 25 },
  { year: 2018, regions: 50 },
  { year: 2019, regions: 25 },
  { year: 2021, regions: 48 },
  { year: 2022, regions: 50 },
  { year: 2023, regions: 50 },
  { year: 2024, regions: 10 },
];

/** Options of `generateMasterplan`. */
export interface GenerateOptions {
  /** The framework the document answers (default: the built-in GMSC 2021.1). */
  framework?: Framework;
  /** Cohort year (default: drawn from `PROGRAMME_COHORTS`, weighted by cohort size). */
  cohort?: number;
  /** First year of the plan (default: the year after the cohort year). */
  startYear?: number;
  /** Length of the plan in years (default: drawn within the framework's horizon, usually 5 or 10). */
  years?: number;
  /** Number of programmes (default: 25–60). */
  programmes?: number;
  /** Number of OPDs (default: 15–30). */
  opds?: number;
}

// ── Vocabulary ──────────────────────────────────────────────────────────────────────────────────────────

/** Regional agencies, [id, name, abbreviation]; the first two are always part of a generated plan. */
const OPD_POOL: readonly (readonly [string, string, string])[] = [
  ['diskominfo', 'Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ['bappeda', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
  ['bag-organisasi', 'Bagian Organisasi Sekretariat Daerah', 'Bag. Organisasi'],
  ['bag-hukum', 'Bagian Hukum Sekretariat Daerah', 'Bag. Hukum'],
  ['bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'],
  ['bapenda', 'Badan Pendapatan Daerah', 'Bapenda'],
  ['bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'],
  ['dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'],
  ['disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'],
  ['dispar', 'Dinas Pariwisata', 'Dispar'],
  ['disdag', 'Dinas Perdagangan', 'Disdag'],
  ['dinkop-ukm', 'Dinas Koperasi dan Usaha Kecil dan Menengah', 'Dinkop UKM'],
  ['distan', 'Dinas Pertanian', 'Distan'],
  ['diskan', 'Dinas Perikanan', 'Diskan'],
  ['disnaker', 'Dinas Tenaga Kerja', 'Disnaker'],
  ['dinsos', 'Dinas Sosial', 'Dinsos'],
  ['dinkes', 'Dinas Kesehatan', 'Dinkes'],
  ['rsud', 'Rumah Sakit Umum Daerah', 'RSUD'],
  ['disdik', 'Dinas Pendidikan', 'Disdik'],
  ['dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR'],
  ['disperkim', 'Dinas Perumahan dan Kawasan Permukiman', 'Disperkim'],
  ['dishub', 'Dinas Perhubungan', 'Dishub'],
  ['dlh', 'Dinas Lingkungan Hidup', 'DLH'],
  ['bpbd', 'Badan Penanggulangan Bencana Daerah', 'BPBD'],
  ['satpol-pp', 'Satuan Polisi Pamong Praja', 'Satpol PP'],
  ['damkar', 'Dinas Pemadam Kebakaran dan Penyelamatan', 'Damkar'],
  ['dpmd', 'Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD'],
  ['disperpusip', 'Dinas Perpustakaan dan Kearsipan', 'Disperpusip'],
  ['dispora', 'Dinas Pemuda dan Olahraga', 'Dispora'],
  ['inspektorat', 'Inspektorat Daerah', 'Inspektorat'],
  ['dp3a', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DP3A'],
  ['disbud', 'Dinas Kebudayaan', 'Disbud'],
];

/** Programme names per framework element, with the OPD that usually owns such a programme. */
const PROGRAMME_POOL: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  'public-service': [
    ['Mal Pelayanan Publik Digital', 'dpmptsp'],
    ['Layanan Adminduk Daring sampai Desa', 'disdukcapil'],
    ['Kanal Pengaduan Terpadu', 'diskominfo'],
    ['Perizinan Daring Terintegrasi', 'dpmptsp'],
  ],
  bureaucracy: [
    ['Naskah Dinas Elektronik', 'bag-organisasi'],
    ['Pusat Data Daerah', 'diskominfo'],
    ['Jaringan Intra Pemerintah', 'diskominfo'],
    ['Manajemen Kinerja ASN Elektronik', 'bkpsdm'],
  ],
  'public-policy': [
    ['Satu Data Daerah', 'bappeda'],
    ['Perencanaan dan Penganggaran Elektronik', 'bappeda'],
    ['Tim Tanggap Insiden Siber', 'diskominfo'],
    ['Jaringan Dokumentasi dan Informasi Hukum', 'bag-hukum'],
  ],
  tourism: [
    ['Portal Wisata Daerah', 'dispar'],
    ['Desa Wisata Digital', 'dispar'],
    ['Kalender Event Digital', 'dispar'],
  ],
  business: [
    ['Katalog Daring Produk Unggulan', 'disdag'],
    ['Sistem Informasi Peluang Investasi', 'dpmptsp'],
    ['Inkubator Bisnis Digital', 'dinkop-ukm'],
  ],
  'city-appearance': [
    ['Ruang Publik Berinternet', 'diskominfo'],
    ['Penataan Wajah Kota', 'dpupr'],
    ['Taman Tematik Cerdas', 'dlh'],
  ],
  industry: [
    ['Sistem Informasi Pertanian', 'distan'],
    ['Budidaya Perikanan Cerdas', 'diskan'],
    ['UMKM Go Digital', 'dinkop-ukm'],
  ],
  welfare: [
    ['Data Terpadu Kesejahteraan Sosial', 'dinsos'],
    ['Bursa Kerja Daring', 'disnaker'],
    ['Bantuan Sosial Nontunai', 'dinsos'],
  ],
  transaction: [
    ['Pajak Daerah Elektronik', 'bapenda'],
    ['Pembayaran Nontunai di Pasar Daerah', 'disdag'],
    ['Transaksi Nontunai Pemerintah Daerah', 'bpkad'],
  ],
  harmony: [
    ['Pemetaan Rumah Tidak Layak Huni', 'disperkim'],
    ['Layanan Darurat 112', 'diskominfo'],
    ['Perlindungan Perempuan dan Anak Daring', 'dp3a'],
  ],
  health: [
    ['Rekam Medis Elektronik Puskesmas', 'dinkes'],
    ['Antrean Daring RSUD', 'rsud'],
    ['Posyandu Digital', 'dinkes'],
    ['Telemedisin Puskesmas', 'dinkes'],
  ],
  mobility: [
    ['Informasi Angkutan Umum', 'dishub'],
    ['Manajemen Lalu Lintas Cerdas', 'dishub'],
    ['Parkir Elektronik', 'dishub'],
  ],
  community: [
    ['Relawan TIK Desa', 'dpmd'],
    ['Desa Digital', 'dpmd'],
    ['Ruang Kreatif Pemuda', 'dispora'],
  ],
  learning: [
    ['Sekolah Digital', 'disdik'],
    ['Perpustakaan Digital', 'disperpusip'],
    ['Gerakan Literasi Digital', 'diskominfo'],
  ],
  security: [
    ['CCTV Terpadu dan Command Center', 'diskominfo'],
    ['Pelaporan Ketertiban Daring', 'satpol-pp'],
    ['Peringatan Dini Kebakaran', 'damkar'],
  ],
  protection: [
    ['Pemantauan Kualitas Udara dan Air', 'dlh'],
    ['Sistem Peringatan Dini Bencana', 'bpbd'],
    ['Perizinan Lingkungan Daring', 'dlh'],
  ],
  waste: [
    ['Bank Sampah Digital', 'dlh'],
    ['Pemantauan Armada Sampah', 'dlh'],
    ['Pengelolaan Limbah Medis', 'dinkes'],
  ],
  energy: [
    ['Penerangan Jalan Umum Cerdas', 'dishub'],
    ['PLTS Atap Gedung Pemerintah', 'dpupr'],
    ['Audit Energi Gedung Pemerintah', 'dpupr'],
  ],
};

/** KPI shapes: [name, unit, baseline range, target factor range]; a factor below 1 means "lower is better". */
const KPI_POOL: readonly (readonly [string, string, readonly [number, number], readonly [number, number]])[] =
  [
    ['Layanan tersedia secara daring', 'layanan', [2, 30], [2, 6]],
    ['Pengguna aktif', 'orang', [200, 5000], [3, 12]],
    ['OPD yang terhubung', 'OPD', [0, 8], [2, 4]],
    ['Desa dan kelurahan terjangkau', 'desa/kelurahan', [0, 40], [3, 8]],
    ['Waktu penyelesaian layanan', 'menit', [60, 240], [0.2, 0.5]],
    ['Tingkat kepuasan pengguna', '%', [45, 70], [1.15, 1.35]],
    ['Data yang dimutakhirkan', '%', [20, 50], [1.6, 2]],
  ];

const FIRST_NAMES = [
  'Agus',
  'Rina',
  'Budi',
  'Sri',
  'Hendra',
  'Dewi',
  'Yohanes',
  'Maria',
  'Ahmad',
  'Siti',
  'Made',
  'Ketut',
  'Fransiskus',
  'Nur',
  'Rudi',
  'Lestari',
  'Imam',
  'Yuliana',
  'Daniel',
  'Fitri',
  'Bambang',
  'Wulan',
];
const LAST_NAMES = [
  'Santoso',
  'Wijaya',
  'Siregar',
  'Nasution',
  'Pratama',
  'Saputra',
  'Hutapea',
  'Lubis',
  'Kurniawan',
  'Rahman',
  'Setiawan',
  'Manurung',
  'Hidayat',
  'Sinaga',
  'Putri',
  'Halim',
  'Wibowo',
  'Tanjung',
];

const CHANNELS = [
  'Kelas tatap muka',
  'E-learning',
  'Media sosial pemerintah daerah',
  'Radio lokal',
  'Kunjungan ke sekolah',
  'Balai desa',
  'Lokakarya bersama komunitas',
];

// ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────

const MILLION = 1_000_000;
const round2 = (v: number) => Math.round(v * 100) / 100;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** The region's name without its "Kabupaten"/"Kota" prefix. */
const shortName = (r: RegionInfo) => r.name.replace(/^(Kabupaten|Kota) /, '');

/** A rupiah amount between `lo` and `hi` million, log-uniform, rounded to 5 million. */
function amount(rng: Random, lo: number, hi: number): number {
  const m = Math.exp(rng.float(Math.log(lo), Math.log(hi)));
  return Math.max(5, Math.round(m / 5) * 5) * MILLION;
}

/** A whole-number rating on a scale. */
function rating(rng: Random, min: number, max: number, bias = 0): number {
  const lo = Math.ceil(min);
  const hi = Math.floor(max);
  return clamp(Math.round(rng.float(lo, hi) + bias), lo, hi);
}

// ── Generator ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * A synthetic, valid masterplan for a kabupaten/kota on the Kemendagri list: 15–30 OPDs, 25–60 programmes
 * with yearly budgets, KPIs and dependencies (only on programmes that end before the dependent starts, so
 * the roadmap schedules every programme as planned), quick-win ratings on about 40% of them, a full
 * readiness questionnaire (some answers `unknown` or `not-applicable`), maturity for one or two years,
 * a literacy strategy and evaluations. The same region, seed and options always give the same document.
 * Every figure is random (`illustrative: true`). Throws a `RangeError` for a code that is not on the list.
 */
export function generateMasterplan(
  regionCode: string,
  seed: number,
  options: GenerateOptions = {},
): Masterplan {
  const region = findRegion(regionCode);
  if (!region)
    throw new RangeError(`generateMasterplan: region code "${regionCode}" is not on the Kemendagri list`);
  const f = options.framework ?? DEFAULT_FRAMEWORK;
  const rng = createRandom(mixSeed(seed, Number(regionCode.replace('.', ''))));
  const place = shortName(region);

  // Plan period.
  const cohort = options.cohort ?? rng.weighted(PROGRAMME_COHORTS.map((c) => [c.year, c.regions] as const));
  const { min: hMin, max: hMax } = f.roadmap.horizon;
  const years =
    options.years ?? (rng.chance(0.7) ? rng.pick([...new Set([hMin, hMax])]) : rng.int(hMin, hMax));
  if (!Number.isInteger(years) || years < hMin || years > hMax)
    throw new RangeError(`generateMasterplan: a plan lasts ${hMin}–${hMax} years, not ${years}`);
  const startYear = options.startYear ?? cohort + 1;
  const endYear = startYear + years - 1;
  const planYears = Array.from({ length: years }, (_, i) => startYear + i);
  // The RPJMD in force when the plan starts (five years, starting up to four years earlier).
  const rpjmdStart = startYear - rng.int(0, 4);
  const rpjmd = `RPJMD ${rpjmdStart}–${rpjmdStart + 5}`;

  // A hidden "capability" of the region drives readiness, maturity and evaluation consistently.
  const capability = rng.float(0, 1);

  // OPDs.
  const opdCount = clamp(options.opds ?? rng.int(15, 30), 2, OPD_POOL.length);
  const opdRows = [...OPD_POOL.slice(0, 2), ...rng.sample(OPD_POOL.slice(2), opdCount - 2)];
  const opds = opdRows.map(([id, name, abbreviation]) => ({
    id,
    name: id === 'rsud' ? `Rumah Sakit Umum Daerah ${place}` : name,
    abbreviation,
  }));
  const opdIds = new Set(opds.map((o) => o.id));
  const opdAbbr = new Map(opds.map((o) => [o.id, o.abbreviation]));

  // Team.
  const person = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const teamSize = rng.int(8, 16);
  const members: NonNullable<MasterplanInput['team']['members']> = [
    { id: 'pengarah-1', name: person(), role: 'steering', position: 'Sekretaris Daerah' },
    { id: 'ketua', name: person(), role: 'chair', opd: 'diskominfo', position: 'Kepala Diskominfo' },
    {
      id: 'sekretaris',
      name: person(),
      role: 'secretary',
      opd: 'bappeda',
      position: 'Kepala Bidang di Bappeda',
    },
  ];
  for (let i = 1; members.length < teamSize - 1; i++) {
    const opd = rng.pick(opds);
    members.push({
      id: `anggota-${i}`,
      name: person(),
      role: 'member',
      opd: opd.id,
      position: `Perwakilan ${opd.abbreviation}`,
    });
  }
  members.push({ id: 'pendamping-1', name: person(), role: 'mentor', position: 'Tenaga ahli pendamping' });

  // Vision, missions, strategies: every dimension in at least one mission.
  const dims = f.dimensions;
  const missionCount = clamp(rng.int(4, 6), 1, Math.max(1, dims.length));
  const missions = Array.from({ length: missionCount }, (_, i) => ({
    id: `misi-${i + 1}`,
    text: '',
    dimensions: [] as string[],
  }));
  rng.sample(dims, dims.length).forEach((d, i) => {
    missions[i % missionCount]!.dimensions.push(d.id);
  });
  for (const m of missions) {
    const names = m.dimensions.map((id) => dims.find((d) => d.id === id)!.name.id.toLowerCase());
    m.text = `Mewujudkan ${place} yang unggul dalam ${names.join(' dan ')} melalui transformasi digital.`;
  }
  const strategies = dims.flatMap((d) => [
    { dimension: d.id, text: `Memperkuat dimensi ${d.name.id} dengan program yang terukur dan terpadu.` },
    ...d.elements.map((e) => ({
      dimension: d.id,
      element: e.id,
      text: `Meningkatkan kematangan elemen ${e.name.id} melalui layanan digital dan tata kelola data.`,
    })),
  ]);

  // Programmes: every element first, then random ones.
  const elementsOf = dims.flatMap((d) => d.elements.map((e) => ({ dimension: d, element: e })));
  const count = options.programmes ?? rng.int(25, 60);
  const picks = [
    ...rng.sample(elementsOf, Math.min(count, elementsOf.length)),
    ...Array.from({ length: Math.max(0, count - elementsOf.length) }, () => rng.pick(elementsOf)),
  ];
  const usedNames = new Map<string, number>();
  const usedIds = new Set<string>();
  const fundingIds = f.fundingSources.options.map((o) => o.id);
  const primaryFunding = fundingIds.includes('apbd') ? 'apbd' : fundingIds[0]!;
  const otherFunding = fundingIds.filter((id) => id !== primaryFunding);
  const sourceIds = f.programmeSources.options.map((o) => o.id);
  const innovationIds = f.innovationKinds.options.map((o) => o.id);
  const lateStart = Math.max(startYear, endYear - 1);

  const programmes: ProgrammeInput[] = picks.map(({ dimension, element }, index) => {
    const pool = PROGRAMME_POOL[element.id] ?? [[`Program ${element.name.id}`, 'diskominfo'] as const];
    const [baseName, preferredOwner] = rng.pick(pool);
    const seen = (usedNames.get(baseName) ?? 0) + 1;
    usedNames.set(baseName, seen);
    const name = seen === 1 ? baseName : `${baseName} Tahap ${seen}`;
    let id = slug(name) || `program-${index + 1}`;
    while (usedIds.has(id)) id = `${slug(name).slice(0, 40)}-${index + 1}`;
    usedIds.add(id);
    const owner = opdIds.has(preferredOwner) ? preferredOwner : 'diskominfo';

    // Early years are busier: most programmes start in the first half of the plan.
    const start = Math.min(lateStart, startYear + Math.floor(rng.next() ** 1.6 * years));
    const end = Math.min(endYear, start + rng.int(1, 5));
    const budget = [];
    const base = rng.float(Math.log(100), Math.log(2500));
    for (let y = start; y <= end; y++)
      budget.push({
        year: y,
        source: primaryFunding,
        amount: amount(rng, Math.exp(base) * 0.7, Math.exp(base) * 1.3),
      });
    if (otherFunding.length > 0 && rng.chance(0.3)) {
      const source = rng.pick(otherFunding);
      const from = rng.int(start, end);
      for (let y = from; y <= Math.min(end, from + rng.int(0, 2)); y++)
        budget.push({ year: y, source, amount: amount(rng, 75, 3000) });
    }

    const kpis = rng.sample(KPI_POOL, rng.int(1, 2)).map(([kName, unit, [bLo, bHi], [tLo, tHi]], k) => {
      const baseline = unit === '%' ? rng.int(bLo, bHi) : rng.int(bLo, bHi);
      const factor = rng.float(tLo, tHi);
      let target = Math.round(Math.max(baseline, 1) * factor);
      if (unit === '%') target = Math.min(100, target);
      if (target === baseline) target = factor < 1 ? Math.max(0, baseline - 1) : baseline + 1;
      return { id: `kpi-${k + 1}`, name: kName, unit, baseline, target };
    });

    const kind = rng.pick(sourceIds);
    const reference =
      kind === 'rpjmd'
        ? `${rpjmd} Misi ${rng.int(1, missionCount)}`
        : kind === 'renstra'
          ? `Renstra ${opdAbbr.get(owner) ?? owner} ${rpjmdStart}–${rpjmdStart + 5}`
          : 'Usulan forum smart city daerah';

    return {
      id,
      name,
      dimension: dimension.id,
      elements: [element.id],
      owner,
      source: { kind, reference },
      innovation: rng.pick(innovationIds),
      startYear: start,
      endYear: end,
      budget,
      kpis,
      dependsOn: [],
    };
  });

  // Dependencies, finish-to-start as the roadmap schedules them: only on programmes that end before the
  // dependent starts, so the plan is a DAG and runs as planned inside its period. Those come earlier in
  // (start year, index) order; the draws shuffle all the earlier ones whichever of them qualify, so the
  // rest of the document does not depend on which do.
  const order = programmes
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.startYear - b.p.startYear || a.i - b.i);
  order.forEach(({ p }, k) => {
    if (k === 0 || !rng.chance(0.45)) return;
    const n = rng.int(1, Math.min(2, k));
    const earlier = rng.sample(
      order.slice(0, k).map((x) => x.p),
      k,
    );
    p.dependsOn = earlier
      .filter((d) => d.endYear < p.startYear)
      .slice(0, n)
      .map((d) => d.id);
  });

  // Quick-win ratings on about 40%, more likely for programmes that start early.
  const qwYears = f.quickWin.years;
  const qwScale = f.quickWin.scale;
  for (const p of programmes) {
    const early = p.startYear < startYear + qwYears;
    if (!rng.chance(early ? 0.6 : 0.25)) continue;
    const bias = early ? 0.5 : -0.3;
    p.quickWin = Object.fromEntries(
      f.quickWin.criteria.map((c) => [
        c.id,
        rating(rng, qwScale.min, qwScale.max, c.higherIsBetter ? bias : -bias),
      ]),
    );
  }

  // Chosen quick wins: rated programmes of the first years, at most two per owner, up to six.
  const candidates = rng.sample(
    programmes.filter((p) => p.quickWin && p.startYear < startYear + qwYears),
    programmes.length,
  );
  const perOwner = new Map<string, number>();
  const selected: NonNullable<NonNullable<MasterplanInput['quickWins']>['selected']> = [];
  let qwBudget = 0;
  for (const p of candidates) {
    if (selected.length >= 6) break;
    const n = perOwner.get(p.owner) ?? 0;
    if (n >= 2) continue;
    perOwner.set(p.owner, n + 1);
    selected.push({
      programme: p.id,
      year: p.startYear - startYear + 1,
      rationale: 'Dirasakan langsung oleh warga.',
    });
    for (const b of p.budget ?? []) if (b.year < startYear + qwYears) qwBudget += b.amount;
  }

  // Readiness: every item of the pillars scored (the default ones, sometimes an optional one too).
  const optional = f.readiness.pillars.filter((p) => !p.enabledByDefault);
  const extra = optional.filter(() => rng.chance(0.3));
  const rs = f.readiness.scale;
  const answers = [...f.readiness.pillars.filter((p) => p.enabledByDefault), ...extra].flatMap((pillar) =>
    pillar.aspects.flatMap((aspect) =>
      aspect.items.map((item) => {
        const r = rng.next();
        const value =
          r < 0.08
            ? ('unknown' as const)
            : r < 0.13
              ? ('not-applicable' as const)
              : rating(rng, rs.min, rs.max, (capability - 0.5) * 2);
        const evidence = rng.chance(0.3)
          ? [{ kind: 'document' as const, title: `Dokumen pendukung ${aspect.name.id}` }]
          : [];
        return { item: item.id, value, evidence };
      }),
    ),
  );

  // Maturity for one or two years: the cohort year, sometimes two years later.
  const ladder = f.maturity.ladders.find((l) => l.id === f.maturity.defaultLadder) ?? f.maturity.ladders[0]!;
  const lo = ladder.levels[0]!.level;
  const hi = ladder.levels[ladder.levels.length - 1]!.level;
  const maturityYears = rng.chance(0.5) ? [cohort, cohort + 2] : [cohort];
  const startLevel = new Map(
    elementsOf.map(({ element }) => [
      element.id,
      clamp(Math.round(lo + capability * 2.5 + rng.float(-1, 1)), lo, hi - 1),
    ]),
  );
  const maturity = maturityYears.map((year, k) => ({
    year,
    ladder: ladder.id,
    elements: elementsOf.map(({ element }) => {
      const current = clamp(startLevel.get(element.id)! + (k > 0 && rng.chance(0.5) ? 1 : 0), lo, hi);
      const target = clamp(current + rng.int(1, 2), lo, hi);
      if (rng.chance(0.15)) {
        const met = Array.from({ length: current - lo + 1 }, (_, i) => lo + i);
        return { element: element.id, criteriaMet: met, target, evidence: [] };
      }
      return { element: element.id, current, target, evidence: [] };
    }),
  }));

  // Digital literacy: a baseline near the national figures, yearly targets for five years.
  const ls = f.literacy.scale;
  const national =
    [...f.literacy.national].reverse().find((n) => n.year <= startYear) ?? f.literacy.national[0];
  const baselinePillars = Object.fromEntries(
    f.literacy.pillars.map((p) => {
      const ref = national?.pillars[p.id] ?? national?.index ?? (ls.min + ls.max) / 2;
      return [p.id, round2(clamp(ref + rng.float(-0.3, 0.2), ls.min, ls.max))];
    }),
  );
  const targets: { year: number; pillars: Record<string, number> }[] = [];
  let last = baselinePillars;
  for (let y = startYear + 1; y <= Math.min(endYear, startYear + 4); y++) {
    last = Object.fromEntries(
      Object.entries(last).map(([k, v]) => [k, round2(clamp(v + rng.float(0.03, 0.12), ls.min, ls.max))]),
    );
    targets.push({ year: y, pillars: last });
  }
  const groups = f.literacy.targetGroups.map((g) => ({
    id: g.id,
    name: g.name.id,
    size: rng.int(200, 60000),
  }));
  const pillarIds = f.literacy.pillars.map((p) => p.id);
  const literacyYears = planYears.slice(0, 5);
  const activities = Array.from({ length: rng.int(3, 6) }, (_, i) => {
    const from = rng.int(0, literacyYears.length - 1);
    return {
      id: `kegiatan-${i + 1}`,
      name: `Kegiatan literasi digital ${i + 1}`,
      pillars: rng.sample(pillarIds, rng.int(1, Math.min(3, pillarIds.length))),
      targetGroups: rng.sample(
        groups.map((g) => g.id),
        rng.int(1, Math.min(3, groups.length)),
      ),
      channel: rng.pick(CHANNELS),
      years: literacyYears.slice(from, from + rng.int(1, 4)),
      owner: rng.pick(opds).id,
    };
  });

  // Evaluations: the first one or two years of the plan.
  const es = f.evaluation.scale;
  const evaluations = planYears.slice(0, rng.int(1, 2)).map((year, k) => ({
    year,
    scores: Object.fromEntries(
      f.evaluation.dimensions.map((d) => [
        d.id,
        round2(
          clamp(
            es.min + (es.max - es.min) * (0.3 + capability * 0.4 + k * 0.05) + rng.float(-0.6, 0.6),
            es.min,
            es.max,
          ),
        ),
      ]),
    ),
    evidence: [],
  }));

  const doc: MasterplanInput = {
    schemaVersion: SCHEMA_VERSION,
    kind: 'smartcity.masterplan',
    framework: { id: f.id, version: f.version },
    illustrative: true,
    title: `Masterplan Smart City ${region.name} ${startYear}–${endYear} (data sintetis / synthetic data)`,
    updatedAt: `${startYear}-0${rng.int(1, 9)}-1${rng.int(0, 9)}T09:00:00+07:00`,
    region: {
      code: region.code,
      name: region.name,
      type: region.type,
      province: { code: region.province.code, name: region.province.name },
      cohort,
    },
    period: { startYear, endYear },
    team: {
      name: `Tim Pelaksana Smart City ${region.name}`,
      decree: {
        number: `SK Kepala Daerah Nomor ${rng.int(100, 999)}/${cohort} (sintetis)`,
        date: `${cohort}-0${rng.int(3, 9)}-15`,
      },
      members,
    },
    opds,
    vision: `${place} yang cerdas, melayani dan berdaya saing melalui transformasi digital.`,
    missions,
    strategies,
    readiness: {
      assessedOn: `${cohort}-0${rng.int(4, 9)}-2${rng.int(0, 8)}`,
      pillars: Object.fromEntries(extra.map((p) => [p.id, true])),
      answers,
    },
    maturity,
    programmes,
    quickWins: {
      budget: Math.ceil((qwBudget * 1.1) / (100 * MILLION)) * 100 * MILLION,
      maxPerOwner: 2,
      selected,
    },
    literacy: {
      baseline: {
        year: startYear,
        source: `Survei literasi digital daerah (sintetis), dekat Indeks Literasi Digital nasional ${national?.year ?? startYear}`,
        index: round2(Object.values(baselinePillars).reduce((a, b) => a + b, 0) / pillarIds.length),
        pillars: baselinePillars,
      },
      targets,
      targetGroups: groups,
      activities,
    },
    evaluations,
    ...(rng.chance(0.7)
      ? {
          adoption: {
            instrument: region.type === 'kota' ? ('perwal' as const) : ('perbup' as const),
            number: `${region.type === 'kota' ? 'Peraturan Wali Kota' : 'Peraturan Bupati'} Nomor ${rng.int(1, 60)} Tahun ${startYear} (sintetis)`,
            date: `${startYear}-0${rng.int(1, 9)}-0${rng.int(1, 9)}`,
          },
        }
      : {}),
  };
  return MasterplanSchema.parse(doc);
}

/**
 * One synthetic masterplan for each of the 514 kabupaten/kota, in code order, for benchmarks and
 * national views. Deterministic for a seed; every figure is random (`illustrative: true`).
 */
export function generateNationalSet(
  seed: number,
  options: Omit<GenerateOptions, 'cohort'> = {},
): Masterplan[] {
  return listRegions().map((r, i) => generateMasterplan(r.code, mixSeed(seed, i), options));
}

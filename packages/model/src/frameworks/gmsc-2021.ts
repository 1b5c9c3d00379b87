import type { FrameworkInput } from '../schema/framework.js';
import { GMSC_GUIDANCE, ITEM_HELP } from './guidance-gmsc.js';
import { SOURCES } from './provenance.js';

const t = (id: string, en: string) => ({ id, en });

/** The SPBE capability levels (Permen PANRB 59/2020), adopted as the maturity ladder. */
const SPBE_LADDER: FrameworkInput['maturity']['ladders'][number] = {
  id: 'spbe',
  name: t('Tingkat kematangan SPBE', 'SPBE capability levels'),
  provenance: SOURCES.spbe,
  levels: [
    {
      level: 0,
      id: 'none',
      name: t('Belum Ada', 'None'),
      criterion: t('Belum ada apa pun.', 'Nothing in place.'),
    },
    {
      level: 1,
      id: 'initial',
      name: t('Rintisan', 'Initial'),
      criterion: t('Masih berupa konsep; ad hoc dan tidak terencana.', 'A concept; ad hoc and unplanned.'),
    },
    {
      level: 2,
      id: 'managed',
      name: t('Terkelola', 'Managed'),
      criterion: t(
        'Sudah ditetapkan tetapi belum lengkap; sebagian terdokumentasi, di sebagian unit.',
        'Set but incomplete; partly documented, in some units.',
      ),
    },
    {
      level: 3,
      id: 'defined',
      name: t('Terdefinisi', 'Defined'),
      criterion: t('Lengkap dan standar di semua unit.', 'Complete and standard across all units.'),
    },
    {
      level: 4,
      id: 'integrated',
      name: t('Terpadu dan Terukur', 'Integrated and measured'),
      criterion: t(
        'Dievaluasi berkala; terpadu dan berkontribusi pada kinerja.',
        'Evaluated periodically; integrated, contributes to performance.',
      ),
    },
    {
      level: 5,
      id: 'optimised',
      name: t('Optimum', 'Optimised'),
      criterion: t(
        'Direvisi berdasarkan hasil evaluasi; terus-menerus ditingkatkan.',
        'Revised from evaluation; continuously improved.',
      ),
    },
  ],
  predicates: [
    { id: 'memuaskan', min: 4.2, name: t('Memuaskan', 'Satisfying') },
    { id: 'sangat-baik', min: 3.5, name: t('Sangat Baik', 'Very good') },
    { id: 'baik', min: 2.6, name: t('Baik', 'Good') },
    { id: 'cukup', min: 1.8, name: t('Cukup', 'Fair') },
    { id: 'kurang', min: 0, name: t('Kurang', 'Poor') },
  ],
  predicateProvenance: SOURCES.spbe,
};

/** The Garuda Smart City Model (ITB) ladder, shipped for comparison. */
const GARUDA_LADDER: FrameworkInput['maturity']['ladders'][number] = {
  id: 'garuda',
  name: t('Model Garuda Smart City (ITB)', 'Garuda Smart City Model (ITB)'),
  provenance: SOURCES.garuda,
  levels: [
    {
      level: 1,
      id: 'ad-hoc',
      name: t('Ad-hoc', 'Ad-hoc'),
      criterion: t('Inisiatif sporadis.', 'Sporadic initiatives.'),
    },
    {
      level: 2,
      id: 'initiative',
      name: t('Initiative', 'Initiative'),
      criterion: t('Inisiatif terencana di beberapa sektor.', 'Planned initiatives in some sectors.'),
    },
    {
      level: 3,
      id: 'scattered',
      name: t('Scattered', 'Scattered'),
      criterion: t('Layanan cerdas tersebar, belum terhubung.', 'Smart services in place but not connected.'),
    },
    {
      level: 4,
      id: 'integrated',
      name: t('Integrated', 'Integrated'),
      criterion: t('Layanan terhubung lintas sektor.', 'Services connected across sectors.'),
    },
    {
      level: 5,
      id: 'smart',
      name: t('Smart', 'Smart'),
      criterion: t(
        'Kota memantau, memahami dan menanggapi secara berkelanjutan.',
        'The city senses, understands and responds continuously.',
      ),
    },
  ],
  predicates: [],
};

/** Three questionnaire items per readiness aspect (the toolkit's default questionnaire). */
const q = (aspect: string, items: [string, string][]) =>
  items.map(([id, en], i) => {
    const itemId = `${aspect}-${i + 1}`;
    const help = ITEM_HELP[itemId];
    return { id: itemId, text: t(id, en), ...(help ? { help } : {}) };
  });

/**
 * Gerakan Menuju Smart City, as the programme ran it from 2021: six dimensions with three elements each,
 * the three readiness pillars, the SPBE ladder (adopted), the 2021 evaluation weights, quick-win criteria,
 * the digital literacy index and the roadmap phases. Each part says whether it is official, adopted or
 * the toolkit's own default.
 */
export const GMSC_2021: FrameworkInput = {
  kind: 'smartcity.framework',
  id: 'gmsc',
  version: '2021.1',
  title: t('Gerakan Menuju Smart City', 'Movement Towards Smart City'),
  description: t(
    'Kerangka masterplan smart city kabupaten/kota: enam dimensi, analisis kesiapan dan kematangan, program kerja 5–10 tahun, quick win dan strategi literasi digital.',
    'The smart city masterplan framework for regencies and cities: six dimensions, readiness and maturity analysis, a 5–10 year work programme, quick wins and a digital literacy strategy.',
  ),
  provenance: SOURCES.dimensions,
  dimensions: [
    {
      id: 'governance',
      name: t('Tata Kelola', 'Smart Governance'),
      provenance: SOURCES.dimensions,
      elements: [
        { id: 'public-service', name: t('Layanan Publik', 'Public Service') },
        { id: 'bureaucracy', name: t('Tata Kelola Birokrasi', 'Bureaucracy') },
        { id: 'public-policy', name: t('Kebijakan Publik', 'Public Policy') },
      ],
    },
    {
      id: 'branding',
      name: t('Branding', 'Smart Branding'),
      provenance: SOURCES.dimensions,
      elements: [
        { id: 'tourism', name: t('Branding Pariwisata', 'Tourism Branding') },
        { id: 'business', name: t('Branding Bisnis', 'Business Branding') },
        { id: 'city-appearance', name: t('Wajah Kota', 'City Appearance') },
      ],
    },
    {
      id: 'economy',
      name: t('Ekonomi', 'Smart Economy'),
      provenance: SOURCES.dimensions,
      elements: [
        { id: 'industry', name: t('Industri', 'Industry') },
        { id: 'welfare', name: t('Kesejahteraan', 'Welfare') },
        { id: 'transaction', name: t('Transaksi Keuangan', 'Transaction') },
      ],
    },
    {
      id: 'living',
      name: t('Lingkungan Hidup Layak', 'Smart Living'),
      provenance: SOURCES.dimensions,
      elements: [
        {
          id: 'harmony',
          name: t('Harmonisasi Lingkungan', 'Harmony'),
          description: t(
            'Lingkungan tempat tinggal yang harmonis dan nyaman.',
            'A harmonious, comfortable living environment.',
          ),
        },
        { id: 'health', name: t('Kesehatan', 'Health') },
        { id: 'mobility', name: t('Mobilitas', 'Mobility') },
      ],
    },
    {
      id: 'society',
      name: t('Masyarakat', 'Smart Society'),
      description: t(
        'Masyarakat dengan literasi digital yang tinggi.',
        'A society with high digital literacy.',
      ),
      provenance: SOURCES.dimensions,
      elements: [
        { id: 'community', name: t('Komunitas', 'Community') },
        { id: 'learning', name: t('Ekosistem Belajar', 'Learning') },
        { id: 'security', name: t('Keamanan', 'Security') },
      ],
    },
    {
      id: 'environment',
      name: t('Lingkungan', 'Smart Environment'),
      provenance: SOURCES.dimensions,
      elements: [
        { id: 'protection', name: t('Proteksi Lingkungan', 'Protection') },
        { id: 'waste', name: t('Pengelolaan Sampah dan Limbah', 'Waste') },
        { id: 'energy', name: t('Tata Kelola Energi', 'Energy') },
      ],
    },
  ],
  readiness: {
    provenance: {
      ...SOURCES.toolkit,
      note: t(
        'Pilar dan aspek resmi; program tidak menerbitkan skala angka, maka kuesioner dan penilaiannya adalah bawaan toolkit.',
        'The pillars and aspects are official; the programme publishes no numeric scale, so the questionnaire and its scoring are toolkit defaults.',
      ),
    },
    scale: {
      min: 1,
      max: 5,
      labels: [
        { value: 1, label: t('Sangat rendah', 'Very low') },
        { value: 2, label: t('Rendah', 'Low') },
        { value: 3, label: t('Sedang', 'Moderate') },
        { value: 4, label: t('Tinggi', 'High') },
        { value: 5, label: t('Sangat tinggi', 'Very high') },
      ],
    },
    minCoverage: 0.6,
    coverageProvenance: SOURCES.toolkit,
    pillars: [
      {
        id: 'structure',
        name: t('Struktur', 'Structure'),
        provenance: SOURCES.bimtekSleman,
        aspects: [
          {
            id: 'human-resources',
            name: t('SDM pelaksana dan penerima manfaat', 'Human resources: implementers and beneficiaries'),
            items: q('human-resources', [
              [
                'OPD memiliki cukup ASN dengan kompetensi TIK.',
                'Agencies have enough civil servants with ICT skills.',
              ],
              [
                'Tersedia program peningkatan kapasitas digital bagi ASN.',
                'A digital capacity-building programme for civil servants exists.',
              ],
              [
                'Masyarakat penerima manfaat siap menggunakan layanan digital.',
                'The citizens served are ready to use digital services.',
              ],
            ]),
          },
          {
            id: 'budget',
            name: t('Anggaran', 'Budget'),
            items: q('budget', [
              [
                'APBD mengalokasikan anggaran untuk program smart city.',
                'The regional budget (APBD) allocates funds to smart city programmes.',
              ],
              [
                'Anggaran TIK direncanakan lintas OPD, bukan per proyek.',
                'ICT spending is planned across agencies, not project by project.',
              ],
              [
                'Sumber pendanaan di luar APBD (APBN, DAK, KPBU, CSR) dijajaki.',
                'Funding beyond the APBD (APBN, DAK, PPP, CSR) is pursued.',
              ],
            ]),
          },
          {
            id: 'governance',
            name: t('Tata kelola dan tata pamong', 'Governance and stewardship'),
            items: q('governance', [
              [
                'Ada pembagian peran yang jelas antar-OPD untuk smart city.',
                'Roles between agencies for the smart city are clearly divided.',
              ],
              [
                'Pengambilan keputusan melibatkan pemangku kepentingan di luar pemerintah.',
                'Decisions involve stakeholders outside government.',
              ],
              [
                'Kemajuan program dipantau dan dilaporkan secara berkala.',
                'Programme progress is monitored and reported regularly.',
              ],
            ]),
          },
        ],
      },
      {
        id: 'infrastructure',
        name: t('Infrastruktur', 'Infrastructure'),
        provenance: SOURCES.bimtekSleman,
        aspects: [
          {
            id: 'physical',
            name: t('Fisik', 'Physical'),
            items: q('physical', [
              [
                'Jaringan listrik andal menjangkau kecamatan dan desa.',
                'Reliable electricity reaches districts and villages.',
              ],
              [
                'Jalan dan transportasi mendukung akses layanan publik.',
                'Roads and transport support access to public services.',
              ],
              [
                'Gedung layanan publik layak dan mudah diakses.',
                'Public service buildings are adequate and accessible.',
              ],
            ]),
          },
          {
            id: 'digital',
            name: t('Digital / TIK', 'Digital / ICT'),
            items: q('digital', [
              [
                'Jaringan internet pemerintah menghubungkan semua OPD.',
                'A government network connects all agencies.',
              ],
              [
                'Pusat data atau layanan cloud pemerintah tersedia.',
                'A government data centre or cloud service is available.',
              ],
              [
                'Aplikasi layanan saling terhubung melalui interoperabilitas data.',
                'Service applications are connected through data interoperability.',
              ],
            ]),
          },
          {
            id: 'social',
            name: t('Sosial (untuk kepentingan publik)', 'Social (for public use)'),
            items: q('social', [
              [
                'Tersedia ruang publik dengan akses internet.',
                'Public spaces with internet access are available.',
              ],
              ['Komunitas lokal aktif mendukung inovasi.', 'Local communities actively support innovation.'],
              ['Fasilitas sosial melayani kelompok rentan.', 'Social facilities serve vulnerable groups.'],
            ]),
          },
        ],
      },
      {
        id: 'superstructure',
        name: t('Suprastruktur', 'Superstructure'),
        provenance: SOURCES.bimtekSleman,
        aspects: [
          {
            id: 'regulation',
            name: t('Kebijakan dan peraturan daerah', 'Policy and regional regulation'),
            items: q('regulation', [
              [
                'Ada peraturan kepala daerah tentang smart city atau SPBE.',
                'A head-of-region regulation on the smart city or SPBE exists.',
              ],
              ['Smart city tercantum dalam RPJMD.', 'The smart city appears in the RPJMD.'],
              [
                'Ada kebijakan data (Satu Data) dan keamanan informasi.',
                'Data (One Data) and information security policies exist.',
              ],
            ]),
          },
          {
            id: 'institution',
            name: t('Kelembagaan', 'Institutions'),
            items: q('institution', [
              [
                'Dewan atau tim smart city ditetapkan dengan SK.',
                'A smart city council or team is set up by decree.',
              ],
              [
                'Ada unit pelaksana yang memimpin transformasi digital.',
                'A unit leads the digital transformation.',
              ],
              [
                'Kemitraan dengan perguruan tinggi atau swasta terjalin.',
                'Partnerships with universities or business are in place.',
              ],
            ]),
          },
          {
            id: 'procedure',
            name: t('Tata laksana', 'Procedures'),
            items: q('procedure', [
              [
                'Proses bisnis layanan utama terdokumentasi.',
                'The business processes of the main services are documented.',
              ],
              [
                'Ada standar operasional untuk layanan digital.',
                'Standard operating procedures exist for digital services.',
              ],
              [
                'Pengaduan masyarakat ditangani melalui kanal terpadu.',
                'Citizen complaints are handled through one channel.',
              ],
            ]),
          },
        ],
      },
      {
        id: 'leadership',
        name: t('Kepemimpinan (visi pemimpin daerah)', "Leadership (the head of region's vision)"),
        enabledByDefault: false,
        provenance: {
          status: 'official',
          source: 'Seleksi Gerakan Menuju Smart City 2019',
          note: t(
            'Dinilai saat seleksi 2019; pilar opsional, tidak aktif secara bawaan.',
            'Judged in the 2019 selection; an optional pillar, off by default.',
          ),
        },
        aspects: [
          {
            id: 'vision',
            name: t('Visi pemimpin daerah', "The head of region's vision"),
            items: q('vision', [
              [
                'Kepala daerah menyatakan visi smart city secara terbuka.',
                'The head of region states a smart city vision publicly.',
              ],
              [
                'Visi tersebut diterjemahkan ke prioritas anggaran.',
                'The vision is translated into budget priorities.',
              ],
              [
                'Kepala daerah memimpin langsung forum smart city.',
                'The head of region chairs the smart city forum.',
              ],
            ]),
          },
        ],
      },
    ],
  },
  maturity: {
    defaultLadder: 'spbe',
    ladders: [SPBE_LADDER, GARUDA_LADDER],
    decimals: 2,
    aggregationProvenance: {
      ...SOURCES.toolkit,
      note: t(
        'Indeks dimensi = rata-rata tertimbang elemen (bobot sama); indeks keseluruhan = rata-rata tertimbang dimensi.',
        'Dimension index = weighted mean of its elements (equal weights); overall = weighted mean of dimensions.',
      ),
    },
  },
  evaluation: {
    provenance: SOURCES.evaluation2021,
    scale: { min: 0, max: 5 },
    dimensions: [
      {
        id: 'baseline',
        name: t('Baseline', 'Baseline'),
        description: t('Kondisi awal daerah.', 'The starting point.'),
      },
      {
        id: 'output',
        name: t('Output', 'Output'),
        description: t('Kebijakan, kelembagaan dan anggaran.', 'Policy, institutions and budget.'),
      },
      {
        id: 'outcome',
        name: t('Outcome', 'Outcome'),
        description: t('Seberapa banyak rencana terlaksana.', 'How much of the plan is done.'),
      },
      {
        id: 'impact',
        name: t('Dampak', 'Impact'),
        description: t('Manfaat bagi warga (survei warga).', 'Benefit to citizens (a citizen survey).'),
      },
      {
        id: 'quick-win',
        name: t('Quick Win', 'Quick Win'),
        description: t('Keinovatifan quick win.', 'How innovative the quick wins are.'),
      },
    ],
    defaultWeightSet: '2021',
    weightSets: [
      {
        id: '2021',
        name: t('Pedoman 2021', '2021 guideline'),
        weights: { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.3, 'quick-win': 0.1 },
        provenance: SOURCES.evaluation2021,
      },
      {
        id: 'alternative',
        name: t('Bobot tahun lain', "Another year's weights"),
        weights: { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, 'quick-win': 0.2 },
        provenance: SOURCES.evaluationAlternative,
      },
    ],
  },
  quickWin: {
    provenance: SOURCES.toolkit,
    definitionProvenance: SOURCES.quickWinDefinition,
    definition: t(
      'Program yang dapat diwujudkan cepat (tahun pertama atau kedua) dan dirasakan langsung oleh warga.',
      'A programme that can be delivered fast (in the first or second year) and that citizens feel directly.',
    ),
    scale: {
      min: 1,
      max: 5,
      labels: [
        { value: 1, label: t('Sangat rendah', 'Very low') },
        { value: 3, label: t('Sedang', 'Moderate') },
        { value: 5, label: t('Sangat tinggi', 'Very high') },
      ],
    },
    criteria: [
      {
        id: 'impact',
        name: t('Dampak bagi warga', 'Impact on citizens'),
        description: t(
          'Seberapa langsung warga merasakan manfaatnya.',
          'How directly citizens feel the benefit.',
        ),
        weight: 0.3,
        higherIsBetter: true,
        axis: 'impact',
      },
      {
        id: 'alignment',
        name: t('Keselarasan dengan RPJMD', 'Alignment with the RPJMD'),
        description: t('Seberapa dekat dengan prioritas RPJMD.', 'How close it is to the RPJMD priorities.'),
        weight: 0.15,
        higherIsBetter: true,
        axis: 'impact',
      },
      {
        id: 'cost',
        name: t('Biaya', 'Cost'),
        description: t('Besarnya biaya (5 = sangat mahal).', 'How costly it is (5 = very costly).'),
        weight: 0.2,
        higherIsBetter: false,
        axis: 'effort',
      },
      {
        id: 'time',
        name: t('Waktu pelaksanaan', 'Time to deliver'),
        description: t(
          'Lamanya sampai terasa (5 = sangat lama).',
          'How long until it is felt (5 = very long).',
        ),
        weight: 0.15,
        higherIsBetter: false,
        axis: 'effort',
      },
      {
        id: 'feasibility',
        name: t('Kelayakan', 'Feasibility'),
        description: t(
          'Kesiapan pilar yang dibutuhkan (5 = sangat siap).',
          'Readiness of the pillars it needs (5 = fully ready).',
        ),
        weight: 0.2,
        higherIsBetter: true,
        axis: 'effort',
      },
    ],
    quadrantThreshold: 3,
    years: 2,
    quadrants: [
      { id: 'quick-win', name: t('Quick win', 'Quick win') },
      { id: 'major-project', name: t('Proyek besar', 'Major project') },
      { id: 'fill-in', name: t('Pengisi', 'Fill-in') },
      { id: 'thankless-task', name: t('Tugas tanpa imbalan', 'Thankless task') },
    ],
  },
  literacy: {
    provenance: {
      ...SOURCES.literacy,
      note: t(
        'Pilar, skala dan angka nasional resmi; daftar kelompok sasaran adalah usulan toolkit yang dapat diubah.',
        "The pillars, scale and national figures are official; the list of target groups is the toolkit's suggestion and can be changed.",
      ),
    },
    scale: { min: 1, max: 5 },
    pillars: [
      { id: 'skills', name: t('Kecakapan Digital', 'Digital skills') },
      { id: 'ethics', name: t('Etika Digital', 'Digital ethics') },
      { id: 'safety', name: t('Keamanan Digital', 'Digital safety') },
      { id: 'culture', name: t('Budaya Digital', 'Digital culture') },
    ],
    national: [
      { year: 2020, index: 3.46, pillars: { skills: 3.34, ethics: 3.72, safety: 3.24, culture: 3.55 } },
      { year: 2021, index: 3.49, pillars: { skills: 3.44, ethics: 3.53, safety: 3.1, culture: 3.9 } },
      { year: 2022, index: 3.54, pillars: { skills: 3.52, ethics: 3.68, safety: 3.12, culture: 3.84 } },
      { year: 2023, index: 3.65, pillars: { skills: 3.5, ethics: 3.99, safety: 3.29, culture: null } },
    ],
    targetGroups: [
      { id: 'civil-servants', name: t('ASN', 'Civil servants') },
      { id: 'students', name: t('Pelajar dan mahasiswa', 'Students') },
      { id: 'msmes', name: t('UMKM', 'MSMEs') },
      { id: 'villages', name: t('Aparatur dan warga desa', 'Village officials and residents') },
      { id: 'teachers', name: t('Guru', 'Teachers') },
      { id: 'general-public', name: t('Masyarakat umum', 'General public') },
    ],
  },
  roadmap: {
    provenance: SOURCES.toolkit,
    horizonProvenance: SOURCES.horizon,
    horizon: { min: 5, max: 10 },
    phases: [
      { id: 'short', name: t('Jangka pendek', 'Short term'), fromYear: 1, toYear: 2 },
      { id: 'medium', name: t('Jangka menengah', 'Medium term'), fromYear: 3, toYear: 5 },
      { id: 'long', name: t('Jangka panjang', 'Long term'), fromYear: 6, toYear: 10 },
    ],
  },
  fundingSources: {
    provenance: SOURCES.toolkit,
    options: [
      { id: 'apbd', name: t('APBD', 'Regional budget (APBD)') },
      { id: 'apbn', name: t('APBN', 'State budget (APBN)') },
      { id: 'dak', name: t('DAK', 'Special allocation fund (DAK)') },
      { id: 'kpbu', name: t('KPBU', 'Public-private partnership (KPBU/PPP)') },
      { id: 'csr', name: t('CSR', 'Corporate social responsibility (CSR)') },
      { id: 'other', name: t('Lainnya', 'Other') },
    ],
  },
  innovationKinds: {
    provenance: SOURCES.toolkit,
    options: [
      { id: 'programme', name: t('Program', 'Programme') },
      { id: 'product', name: t('Produk', 'Product') },
      { id: 'method', name: t('Metode', 'Method') },
      { id: 'concept', name: t('Konsep', 'Concept') },
      { id: 'technology', name: t('Teknologi', 'Technology') },
    ],
  },
  programmeSources: {
    provenance: SOURCES.rpjmd,
    options: [
      { id: 'rpjmd', name: t('RPJMD', 'RPJMD (regional mid-term plan)') },
      { id: 'renstra', name: t('Renstra OPD', 'Agency strategic plan (Renstra OPD)') },
      { id: 'other', name: t('Lainnya', 'Other') },
    ],
  },
  report: {
    provenance: SOURCES.toolkit,
    chapters: [
      { id: 'introduction', numeral: 'I', title: t('Pendahuluan', 'Introduction') },
      { id: 'profile', numeral: 'II', title: t('Gambaran Umum Daerah', 'Regional Profile') },
      {
        id: 'analysis',
        numeral: 'III',
        title: t('Analisis Kesiapan dan Kematangan', 'Readiness and Maturity Analysis'),
      },
      { id: 'strategy', numeral: 'IV', title: t('Visi, Misi dan Strategi', 'Vision, Mission and Strategy') },
      { id: 'programmes', numeral: 'V', title: t('Program dan Rencana Aksi', 'Programmes and Action Plan') },
      { id: 'quick-wins', numeral: 'VI', title: t('Quick Win', 'Quick Wins') },
      { id: 'literacy', numeral: 'VII', title: t('Strategi Literasi Digital', 'Digital Literacy Strategy') },
      { id: 'closing', numeral: 'VIII', title: t('Penutup', 'Closing') },
    ],
  },
  guidance: GMSC_GUIDANCE,
  notes: [
    t(
      'Tanda "official" = dari program atau sumber pemerintah; "adopted" = metode resmi pemerintah yang diadopsi toolkit; "toolkit-default" = pilihan toolkit yang dapat diubah, bukan aturan kementerian.',
      '"official" = stated by the programme or a government source; "adopted" = an official government method the toolkit adopts; "toolkit-default" = the toolkit\'s configurable choice, not the ministry\'s rule.',
    ),
  ],
};

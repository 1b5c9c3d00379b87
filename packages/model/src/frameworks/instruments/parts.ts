// The building blocks the built-in evaluation instruments share. Question wording is the toolkit's own
// paraphrase of what each part of the ministry's form asks (see EVALUATION_SOURCES.wording); the structure,
// the number of questions and the weights follow the instrument.
import type { InstrumentInput } from '../../schema/instrument.js';
import { EVALUATION_SOURCES } from '../provenance.js';

type DimensionInput = InstrumentInput['dimensions'][number];
type IndicatorInput = DimensionInput['indicators'][number];
type SubIndicatorInput = IndicatorInput['subIndicators'][number];
type QuestionInput = SubIndicatorInput['questions'][number];

export const t = (id: string, en: string) => ({ id, en });

/** A form question with its help text. */
export const q = (id: string, text: [string, string], help?: [string, string]): QuestionInput => ({
  id,
  text: t(...text),
  ...(help ? { help: t(...help) } : {}),
});

/** A sub-indicator. */
export const sub = (id: string, name: [string, string], questions: QuestionInput[]): SubIndicatorInput => ({
  id,
  name: t(...name),
  questions,
});

/** An indicator. */
export const ind = (
  id: string,
  name: [string, string],
  subIndicators: SubIndicatorInput[],
): IndicatorInput => ({
  id,
  name: t(...name),
  subIndicators,
});

/** The value scale every instrument so far uses: 1–4, 0 = not evaluated. */
export const SCALE_1_4: InstrumentInput['scale'] = {
  min: 1,
  max: 4,
  notEvaluated: 0,
  labels: [
    { value: 0, label: t('Tidak dievaluasi', 'Not evaluated') },
    { value: 1, label: t('Belum ada / belum berjalan', 'Not in place / not running') },
    { value: 2, label: t('Sebagian kecil', 'Partly') },
    { value: 3, label: t('Sebagian besar', 'Mostly') },
    { value: 4, label: t('Sepenuhnya, dengan bukti', 'Fully, with evidence') },
  ],
  provenance: EVALUATION_SOURCES.scale,
};

/** The six smart city dimensions and their elements, as the impact survey and collaboration walk them. */
export const SMART_DIMENSIONS: readonly {
  id: string;
  name: [string, string];
  elements: readonly { id: string; name: [string, string] }[];
}[] = [
  {
    id: 'governance',
    name: ['Tata Kelola', 'Smart Governance'],
    elements: [
      { id: 'public-service', name: ['Layanan Publik', 'Public Service'] },
      { id: 'bureaucracy', name: ['Tata Kelola Birokrasi', 'Bureaucracy'] },
      { id: 'public-policy', name: ['Kebijakan Publik', 'Public Policy'] },
    ],
  },
  {
    id: 'branding',
    name: ['Branding', 'Smart Branding'],
    elements: [
      { id: 'tourism', name: ['Branding Pariwisata', 'Tourism Branding'] },
      { id: 'business', name: ['Branding Bisnis', 'Business Branding'] },
      { id: 'city-appearance', name: ['Wajah Kota', 'City Appearance'] },
    ],
  },
  {
    id: 'economy',
    name: ['Ekonomi', 'Smart Economy'],
    elements: [
      { id: 'industry', name: ['Industri', 'Industry'] },
      { id: 'welfare', name: ['Kesejahteraan', 'Welfare'] },
      { id: 'transaction', name: ['Transaksi Keuangan', 'Transaction'] },
    ],
  },
  {
    id: 'living',
    name: ['Lingkungan Hidup Layak', 'Smart Living'],
    elements: [
      { id: 'harmony', name: ['Harmonisasi Lingkungan', 'Harmony'] },
      { id: 'health', name: ['Kesehatan', 'Health'] },
      { id: 'mobility', name: ['Mobilitas', 'Mobility'] },
    ],
  },
  {
    id: 'society',
    name: ['Masyarakat', 'Smart Society'],
    elements: [
      { id: 'community', name: ['Komunitas', 'Community'] },
      { id: 'learning', name: ['Ekosistem Belajar', 'Learning'] },
      { id: 'security', name: ['Keamanan', 'Security'] },
    ],
  },
  {
    id: 'environment',
    name: ['Lingkungan', 'Smart Environment'],
    elements: [
      { id: 'protection', name: ['Proteksi Lingkungan', 'Protection'] },
      { id: 'waste', name: ['Pengelolaan Sampah dan Limbah', 'Waste'] },
      { id: 'energy', name: ['Tata Kelola Energi', 'Energy'] },
    ],
  },
];

export const BASELINE: Omit<DimensionInput, 'weight'> = {
  id: 'baseline',
  name: t('Baseline', 'Baseline'),
  description: t(
    'Perencanaan dan realisasi: dasar hukum masterplan, rapat dewan dan koordinasi, program yang berjalan.',
    'Planning and realisation: the masterplan’s legal basis, council meetings and coordination, programmes run.',
  ),
  indicators: [
    ind(
      'planning',
      ['Perencanaan', 'Planning'],
      [
        sub(
          'legal-basis',
          ['Dasar hukum masterplan', 'Legal basis of the masterplan'],
          [
            q(
              'bl-legal-basis',
              [
                'Masterplan smart city sudah ditetapkan dengan dasar hukum (Perbup/Perwal atau Perda).',
                'The smart city masterplan has been adopted with a legal basis (Perbup/Perwal or Perda).',
              ],
              [
                'Unggah salinan peraturan yang menetapkan masterplan.',
                'Upload a copy of the regulation that adopts the masterplan.',
              ],
            ),
          ],
        ),
        sub(
          'council',
          ['Dewan smart city', 'Smart city council'],
          [
            q(
              'bl-council-meeting',
              [
                'Dewan smart city sudah rapat paling sedikit sekali pada tahun ini.',
                'The smart city council has met at least once this year.',
              ],
              ['Undangan, daftar hadir atau notulen rapat.', 'Invitation, attendance list or minutes.'],
            ),
          ],
        ),
        sub(
          'coordination',
          ['Koordinasi dengan OPD', 'Coordination with the OPDs'],
          [
            q(
              'bl-opd-coordination',
              [
                'Pengelola smart city sudah bertemu dengan OPD paling sedikit sekali pada tahun ini.',
                'The managing body has met the OPDs at least once this year.',
              ],
              [
                'Notulen atau daftar hadir pertemuan dengan OPD.',
                'Minutes or attendance of the meeting with the OPDs.',
              ],
            ),
          ],
        ),
      ],
    ),
    ind(
      'realisation',
      ['Realisasi', 'Realisation'],
      [
        sub(
          'programmes',
          ['Program smart city', 'Smart city programmes'],
          [
            q(
              'bl-programmes-run',
              [
                'Berapa banyak program smart city yang berjalan pada tahun sebelumnya.',
                'How many smart city programmes ran in the previous year.',
              ],
              [
                'Daftar program dengan OPD pelaksana dan anggarannya.',
                'List of programmes with the owning OPD and budget.',
              ],
            ),
          ],
        ),
        sub(
          'action-plan',
          ['Rencana aksi', 'Action plan'],
          [
            q(
              'bl-action-plan-activities',
              [
                'Berapa banyak kegiatan rencana aksi masterplan yang terlaksana pada tahun sebelumnya.',
                'How many activities of the masterplan’s action plan were carried out in the previous year.',
              ],
              [
                'Laporan realisasi kegiatan rencana aksi.',
                'Report on the action-plan activities carried out.',
              ],
            ),
          ],
        ),
      ],
    ),
  ],
};

export const OUTPUT: Omit<DimensionInput, 'weight'> = {
  id: 'output',
  name: t('Output', 'Output'),
  description: t(
    'Kebijakan, kelembagaan dan anggaran smart city.',
    'Smart city policy, institutions and budget.',
  ),
  indicators: [
    ind(
      'policy',
      ['Kebijakan', 'Policy'],
      [
        sub(
          'regulation',
          ['Regulasi smart city', 'Smart city regulation'],
          [
            q(
              'op-regulation',
              ['Daerah memiliki regulasi tentang smart city.', 'The region has a regulation on smart city.'],
              [
                'Salinan regulasi (Perda, Perbup/Perwal).',
                'A copy of the regulation (Perda, Perbup/Perwal).',
              ],
            ),
          ],
        ),
      ],
    ),
    ind(
      'institutions',
      ['Kelembagaan', 'Institutions'],
      [
        sub(
          'council',
          ['Dewan smart city', 'Smart city council'],
          [
            q(
              'op-council',
              ['Dewan smart city terbentuk dan berfungsi.', 'The smart city council is formed and works.'],
              ['SK pembentukan dan bukti kegiatannya.', 'The decree forming it and evidence of its work.'],
            ),
          ],
        ),
        sub(
          'team',
          ['Tim pelaksana', 'Implementing team'],
          [
            q(
              'op-team',
              [
                'Tim pelaksana smart city terbentuk dan berfungsi.',
                'The implementing team is formed and works.',
              ],
              ['SK tim dan laporan kegiatannya.', 'The team’s decree and its activity reports.'],
            ),
          ],
        ),
        sub(
          'forum',
          ['Forum smart city daerah', 'Regional smart city forum'],
          [
            q('op-forum', [
              'Forum smart city daerah (masyarakat, akademisi, dunia usaha) terbentuk dan berfungsi.',
              'The regional smart city forum (citizens, academics, business) is formed and works.',
            ]),
          ],
        ),
        sub(
          'opd-involvement',
          ['Keterlibatan OPD', 'OPD involvement'],
          [
            q(
              'op-opd-renstra',
              [
                'OPD terlibat aktif: program smart city tampak dalam Renstra tiap OPD.',
                'The OPDs are actively involved: smart city programmes appear in each OPD’s Renstra.',
              ],
              [
                'Kutipan Renstra OPD yang memuat program smart city.',
                'Extracts of OPD Renstra naming smart city programmes.',
              ],
            ),
          ],
        ),
      ],
    ),
    ind(
      'budget',
      ['Anggaran', 'Budget'],
      [
        sub(
          'apbd',
          ['Porsi APBD', 'APBD share'],
          [
            q(
              'op-apbd-share',
              [
                'Porsi APBD yang dialokasikan untuk program smart city.',
                'The share of the regional budget (APBD) allocated to smart city programmes.',
              ],
              [
                'Rincian anggaran program smart city dalam APBD.',
                'Breakdown of smart city programmes in the APBD.',
              ],
            ),
          ],
        ),
        sub(
          'alternative',
          ['Pembiayaan alternatif', 'Alternative financing'],
          [
            q('op-alternative-financing', [
              'Program smart city memperoleh pembiayaan di luar APBD (APBN, DAK, KPBU, CSR, lainnya).',
              'Smart city programmes receive financing outside the APBD (APBN, DAK, PPP, CSR, other).',
            ]),
          ],
        ),
      ],
    ),
  ],
};

/** The outcome dimension; `year` picks the 2022 or 2023 list of national figures. */
export function outcome(year: 2022 | 2023): Omit<DimensionInput, 'weight'> {
  const perDimension = SMART_DIMENSIONS.map((d) =>
    sub(d.id, d.name, [
      q(
        `oc-run-${d.id}`,
        [
          `Seberapa jauh program dimensi ${d.name[0]} berjalan pada tahun ini.`,
          `How far the programmes of ${d.name[1]} run this year.`,
        ],
        [
          'Bandingkan program yang berjalan dengan yang direncanakan untuk tahun ini di masterplan.',
          'Compare the programmes running with those the masterplan plans for this year.',
        ],
      ),
    ]),
  );
  const figure = (id: string, idText: string, en: string) =>
    q(
      `oc-${id}`,
      [`${idText} (capaian daerah).`, `${en} (the region’s figure).`],
      [
        'Isikan dari data resmi nasional atau daerah; lampirkan sumbernya.',
        'Take it from the official national or regional figure; attach the source.',
      ],
    );
  const governance = [
    figure(
      'bpk-audit',
      'Opini BPK atas laporan keuangan daerah',
      'The BPK audit opinion on the regional accounts',
    ),
    figure('lkppd', 'Status LKPPD', 'LKPPD (regional government performance report) status'),
    figure('spbe-index', 'Indeks SPBE', 'The SPBE (e-government) index'),
    figure('lakip', 'Nilai akuntabilitas kinerja (LAKIP/SAKIP)', 'The LAKIP/SAKIP accountability score'),
    figure(
      'sinovik',
      'Peringkat inovasi pelayanan publik (SINOVIK)',
      'The SINOVIK public-service innovation ranking',
    ),
  ];
  const branding = [figure('visual-identity', 'Identitas visual kota', 'The city’s visual identity')];
  const economy = [
    year === 2022
      ? figure('ease-of-business', 'Kemudahan berusaha', 'Ease of doing business')
      : figure('investment-growth', 'Pertumbuhan investasi', 'Investment growth'),
    figure('poverty', 'Angka kemiskinan', 'Poverty rate'),
  ];
  const society = [
    figure('hdi', 'Indeks Pembangunan Manusia (IPM)', 'Human Development Index (IPM)'),
    figure('education-quality', 'Mutu pendidikan', 'Quality of education'),
    figure('enrolment', 'Angka partisipasi sekolah', 'School enrolment'),
  ];
  const living = [
    figure('stunting', 'Prevalensi stunting', 'Stunting prevalence'),
    figure('immunisation', 'Cakupan imunisasi', 'Immunisation coverage'),
    figure('birth-attendance', 'Persalinan ditolong tenaga kesehatan', 'Births attended by health staff'),
    figure('safe-water', 'Akses air minum layak', 'Access to safe drinking water'),
    figure('sanitation', 'Akses sanitasi layak', 'Access to proper sanitation'),
    figure('roads', 'Jalan dalam kondisi baik', 'Roads in good condition'),
  ];
  const environment = [
    figure('disaster-mitigation', 'Program mitigasi bencana', 'Disaster mitigation programmes'),
    figure('disaster-response', 'Program tanggap darurat bencana', 'Disaster response programmes'),
    figure('disaster-recovery', 'Program pemulihan pascabencana', 'Disaster recovery programmes'),
    figure('waste-reduction', 'Pengurangan sampah', 'Waste reduction'),
    figure('recycling', 'Daur ulang sampah', 'Waste recycling'),
  ];
  const performance = [
    sub('governance', ['Tata kelola pemerintahan', 'Government performance'], governance),
    ...(year === 2023 ? [sub('branding', ['Branding', 'Branding'], branding)] : []),
    sub('economy', ['Ekonomi', 'Economy'], economy),
    sub('society', ['Masyarakat dan pendidikan', 'Society and education'], society),
    sub('living', ['Kesehatan dan permukiman', 'Health and housing'], living),
    sub('environment', ['Lingkungan dan kebencanaan', 'Environment and disasters'], environment),
  ];
  const asInMasterplan = (id: string, idText: string, en: string) =>
    sub(
      id,
      [idText, en],
      [
        q(
          `oc-plan-${id}`,
          [`${idText} sesuai dengan masterplan.`, `${en} as in the masterplan.`],
          [
            'Bandingkan yang tersedia dengan yang direncanakan di rencana aksi masterplan.',
            'Compare what is in place with what the masterplan’s action plan plans.',
          ],
        ),
      ],
    );
  return {
    id: 'outcome',
    name: t('Outcome', 'Outcome'),
    description: t(
      'Seberapa jauh program enam dimensi berjalan, capaian kinerja daerah, dan rencana aksi sesuai masterplan.',
      'How far the six dimensions’ programmes run, the region’s performance figures, and the action plan as in the masterplan.',
    ),
    indicators: [
      ind(
        'implementation',
        ['Pelaksanaan program per dimensi', 'Programmes run per dimension'],
        perDimension,
      ),
      ind('performance', ['Capaian kinerja daerah', 'The region’s performance figures'], performance),
      ind(
        'action-plan',
        ['Rencana aksi', 'Action plan'],
        [
          asInMasterplan('staff-capacity', 'Kapasitas SDM pelaksana', 'Staff capacity'),
          asInMasterplan('infrastructure', 'Infrastruktur pendukung', 'Supporting infrastructure'),
          asInMasterplan('applications', 'Aplikasi', 'Applications'),
          asInMasterplan('literacy', 'Literasi smart city', 'Smart city literacy'),
        ],
      ),
    ],
  };
}

/** The 2022 impact dimension: four form questions. */
export const IMPACT_2022: Omit<DimensionInput, 'weight'> = {
  id: 'impact',
  name: t('Dampak', 'Impact'),
  description: t(
    'Perbaikan sejak program dimulai, partisipasi warga, keberlanjutan dan penambahan program.',
    'Improvement since the programme began, citizens’ participation, programmes continuing and added.',
  ),
  indicators: [
    ind(
      'benefit',
      ['Manfaat', 'Benefit'],
      [
        sub(
          'improvement',
          ['Perbaikan', 'Improvement'],
          [
            q('im-improvement', [
              'Kondisi daerah membaik sejak program smart city dimulai.',
              'The region has improved since the smart city programme began.',
            ]),
          ],
        ),
        sub(
          'participation',
          ['Partisipasi warga', 'Citizens’ participation'],
          [
            q('im-participation', [
              'Warga ikut serta dalam program smart city (mengusulkan, memakai, menilai).',
              'Citizens take part in smart city programmes (proposing, using, rating).',
            ]),
          ],
        ),
      ],
    ),
    ind(
      'continuity',
      ['Keberlanjutan', 'Continuity'],
      [
        sub(
          'continuing',
          ['Program berlanjut', 'Programmes continuing'],
          [
            q('im-programmes-continue', [
              'Program smart city tahun lalu tetap berjalan.',
              'Last year’s smart city programmes keep running.',
            ]),
          ],
        ),
        sub(
          'added',
          ['Program baru', 'New programmes'],
          [
            q('im-programmes-added', [
              'Ada program smart city baru yang ditambahkan.',
              'New smart city programmes have been added.',
            ]),
          ],
        ),
      ],
    ),
  ],
};

/** What the 2023 impact survey asks about each element: three questions. */
const SURVEY_QUESTIONS: readonly ((e: [string, string]) => [string, string])[] = [
  (e) => [
    `Layanan ${e[0]} mudah diakses, termasuk secara daring.`,
    `${e[1]} services are easy to reach, online included.`,
  ],
  (e) => [
    `Informasi tentang layanan ${e[0]} terbuka dan jelas.`,
    `Information on ${e[1]} services is open and clear.`,
  ],
  (e) => [
    `Layanan ${e[0]} kini lebih cepat, murah atau nyaman bagi saya.`,
    `${e[1]} services are now faster, cheaper or more convenient for me.`,
  ],
];

/** The 2023 impact dimension: a survey of service users, 6 dimensions × 3 elements × 3 questions. */
export const IMPACT_2023: Omit<DimensionInput, 'weight'> = {
  id: 'impact',
  name: t('Dampak', 'Impact'),
  description: t(
    'Survei pengguna layanan: untuk tiap dimensi, tiga subdimensi dengan tiga pertanyaan; nilai = rata-rata responden.',
    'A survey of service users: for each dimension, three sub-dimensions with three questions; value = the respondents’ mean.',
  ),
  indicators: SMART_DIMENSIONS.map((d) =>
    ind(
      d.id,
      d.name,
      d.elements.map((e) =>
        sub(
          e.id,
          e.name,
          SURVEY_QUESTIONS.map((text, i) => ({
            ...q(`im-${e.id}-${i + 1}`, text(e.name), [
              'Dijawab oleh responden pengguna layanan (1 = sangat tidak setuju … 4 = sangat setuju); nilai pertanyaan = rata-rata jawaban.',
              'Answered by service users (1 = strongly disagree … 4 = strongly agree); the question’s value = the mean answer.',
            ]),
            source: 'survey' as const,
          })),
        ),
      ),
    ),
  ),
};

const qw = (id: string, name: [string, string], questions: [string, string][]) =>
  ind(id, name, [
    sub(
      id,
      name,
      questions.map((text, i) => q(questions.length > 1 ? `qw-${id}-${i + 1}` : `qw-${id}`, text)),
    ),
  ]);

export const QUICK_WIN: Omit<DimensionInput, 'weight'> = {
  id: 'quick-win',
  name: t('Quick Win', 'Quick Win'),
  description: t(
    'Sepuluh indikator keinovatifan dan keberlanjutan quick win.',
    'Ten indicators of how innovative and lasting the quick wins are.',
  ),
  indicators: [
    qw(
      'formulation',
      ['Perumusan', 'Formulation'],
      [
        [
          'Inovasi dirumuskan bersama semua pihak dan menjawab masalah strategis RPJMD.',
          'The innovation was formulated with all parties, against the RPJMD’s strategic problems.',
        ],
      ],
    ),
    qw(
      'appeal',
      ['Daya tarik', 'Appeal'],
      [
        [
          'Inovasi menarik bagi warga dan pemangku kepentingan.',
          'The innovation appeals to citizens and stakeholders.',
        ],
      ],
    ),
    qw(
      'benefit',
      ['Manfaat', 'Benefit'],
      [['Inovasi bermanfaat langsung bagi warga.', 'The innovation benefits citizens directly.']],
    ),
    qw(
      'uniqueness',
      ['Keunikan', 'Uniqueness'],
      [
        [
          'Inovasi khas daerah, bukan sekadar meniru.',
          'The innovation is the region’s own, not a mere copy.',
        ],
      ],
    ),
    qw(
      'partnership',
      ['Peluang kemitraan', 'Partnership'],
      [
        [
          'Inovasi membuka peluang kemitraan (swasta, akademisi, komunitas).',
          'The innovation opens partnerships (business, academia, communities).',
        ],
      ],
    ),
    qw(
      'development',
      ['Potensi pengembangan', 'Potential for development'],
      [
        [
          'Inovasi dapat dikembangkan lebih lanjut atau direplikasi.',
          'The innovation can be developed further or replicated.',
        ],
      ],
    ),
    qw(
      'strategy',
      ['Strategi keberlangsungan', 'Strategy to keep it running'],
      [['Ada strategi agar inovasi tetap berjalan.', 'There is a strategy to keep the innovation running.']],
    ),
    qw(
      'resources',
      ['Sumber daya', 'Resources'],
      [
        [
          'Sumber daya (SDM, anggaran, sarana) tersedia.',
          'Resources (staff, budget, facilities) are available.',
        ],
      ],
    ),
    qw(
      'risk',
      ['Manajemen risiko', 'Risk management'],
      [
        ['Risiko inovasi sudah diidentifikasi.', 'The innovation’s risks have been identified.'],
        ['Ada rencana mitigasi risiko.', 'There is a risk mitigation plan.'],
      ],
    ),
    qw(
      'sustainability',
      ['Keberlanjutan', 'Sustainability'],
      [
        ['Quick win tahun lalu masih berjalan.', 'Last year’s quick wins are still running.'],
        ['Berapa quick win baru pada tahun ini.', 'How many new quick wins there are this year.'],
      ],
    ),
  ],
};

/** The 2023 collaboration dimension (KPPN/IKN regions): one question per smart city dimension. */
export const COLLABORATION: Omit<DimensionInput, 'weight'> = {
  id: 'collaboration',
  name: t('Kolaborasi', 'Collaboration'),
  description: t(
    'Program yang dijalankan bersama daerah lain di kawasan yang sama, atau sendiri tetapi berkontribusi pada kawasan.',
    'Programmes run together with other regions of the same area, or alone but contributing to the area.',
  ),
  indicators: [
    ind(
      'regional',
      ['Kolaborasi kawasan', 'Collaboration in the area'],
      SMART_DIMENSIONS.map((d) =>
        sub(d.id, d.name, [
          q(
            `co-${d.id}`,
            [
              `Ada program dimensi ${d.name[0]} yang dijalankan bersama daerah lain di kawasan, atau sendiri dan berkontribusi pada kawasan.`,
              `A ${d.name[1]} programme runs together with other regions of the area, or alone and contributing to it.`,
            ],
            [
              'Perjanjian kerja sama atau bukti kontribusi pada kawasan.',
              'A cooperation agreement or evidence of the contribution to the area.',
            ],
          ),
        ]),
      ),
    ),
  ],
};

export const WORDING = EVALUATION_SOURCES.wording;

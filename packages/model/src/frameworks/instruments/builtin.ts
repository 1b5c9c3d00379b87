// The ministry's evaluation instruments by year, and the crosswalk between the 2022 and 2023 forms.
// Adding a year is adding a value here (or loading one from JSON with parseInstrument): scoring reads
// everything — hierarchy, scale, weights — from the data.
import type { InstrumentCrosswalkInput, InstrumentInput } from '../../schema/instrument.js';
import { EVALUATION_SOURCES } from '../provenance.js';
import {
  BASELINE,
  COLLABORATION,
  IMPACT_2022,
  IMPACT_2023,
  OUTPUT,
  outcome,
  QUICK_WIN,
  SCALE_1_4,
  t,
  WORDING,
} from './parts.js';

/** The 2022 instrument for the 2021 cohort: five dimensions, weights 10/20/30/10/30. */
export const EVALUATION_2022: InstrumentInput = {
  kind: 'smartcity.evaluation-instrument',
  id: 'gmsc-2022',
  version: '2022.1',
  year: 2022,
  title: t(
    'Evaluasi Implementasi Kota Cerdas 2022 (kohort 2021)',
    'Smart City Implementation Evaluation 2022 (the 2021 cohort)',
  ),
  description: t(
    'Evaluasi awal implementasi untuk daerah kohort 2021: lima dimensi, bobot Baseline 10%, Output 20%, Outcome 30%, Dampak 10%, Quick Win 30%.',
    'The early-implementation evaluation of the 2021 cohort: five dimensions, weights Baseline 10%, Output 20%, Outcome 30%, Impact 10%, Quick Win 30%.',
  ),
  provenance: EVALUATION_SOURCES.evaluation2022,
  wordingProvenance: WORDING,
  appliesTo: {
    cohorts: [2021],
    regionsScored: 38,
    description: t(
      'Daerah kohort 2021 (38 daerah dinilai).',
      'Regions of the 2021 cohort (38 regions scored).',
    ),
  },
  scale: SCALE_1_4,
  decimals: 2,
  dimensions: [
    { ...BASELINE, weight: 0.1 },
    { ...OUTPUT, weight: 0.2 },
    { ...outcome(2022), weight: 0.3 },
    { ...IMPACT_2022, weight: 0.1 },
    { ...QUICK_WIN, weight: 0.3 },
  ],
  notes: [
    t(
      'Surat 2022 menyebut indeks sebagai rata-rata, tetapi nilai final yang diumumkan adalah jumlah tertimbang skor dimensi.',
      'The 2022 letter calls the index an average, but the published finals are the weighted sum of the dimension scores.',
    ),
  ],
};

/** The 2021 guideline's weights (10/20/30/30/10) over the same form as 2022. */
export const EVALUATION_2021_GUIDELINE: InstrumentInput = {
  ...EVALUATION_2022,
  id: 'gmsc-2021-guideline',
  version: '2021.1',
  year: 2021,
  title: t('Pedoman Evaluasi v2.0 (2021)', 'Evaluation guideline v2.0 (2021)'),
  description: t(
    'Bobot pedoman 2021: Baseline 10%, Output 20%, Outcome 30%, Dampak 30%, Quick Win 10%.',
    'The 2021 guideline’s weights: Baseline 10%, Output 20%, Outcome 30%, Impact 30%, Quick Win 10%.',
  ),
  provenance: EVALUATION_SOURCES.guideline2021,
  appliesTo: {
    cohorts: [],
    description: t(
      'Semua daerah dengan masterplan (pedoman umum).',
      'Every region with a masterplan (the general guideline).',
    ),
  },
  dimensions: [
    { ...BASELINE, weight: 0.1 },
    { ...OUTPUT, weight: 0.2 },
    { ...outcome(2022), weight: 0.3 },
    { ...IMPACT_2022, weight: 0.3 },
    { ...QUICK_WIN, weight: 0.1 },
  ],
  notes: [
    t(
      'Bobot dari pedoman (resmi). Daftar pertanyaan pedoman tidak ada dalam sumber; toolkit memakai susunan formulir 2022 (bawaan toolkit).',
      'The weights are the guideline’s (official). The guideline’s own question list is not in the sources; the toolkit uses the 2022 form’s structure (toolkit default).',
    ),
  ],
};

/** The 2023 stage II instrument for the KPPN/IKN regions: six dimensions incl. collaboration. */
export const EVALUATION_2023_STAGE_2: InstrumentInput = {
  kind: 'smartcity.evaluation-instrument',
  id: 'gmsc-2023-stage-2',
  version: '2023.2',
  year: 2023,
  title: t(
    'Evaluasi Implementasi Kota Cerdas 2023 tahap II (KPPN/IKN)',
    'Smart City Implementation Evaluation 2023, stage II (KPPN/IKN)',
  ),
  description: t(
    'Enam dimensi termasuk kolaborasi, bobot Baseline 10%, Output 20%, Outcome 20%, Dampak 20%, Quick Win 20%, Kolaborasi 10%; dampak diukur dengan survei pengguna layanan.',
    'Six dimensions incl. collaboration, weights Baseline 10%, Output 20%, Outcome 20%, Impact 20%, Quick Win 20%, Collaboration 10%; impact is measured by a survey of service users.',
  ),
  provenance: EVALUATION_SOURCES.evaluation2023,
  wordingProvenance: WORDING,
  appliesTo: {
    areas: ['kppn-ikn'],
    regionsScored: 66,
    description: t('Daerah di kawasan KPPN/IKN (66 daerah).', 'Regions of the KPPN/IKN areas (66 regions).'),
  },
  scale: SCALE_1_4,
  decimals: 2,
  survey: { respondentsPerSubIndicator: 50, provenance: EVALUATION_SOURCES.evaluation2023 },
  dimensions: [
    { ...BASELINE, weight: 0.1 },
    { ...OUTPUT, weight: 0.2 },
    { ...outcome(2023), weight: 0.2 },
    { ...IMPACT_2023, weight: 0.2 },
    { ...QUICK_WIN, weight: 0.2 },
    { ...COLLABORATION, weight: 0.1 },
  ],
  notes: [
    t(
      'Catatan penilai 2023: jawaban tanpa data dukung yang sah; 50 responden yang sama dipakai di semua dimensi; responden lebih banyak dari pengguna aplikasi; responden tidak sesuai pertanyaan.',
      'The 2023 assessors’ notes: answers without valid supporting evidence; the same 50 respondents reused in every dimension; more respondents than an application’s users; respondents who do not match the question.',
    ),
  ],
};

/** Questions asked alike in 2022 and 2023 (same id in both forms). */
const CONTINUING = [
  'bl-legal-basis',
  'bl-council-meeting',
  'bl-opd-coordination',
  'bl-programmes-run',
  'bl-action-plan-activities',
  'op-regulation',
  'op-council',
  'op-team',
  'op-forum',
  'op-opd-renstra',
  'op-apbd-share',
  'op-alternative-financing',
  'oc-run-governance',
  'oc-run-branding',
  'oc-run-economy',
  'oc-run-living',
  'oc-run-society',
  'oc-run-environment',
  'oc-bpk-audit',
  'oc-lkppd',
  'oc-spbe-index',
  'oc-lakip',
  'oc-sinovik',
  'oc-poverty',
  'oc-hdi',
  'oc-education-quality',
  'oc-enrolment',
  'oc-stunting',
  'oc-immunisation',
  'oc-birth-attendance',
  'oc-safe-water',
  'oc-sanitation',
  'oc-roads',
  'oc-disaster-mitigation',
  'oc-disaster-response',
  'oc-disaster-recovery',
  'oc-waste-reduction',
  'oc-recycling',
  'oc-plan-staff-capacity',
  'oc-plan-infrastructure',
  'oc-plan-applications',
  'oc-plan-literacy',
  'qw-formulation',
  'qw-appeal',
  'qw-benefit',
  'qw-uniqueness',
  'qw-partnership',
  'qw-development',
  'qw-strategy',
  'qw-resources',
  'qw-risk-1',
  'qw-risk-2',
  'qw-sustainability-1',
  'qw-sustainability-2',
];

const ELEMENTS_2023 = [
  'public-service',
  'bureaucracy',
  'public-policy',
  'tourism',
  'business',
  'city-appearance',
  'industry',
  'welfare',
  'transaction',
  'harmony',
  'health',
  'mobility',
  'community',
  'learning',
  'security',
  'protection',
  'waste',
  'energy',
];

const IMPACT_CHANGED = t(
  'Dampak 2022 dinilai dari empat pertanyaan formulir; 2023 dari survei pengguna layanan: cara ukurnya berbeda.',
  'Impact was four form questions in 2022 and a survey of service users in 2023: measured differently.',
);

/** How the 2023 stage II form relates to the 2022 form. */
export const CROSSWALK_2022_2023: InstrumentCrosswalkInput = {
  kind: 'smartcity.evaluation-crosswalk',
  id: 'gmsc-2022-to-2023-stage-2',
  from: { id: 'gmsc-2022', version: '2022.1' },
  to: { id: 'gmsc-2023-stage-2', version: '2023.2' },
  provenance: {
    status: 'toolkit-default',
    source: 'smartcity toolkit',
    note: t(
      'Padanan disusun toolkit dengan membandingkan uraian kedua instrumen; kementerian tidak menerbitkan padanan.',
      'The toolkit drew up this crosswalk by comparing the two instruments’ descriptions; the ministry publishes none.',
    ),
  },
  dimensions: [
    { from: 'baseline', to: 'baseline', relation: 'continues' },
    { from: 'output', to: 'output', relation: 'continues' },
    {
      from: 'outcome',
      to: 'outcome',
      relation: 'continues',
      note: t(
        'Satu capaian diganti (kemudahan berusaha → pertumbuhan investasi) dan satu ditambah (identitas visual kota): rata-ratanya dapat dibandingkan dengan hati-hati.',
        'One figure replaced (ease of doing business → investment growth) and one added (visual identity): compare the means with care.',
      ),
    },
    { from: 'impact', to: 'impact', relation: 'not-comparable', note: IMPACT_CHANGED },
    { from: 'quick-win', to: 'quick-win', relation: 'continues' },
    { to: 'collaboration', relation: 'new' },
  ],
  questions: [
    ...CONTINUING.map((id) => ({ from: id, to: id, relation: 'continues' as const })),
    {
      from: 'oc-ease-of-business',
      to: 'oc-investment-growth',
      relation: 'not-comparable',
      note: t(
        'Kemudahan berusaha diganti pertumbuhan investasi: ukuran lain.',
        'Ease of doing business replaced by investment growth: another measure.',
      ),
    },
    { to: 'oc-visual-identity', relation: 'new' },
    ...['im-improvement', 'im-participation', 'im-programmes-continue', 'im-programmes-added'].map((id) => ({
      from: id,
      relation: 'discontinued' as const,
      note: IMPACT_CHANGED,
    })),
    ...ELEMENTS_2023.flatMap((e) =>
      [1, 2, 3].map((i) => ({ to: `im-${e}-${i}`, relation: 'new' as const, note: IMPACT_CHANGED })),
    ),
    ...['governance', 'branding', 'economy', 'living', 'society', 'environment'].map((d) => ({
      to: `co-${d}`,
      relation: 'new' as const,
    })),
  ],
  index: {
    relation: 'not-comparable',
    note: t(
      'Bobot berubah (Outcome 30→20, Dampak 10→20, Quick Win 30→20) dan dimensi kolaborasi ditambahkan: selisih indeks bukan perubahan kinerja semata.',
      'The weights changed (Outcome 30→20, Impact 10→20, Quick Win 30→20) and collaboration was added: a change of the index is not a change of performance alone.',
    ),
  },
};

/** Every built-in instrument, oldest first. */
export const BUILTIN_INSTRUMENT_DATA: readonly InstrumentInput[] = [
  EVALUATION_2021_GUIDELINE,
  EVALUATION_2022,
  EVALUATION_2023_STAGE_2,
];

/** Every built-in crosswalk. */
export const BUILTIN_CROSSWALK_DATA: readonly InstrumentCrosswalkInput[] = [CROSSWALK_2022_2023];

import type { GuidanceInput } from '../schema/framework.js';
import { SOURCES } from './provenance.js';

type T = { id: string; en: string };
const t = (id: string, en: string): T => ({ id, en });

/**
 * Help text for every readiness item of the default questionnaire: what the item asks and which
 * evidence (data dukung) answers it. Toolkit default, like the questionnaire itself.
 */
export const ITEM_HELP: Record<string, T> = {
  'human-resources-1': t(
    'Hitung ASN berlatar TIK atau bersertifikat per OPD. Bukti: data kepegawaian (SIMPEG) atau daftar sertifikasi.',
    'Count civil servants with an ICT background or certificate per agency. Evidence: staffing data (SIMPEG) or a certificate list.',
  ),
  'human-resources-2': t(
    'Ada pelatihan digital terjadwal dan beranggaran, bukan sekali jalan. Bukti: rencana diklat, DPA, daftar hadir.',
    'Digital training is scheduled and funded, not one-off. Evidence: training plan, budget document (DPA), attendance lists.',
  ),
  'human-resources-3': t(
    'Nilai kesiapan warga: akses perangkat, sinyal, kebiasaan memakai layanan daring. Bukti: survei, data BPS, Indeks Literasi Digital.',
    "Judge citizens' readiness: devices, signal, habit of online services. Evidence: surveys, BPS data, the Digital Literacy Index.",
  ),
  'budget-1': t(
    'Cari kegiatan smart city di APBD tahun berjalan. Bukti: DPA OPD atau Perda APBD dengan nama kegiatannya.',
    "Look for smart city activities in this year's APBD. Evidence: agency budget documents (DPA) or the APBD regulation naming them.",
  ),
  'budget-2': t(
    'Belanja TIK dibahas bersama (mis. oleh Diskominfo dan Bappeda) agar tidak tumpang tindih. Bukti: notulen, rencana belanja TIK.',
    'ICT spending is reviewed together (e.g. by the ICT office and Bappeda) to avoid overlap. Evidence: minutes, an ICT spending plan.',
  ),
  'budget-3': t(
    'Pendanaan di luar APBD sudah dijajaki atau diperoleh. Bukti: usulan DAK, surat minat mitra KPBU, perjanjian CSR.',
    'Funding beyond the APBD has been sought or won. Evidence: DAK proposals, PPP letters of interest, CSR agreements.',
  ),
  'governance-1': t(
    'Setiap OPD tahu perannya dalam smart city. Bukti: SK pembagian tugas, matriks peran, struktur tim.',
    'Each agency knows its smart city role. Evidence: a decree assigning tasks, a role matrix, the team structure.',
  ),
  'governance-2': t(
    'Perguruan tinggi, swasta dan komunitas ikut memutuskan. Bukti: undangan dan notulen forum, nota kesepahaman.',
    'Universities, business and communities take part in decisions. Evidence: forum invitations and minutes, memoranda of understanding.',
  ),
  'governance-3': t(
    'Kemajuan dilaporkan berkala kepada pimpinan. Bukti: laporan triwulan, dasbor pemantauan, notulen rapat evaluasi.',
    'Progress is reported regularly to leadership. Evidence: quarterly reports, a monitoring dashboard, review minutes.',
  ),
  'physical-1': t(
    'Listrik andal di kantor layanan kecamatan dan desa. Bukti: data PLN, daftar desa belum berlistrik, catatan pemadaman.',
    'Reliable power at district and village service offices. Evidence: PLN data, villages without power, outage records.',
  ),
  'physical-2': t(
    'Warga dapat menjangkau layanan publik. Bukti: data kondisi jalan (PUPR), waktu tempuh ke kantor layanan.',
    'Citizens can reach public services. Evidence: road condition data (public works), travel time to service offices.',
  ),
  'physical-3': t(
    'Kantor layanan layak dan ramah difabel. Bukti: inventaris aset, hasil survei kepuasan, foto fasilitas.',
    'Service offices are adequate and accessible to disabled people. Evidence: asset inventory, satisfaction surveys, photos.',
  ),
  'digital-1': t(
    'Semua OPD tersambung ke jaringan intra pemerintah. Bukti: topologi jaringan, kontrak bandwidth, daftar OPD tersambung.',
    'All agencies are on the government network. Evidence: network topology, bandwidth contracts, a list of connected agencies.',
  ),
  'digital-2': t(
    'Aplikasi berjalan di pusat data atau cloud pemerintah, bukan server tersebar. Bukti: inventaris server, perjanjian Pusat Data Nasional.',
    'Applications run in a government data centre or cloud, not scattered servers. Evidence: server inventory, a national data centre agreement.',
  ),
  'digital-3': t(
    'Aplikasi bertukar data lewat API atau bus layanan, bukan input ulang. Bukti: katalog API, daftar integrasi.',
    'Applications exchange data through APIs or a service bus, not re-keying. Evidence: an API catalogue, a list of integrations.',
  ),
  'social-1': t(
    'Ruang publik dengan internet gratis (taman, balai desa, perpustakaan). Bukti: daftar titik wifi publik dan pemakaiannya.',
    'Public places with free internet (parks, village halls, libraries). Evidence: a list of public wifi points and their use.',
  ),
  'social-2': t(
    'Komunitas TIK, startup atau relawan aktif bermitra dengan pemerintah. Bukti: daftar komunitas, kegiatan bersama.',
    'ICT communities, start-ups or volunteers work with the government. Evidence: a list of communities, joint activities.',
  ),
  'social-3': t(
    'Lansia, difabel dan warga terpencil terlayani. Bukti: data fasilitas sosial, layanan jemput bola, program pendampingan.',
    'Elderly, disabled and remote citizens are served. Evidence: social facility data, outreach services, assistance programmes.',
  ),
  'regulation-1': t(
    'Perbup/Perwal tentang smart city atau SPBE sudah ditetapkan. Bukti: nomor dan tanggal peraturan, salinan JDIH.',
    'A Perbup/Perwal on the smart city or SPBE is in force. Evidence: its number and date, a copy from the legal database (JDIH).',
  ),
  'regulation-2': t(
    'RPJMD memuat smart city atau transformasi digital sebagai program atau indikator. Bukti: bab dan halaman RPJMD.',
    'The RPJMD names the smart city or digital transformation as a programme or indicator. Evidence: the RPJMD chapter and page.',
  ),
  'regulation-3': t(
    'Ada kebijakan Satu Data dan keamanan informasi. Bukti: Perbup Satu Data, kebijakan keamanan informasi, SK walidata.',
    'One Data and information security policies exist. Evidence: a One Data regulation, a security policy, the data steward decree.',
  ),
  'institution-1': t(
    'Dewan atau tim smart city dibentuk dengan SK kepala daerah. Bukti: nomor SK dan susunan anggota.',
    'A smart city council or team is formed by decree of the head of region. Evidence: the decree number and membership.',
  ),
  'institution-2': t(
    'Satu unit (biasanya Diskominfo) memimpin dan mengoordinasi transformasi digital. Bukti: tupoksi, SOTK.',
    'One unit (usually the ICT office) leads and coordinates the digital transformation. Evidence: its mandate, the organisation chart.',
  ),
  'institution-3': t(
    'Kemitraan tertulis dengan kampus atau swasta. Bukti: nota kesepahaman atau perjanjian kerja sama yang masih berlaku.',
    'Written partnerships with universities or business. Evidence: memoranda or cooperation agreements still in force.',
  ),
  'procedure-1': t(
    'Proses bisnis layanan utama digambar dan disahkan. Bukti: peta proses bisnis, dokumen arsitektur SPBE.',
    'The business processes of the main services are mapped and approved. Evidence: process maps, the SPBE architecture.',
  ),
  'procedure-2': t(
    'SOP layanan digital ditetapkan dan dipakai. Bukti: SK SOP, standar pelayanan yang diumumkan.',
    'SOPs for digital services are set and used. Evidence: the SOP decree, published service standards.',
  ),
  'procedure-3': t(
    'Pengaduan masuk lewat satu kanal (mis. SP4N-LAPOR!) dan ditindaklanjuti. Bukti: rekap pengaduan dan waktu tanggap.',
    'Complaints come through one channel (e.g. SP4N-LAPOR!) and are followed up. Evidence: complaint records and response times.',
  ),
  'vision-1': t(
    'Kepala daerah menyatakan visi smart city di depan publik. Bukti: pidato, siaran pers, dokumen visi-misi.',
    'The head of region states a smart city vision in public. Evidence: speeches, press releases, the vision statement.',
  ),
  'vision-2': t(
    'Visi tampak dalam prioritas anggaran. Bukti: KUA-PPAS atau RKPD yang memprioritaskan program smart city.',
    'The vision shows in budget priorities. Evidence: the budget policy (KUA-PPAS) or annual plan (RKPD) prioritising smart city programmes.',
  ),
  'vision-3': t(
    'Kepala daerah memimpin sendiri rapat dewan atau forum smart city. Bukti: notulen dan daftar hadir.',
    'The head of region chairs the smart city council or forum in person. Evidence: minutes and attendance lists.',
  ),
};

/** What an element is about, in words the level and improvement texts are built from. */
interface ElementGuide {
  /** The thing being matured, e.g. "layanan publik digital". */
  subject: T;
  /** A concrete example of it in a regency. */
  example: T;
  /** A measure that shows it works. */
  measure: T;
}

const ELEMENTS: Record<string, ElementGuide> = {
  'public-service': {
    subject: t('layanan publik digital', 'digital public services'),
    example: t('perizinan daring atau mal pelayanan publik', 'online licensing or a public service mall'),
    measure: t(
      'waktu layanan dan indeks kepuasan masyarakat',
      'service time and the citizen satisfaction index',
    ),
  },
  bureaucracy: {
    subject: t('tata kelola birokrasi elektronik', 'electronic bureaucracy'),
    example: t('e-office, e-kinerja dan e-budgeting', 'e-office, e-performance and e-budgeting'),
    measure: t('nilai SAKIP dan indeks SPBE', 'the SAKIP accountability score and the SPBE index'),
  },
  'public-policy': {
    subject: t('kebijakan publik berbasis data', 'data-based public policy'),
    example: t(
      'portal Satu Data dan konsultasi publik daring',
      'a One Data portal and online public consultation',
    ),
    measure: t(
      'jumlah kebijakan yang memakai data dan masukan warga',
      'the number of policies using data and citizen input',
    ),
  },
  tourism: {
    subject: t('branding pariwisata digital', 'digital tourism branding'),
    example: t('portal destinasi dan kalender acara', 'a destination portal and an events calendar'),
    measure: t('kunjungan wisatawan dan lama tinggal', 'visitor numbers and length of stay'),
  },
  business: {
    subject: t('branding bisnis dan iklim investasi', 'business branding and the investment climate'),
    example: t(
      'katalog produk unggulan UMKM dan profil investasi',
      'a catalogue of flagship MSME products and an investment profile',
    ),
    measure: t('nilai investasi dan UMKM yang naik kelas', 'investment value and MSMEs that grow'),
  },
  'city-appearance': {
    subject: t('penataan wajah kota', 'the city’s appearance'),
    example: t(
      'identitas visual daerah dan penataan ruang publik',
      'a regional visual identity and public space design',
    ),
    measure: t(
      'ruang publik tertata dan kepatuhan tata ruang',
      'well-kept public spaces and spatial plan compliance',
    ),
  },
  industry: {
    subject: t('pengembangan industri dan ekonomi digital', 'industry and the digital economy'),
    example: t(
      'pemasaran daring produk lokal dan inkubator usaha',
      'online marketing of local products and a business incubator',
    ),
    measure: t(
      'pelaku usaha yang berjualan daring dan nilai produksinya',
      'businesses selling online and their output',
    ),
  },
  welfare: {
    subject: t('layanan kesejahteraan sosial berbasis data', 'data-based social welfare services'),
    example: t(
      'data terpadu penerima bantuan (DTKS) yang dimutakhirkan',
      'an updated integrated welfare register (DTKS)',
    ),
    measure: t(
      'ketepatan sasaran bantuan dan angka kemiskinan',
      'targeting accuracy of aid and the poverty rate',
    ),
  },
  transaction: {
    subject: t('transaksi keuangan non-tunai', 'cashless financial transactions'),
    example: t('pembayaran pajak daerah dan retribusi lewat QRIS', 'paying regional taxes and fees by QRIS'),
    measure: t('porsi penerimaan daerah yang non-tunai', 'the share of regional revenue collected cashless'),
  },
  harmony: {
    subject: t('harmonisasi lingkungan tempat tinggal', 'a harmonious living environment'),
    example: t('layanan permukiman, air bersih dan sanitasi', 'housing, clean water and sanitation services'),
    measure: t('akses air minum aman dan sanitasi layak', 'access to safe water and proper sanitation'),
  },
  health: {
    subject: t('layanan kesehatan digital', 'digital health services'),
    example: t(
      'rekam medis elektronik dan pendaftaran puskesmas daring',
      'electronic medical records and online clinic registration',
    ),
    measure: t(
      'cakupan imunisasi, prevalensi stunting dan waktu tunggu',
      'immunisation coverage, stunting prevalence and waiting times',
    ),
  },
  mobility: {
    subject: t('mobilitas dan transportasi', 'mobility and transport'),
    example: t('informasi lalu lintas dan angkutan umum', 'traffic information and public transport'),
    measure: t('jalan dalam kondisi baik dan waktu tempuh', 'roads in good condition and travel times'),
  },
  community: {
    subject: t('komunitas dan partisipasi warga', 'communities and citizen participation'),
    example: t(
      'forum warga daring dan program desa digital',
      'online citizen forums and a digital village programme',
    ),
    measure: t('warga dan komunitas yang aktif ikut program', 'citizens and communities taking part'),
  },
  learning: {
    subject: t('ekosistem belajar', 'the learning ecosystem'),
    example: t(
      'sekolah terhubung internet dan perpustakaan digital',
      'connected schools and a digital library',
    ),
    measure: t(
      'mutu dan partisipasi pendidikan serta Indeks Literasi Digital',
      'education quality and enrolment, and the Digital Literacy Index',
    ),
  },
  security: {
    subject: t('keamanan dan ketertiban warga', 'public safety and order'),
    example: t(
      'panggilan darurat 112 dan CCTV di titik rawan',
      'the 112 emergency number and CCTV at hotspots',
    ),
    measure: t('waktu tanggap kedaruratan dan angka kejadian', 'emergency response time and incident rates'),
  },
  protection: {
    subject: t('proteksi lingkungan dan kebencanaan', 'environmental protection and disaster management'),
    example: t(
      'sistem peringatan dini dan pemantauan kualitas udara atau air',
      'early warning and air or water quality monitoring',
    ),
    measure: t(
      'program mitigasi, tanggap dan pemulihan bencana yang berjalan',
      'disaster mitigation, response and recovery programmes running',
    ),
  },
  waste: {
    subject: t('pengelolaan sampah dan limbah', 'waste management'),
    example: t('bank sampah dan pelaporan sampah oleh warga', 'waste banks and citizen waste reporting'),
    measure: t('sampah yang dikurangi dan didaur ulang', 'waste reduced and recycled'),
  },
  energy: {
    subject: t('tata kelola energi', 'energy management'),
    example: t(
      'penerangan jalan hemat energi dan panel surya gedung pemerintah',
      'efficient street lighting and solar panels on public buildings',
    ),
    measure: t(
      'konsumsi energi gedung pemerintah dan porsi energi terbarukan',
      'energy use of public buildings and the renewable share',
    ),
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What each SPBE level means for one element: the adopted criterion, put in the element's terms. */
function levelMeanings(g: ElementGuide): Record<string, T> {
  const { subject: s, example: x, measure: m } = g;
  return {
    none: t(`Belum ada ${s.id} yang direncanakan atau berjalan.`, `No ${s.en} is planned or running.`),
    initial: t(
      `${cap(s.id)} masih berupa gagasan atau inisiatif ad hoc satu OPD (mis. ${x.id}), tanpa rencana, anggaran atau dokumentasi tetap.`,
      `${cap(s.en)} is an idea or an ad hoc initiative of one agency (e.g. ${x.en}), with no plan, budget or documentation.`,
    ),
    managed: t(
      `${cap(s.id)} sudah ditetapkan dan berjalan di sebagian unit atau wilayah (mis. ${x.id}), tetapi belum lengkap dan baru sebagian terdokumentasi.`,
      `${cap(s.en)} is set and running in some units or areas (e.g. ${x.en}), but incomplete and only partly documented.`,
    ),
    defined: t(
      `${cap(s.id)} lengkap, memakai standar dan SOP yang sama di semua unit dan wilayah.`,
      `${cap(s.en)} is complete, with the same standards and procedures in every unit and area.`,
    ),
    integrated: t(
      `${cap(s.id)} terpadu lintas OPD (data dan layanan terhubung) dan dievaluasi berkala dengan ukuran seperti ${m.id}.`,
      `${cap(s.en)} is integrated across agencies (data and services connected) and evaluated periodically with measures such as ${m.en}.`,
    ),
    optimised: t(
      `${cap(s.id)} terus diperbaiki dari hasil evaluasi dan masukan warga; ${m.id} membaik dari tahun ke tahun.`,
      `${cap(s.en)} is continuously revised from evaluation and citizen feedback; ${m.en} improve year on year.`,
    ),
  };
}

/** What to do to climb one step, keyed by the level to reach. */
function improvements(g: ElementGuide): Record<string, T> {
  const { subject: s, example: x, measure: m } = g;
  return {
    initial: t(
      `Tunjuk OPD pengampu dan susun konsep ${s.id}; mulai satu rintisan kecil, mis. ${x.id}.`,
      `Name a lead agency and write a concept for ${s.en}; start one small pilot, e.g. ${x.en}.`,
    ),
    managed: t(
      `Tetapkan rintisan itu dengan SK dan anggaran tahunan, dokumentasikan prosesnya, dan perluas ke unit atau wilayah berikutnya.`,
      `Set the pilot by decree with a yearly budget, document its process and extend it to the next units or areas.`,
    ),
    defined: t(
      `Bakukan ${s.id}: SOP dan standar layanan yang sama di semua unit dan wilayah, ditetapkan dalam peraturan kepala daerah.`,
      `Standardise ${s.en}: the same procedures and service standards in every unit and area, set in a head-of-region regulation.`,
    ),
    integrated: t(
      `Hubungkan data dan aplikasi lintas OPD (Satu Data, interoperabilitas SPBE) dan ukur kinerja secara berkala dengan ${m.id}.`,
      `Connect data and applications across agencies (One Data, SPBE interoperability) and measure performance periodically with ${m.en}.`,
    ),
    optimised: t(
      `Jadikan evaluasi dasar revisi tahunan: tindak lanjuti temuan, libatkan warga dalam perbaikan, dan tetapkan target ${m.id} yang naik.`,
      `Make evaluation the basis of yearly revision: act on findings, involve citizens in improvements and set rising targets for ${m.en}.`,
    ),
  };
}

const map = <V>(f: (g: ElementGuide) => V): Record<string, V> =>
  Object.fromEntries(Object.entries(ELEMENTS).map(([id, g]) => [id, f(g)]));

/**
 * Guidance on every judgement of the GMSC framework, bilingual: the meaning of each SPBE level for
 * each element and the improvement suggested for each step. Toolkit default: the levels are the adopted
 * SPBE criteria; their wording per element and the suggestions are the toolkit's.
 */
export const GMSC_GUIDANCE: GuidanceInput = {
  provenance: {
    ...SOURCES.toolkit,
    note: t(
      'Teks bantuan, arti tingkat per elemen dan saran perbaikan adalah bawaan toolkit yang dapat diubah, bukan aturan kementerian; tingkatnya mengikuti kriteria SPBE (Permen PANRB 59/2020).',
      "The help texts, level meanings per element and improvement suggestions are the toolkit's configurable defaults, not the ministry's rule; the levels follow the SPBE criteria (Permen PANRB 59/2020).",
    ),
  },
  levels: { spbe: map(levelMeanings) },
  improvements: { spbe: map(improvements) },
};

import type { Framework, Locale, LocalizedText, Masterplan, Provenance } from '@smartcity/model';
import { type MasterplanScore, type ScoreOptions, scoreMasterplan } from '@smartcity/scoring';
import { planContradictions } from './checks.js';
import { literacyFigure, maturityFigure, quickWinFigure, readinessFigure, roadmapFigure } from './figures.js';
import { DASH, fixed, longDate, percent, rupiah } from './format.js';
import type { Block, Report, ReportFinding, ReportSection, ReportTable } from './model.js';

/** Options of `buildReport`. */
export interface ReportOptions {
  /** The report's language: `'id'` (default) or `'en'`. */
  readonly lang?: Locale;
  /** Passed to `scoreMasterplan` (quick-win budget, ceilings …), so the report shows what the CLI shows. */
  readonly score?: ScoreOptions;
}

const STATUS: Record<Provenance['status'], LocalizedText> = {
  official: { id: 'resmi', en: 'official' },
  adopted: { id: 'diadopsi', en: 'adopted' },
  'toolkit-default': { id: 'bawaan toolkit', en: 'toolkit default' },
};

const ROLES: Record<string, LocalizedText> = {
  steering: { id: 'Pengarah', en: 'Steering' },
  chair: { id: 'Ketua', en: 'Chair' },
  secretary: { id: 'Sekretaris', en: 'Secretary' },
  member: { id: 'Anggota', en: 'Member' },
  mentor: { id: 'Pendamping', en: 'Mentor' },
};

const INSTRUMENT: Record<string, LocalizedText> = {
  perbup: { id: 'Peraturan Bupati', en: 'Regent regulation (Perbup)' },
  perwal: { id: 'Peraturan Wali Kota', en: 'Mayor regulation (Perwal)' },
  other: { id: 'Keputusan kepala daerah', en: 'Decision of the head of region' },
};

/** Paragraphs of a narrative text (separated by blank lines). */
const paragraphs = (text: string | undefined): Block[] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));

/**
 * Turns a valid masterplan into the structured document every renderer draws: cover, approval page,
 * decree, review notes (coverage warnings and contradictions), the framework's chapters with their
 * narrative, tables and figures, and annexes (answers with evidence, maturity evidence, provenance).
 * Every figure comes from `scoreMasterplan`, the function the CLI prints, so the report, the dashboard and
 * the CLI agree. Pure: the same input gives the same report. Pass the framework `parseMasterplan` returned.
 */
export function buildReport(
  masterplan: Masterplan,
  framework: Framework,
  options: ReportOptions = {},
): Report {
  const lang: Locale = options.lang ?? 'id';
  const score = scoreMasterplan(masterplan, framework, options.score);
  return new Builder(masterplan, framework, score, lang).build();
}

class Builder {
  private readonly findings: ReportFinding[] = [];
  private tables = 0;
  private readonly w: (id: string, en: string) => string;
  private readonly L: (t: LocalizedText | undefined | null) => string;
  private readonly fx: (v: number | null | undefined, decimals: number) => string;
  private readonly pc: (share: number | null | undefined) => string;

  constructor(
    private readonly m: Masterplan,
    private readonly f: Framework,
    private readonly s: MasterplanScore,
    private readonly lang: Locale,
  ) {
    this.w = (id, en) => (lang === 'id' ? id : en);
    this.L = (t) => (t ? t[lang] : '');
    this.fx = (v, d) => fixed(v, d, lang);
    this.pc = (v) => percent(v, lang);
  }

  private table(caption: string, head: string[], rows: string[][], numeric: number[] = []): ReportTable {
    this.tables++;
    return { kind: 'table', id: `t${this.tables}`, caption, head, rows, numeric };
  }

  private provenance(p: Provenance, what: string): Block {
    const note = p.note ? ` ${this.L(p.note)}` : '';
    return {
      kind: 'provenance',
      status: p.status,
      text: `${what}: ${this.L(STATUS[p.status])} — ${p.source}.${note}`,
    };
  }

  private finding(kind: ReportFinding['kind'], chapter: string, text: string): Block {
    this.findings.push({ kind, chapter, text });
    return { kind: 'notice', tone: 'warning', text };
  }

  private opd(id: string | undefined): string {
    const o = this.m.opds.find((x) => x.id === id);
    return o ? (o.abbreviation ?? o.name) : (id ?? '');
  }

  private dimension(id: string): string {
    return this.L(this.f.dimensions.find((d) => d.id === id)?.name) || id;
  }

  private fundName(id: string): string {
    return this.L(this.f.fundingSources.options.find((o) => o.id === id)?.name) || id;
  }

  build(): Report {
    const { m, f, w, L } = this;
    const chapters: ReportSection[] = f.report.chapters.map((c) => ({
      id: c.id,
      kind: 'chapter',
      numeral: c.numeral,
      title: L(c.title),
      heading: `${w('Bab', 'Chapter')} ${c.numeral} ${L(c.title)}`,
      blocks: [...paragraphs(m.narrative?.chapters[c.id]), ...this.chapter(c.id)],
    }));
    const annexes = this.annexes();
    const title = m.title || `${w('Masterplan Smart City', 'Smart City Masterplan')} ${m.region.name}`;
    const s = this.s;
    return {
      lang: this.lang,
      title,
      cover: {
        kicker: w('Masterplan Smart City', 'Smart City Masterplan'),
        title,
        lines: [
          `${m.region.name} · ${m.region.province.name}`,
          `${w('Periode', 'Period')} ${m.period.startYear}–${m.period.endYear}`,
          `${w('Disusun oleh', 'Prepared by')} ${m.team.name}`,
          `${w('Kerangka', 'Framework')}: ${L(f.title)} ${f.version}`,
        ],
        illustrative: m.illustrative
          ? w(
              'Dokumen ilustratif: angka-angkanya contoh, bukan data daerah.',
              "An illustrative document: its figures are examples, not the region's data.",
            )
          : null,
      },
      approval: this.approval(),
      decree: this.decree(),
      contentsTitle: w('Daftar Isi', 'Contents'),
      findingsTitle: w('Catatan Pemeriksaan', 'Review Notes'),
      findings: this.findings,
      chapters,
      annexes,
      figures: {
        readinessIndex: s.readiness?.index ?? null,
        readinessCoverage: s.readiness?.coverage.ratio ?? null,
        maturityYear: s.maturity?.year ?? null,
        maturityIndex: s.maturity?.indexRounded ?? null,
        maturityPredicate: s.maturity?.predicate ? L(s.maturity.predicate.name) : null,
        maturityCoverage: s.maturity?.coverage.ratio ?? null,
        evaluationIndex: s.evaluation?.indexRounded ?? null,
        roadmap: s.roadmap.programmes.map((p) => ({ id: p.id, start: p.start, end: p.end })),
        budgetByYear: s.roadmap.years.map((y) => ({ year: y.year, total: y.total })),
        budgetTotal: s.roadmap.years.reduce((a, y) => a + y.total, 0),
        portfolio: [...s.quickWins.portfolio.chosen],
      },
      labels: {
        page: w('Halaman', 'Page'),
        noFindings: w(
          'Tidak ada peringatan cakupan dan tidak ada kontradiksi dalam rencana.',
          'No coverage warnings and no contradictions in the plan.',
        ),
        figure: w('Gambar', 'Figure'),
        table: w('Tabel', 'Table'),
      },
    };
  }

  private chapter(id: string): Block[] {
    switch (id) {
      case 'introduction':
        return this.introduction();
      case 'profile':
        return this.profile();
      case 'analysis':
        return this.analysis();
      case 'strategy':
        return this.strategy();
      case 'programmes':
        return this.programmes();
      case 'quick-wins':
        return this.quickWins();
      case 'literacy':
        return this.literacy();
      case 'closing':
        return this.closing();
      default:
        return [];
    }
  }

  private introduction(): Block[] {
    const { m, w, L } = this;
    const out: Block[] = [];
    if (!m.narrative?.chapters.introduction)
      out.push({
        kind: 'paragraph',
        text: w(
          `Masterplan ini memuat arah pembangunan smart city ${m.region.name} tahun ${m.period.startYear}–${m.period.endYear}: analisis kesiapan dan kematangan, visi dan strategi enam dimensi, program dan rencana aksi, quick win serta strategi literasi digital.`,
          `This masterplan sets the smart city direction of ${m.region.name} for ${m.period.startYear}–${m.period.endYear}: readiness and maturity analysis, vision and strategy in six dimensions, programmes and action plan, quick wins and a digital literacy strategy.`,
        ),
      });
    out.push({ kind: 'heading', level: 2, text: w('Tim penyusun', 'Drafting team') });
    out.push({
      kind: 'paragraph',
      text: m.team.decree
        ? `${m.team.name} — ${w('SK', 'decree')} ${m.team.decree.number}, ${longDate(m.team.decree.date, this.lang)}.`
        : m.team.name,
    });
    if (m.team.members.length)
      out.push(
        this.table(
          w('Susunan tim', 'Team members'),
          [w('Nama', 'Name'), w('Peran', 'Role'), 'OPD', w('Jabatan', 'Position')],
          m.team.members.map((x) => [x.name, L(ROLES[x.role]) || x.role, this.opd(x.opd), x.position ?? '']),
        ),
      );
    out.push(this.provenance(this.f.report.provenance, w('Susunan bab', 'Chapter structure')));
    return out;
  }

  private profile(): Block[] {
    const { m, w } = this;
    const r = m.region;
    return [
      this.table(
        w('Identitas daerah', 'The region'),
        [
          w('Daerah', 'Region'),
          w('Kode Kemendagri', 'Kemendagri code'),
          w('Provinsi', 'Province'),
          w('Angkatan', 'Cohort'),
        ],
        [[r.name, r.code, r.province.name, r.cohort ? String(r.cohort) : DASH]],
      ),
      { kind: 'heading', level: 2, text: w('Organisasi perangkat daerah', 'Regional agencies (OPD)') },
      m.opds.length
        ? this.table(
            w('OPD yang terlibat', 'Agencies involved'),
            [w('Nama', 'Name'), w('Singkatan', 'Abbreviation')],
            m.opds.map((o) => [o.name, o.abbreviation ?? '']),
          )
        : { kind: 'paragraph', text: DASH },
    ];
  }

  private analysis(): Block[] {
    const { s, f, w, L, lang } = this;
    const out: Block[] = [{ kind: 'heading', level: 2, text: w('Analisis kesiapan', 'Readiness analysis') }];
    const r = s.readiness;
    if (r) {
      out.push({
        kind: 'paragraph',
        text: `${w('Indeks kesiapan', 'Readiness index')}: ${this.fx(r.index, 1)} / 100 (${w('rerata', 'mean')} ${this.fx(r.mean, 2)} ${w('pada skala', 'on the scale')} ${r.scale.min}–${r.scale.max}); ${w('cakupan', 'coverage')} ${r.coverage.answered}/${r.coverage.asked} ${w('butir', 'items')} (${this.pc(r.coverage.ratio)}).`,
      });
      if (r.lowCoverage)
        out.push(
          this.finding(
            'coverage',
            'analysis',
            w(
              `Cakupan tidak memadai: indeks kesiapan bertumpu pada ${r.coverage.answered} dari ${r.coverage.asked} butir (${this.pc(r.coverage.ratio)}), di bawah minimum ${this.pc(r.coverage.minimum)} (bawaan toolkit).`,
              `Insufficient coverage: the readiness index rests on ${r.coverage.answered} of ${r.coverage.asked} items (${this.pc(r.coverage.ratio)}), below the minimum of ${this.pc(r.coverage.minimum)} (toolkit default).`,
            ),
          ),
        );
      for (const p of r.pillars)
        if (p.lowCoverage && !r.lowCoverage)
          out.push(
            this.finding(
              'coverage',
              'analysis',
              w(
                `Cakupan tidak memadai pada pilar ${L(p.name)}: ${p.coverage.answered} dari ${p.coverage.asked} butir.`,
                `Insufficient coverage in the ${L(p.name)} pillar: ${p.coverage.answered} of ${p.coverage.asked} items.`,
              ),
            ),
          );
      out.push(
        readinessFigure(
          r,
          lang,
          w,
          w('Kesiapan per pilar dan aspek (0–100)', 'Readiness by pillar and aspect (0–100)'),
        ),
      );
      out.push(
        this.table(
          w('Kesiapan per pilar dan aspek', 'Readiness by pillar and aspect'),
          [
            w('Pilar / aspek', 'Pillar / aspect'),
            w('Indeks', 'Index'),
            w('Rerata', 'Mean'),
            w('Cakupan', 'Coverage'),
          ],
          r.pillars.flatMap((p) => [
            [
              L(p.name),
              this.fx(p.index, 1),
              this.fx(p.mean, 2),
              `${p.coverage.answered}/${p.coverage.asked}${p.lowCoverage ? ' !' : ''}`,
            ],
            ...p.aspects.map((a) => [
              `— ${L(a.name)}`,
              this.fx(a.index, 1),
              this.fx(a.mean, 2),
              `${a.coverage.answered}/${a.coverage.asked}${a.lowCoverage ? ' !' : ''}`,
            ]),
          ]),
          [1, 2, 3],
        ),
      );
      out.push(
        this.provenance(
          f.readiness.provenance,
          w('Kuesioner dan skor kesiapan', 'Readiness questionnaire and score'),
        ),
      );
    } else
      out.push({
        kind: 'paragraph',
        text: w('Belum ada penilaian kesiapan.', 'No readiness assessment yet.'),
      });

    out.push({ kind: 'heading', level: 2, text: w('Analisis kematangan', 'Maturity analysis') });
    const mat = s.maturity;
    if (mat) {
      const d = mat.decimals;
      out.push({
        kind: 'paragraph',
        text: `${w('Indeks kematangan', 'Maturity index')} ${mat.year}: ${this.fx(mat.indexRounded, d)}${mat.predicate ? ` (${L(mat.predicate.name)})` : ''} ${w('pada', 'on the')} ${L(mat.ladder.name)} ${mat.ladder.min}–${mat.ladder.max}; ${w('target', 'target')} ${this.fx(mat.target, d)}; ${w('cakupan', 'coverage')} ${mat.coverage.filled}/${mat.coverage.total} ${w('elemen', 'elements')} (${this.pc(mat.coverage.ratio)}).`,
      });
      if (mat.coverage.warning) out.push(this.finding('coverage', 'analysis', L(mat.coverage.warning)));
      for (const dim of mat.dimensions)
        if (dim.coverage.warning && !mat.lowCoverage)
          out.push(this.finding('coverage', 'analysis', L(dim.coverage.warning)));
      if (s.previousMaturity)
        out.push({
          kind: 'paragraph',
          text: `${w('Sebelumnya', 'Previously')} (${s.previousMaturity.year}): ${this.fx(s.previousMaturity.indexRounded, d)}.`,
        });
      out.push(
        maturityFigure(
          mat,
          lang,
          w,
          w('Kematangan per dimensi: saat ini dan target', 'Maturity by dimension: current and target'),
        ),
      );
      out.push(
        this.table(
          w('Indeks kematangan per dimensi', 'Maturity index by dimension'),
          [
            w('Dimensi', 'Dimension'),
            w('Indeks', 'Index'),
            w('Predikat', 'Predicate'),
            w('Target', 'Target'),
            w('Cakupan', 'Coverage'),
          ],
          mat.dimensions.map((x) => [
            L(x.name),
            this.fx(x.indexRounded, d),
            x.predicate ? L(x.predicate.name) : DASH,
            this.fx(x.target, d),
            `${x.coverage.filled}/${x.coverage.total}${x.lowCoverage ? ' !' : ''}`,
          ]),
          [1, 3, 4],
        ),
      );
      const ladderId = mat.ladder.id;
      const ladder = f.maturity.ladders.find((l) => l.id === ladderId);
      const guide = f.guidance;
      out.push({
        kind: 'heading',
        level: 3,
        text: w('Tingkat dan langkah berikutnya per elemen', 'Level and next step per element'),
      });
      out.push(
        this.table(
          w(
            'Kematangan per elemen, arti tingkatnya dan saran perbaikan',
            'Maturity per element, what its level means and the suggested improvement',
          ),
          [
            w('Elemen', 'Element'),
            w('Tingkat', 'Level'),
            w('Artinya', 'What it means'),
            w('Target', 'Target'),
            w('Langkah berikutnya', 'Next step'),
          ],
          mat.dimensions.flatMap((x) =>
            x.elements.map((e) => {
              const level = ladder?.levels.find((l) => l.level === e.level);
              const next = ladder?.levels.find(
                (l) => l.level === (e.level ?? ladder.levels[0]!.level - 1) + 1,
              );
              const reached = e.target !== null && e.level !== null && e.level >= e.target;
              return [
                `${L(e.name)} (${L(x.name)})`,
                e.level === null ? w('belum dinilai', 'not assessed') : `${e.level} ${L(e.levelName)}`,
                level ? L(guide?.levels[ladderId]?.[e.id]?.[level.id]) || L(level.criterion) : DASH,
                e.target === null ? DASH : String(e.target),
                reached || !next
                  ? DASH
                  : L(guide?.improvements[ladderId]?.[e.id]?.[next.id]) || L(next.criterion),
              ];
            }),
          ),
          [3],
        ),
      );
      out.push(this.provenance(mat.ladder.provenance, w('Tingkat kematangan', 'Maturity levels')));
      out.push(this.provenance(f.maturity.aggregationProvenance, w('Agregasi indeks', 'Index aggregation')));
      if (guide)
        out.push(
          this.provenance(
            guide.provenance,
            w('Arti tingkat dan saran perbaikan', 'Level meanings and improvements'),
          ),
        );
    } else
      out.push({
        kind: 'paragraph',
        text: w('Belum ada penilaian kematangan.', 'No maturity assessment yet.'),
      });
    return out;
  }

  private strategy(): Block[] {
    const { m, f, w, L } = this;
    const out: Block[] = [
      { kind: 'heading', level: 2, text: w('Visi', 'Vision') },
      { kind: 'paragraph', text: m.vision || DASH },
      { kind: 'heading', level: 2, text: w('Misi', 'Missions') },
    ];
    out.push(
      m.missions.length
        ? {
            kind: 'list',
            ordered: true,
            items: m.missions.map(
              (x) =>
                `${x.text}${x.dimensions.length ? ` (${x.dimensions.map((d) => this.dimension(d)).join(', ')})` : ''}`,
            ),
          }
        : { kind: 'paragraph', text: DASH },
    );
    out.push({ kind: 'heading', level: 2, text: w('Strategi per dimensi', 'Strategy per dimension') });
    for (const d of f.dimensions) {
      out.push({ kind: 'heading', level: 3, text: L(d.name) });
      out.push(...paragraphs(m.narrative?.dimensions[d.id]));
      const list = m.strategies.filter((x) => x.dimension === d.id);
      if (list.length)
        out.push({
          kind: 'list',
          ordered: false,
          items: list.map((x) => {
            const e = x.element ? L(d.elements.find((y) => y.id === x.element)?.name) : '';
            return e ? `${e}: ${x.text}` : x.text;
          }),
        });
      else if (!m.narrative?.dimensions[d.id])
        out.push({
          kind: 'paragraph',
          text: w('Belum ada strategi untuk dimensi ini.', 'No strategy for this dimension yet.'),
        });
    }
    return out;
  }

  private programmes(): Block[] {
    const { m, f, s, w, lang } = this;
    const out: Block[] = [];
    const sched = new Map(s.roadmap.programmes.map((p) => [p.id, p]));
    const years = (a: number | null, b: number | null) => (a === null || b === null ? DASH : `${a}–${b}`);
    if (m.programmes.length)
      out.push(
        this.table(
          w('Program (tahun menurut peta jalan)', 'Programmes (years as scheduled on the roadmap)'),
          [
            w('Program', 'Programme'),
            w('Dimensi', 'Dimension'),
            w('Pengampu', 'Owner'),
            w('Tahun', 'Years'),
            w('Anggaran', 'Budget'),
            w('Sumber dana', 'Funding'),
            'KPI',
          ],
          m.programmes.map((p) => {
            const sp = sched.get(p.id);
            const moved = sp && sp.start !== null && sp.start !== p.startYear;
            return [
              p.name,
              this.dimension(p.dimension),
              this.opd(p.owner),
              `${years(sp?.start ?? null, sp?.end ?? null)}${moved ? ` (${w('rencana', 'planned')} ${p.startYear}–${p.endYear})` : ''}`,
              rupiah(
                p.budget.reduce((a, b) => a + b.amount, 0),
                lang,
              ),
              [...new Set(p.budget.map((b) => this.fundName(b.source)))].join(', ') || DASH,
              p.kpis.map((k) => `${k.name}: ${k.baseline} → ${k.target} ${k.unit}`).join('; ') || DASH,
            ];
          }),
          [4],
        ),
      );
    else out.push({ kind: 'paragraph', text: w('Belum ada program.', 'No programmes yet.') });
    const quickWins = new Set(
      m.quickWins.selected.length
        ? m.quickWins.selected.map((x) => x.programme)
        : s.quickWins.portfolio.chosen,
    );
    out.push({ kind: 'heading', level: 2, text: w('Peta jalan', 'Roadmap') });
    out.push(
      roadmapFigure(
        s,
        f,
        quickWins,
        lang,
        w,
        w(
          'Peta jalan program per dimensi (tahun terjadwal)',
          'Programme roadmap by dimension (scheduled years)',
        ),
      ),
    );
    out.push({
      kind: 'heading',
      level: 2,
      text: w('Anggaran per tahun dan sumber dana', 'Budget by year and funding source'),
    });
    const sources = f.fundingSources.options.filter((o) =>
      s.roadmap.years.some((y) => (y.bySource[o.id] ?? 0) > 0),
    );
    out.push(
      this.table(
        w(
          'Anggaran per tahun dan sumber dana (semua baris anggaran)',
          'Budget by year and funding source (every budget line)',
        ),
        [w('Tahun', 'Year'), ...sources.map((o) => this.L(o.name)), w('Jumlah', 'Total')],
        [
          ...s.roadmap.years.map((y) => [
            `${y.year}${y.inPlan ? '' : ` (${w('di luar rencana', 'outside the plan')})`}`,
            ...sources.map((o) => rupiah(y.bySource[o.id] ?? 0, lang)),
            rupiah(y.total, lang),
          ]),
          [
            w('Jumlah', 'Total'),
            ...sources.map((o) =>
              rupiah(
                s.roadmap.years.reduce((a, y) => a + (y.bySource[o.id] ?? 0), 0),
                lang,
              ),
            ),
            rupiah(
              s.roadmap.years.reduce((a, y) => a + y.total, 0),
              lang,
            ),
          ],
        ],
        sources.map((_, i) => i + 1).concat(sources.length + 1),
      ),
    );
    out.push(this.provenance(f.fundingSources.provenance, w('Daftar sumber dana', 'Funding source list')));
    out.push({ kind: 'heading', level: 2, text: w('Pemeriksaan seluruh rencana', 'Whole-plan check') });
    const contradictions = planContradictions(m, f, s);
    const here = contradictions.filter((c) => c.chapter === 'programmes');
    if (here.length)
      for (const c of here) out.push(this.finding('contradiction', 'programmes', c.message[lang]));
    else
      out.push({
        kind: 'paragraph',
        text: w('Peta jalan tidak berbenturan dengan rencana.', 'The roadmap does not contradict the plan.'),
      });
    out.push(this.provenance(f.roadmap.provenance, w('Fase peta jalan', 'Roadmap phases')));
    return out;
  }

  private quickWins(): Block[] {
    const { m, f, s, w, L, lang } = this;
    const out: Block[] = [{ kind: 'paragraph', text: L(f.quickWin.definition) }];
    out.push(
      this.provenance(f.quickWin.definitionProvenance, w('Definisi quick win', 'Quick-win definition')),
    );
    const sched = new Map(s.roadmap.programmes.map((p) => [p.id, p]));
    if (m.quickWins.selected.length)
      out.push(
        this.table(
          w('Quick win yang ditetapkan', 'Quick wins adopted'),
          [
            w('Program', 'Programme'),
            w('Pengampu', 'Owner'),
            w('Tahun ke-', 'Plan year'),
            w('Tahun peta jalan', 'Roadmap years'),
            w('Alasan', 'Rationale'),
          ],
          m.quickWins.selected.map((x) => {
            const p = m.programmes.find((y) => y.id === x.programme);
            const sp = sched.get(x.programme);
            return [
              p?.name ?? x.programme,
              this.opd(p?.owner),
              String(x.year),
              sp && sp.start !== null ? `${sp.start}–${sp.end}` : DASH,
              x.rationale ?? '',
            ];
          }),
          [2],
        ),
      );
    for (const c of planContradictions(m, f, s).filter((x) => x.chapter === 'quick-wins'))
      out.push(this.finding('contradiction', 'quick-wins', c.message[lang]));
    if (s.quickWins.candidates.length) {
      const chosen = new Set(s.quickWins.portfolio.chosen);
      const pf = s.quickWins.portfolio;
      out.push({
        kind: 'heading',
        level: 2,
        text: w('Kandidat dan portofolio optimal', 'Candidates and the optimal portfolio'),
      });
      out.push(
        quickWinFigure(
          s,
          f,
          w,
          lang,
          w(
            'Kandidat quick win pada matriks dampak/upaya',
            'Quick-win candidates on the impact/effort matrix',
          ),
        ),
      );
      out.push(
        this.table(
          w('Kandidat quick win', 'Quick-win candidates'),
          [
            w('Program', 'Programme'),
            w('Skor', 'Score'),
            w('Kuadran', 'Quadrant'),
            w('Biaya tahun 1–2', 'Cost, years 1–2'),
            w('Portofolio', 'Portfolio'),
          ],
          s.quickWins.candidates.map((c) => [
            c.name,
            this.fx(c.scoreRounded, 2),
            c.quadrantName ? L(c.quadrantName) : DASH,
            rupiah(c.cost, lang),
            chosen.has(c.id) ? w('dipilih', 'chosen') : '',
          ]),
          [1, 3],
        ),
      );
      out.push({
        kind: 'paragraph',
        text: `${w('Portofolio optimal', 'Optimal portfolio')}: ${pf.chosen.length} ${w('program', 'programmes')}, ${w('skor total', 'total score')} ${this.fx(pf.totalScore, 2)}, ${w('biaya', 'cost')} ${rupiah(pf.totalCost, lang)}${pf.budget === null ? '' : ` ${w('dari anggaran', 'of a budget of')} ${rupiah(pf.budget, lang)}`}${pf.optimal ? ` (${w('terbukti optimal', 'proven optimal')})` : ` (${w('selisih dari batas', 'gap to the bound')} ${this.fx(pf.gap, 2)})`}.`,
      });
      out.push(
        this.provenance(
          f.quickWin.provenance,
          w('Skor dan pemilihan quick win', 'Quick-win scoring and selection'),
        ),
      );
    }
    return out;
  }

  private literacy(): Block[] {
    const { m, f, s, w, L, lang } = this;
    const l = s.literacy;
    const lit = m.literacy;
    if (!l || !lit)
      return [
        {
          kind: 'paragraph',
          text: w('Belum ada strategi literasi digital.', 'No digital literacy strategy yet.'),
        },
      ];
    const out: Block[] = [
      this.table(
        `${w('Nilai dasar', 'Baseline')} ${l.baselineYear} (${l.source})`,
        [w('Pilar', 'Pillar'), w('Daerah', 'Region'), w('Nasional', 'National'), w('Selisih', 'Gap')],
        [
          [
            w('Indeks', 'Index'),
            this.fx(l.index.baseline, 2),
            this.fx(l.index.national?.value, 2),
            this.fx(l.index.gapToNational, 2),
          ],
          ...l.pillars.map((p) => [
            L(p.name),
            this.fx(p.baseline, 2),
            this.fx(p.national?.value, 2),
            this.fx(p.gapToNational, 2),
          ]),
        ],
        [1, 2, 3],
      ),
      literacyFigure(
        l,
        f,
        lang,
        w,
        w('Literasi digital: daerah, target dan nasional', 'Digital literacy: region, target and national'),
      ),
    ];
    if (lit.targets.length)
      out.push(
        this.table(
          w('Target per tahun', 'Targets by year'),
          [w('Tahun', 'Year'), ...f.literacy.pillars.map((p) => L(p.name))],
          lit.targets.map((t) => [
            String(t.year),
            ...f.literacy.pillars.map((p) => this.fx(t.pillars[p.id], 2)),
          ]),
          f.literacy.pillars.map((_, i) => i + 1),
        ),
      );
    if (lit.activities.length)
      out.push(
        this.table(
          w('Kegiatan', 'Activities'),
          [
            w('Kegiatan', 'Activity'),
            w('Pilar', 'Pillars'),
            w('Sasaran', 'Target groups'),
            w('Kanal', 'Channel'),
            w('Tahun', 'Years'),
          ],
          lit.activities.map((a) => [
            a.name,
            a.pillars.map((p) => L(f.literacy.pillars.find((x) => x.id === p)?.name) || p).join(', '),
            a.targetGroups.map((g) => lit.targetGroups.find((x) => x.id === g)?.name ?? g).join(', '),
            a.channel,
            a.years.join(', '),
          ]),
        ),
      );
    out.push(this.provenance(f.literacy.provenance, w('Indeks Literasi Digital', 'Digital Literacy Index')));
    return out;
  }

  private closing(): Block[] {
    const { m, s, w, L } = this;
    const out: Block[] = [];
    if (!m.narrative?.chapters.closing)
      out.push({
        kind: 'paragraph',
        text: w(
          `Masterplan ini menjadi acuan bersama pemerintah ${m.region.name}, dunia usaha, perguruan tinggi dan masyarakat, dan ditinjau setiap tahun bersama evaluasi implementasinya.`,
          `This masterplan is the common reference of the government of ${m.region.name}, business, universities and citizens, and is reviewed every year with its implementation evaluation.`,
        ),
      });
    if (m.adoption)
      out.push({
        kind: 'paragraph',
        text: `${w('Ditetapkan dengan', 'Adopted by')} ${L(INSTRUMENT[m.adoption.instrument])} ${m.adoption.number}, ${longDate(m.adoption.date, this.lang)}.`,
      });
    const e = s.evaluation;
    if (e) {
      out.push({
        kind: 'heading',
        level: 2,
        text: `${w('Evaluasi implementasi', 'Implementation evaluation')} ${e.year}`,
      });
      out.push(
        this.table(
          `${w('Indeks evaluasi', 'Evaluation index')} ${e.year} (${L(e.weightSet.name)})`,
          [w('Dimensi evaluasi', 'Evaluation dimension'), w('Nilai', 'Score'), w('Bobot', 'Weight')],
          [
            ...e.dimensions.map((d) => [L(d.name), this.fx(d.score, 2), this.pc(d.weight)]),
            [w('Indeks', 'Index'), this.fx(e.indexRounded, 2), ''],
          ],
          [1, 2],
        ),
      );
      out.push(this.provenance(e.weightSet.provenance, w('Bobot evaluasi', 'Evaluation weights')));
    }
    return out;
  }

  private approval(): Report['approval'] {
    const { m, w, lang } = this;
    const a = m.approval;
    if (!a) return null;
    const place = [a.place, longDate(a.date, lang)].filter(Boolean).join(', ');
    return {
      title: w('Lembar Pengesahan', 'Approval Page'),
      statement: w(
        `Masterplan Smart City ${m.region.name} Tahun ${m.period.startYear}–${m.period.endYear} telah diperiksa dan disetujui.`,
        `The Smart City Masterplan of ${m.region.name} ${m.period.startYear}–${m.period.endYear} has been reviewed and approved.`,
      ),
      placeAndDate: place,
      signatories: a.signatories.map((x) => ({
        role: x.role ?? '',
        position: x.position,
        name: x.name,
        nip: x.nip ? `NIP ${x.nip}` : '',
        date: longDate(x.date, lang),
      })),
    };
  }

  private decree(): Report['decree'] {
    const { m, w, L, lang } = this;
    const a = m.adoption;
    if (!a) return null;
    return {
      title: w('Penetapan', 'Adoption'),
      rows: [
        [w('Bentuk', 'Instrument'), L(INSTRUMENT[a.instrument])],
        [w('Nomor', 'Number'), a.number],
        [w('Tanggal', 'Date'), longDate(a.date, lang)],
        [w('Tentang', 'Title'), a.title ?? DASH],
      ],
    };
  }

  private evidence(
    list: readonly {
      kind: string;
      title?: string | undefined;
      url?: string | undefined;
      note?: string | undefined;
    }[],
  ): string {
    return (
      list.map((e) => [e.title, e.url, e.note].filter(Boolean).join(' — ') || e.kind).join('; ') ||
      this.w('tanpa bukti', 'no evidence')
    );
  }

  private annexes(): ReportSection[] {
    const { m, f, s, w, L } = this;
    const out: ReportSection[] = [];
    const section = (numeral: string, id: string, title: string, blocks: Block[]): ReportSection => ({
      id,
      kind: 'annex',
      numeral,
      title,
      heading: `${w('Lampiran', 'Annex')} ${numeral} ${title}`,
      blocks,
    });
    const letters = 'ABCDEFGH';
    const r = m.readiness;
    if (r) {
      const byItem = new Map(r.answers.map((a) => [a.item, a]));
      const blocks: Block[] = [
        {
          kind: 'paragraph',
          text: `${w('Dinilai pada', 'Assessed on')} ${longDate(r.assessedOn, this.lang)}. ${w('Nilai', 'Values')} ${f.readiness.scale.min}–${f.readiness.scale.max}; "${w('t/b', 'n/a')}" = ${w('tidak berlaku', 'not applicable')}, "?" = ${w('tidak diketahui', 'unknown')}.`,
        },
      ];
      for (const p of s.readiness?.pillars ?? []) {
        blocks.push({ kind: 'heading', level: 2, text: L(p.name) });
        blocks.push(
          this.table(
            `${w('Jawaban dan bukti', 'Answers and evidence')}: ${L(p.name)}`,
            [
              w('Butir', 'Item'),
              w('Nilai', 'Value'),
              w('Bukti (data dukung)', 'Evidence'),
              w('Catatan', 'Note'),
            ],
            p.aspects.flatMap((a) =>
              a.items.map((it) => {
                const ans = byItem.get(it.id);
                const v = ans?.value;
                return [
                  `${L(it.text)}`,
                  v === undefined
                    ? DASH
                    : v === 'not-applicable'
                      ? w('t/b', 'n/a')
                      : v === 'unknown'
                        ? '?'
                        : String(v),
                  ans ? this.evidence(ans.evidence) : DASH,
                  ans?.note ?? '',
                ];
              }),
            ),
            [1],
          ),
        );
      }
      out.push(
        section(
          letters[out.length]!,
          'readiness-answers',
          w('Jawaban Kesiapan dan Bukti', 'Readiness Answers and Evidence'),
          blocks,
        ),
      );
    }
    const latest = [...m.maturity].sort((a, b) => a.year - b.year).at(-1);
    if (latest && s.maturity) {
      const byElement = new Map(latest.elements.map((e) => [e.element, e]));
      out.push(
        section(
          letters[out.length]!,
          'maturity-evidence',
          w('Penilaian Kematangan dan Bukti', 'Maturity Assessments and Evidence'),
          [
            this.table(
              `${w('Penilaian kematangan', 'Maturity assessment')} ${latest.year}`,
              [
                w('Elemen', 'Element'),
                w('Tingkat', 'Level'),
                w('Bukti (data dukung)', 'Evidence'),
                w('Catatan', 'Note'),
              ],
              s.maturity.dimensions.flatMap((d) =>
                d.elements.map((e) => {
                  const a = byElement.get(e.id);
                  return [
                    `${L(e.name)} (${L(d.name)})`,
                    e.level === null ? DASH : String(e.level),
                    a ? this.evidence(a.evidence) : DASH,
                    a?.note ?? '',
                  ];
                }),
              ),
              [1],
            ),
          ],
        ),
      );
    }
    const marks: [string, Provenance][] = [
      [w('Dimensi dan elemen', 'Dimensions and elements'), f.provenance],
      [w('Kuesioner kesiapan', 'Readiness questionnaire'), f.readiness.provenance],
      [w('Batas cakupan', 'Coverage minimum'), f.readiness.coverageProvenance],
      ...f.maturity.ladders.map((l): [string, Provenance] => [L(l.name), l.provenance]),
      [w('Agregasi kematangan', 'Maturity aggregation'), f.maturity.aggregationProvenance],
      [w('Evaluasi', 'Evaluation'), f.evaluation.provenance],
      [w('Definisi quick win', 'Quick-win definition'), f.quickWin.definitionProvenance],
      [w('Skor quick win', 'Quick-win scoring'), f.quickWin.provenance],
      [w('Literasi digital', 'Digital literacy'), f.literacy.provenance],
      [w('Fase peta jalan', 'Roadmap phases'), f.roadmap.provenance],
      [w('Rentang rencana', 'Plan horizon'), f.roadmap.horizonProvenance],
      [w('Sumber dana', 'Funding sources'), f.fundingSources.provenance],
      [w('Susunan bab', 'Chapter structure'), f.report.provenance],
      ...(f.guidance
        ? [[w('Panduan penilaian', 'Guidance'), f.guidance.provenance] as [string, Provenance]]
        : []),
    ];
    out.push(
      section(letters[out.length]!, 'provenance', w('Asal-usul Metode', 'Provenance of the Method'), [
        ...f.notes.map((n): Block => ({ kind: 'paragraph', text: L(n) })),
        this.table(
          w('Tanda asal-usul setiap bagian kerangka', 'Provenance mark of each part of the framework'),
          [w('Bagian', 'Part'), w('Tanda', 'Mark'), w('Sumber', 'Source'), w('Catatan', 'Note')],
          marks.map(([what, p]) => [what, L(STATUS[p.status]), p.source, L(p.note)]),
        ),
      ]),
    );
    return out;
  }
}

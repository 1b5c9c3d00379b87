import { GMSC, type Masterplan, type MasterplanInput, parseMasterplan } from '@smartcity/model';

/** Parses a masterplan input the way an application would, failing loudly on an invalid fixture. */
export function parse(input: MasterplanInput): Masterplan {
  const r = parseMasterplan(input);
  if (!r.ok) throw new Error(`invalid fixture: ${JSON.stringify(r.issues, null, 2)}`);
  return r.value.document;
}

const region = {
  code: '71.02',
  name: 'Kabupaten Minahasa',
  type: 'kabupaten',
  province: { code: '71', name: 'Sulawesi Utara' },
  cohort: 2021,
} as const;

/** A small, hand-checkable masterplan (illustrative figures). */
export const SMALL: MasterplanInput = {
  schemaVersion: 2,
  kind: 'smartcity.masterplan',
  framework: { id: GMSC.id, version: GMSC.version },
  illustrative: true,
  region,
  period: { startYear: 2025, endYear: 2029 },
  team: { name: 'Tim Pelaksana Smart City', members: [] },
  opds: [
    { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika' },
    { id: 'dinkes', name: 'Dinas Kesehatan' },
    { id: 'dispar', name: 'Dinas Pariwisata' },
  ],
  readiness: {
    assessedOn: '2024-03-01',
    answers: [
      { item: 'human-resources-1', value: 3 },
      { item: 'human-resources-2', value: 4 },
      { item: 'human-resources-3', value: 2 },
      { item: 'budget-1', value: 4 },
      { item: 'budget-2', value: 'unknown' },
      { item: 'budget-3', value: 'not-applicable' },
      { item: 'digital-1', value: 5 },
      { item: 'digital-2', value: 3 },
    ],
  },
  maturity: [
    {
      year: 2024,
      elements: [
        { element: 'public-service', current: 3, target: 4 },
        { element: 'bureaucracy', current: 2, target: 3 },
        { element: 'public-policy', criteriaMet: [1, 2, 4] },
        { element: 'tourism', current: 1 },
        { element: 'health', current: 4, target: 4 },
      ],
    },
    {
      year: 2023,
      elements: [
        { element: 'public-service', current: 2 },
        { element: 'bureaucracy', current: 2 },
        { element: 'public-policy', current: 1 },
        { element: 'tourism', current: 1 },
      ],
    },
  ],
  programmes: [
    {
      id: 'e-health',
      name: 'Rekam medis elektronik puskesmas',
      dimension: 'living',
      elements: ['health'],
      owner: 'dinkes',
      source: { kind: 'rpjmd', reference: 'RPJMD 2021–2026 Misi 2' },
      innovation: 'technology',
      startYear: 2025,
      endYear: 2026,
      budget: [
        { year: 2025, source: 'apbd', amount: 400_000_000 },
        { year: 2026, source: 'apbd', amount: 200_000_000 },
      ],
      quickWin: { impact: 5, alignment: 4, cost: 2, time: 2, feasibility: 4 },
    },
    {
      id: 'one-data',
      name: 'Satu Data Minahasa',
      dimension: 'governance',
      elements: ['public-policy'],
      owner: 'diskominfo',
      source: { kind: 'rpjmd', reference: 'RPJMD 2021–2026 Misi 1' },
      innovation: 'concept',
      startYear: 2025,
      endYear: 2027,
      budget: [
        { year: 2025, source: 'apbd', amount: 300_000_000 },
        { year: 2026, source: 'apbd', amount: 300_000_000 },
        { year: 2027, source: 'apbd', amount: 300_000_000 },
      ],
      quickWin: { impact: 3, alignment: 5, cost: 3, time: 4, feasibility: 3 },
    },
    {
      id: 'public-wifi',
      name: 'Wi-Fi ruang publik',
      dimension: 'society',
      elements: ['community'],
      owner: 'diskominfo',
      source: { kind: 'renstra', reference: 'Renstra Diskominfo 2021–2026' },
      innovation: 'programme',
      startYear: 2025,
      endYear: 2025,
      budget: [{ year: 2025, source: 'apbd', amount: 250_000_000 }],
      quickWin: { impact: 4, alignment: 3, cost: 2, time: 1, feasibility: 5 },
    },
    {
      id: 'tourism-portal',
      name: 'Portal pariwisata Minahasa',
      dimension: 'branding',
      elements: ['tourism'],
      owner: 'dispar',
      source: { kind: 'renstra', reference: 'Renstra Dinas Pariwisata' },
      innovation: 'product',
      startYear: 2026,
      endYear: 2027,
      earliestStart: 2025,
      budget: [
        { year: 2026, source: 'apbd', amount: 150_000_000 },
        { year: 2027, source: 'csr', amount: 100_000_000 },
      ],
      dependsOn: ['one-data'],
      quickWin: { impact: 2, alignment: 2, cost: 4, time: 3, feasibility: 2 },
    },
    {
      id: 'command-center',
      name: 'Command center',
      dimension: 'governance',
      elements: ['public-service', 'bureaucracy'],
      owner: 'diskominfo',
      source: { kind: 'rpjmd', reference: 'RPJMD 2021–2026 Misi 1' },
      innovation: 'technology',
      startYear: 2027,
      endYear: 2029,
      budget: [
        { year: 2027, source: 'apbn', amount: 2_000_000_000 },
        { year: 2028, source: 'apbd', amount: 500_000_000 },
      ],
      dependsOn: ['one-data', 'public-wifi'],
    },
  ],
  quickWins: {
    budget: 1_000_000_000,
    maxPerOwner: 1,
    selected: [{ programme: 'e-health', year: 1 }],
  },
  literacy: {
    baseline: {
      year: 2022,
      source: 'Survei daerah 2022',
      index: 3.4,
      pillars: { skills: 3.3, ethics: 3.7, safety: 3.0 },
    },
    targets: [
      { year: 2026, pillars: { skills: 3.6, safety: 3.3 } },
      { year: 2025, pillars: { skills: 3.45, safety: 3.1 } },
    ],
    targetGroups: [{ id: 'asn', name: 'ASN' }],
    activities: [],
  },
  evaluations: [
    { year: 2024, scores: { baseline: 3, output: 3.5, outcome: 3, impact: 2.5, 'quick-win': 4 } },
  ],
};

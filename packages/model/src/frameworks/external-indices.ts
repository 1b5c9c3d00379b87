import type { LocalizedText } from '../i18n.js';
import type { Provenance } from '../schema/common.js';

/** A component of an external index with its weight, and whether that weight is confirmed by a primary source. */
export interface ExternalIndexComponent {
  readonly id: string;
  readonly name: LocalizedText;
  /** Share of the index (0–1), or `null` where no weight is known. */
  readonly weight: number | null;
  /** `false`: the weight comes from a secondary source or could not be checked; do not quote it as official. */
  readonly confirmed: boolean;
}

/** An index the region already reports to a national body, usable as a dated input (e.g. by evaluation outcome questions). */
export interface ExternalIndexDefinition {
  readonly id: string;
  readonly name: LocalizedText;
  /** The scale of the published value, or `null` when it is not known. */
  readonly scale: { readonly min: number; readonly max: number } | null;
  /** First and last year the index is published (`null`: still published). */
  readonly years: { readonly from: number | null; readonly to: number | null };
  /** The index that replaces it, if any. */
  readonly successor: string | null;
  readonly components: readonly ExternalIndexComponent[];
  readonly provenance: Provenance;
}

/**
 * The external indices the toolkit knows: the SPBE index (Permen PANRB 59/2020) and its successor from 2025,
 * Indeks Pemerintah Digital (letter B/66/PD.02/2025). Weights marked `confirmed: false` are not confirmed by
 * a primary source. Pemdi's weights are known only from a single secondary source and are left out.
 */
export const EXTERNAL_INDICES: readonly ExternalIndexDefinition[] = [
  {
    id: 'spbe',
    name: { id: 'Indeks SPBE', en: 'SPBE index (e-government)' },
    scale: { min: 0, max: 5 },
    years: { from: null, to: 2024 },
    successor: 'pemdi',
    components: [
      {
        id: 'internal-policy',
        name: { id: 'Kebijakan Internal SPBE', en: 'Internal policy' },
        weight: 0.13,
        confirmed: false,
      },
      { id: 'governance', name: { id: 'Tata Kelola SPBE', en: 'Governance' }, weight: 0.25, confirmed: true },
      { id: 'management', name: { id: 'Manajemen SPBE', en: 'Management' }, weight: 0.165, confirmed: false },
      { id: 'services', name: { id: 'Layanan SPBE', en: 'Services' }, weight: 0.455, confirmed: true },
    ],
    provenance: {
      status: 'official',
      source: 'Permen PANRB 59/2020',
      note: {
        id: 'Bobot domain Kebijakan Internal (13%) dan Manajemen (16,5%) belum terkonfirmasi.',
        en: 'The Internal policy (13%) and Management (16.5%) domain weights are not confirmed.',
      },
    },
  },
  {
    id: 'pemdi',
    name: { id: 'Indeks Pemerintah Digital', en: 'Digital Government Index (Pemdi)' },
    scale: null,
    years: { from: 2025, to: null },
    successor: null,
    components: [],
    provenance: {
      status: 'official',
      source: 'Surat B/66/PD.02/2025',
      note: {
        id: 'Bobotnya hanya diketahui dari satu sumber sekunder: tidak terkonfirmasi dan tidak dimuat di sini.',
        en: 'Its weights are known only from a single secondary source: unconfirmed and not included here.',
      },
    },
  },
];

/** The external index with this id, if the toolkit knows it. */
export function externalIndex(id: string): ExternalIndexDefinition | undefined {
  return EXTERNAL_INDICES.find((x) => x.id === id);
}

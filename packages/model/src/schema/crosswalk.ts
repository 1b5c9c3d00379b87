import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, ProvenanceSchema } from './common.js';
import { FRAMEWORK_VERSION_PATTERN } from './patterns.js';

/** What a crosswalk can map: the parts of a framework that documents refer to by id. */
export const CROSSWALK_SCOPES = [
  'dimension',
  'element',
  'pillar',
  'aspect',
  'item',
  'evaluation-dimension',
] as const;
export type CrosswalkScope = (typeof CROSSWALK_SCOPES)[number];

/**
 * How a part changed between two versions: `renamed` (one id to one other), `split` (one to several),
 * `merged` (several to one) or `retired` (gone, nothing replaces it). Ids found in both versions and not
 * listed are unchanged.
 */
export const CROSSWALK_CHANGES = ['renamed', 'split', 'merged', 'retired'] as const;
export type CrosswalkChangeKind = (typeof CROSSWALK_CHANGES)[number];

export const CrosswalkChangeSchema = z
  .object({
    scope: z.enum(CROSSWALK_SCOPES),
    change: z.enum(CROSSWALK_CHANGES),
    /** The ids in the older version (one, or several for `merged`). */
    from: z.array(IdSchema).min(1).max(20),
    /** The ids in the newer version (one, several for `split`, none for `retired`). */
    to: z.array(IdSchema).max(20).default([]),
    note: LocalizedTextSchema.optional(),
  })
  .strict();

/** The changes between two versions of one framework, as data. */
export const CrosswalkSchema = z
  .object({
    kind: z.literal('smartcity.crosswalk'),
    /** The framework id both versions share. */
    framework: IdSchema,
    from: z.string().max(32).regex(FRAMEWORK_VERSION_PATTERN),
    to: z.string().max(32).regex(FRAMEWORK_VERSION_PATTERN),
    provenance: ProvenanceSchema,
    changes: z.array(CrosswalkChangeSchema).max(1000),
  })
  .strict();

export type CrosswalkChange = z.infer<typeof CrosswalkChangeSchema>;
export type Crosswalk = z.infer<typeof CrosswalkSchema>;
export type CrosswalkInput = z.input<typeof CrosswalkSchema>;

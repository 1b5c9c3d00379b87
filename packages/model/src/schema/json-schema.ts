import { z } from 'zod';
import {
  DocumentSchema,
  EvaluationDocumentSchema,
  MasterplanSchema,
  MaturityDocumentSchema,
  ReadinessDocumentSchema,
  SCHEMA_VERSION,
  SelfAssessmentDocumentSchema,
} from './documents.js';
import { FrameworkSchema } from './framework.js';
import { CrosswalkSchema, InstrumentSchema } from './instrument.js';

/** The JSON Schemas the package ships, by name (`dist/schema/<name>.schema.json`). */
export const JSON_SCHEMA_NAMES = [
  'framework',
  'masterplan',
  'readiness',
  'maturity',
  'evaluation',
  'self-assessment',
  'instrument',
  'crosswalk',
  'document',
] as const;
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

/** A JSON Schema (draft 2020-12) as a plain JSON value. */
export type JsonSchema = Record<string, unknown>;

const STRUCTURE_ONLY =
  "It checks structure only (types, required fields, lengths, patterns, enumerations); whether the region is on the Kemendagri list, whether references resolve and whether values lie on the framework's scales is checked by parseDocument in @smartcity/model.";

const SOURCES: Record<JsonSchemaName, { schema: z.ZodType; title: string; description: string }> = {
  framework: {
    schema: FrameworkSchema,
    title: 'Smart City framework (smartcity.framework)',
    description:
      'A versioned framework definition: dimensions and elements, readiness, maturity ladders, evaluation weights, quick-win criteria, digital literacy and roadmap, each with its provenance.',
  },
  masterplan: {
    schema: MasterplanSchema,
    title: 'Smart City masterplan (smartcity.masterplan)',
    description:
      "A region's Masterplan Smart City: team, OPDs, vision, assessments, programmes, quick wins, literacy strategy and evaluations.",
  },
  readiness: {
    schema: ReadinessDocumentSchema,
    title: 'Smart City readiness assessment (smartcity.readiness)',
    description: "A region's answers to the readiness (kesiapan) questionnaire.",
  },
  maturity: {
    schema: MaturityDocumentSchema,
    title: 'Smart City maturity assessment (smartcity.maturity)',
    description: "A region's maturity (kematangan) level per framework element for one year.",
  },
  evaluation: {
    schema: EvaluationDocumentSchema,
    title: 'Smart City evaluation (smartcity.evaluation)',
    description: "A region's scores on the evaluation dimensions for one year.",
  },
  'self-assessment': {
    schema: SelfAssessmentDocumentSchema,
    title: 'Smart City self-assessment (smartcity.self-assessment)',
    description:
      "A region's answers to one year's evaluation instrument, each with its supporting evidence and who answered it, the assessors' validated values beside the region's own, and the assessors' strengths, weaknesses and recommendations.",
  },
  instrument: {
    schema: InstrumentSchema,
    title: 'Smart City evaluation instrument (smartcity.evaluation-instrument)',
    description:
      "One version of the ministry's yearly evaluation instrument: dimensions with weights, indicators, sub-indicators and questions, the 1–4 value scale (0 = not evaluated) and the regions it applies to, each with its provenance.",
  },
  crosswalk: {
    schema: CrosswalkSchema,
    title: 'Smart City evaluation crosswalk (smartcity.evaluation-crosswalk)',
    description:
      'How the questions and dimensions of two instrument versions relate: continues, new, not comparable or discontinued.',
  },
  document: {
    schema: DocumentSchema,
    title: 'Smart City document (any kind)',
    description: 'Any document a region produces, told apart by `kind`.',
  },
};

/** The `$id` of a shipped schema: a neutral URN, e.g. `urn:smartcity:schema:1:masterplan`. */
export function jsonSchemaId(name: JsonSchemaName): string {
  return `urn:smartcity:schema:${SCHEMA_VERSION}:${name}`;
}

/**
 * The JSON Schemas (draft 2020-12) of the document format, generated from the zod schemas (as files are
 * written: defaults are optional). They validate structure only; see `parseDocument` for the checks
 * against the framework and the region list. The build writes them to `dist/schema/<name>.schema.json`.
 */
export function jsonSchemas(): Record<JsonSchemaName, JsonSchema> {
  const out = {} as Record<JsonSchemaName, JsonSchema>;
  for (const name of JSON_SCHEMA_NAMES) {
    const { schema, title, description } = SOURCES[name];
    const { $schema, ...body } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    out[name] = {
      $schema,
      $id: jsonSchemaId(name),
      title,
      description: `${description} Format version ${SCHEMA_VERSION}. ${STRUCTURE_ONLY}`,
      ...body,
    };
  }
  return out;
}

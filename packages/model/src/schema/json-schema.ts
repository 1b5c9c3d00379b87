import { z } from 'zod';
import { MAX_CHARS } from './common.js';
import { CrosswalkSchema } from './crosswalk.js';
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
import { InstrumentCrosswalkSchema, InstrumentSchema } from './instrument.js';

/** The JSON Schemas the package ships, by name (`dist/schema/<name>.schema.json`). */
export const JSON_SCHEMA_NAMES = [
  'framework',
  'masterplan',
  'readiness',
  'maturity',
  'evaluation',
  'self-assessment',
  'instrument',
  'evaluation-crosswalk',
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
  'evaluation-crosswalk': {
    schema: InstrumentCrosswalkSchema,
    title: 'Smart City evaluation crosswalk (smartcity.evaluation-crosswalk)',
    description:
      'How the questions and dimensions of two instrument versions relate: continues, new, not comparable or discontinued.',
  },
  document: {
    schema: DocumentSchema,
    title: 'Smart City document (any kind)',
    description: 'Any document a region produces, told apart by `kind`.',
  },
  crosswalk: {
    schema: CrosswalkSchema,
    title: 'Smart City framework crosswalk (smartcity.crosswalk)',
    description:
      'The changes between two versions of one framework (renamed, split, merged or retired dimensions, elements, pillars, aspects, questions and evaluation dimensions), read by readUnderVersion.',
  },
};

/** The `$id` of a shipped schema: a neutral URN, e.g. `urn:smartcity:schema:1:masterplan`. */
export function jsonSchemaId(name: JsonSchemaName): string {
  return `urn:smartcity:schema:${SCHEMA_VERSION}:${name}`;
}

/**
 * zod refuses infinite numbers; JSON Schema's `type: "number"` does not (JSON text such as `1e400` reads as
 * Infinity). Every number without a bound gets the largest finite one, so that the shipped schemas refuse
 * what zod refuses.
 */
function boundNumbers(s: JsonSchema): void {
  if (s.type !== 'number' && s.type !== 'integer') return;
  if (s.minimum === undefined && s.exclusiveMinimum === undefined) s.minimum = -Number.MAX_VALUE;
  if (s.maximum === undefined && s.exclusiveMaximum === undefined) s.maximum = Number.MAX_VALUE;
}

/** A string limited by `maxChars` gets the same `maxLength` (JSON Schema counts code points too). */
function lengthInCharacters(schema: unknown, s: JsonSchema): void {
  const checks = (schema as { _zod?: { def?: { checks?: object[] } } })._zod?.def?.checks;
  for (const c of checks ?? []) {
    const max = MAX_CHARS.get(c);
    if (max !== undefined) s.maxLength = Math.min(max, (s.maxLength as number | undefined) ?? max);
  }
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
    const { $schema, ...body } = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      override: ({ zodSchema, jsonSchema }) => {
        boundNumbers(jsonSchema as JsonSchema);
        lengthInCharacters(zodSchema, jsonSchema as JsonSchema);
      },
    });
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

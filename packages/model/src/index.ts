export type { CsvCell } from './csv.js';
export { csvCell, toCsv } from './csv.js';
export type { CreateMasterplanOptions } from './documents/create.js';
export { createMasterplan } from './documents/create.js';
export { GMSC_2021 } from './frameworks/gmsc-2021.js';
export type { FrameworkRegistry, ParseResult } from './frameworks/registry.js';
export {
  BUILTIN_FRAMEWORKS,
  createRegistry,
  DEFAULT_FRAMEWORK,
  GMSC,
  parseFramework,
} from './frameworks/registry.js';
export type { Locale, LocalizedText } from './i18n.js';
export { LOCALES, localize } from './i18n.js';
export type { Province, RegionInfo, RegionType } from './regions/regions.js';
export { findRegion, listProvinces, listRegions, REGION_CODE_PATTERN } from './regions/regions.js';
export type { Evidence, Provenance } from './schema/common.js';
export {
  charCount,
  EvidenceSchema,
  IdSchema,
  LocalizedTextSchema,
  MAX_NAME,
  MAX_TEXT,
  ProvenanceSchema,
} from './schema/common.js';
export type {
  Adoption,
  AnswerValue,
  Approval,
  BudgetLine,
  DocumentKind,
  ElementAssessment,
  EvaluationBody,
  EvaluationDocument,
  Kpi,
  LiteracyStrategy,
  Masterplan,
  MasterplanInput,
  MaturityAssessment,
  MaturityDocument,
  Mission,
  Narrative,
  Opd,
  Programme,
  QuickWinChoice,
  QuickWinPlan,
  ReadinessAnswer,
  ReadinessAssessment,
  ReadinessDocument,
  Region,
  Signatory,
  SmartCityDocument,
  Strategy,
  Team,
  TeamMember,
} from './schema/documents.js';
export {
  AdoptionSchema,
  AnswerValueSchema,
  ApprovalSchema,
  DOCUMENT_KINDS,
  DocumentSchema,
  EvaluationBodySchema,
  EvaluationDocumentSchema,
  LiteracyStrategySchema,
  MAX_NARRATIVE,
  MasterplanSchema,
  MaturityBodySchema,
  MaturityDocumentSchema,
  NarrativeSchema,
  ProgrammeSchema,
  ReadinessBodySchema,
  ReadinessDocumentSchema,
  RegionSchema,
  SCHEMA_VERSION,
  SignatorySchema,
} from './schema/documents.js';
export type {
  Aspect,
  Dimension,
  Element,
  EvaluationWeightSet,
  Framework,
  FrameworkInput,
  Guidance,
  GuidanceInput,
  Ladder,
  Level,
  Phase,
  Pillar,
  Predicate,
  Question,
  QuickWinCriterion,
} from './schema/framework.js';
export {
  AspectSchema,
  DimensionSchema,
  ElementSchema,
  FrameworkSchema,
  GuidanceSchema,
  LadderSchema,
  PillarSchema,
  QuickWinCriterionSchema,
} from './schema/framework.js';
export type { JsonSchema, JsonSchemaName } from './schema/json-schema.js';
export { JSON_SCHEMA_NAMES, jsonSchemaId, jsonSchemas } from './schema/json-schema.js';
export {
  FORBIDDEN_CHARACTER,
  FRAMEWORK_VERSION_PATTERN,
  HTTP_URL_PATTERN,
  ID_PATTERN,
  NO_CONTROL_CHARACTERS,
  PROVINCE_CODE_PATTERN,
} from './schema/patterns.js';
export type { DecodedText, TextEncodingName } from './validation/decode.js';
export { decodeText } from './validation/decode.js';
export { checkFramework } from './validation/framework-checks.js';
export type { InputLimits } from './validation/guard.js';
export { DEFAULT_LIMITS } from './validation/guard.js';
export type { IssueCode, IssuePath, TextPosition, ValidationIssue } from './validation/issues.js';
export { formatPath, issue } from './validation/issues.js';
export type { ParsedDocument, ParseOptions } from './validation/parse.js';
export { parseDocument, parseMasterplan } from './validation/parse.js';

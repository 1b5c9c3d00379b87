export type { CsvCell, CsvError, CsvRecord, CsvTable } from './csv.js';
export { csvCell, parseCsv, toCsv } from './csv.js';
export type { CreateMasterplanOptions } from './documents/create.js';
export { createMasterplan } from './documents/create.js';
export type { CrosswalkGap, CrosswalkMapping, CrosswalkReading } from './frameworks/crosswalk.js';
export { parseCrosswalk, readUnderVersion } from './frameworks/crosswalk.js';
export type { ExternalIndexComponent, ExternalIndexDefinition } from './frameworks/external-indices.js';
export { EXTERNAL_INDICES, externalIndex } from './frameworks/external-indices.js';
export { GMSC_2021 } from './frameworks/gmsc-2021.js';
export {
  BUILTIN_CROSSWALK_DATA,
  BUILTIN_INSTRUMENT_DATA,
  CROSSWALK_2022_2023,
  EVALUATION_2021_GUIDELINE,
  EVALUATION_2022,
  EVALUATION_2023_STAGE_2,
} from './frameworks/instruments/builtin.js';
export type {
  Applicability,
  InstrumentRegistry,
  QuestionInContext,
} from './frameworks/instruments/registry.js';
export {
  BUILTIN_INSTRUMENT_CROSSWALKS,
  BUILTIN_INSTRUMENTS,
  checkInstrument,
  checkInstrumentCrosswalk,
  createInstrumentRegistry,
  findInstrumentCrosswalk,
  instrumentApplies,
  instrumentQuestions,
  parseInstrument,
  parseInstrumentCrosswalk,
} from './frameworks/instruments/registry.js';
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
export type { MonitoringImport } from './monitoring/csv.js';
export {
  MONITORING_CSV_COLUMNS,
  mergeMonitoring,
  monitoringFromCsv,
  monitoringToCsv,
} from './monitoring/csv.js';
export type { Province, RegionInfo, RegionLookup, RegionType } from './regions/regions.js';
export {
  findRegion,
  listProvinces,
  listRegions,
  REGION_CODE_PATTERN,
  resolveRegion,
} from './regions/regions.js';
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
  Crosswalk,
  CrosswalkChange,
  CrosswalkChangeKind,
  CrosswalkInput,
  CrosswalkScope,
} from './schema/crosswalk.js';
export { CROSSWALK_CHANGES, CROSSWALK_SCOPES, CrosswalkSchema } from './schema/crosswalk.js';
export type {
  Adoption,
  AnswerValue,
  Approval,
  AssessorReview,
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
  PublishedEvaluation,
  QuickWinChoice,
  QuickWinPlan,
  ReadinessAnswer,
  ReadinessAssessment,
  ReadinessDocument,
  Region,
  SelfAssessment,
  SelfAssessmentAnswer,
  SelfAssessmentAnswerInput,
  SelfAssessmentDocument,
  SelfAssessmentDocumentInput,
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
  SelfAssessmentAnswerSchema,
  SelfAssessmentBodySchema,
  SelfAssessmentDocumentSchema,
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
export type {
  Instrument,
  InstrumentCrosswalk,
  InstrumentCrosswalkEntry,
  InstrumentCrosswalkInput,
  InstrumentCrosswalkRelation,
  InstrumentDimension,
  InstrumentIndicator,
  InstrumentInput,
  InstrumentQuestion,
  InstrumentRef,
  InstrumentScale,
  InstrumentSubIndicator,
} from './schema/instrument.js';
export { InstrumentCrosswalkSchema, InstrumentRefSchema, InstrumentSchema } from './schema/instrument.js';
export type { JsonSchema, JsonSchemaName } from './schema/json-schema.js';
export { JSON_SCHEMA_NAMES, jsonSchemaId, jsonSchemas } from './schema/json-schema.js';
export type {
  ElementMove,
  ExternalIndexValue,
  KpiActual,
  KpiMilestone,
  LiteracyMeasurement,
  MonitoringRecord,
  MonitoringStatus,
  RealisedBudget,
  Rpjmd,
} from './schema/monitoring.js';
export { MONITORING_STATUSES, MonitoringRecordSchema } from './schema/monitoring.js';
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
export { onInstrumentScale } from './validation/document-checks.js';
export { checkFramework } from './validation/framework-checks.js';
export type { InputLimits } from './validation/guard.js';
export { DEFAULT_LIMITS } from './validation/guard.js';
export type { IssueCode, IssuePath, TextPosition, ValidationIssue } from './validation/issues.js';
export { formatPath, issue } from './validation/issues.js';
export { migrateDocument } from './validation/migrate.js';
export type { ParsedDocument, ParseOptions } from './validation/parse.js';
export { parseDocument, parseMasterplan } from './validation/parse.js';

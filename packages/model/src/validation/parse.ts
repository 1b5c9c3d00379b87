import { z } from 'zod';
import { BUILTIN_INSTRUMENTS, type InstrumentRegistry } from '../frameworks/instruments/registry.js';
import {
  BUILTIN_FRAMEWORKS,
  type FrameworkRegistry,
  type ParseResult,
  unknownFrameworkIssue,
} from '../frameworks/registry.js';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  DocumentSchema,
  type Masterplan,
  RegionSchema,
  SCHEMA_VERSION,
  type SmartCityDocument,
} from '../schema/documents.js';
import type { Framework } from '../schema/framework.js';
import { checkDocument, checkRegion } from './document-checks.js';
import { type InputLimits, readJson } from './guard.js';
import { describeFound, fromZodIssues, issue, type ValidationIssue, ZOD_PARSE_PARAMS } from './issues.js';
import { migrateDocument } from './migrate.js';

/** Options of `parseDocument`. */
export interface ParseOptions extends InputLimits {
  /** The frameworks documents may answer (default: the built-in ones). */
  registry?: FrameworkRegistry;
  /** Only accept documents of these kinds (default: any). */
  kinds?: readonly DocumentKind[];
  /** The evaluation instruments documents may answer (default: the built-in ones). */
  instruments?: InstrumentRegistry;
}

/** A parsed document together with the framework it answers. */
export interface ParsedDocument<T extends SmartCityDocument = SmartCityDocument> {
  readonly document: T;
  readonly framework: Framework;
  /**
   * What a reader should know that is not a problem: a document in an older format version read in the
   * current one says what changed (code `schema-migrated`). Empty for a current document.
   */
  readonly notices: readonly ValidationIssue[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

let compiledDocumentSchema: typeof DocumentSchema | undefined;

/**
 * The schema documents are parsed with: `DocumentSchema` compiled by zod (`z.compile`, zod 4.5+), built the
 * first time a document is parsed. Compiled, zod checks a document with generated code instead of walking
 * the schema — several times faster for documents this size — and gives the same results and the same
 * issues (an invalid document is parsed again by the schema itself, for its issues). Where zod may not
 * generate code (`z.config({ jitless: true })`, e.g. under a Content-Security-Policy without
 * `'unsafe-eval'`) or has no compiler (before 4.5), documents are parsed with `DocumentSchema` itself.
 */
function documentSchema(): typeof DocumentSchema {
  if (z.config().jitless || typeof z.compile !== 'function') return DocumentSchema;
  compiledDocumentSchema ??= z.compile(DocumentSchema);
  return compiledDocumentSchema;
}

/**
 * Parses a document a region produces (JSON text or an already parsed value) and checks it against its
 * framework and the Kemendagri region list. Never throws on bad input: it returns either the typed
 * document or every problem found, each with its path, a code and a message in Bahasa Indonesia and English.
 */
export function parseDocument(input: unknown, options: ParseOptions = {}): ParseResult<ParsedDocument> {
  const registry = options.registry ?? BUILTIN_FRAMEWORKS;
  const read = readJson(input, options);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const value = read.value;
  if (!isObject(value))
    return {
      ok: false,
      issues: [
        issue([], 'not-an-object', 'Dokumen harus berupa objek JSON.', 'A document must be a JSON object.'),
      ],
    };

  let raw: Record<string, unknown> = value;
  // The header first: a document from a newer release or for another framework gets one clear message,
  // not a list of every field that happens to differ.
  const v = raw.schemaVersion;
  if (typeof v === 'number' && Number.isInteger(v) && v > SCHEMA_VERSION)
    return {
      ok: false,
      issues: [
        issue(
          ['schemaVersion'],
          'schema-version-newer',
          `Dokumen ditulis dengan format versi ${v}, lebih baru dari yang didukung (${SCHEMA_VERSION}). Perbarui smartcity.`,
          `The document uses format version ${v}, newer than this release supports (${SCHEMA_VERSION}). Update smartcity.`,
        ),
      ],
    };
  let notices: ValidationIssue[] = [];
  const migrated = v !== SCHEMA_VERSION && typeof v === 'number' ? migrateDocument(raw) : undefined;
  if (migrated) {
    raw = migrated.value;
    notices = migrated.notices;
  } else if (v !== SCHEMA_VERSION) {
    const [fid, fen] = describeFound(v);
    return {
      ok: false,
      issues: [
        issue(
          ['schemaVersion'],
          'schema-version-unsupported',
          `Versi format tidak didukung: diharapkan schemaVersion bilangan bulat 1–${SCHEMA_VERSION} (versi ini menulis ${SCHEMA_VERSION}), ditemukan ${fid}.`,
          `Unsupported format version: a whole-number schemaVersion 1–${SCHEMA_VERSION} was expected (this release writes ${SCHEMA_VERSION}), found ${fen}.`,
        ),
      ],
    };
  }
  const kinds = options.kinds ?? DOCUMENT_KINDS;
  if (typeof raw.kind !== 'string' || !(kinds as readonly string[]).includes(raw.kind)) {
    const [fid, fen] = describeFound(raw.kind);
    return {
      ok: false,
      issues: [
        issue(
          ['kind'],
          'unknown-kind',
          `Jenis dokumen tidak dikenal: diharapkan salah satu dari ${kinds.join(', ')}, ditemukan ${fid}.`,
          `Unknown document kind: one of ${kinds.join(', ')} was expected, found ${fen}.`,
        ),
      ],
    };
  }
  const ref = isObject(raw.framework) ? raw.framework : {};
  const framework =
    typeof ref.id === 'string' && typeof ref.version === 'string'
      ? registry.get(ref.id, ref.version)
      : undefined;
  if (!framework)
    return {
      ok: false,
      issues: [unknownFrameworkIssue(registry, ref.id, ref.version, isObject(raw.framework))],
    };

  const parsed = documentSchema().safeParse(raw, ZOD_PARSE_PARAMS);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues);
    // Contextual checks need a well-formed document, except the region's, which only needs the region:
    // report an unknown or mismatched region together with the structural problems.
    const region = RegionSchema.safeParse(raw.region);
    if (region.success) checkRegion(issues, region.data);
    return { ok: false, issues };
  }
  const problems = checkDocument(parsed.data, framework, options.instruments ?? BUILTIN_INSTRUMENTS);
  if (problems.length > 0) return { ok: false, issues: problems };
  return { ok: true, value: { document: parsed.data, framework, notices }, issues: [] };
}

/** Parses a masterplan (the `smartcity.masterplan` kind); see `parseDocument`. */
export function parseMasterplan(
  input: unknown,
  options: Omit<ParseOptions, 'kinds'> = {},
): ParseResult<ParsedDocument<Masterplan>> {
  return parseDocument(input, { ...options, kinds: ['smartcity.masterplan'] }) as ParseResult<
    ParsedDocument<Masterplan>
  >;
}

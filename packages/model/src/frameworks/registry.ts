import { type Framework, FrameworkSchema } from '../schema/framework.js';
import { checkFramework } from '../validation/framework-checks.js';
import { type InputLimits, readJson } from '../validation/guard.js';
import {
  describeFound,
  fromZodIssues,
  issue,
  type ValidationIssue,
  ZOD_PARSE_PARAMS,
} from '../validation/issues.js';
import { GMSC_2021 } from './gmsc-2021.js';

/** The outcome of parsing: the typed value, or every problem found. Parsing never throws on bad input. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Parses and checks a framework definition (JSON text or a value). */
export function parseFramework(input: unknown, limits?: InputLimits): ParseResult<Framework> {
  const read = readJson(input, limits);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const parsed = FrameworkSchema.safeParse(read.value, ZOD_PARSE_PARAMS);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const problems = checkFramework(parsed.data);
  if (problems.length > 0) return { ok: false, issues: problems };
  return { ok: true, value: parsed.data, issues: [] };
}

/** A set of framework versions that documents can be checked against. */
export interface FrameworkRegistry {
  /** Every framework version, in the order added. */
  readonly all: readonly Framework[];
  /** The framework with this id and version, if registered. */
  get(id: string, version: string): Framework | undefined;
  /** The versions registered for an id. */
  versions(id: string): readonly string[];
}

/** Builds a registry; throws if two frameworks share an id and version (a programming error, not input). */
export function createRegistry(frameworks: readonly Framework[]): FrameworkRegistry {
  const byKey = new Map<string, Framework>();
  for (const f of frameworks) {
    const key = `${f.id}@${f.version}`;
    if (byKey.has(key)) throw new Error(`Framework ${key} is registered twice`);
    byKey.set(key, f);
  }
  return {
    all: [...byKey.values()],
    get: (id, version) => byKey.get(`${id}@${version}`),
    versions: (id) => [...byKey.values()].filter((f) => f.id === id).map((f) => f.version),
  };
}

function builtin(input: unknown): Framework {
  const r = parseFramework(input);
  if (!r.ok) throw new Error(`Built-in framework is invalid: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** Gerakan Menuju Smart City, version 2021.1 (parsed, with defaults applied). */
export const GMSC: Framework = builtin(GMSC_2021);

/** The frameworks that ship with the toolkit. */
export const BUILTIN_FRAMEWORKS: FrameworkRegistry = createRegistry([GMSC]);

/** The framework a new document uses by default. */
export const DEFAULT_FRAMEWORK: Framework = GMSC;

export function unknownFrameworkIssue(
  registry: FrameworkRegistry,
  id: unknown,
  version: unknown,
  /** Whether the document has a `framework` object at all (else the issue points at `framework`). */
  hasReference = true,
): ValidationIssue {
  const versions = typeof id === 'string' ? registry.versions(id) : [];
  if (versions.length === 0) {
    const known = [...new Set(registry.all.map((f) => f.id))].join(', ');
    const [fid, fen] = describeFound(id);
    return issue(
      hasReference ? ['framework', 'id'] : ['framework'],
      'unknown-framework',
      `Kerangka tidak dikenal: diharapkan salah satu dari ${known}, ditemukan ${fid}.`,
      `Unknown framework: one of ${known} was expected, found ${fen}.`,
    );
  }
  const [fid, fen] = describeFound(version);
  return issue(
    ['framework', 'version'],
    'unknown-framework-version',
    `Versi kerangka "${String(id)}" tidak dikenal: diharapkan salah satu dari ${versions.join(', ')}, ditemukan ${fid}.`,
    `Unknown version of framework "${String(id)}": one of ${versions.join(', ')} was expected, found ${fen}.`,
  );
}

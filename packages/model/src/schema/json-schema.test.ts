import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMasterplan } from '../documents/create.js';
import { GMSC_2021 } from '../frameworks/gmsc-2021.js';
import { EVALUATION_2023_STAGE_2 } from '../frameworks/instruments/builtin.js';
import { BUILTIN_INSTRUMENT_CROSSWALKS, BUILTIN_INSTRUMENTS } from '../frameworks/instruments/registry.js';
import { GMSC } from '../frameworks/registry.js';
import { generateMasterplan } from '../samples/generate.js';
import { MINAHASA_SAMPLE } from '../samples/minahasa.js';
import { MINAHASA_SELF_ASSESSMENT_2022 } from '../samples/minahasa-self-assessment.js';
import { CrosswalkSchema } from './crosswalk.js';
import {
  DocumentSchema,
  EvaluationDocumentSchema,
  MasterplanSchema,
  MaturityDocumentSchema,
  ReadinessDocumentSchema,
  SelfAssessmentDocumentSchema,
} from './documents.js';
import { FrameworkSchema } from './framework.js';
import { InstrumentCrosswalkSchema, InstrumentSchema } from './instrument.js';
import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchemaId, jsonSchemas } from './json-schema.js';

const schemas = jsonSchemas();
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const s of Object.values(schemas)) ajv.addSchema(s);
const validator = (name: JsonSchemaName) => ajv.getSchema(jsonSchemaId(name))!;

const ZOD: Record<JsonSchemaName, { safeParse(v: unknown): { success: boolean } }> = {
  framework: FrameworkSchema,
  masterplan: MasterplanSchema,
  readiness: ReadinessDocumentSchema,
  maturity: MaturityDocumentSchema,
  evaluation: EvaluationDocumentSchema,
  'self-assessment': SelfAssessmentDocumentSchema,
  instrument: InstrumentSchema,
  crosswalk: CrosswalkSchema,
  document: DocumentSchema,
  'evaluation-crosswalk': InstrumentCrosswalkSchema,
};

type Doc = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

/** Sets the value at a path (creating nothing: the path must exist up to its last key). */
function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = clone(doc) as Doc;
  let node = copy as Doc;
  for (const key of path.slice(0, -1)) node = node[key] as Doc;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const header = {
  schemaVersion: 2,
  framework: { id: 'gmsc', version: '2021.1' },
  region: MINAHASA_SAMPLE.region,
};
const readinessDoc = { ...header, kind: 'smartcity.readiness', assessment: MINAHASA_SAMPLE.readiness };
const maturityDoc = { ...header, kind: 'smartcity.maturity', assessment: MINAHASA_SAMPLE.maturity![1] };
const evaluationDoc = {
  ...header,
  kind: 'smartcity.evaluation',
  evaluation: MINAHASA_SAMPLE.evaluations![0],
};

const VALID: [string, unknown][] = [
  ['the Minahasa sample', MINAHASA_SAMPLE],
  ['the Minahasa sample, parsed (defaults applied)', MasterplanSchema.parse(MINAHASA_SAMPLE)],
  ['a new empty masterplan', createMasterplan('71.02', { startYear: 2026 })],
  ...[1, 2, 3, 4, 5].map((s): [string, unknown] => [`generated #${s}`, generateMasterplan('35.78', s)]),
  ['a readiness document', readinessDoc],
  ['a maturity document', maturityDoc],
  ['an evaluation document', evaluationDoc],
  ['a self-assessment document', MINAHASA_SELF_ASSESSMENT_2022],
  ['hostile-looking text', setAt(MINAHASA_SAMPLE, ['vision'], '<img src=x onerror=alert(1)>')],
  ['an emoji (a surrogate pair)', setAt(MINAHASA_SAMPLE, ['title'], 'Smart City 😀')],
  ['tabs and line breaks', setAt(MINAHASA_SAMPLE, ['vision'], 'a\tb\r\nc')],
  ['a 4000-character text', setAt(MINAHASA_SAMPLE, ['vision'], 'x'.repeat(4000))],
  // Structure only: an unknown region or a dangling reference is the contextual checks' business.
  ['an unknown region code (structurally fine)', setAt(MINAHASA_SAMPLE, ['region', 'code'], '99.99')],
  ['a dangling owner (structurally fine)', setAt(MINAHASA_SAMPLE, ['programmes', 0, 'owner'], 'nobody')],
];

const INVALID: [string, unknown][] = [
  ['schemaVersion as a string', setAt(MINAHASA_SAMPLE, ['schemaVersion'], '1')],
  ['schemaVersion 3', setAt(MINAHASA_SAMPLE, ['schemaVersion'], 3)],
  ['a missing region', setAt(MINAHASA_SAMPLE, ['region'], undefined)],
  ['a missing programme name', setAt(MINAHASA_SAMPLE, ['programmes', 0, 'name'], undefined)],
  ['an extra key at the root', setAt(MINAHASA_SAMPLE, ['colour'], 'blue')],
  ['an extra key in a programme', setAt(MINAHASA_SAMPLE, ['programmes', 3, 'priority'], 1)],
  ['an unknown kind', setAt(MINAHASA_SAMPLE, ['kind'], 'smartcity.budget')],
  ['a bad role', setAt(MINAHASA_SAMPLE, ['team', 'members', 0, 'role'], 'boss')],
  ['an impossible date', setAt(MINAHASA_SAMPLE, ['team', 'decree', 'date'], '2021-02-30')],
  ['a date in another format', setAt(MINAHASA_SAMPLE, ['readiness', 'assessedOn'], '22/06/2021')],
  ['a time without offset', setAt(MINAHASA_SAMPLE, ['updatedAt'], '2024-01-15T09:00:00')],
  ['a 4001-character text', setAt(MINAHASA_SAMPLE, ['vision'], 'x'.repeat(4001))],
  ['a 301-character name', setAt(MINAHASA_SAMPLE, ['opds', 0, 'name'], 'x'.repeat(301))],
  ['an empty name', setAt(MINAHASA_SAMPLE, ['opds', 0, 'name'], '')],
  ['a control character', setAt(MINAHASA_SAMPLE, ['title'], 'Masterplan\u0007')],
  ['a NUL character', setAt(MINAHASA_SAMPLE, ['missions', 0, 'text'], 'a\u0000b')],
  ['an id with capitals', setAt(MINAHASA_SAMPLE, ['opds', 0, 'id'], 'Diskominfo')],
  ['an id starting with a dash', setAt(MINAHASA_SAMPLE, ['opds', 0, 'id'], '-kominfo')],
  ['a region code without a dot', setAt(MINAHASA_SAMPLE, ['region', 'code'], '7102')],
  ['a negative amount', setAt(MINAHASA_SAMPLE, ['programmes', 0, 'budget', 0, 'amount'], -1)],
  ['a year out of range', setAt(MINAHASA_SAMPLE, ['programmes', 0, 'startYear'], 1899)],
  ['a fractional year', setAt(MINAHASA_SAMPLE, ['period', 'startYear'], 2022.5)],
  ['no elements in a programme', setAt(MINAHASA_SAMPLE, ['programmes', 0, 'elements'], [])],
  [
    'an ftp link',
    setAt(MINAHASA_SAMPLE, ['readiness', 'answers', 16, 'evidence', 0, 'url'], 'ftp://example.org/'),
  ],
  [
    'a link with a space',
    setAt(MINAHASA_SAMPLE, ['readiness', 'answers', 16, 'evidence', 0, 'url'], 'https://a b.org/'),
  ],
  [
    'a javascript: link',
    setAt(MINAHASA_SAMPLE, ['readiness', 'answers', 16, 'evidence', 0, 'url'], 'javascript:alert(1)'),
  ],
  ['a bad email', setAt(MINAHASA_SAMPLE, ['team', 'members', 0, 'email'], 'not-an-email')],
  ['an answer word', setAt(MINAHASA_SAMPLE, ['readiness', 'answers', 0, 'value'], 'maybe')],
  ['quick-win year 0', setAt(MINAHASA_SAMPLE, ['quickWins', 'selected', 0, 'year'], 0)],
  ['opds as an object', setAt(MINAHASA_SAMPLE, ['opds'], {})],
  ['a null title', setAt(MINAHASA_SAMPLE, ['title'], null)],
  ['a record key with capitals', setAt(MINAHASA_SAMPLE, ['literacy', 'baseline', 'pillars', 'Skills'], 3)],
  ['illustrative as a string', setAt(MINAHASA_SAMPLE, ['illustrative'], 'yes')],
  ['a readiness document without answers', setAt(readinessDoc, ['assessment', 'answers'], undefined)],
  ['a maturity level above 20', setAt(maturityDoc, ['assessment', 'elements', 0, 'current'], 21)],
  [
    'an infinite evaluation score (1e400 in JSON text)',
    JSON.parse(JSON.stringify(evaluationDoc).replace(/"impact":[^,}]+/, '"impact":1e400')),
  ],
  ['an infinite evaluation score', setAt(evaluationDoc, ['evaluation', 'scores', 'impact'], -Infinity)],
  ['a bidirectional override', setAt(MINAHASA_SAMPLE, ['title'], 'a\u202Eb')],
  ['a C1 control', setAt(MINAHASA_SAMPLE, ['title'], 'a\u0085b')],
  ['a lone surrogate', setAt(MINAHASA_SAMPLE, ['title'], 'a\uD800b')],
  ['an evaluation score as a string', setAt(evaluationDoc, ['evaluation', 'scores', 'impact'], '3')],
  [
    'a self-assessment value as a string',
    setAt(MINAHASA_SELF_ASSESSMENT_2022, ['assessment', 'answers', 0, 'value'], '3'),
  ],
  [
    'a self-assessment without an instrument',
    setAt(MINAHASA_SELF_ASSESSMENT_2022, ['assessment', 'instrument'], undefined),
  ],
  ['not an object', []],
  ['null', null],
];

describe('jsonSchemas', () => {
  it('emits one draft 2020-12 schema per name, with an $id, a title and a description', () => {
    expect(Object.keys(schemas)).toEqual([...JSON_SCHEMA_NAMES]);
    for (const name of JSON_SCHEMA_NAMES) {
      const s = schemas[name];
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(`urn:smartcity:schema:2:${name}`);
      expect(s.title).toBeTypeOf('string');
      expect(s.description).toMatch(/structure only/);
    }
  });

  it('carries the control-character rule as a pattern', () => {
    expect(JSON.stringify(schemas.masterplan)).toContain('\\\\u0000-\\\\u0008');
  });

  it('compile under ajv strict mode', () => {
    for (const name of JSON_SCHEMA_NAMES) expect(validator(name)).toBeTypeOf('function');
  });

  it('accepts the built-in instruments and crosswalks, as written and parsed', () => {
    expect(validator('instrument')(EVALUATION_2023_STAGE_2)).toBe(true);
    for (const x of BUILTIN_INSTRUMENTS.all) expect(validator('instrument')(x)).toBe(true);
    for (const c of BUILTIN_INSTRUMENT_CROSSWALKS) expect(validator('evaluation-crosswalk')(c)).toBe(true);
    expect(validator('instrument')(setAt(EVALUATION_2023_STAGE_2, ['scale', 'max'], '4'))).toBe(false);
    expect(ZOD.instrument.safeParse(setAt(EVALUATION_2023_STAGE_2, ['scale', 'max'], '4')).success).toBe(
      false,
    );
  });

  it('accepts the built-in framework', () => {
    expect(validator('framework')(GMSC_2021)).toBe(true);
    expect(validator('framework')(GMSC)).toBe(true);
  });
});

describe('numbers', () => {
  // JSON Schema itself says nothing against Infinity (JSON text such as 1e400 reads as one); ajv refuses it
  // under its own strictNumbers option. With that option off, ajv validates as JSON Schema says, as other
  // validators do: the schemas must still refuse what zod refuses.
  const plain = new Ajv2020({ strict: true, strictNumbers: false, allErrors: true });
  addFormats(plain);
  for (const s of Object.values(schemas)) plain.addSchema(s);

  it('bound every number by the largest finite one', () => {
    const infinite = JSON.parse(
      JSON.stringify(evaluationDoc).replace(/"impact":[^,}]+/, '"impact":1e400'),
    ) as unknown;
    expect(EvaluationDocumentSchema.safeParse(infinite).success).toBe(false);
    expect(plain.getSchema(jsonSchemaId('evaluation'))!(infinite)).toBe(false);
    expect(plain.getSchema(jsonSchemaId('document'))!(infinite)).toBe(false);
    expect(plain.getSchema(jsonSchemaId('evaluation'))!(evaluationDoc)).toBe(true);
    expect(JSON.stringify(schemas.evaluation)).toContain('1.7976931348623157e+308');
  });
});

describe('ajv and zod agree on structure', () => {
  function agree(doc: unknown, names: readonly JsonSchemaName[] = ['document', 'masterplan']): boolean {
    const results = names.map((n) => [n, validator(n)(doc), ZOD[n].safeParse(doc).success] as const);
    for (const [name, a, z] of results) expect({ name, ajv: a }).toEqual({ name, ajv: z });
    return results[0]![2];
  }

  it.each(VALID)('both accept %s', (_, doc) => {
    const kind = (doc as Doc).kind as string;
    const names: JsonSchemaName[] =
      kind === 'smartcity.masterplan'
        ? ['document', 'masterplan']
        : kind === 'smartcity.self-assessment'
          ? ['document', 'self-assessment']
          : ['document'];
    expect(agree(doc, names)).toBe(true);
  });

  it.each(INVALID)('both refuse %s', (_, doc) => {
    expect(agree(doc)).toBe(false);
  });

  it('agree on random changes anywhere in the sample (property)', () => {
    // Every path in the sample, to replace or remove a value there.
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(MINAHASA_SAMPLE, []);
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        undefined,
        '',
        'a\u0001',
        'x'.repeat(301),
        'Ab',
        '2021-13-01',
        'https://ok.example/x',
        -1,
        0.5,
        1e16,
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), value, (path, v) => {
        agree(setAt(MINAHASA_SAMPLE, path, v));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('agree on framework variants', () => {
    expect(validator('framework')(setAt(GMSC, ['version'], 'v2'))).toBe(false);
    expect(FrameworkSchema.safeParse(setAt(GMSC, ['version'], 'v2')).success).toBe(false);
    const extra = setAt(GMSC, ['dimensions', 0, 'colour'], 'red');
    expect(validator('framework')(extra)).toBe(FrameworkSchema.safeParse(extra).success);
  });
});

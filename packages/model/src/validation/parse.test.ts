import { describe, expect, it } from 'vitest';
import { createMasterplan } from '../documents/create.js';
import { createRegistry, GMSC } from '../frameworks/registry.js';
import { MINAHASA_SAMPLE } from '../samples/minahasa.js';
import type { MasterplanInput } from '../schema/documents.js';
import type { IssueCode, IssuePath, ValidationIssue } from './issues.js';
import { formatPath } from './issues.js';
import { parseDocument, parseMasterplan } from './parse.js';

/** A deep copy of the sample, changed by `mutate`. */
function sample(mutate: (m: MasterplanInput & Record<string, unknown>) => void = () => {}): unknown {
  const m = structuredClone(MINAHASA_SAMPLE) as MasterplanInput & Record<string, unknown>;
  mutate(m);
  return m;
}

/** Every issue must say where and what, in both languages. */
function wellFormed(issues: readonly ValidationIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(Array.isArray(i.path)).toBe(true);
    expect(typeof i.code).toBe('string');
    expect(i.message.id.trim().length).toBeGreaterThan(0);
    expect(i.message.en.trim().length).toBeGreaterThan(0);
    expect(typeof formatPath(i.path)).toBe('string');
  }
}

function issuesOf(
  input: unknown,
  parse: (input: unknown) => { ok: boolean; issues: readonly ValidationIssue[] } = parseMasterplan,
): readonly ValidationIssue[] {
  const r = parse(input);
  expect(r.ok).toBe(false);
  wellFormed(r.issues);
  return r.issues;
}

function expectIssue(issues: readonly ValidationIssue[], code: IssueCode, path?: IssuePath): void {
  expect(issues).toContainEqual(expect.objectContaining(path ? { code, path } : { code }));
}

describe('parseMasterplan: valid documents', () => {
  it('accepts the Minahasa sample with no issues, as a value and as JSON text', () => {
    for (const input of [MINAHASA_SAMPLE, JSON.stringify(MINAHASA_SAMPLE)]) {
      const r = parseMasterplan(input);
      expect(r.issues).toEqual([]);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.framework).toBe(GMSC);
        expect(r.value.document.region.code).toBe('71.02');
      }
    }
  });

  it('accepts a new empty masterplan from createMasterplan', () => {
    const m = createMasterplan('71.02', { startYear: 2026 });
    expect(m).toBeDefined();
    expect(parseMasterplan(m).issues).toEqual([]);
    expect(createMasterplan('99.99')).toBeUndefined();
  });

  it('accepts hostile-looking strings as plain text, unchanged', () => {
    const hostile = `<img src=x onerror=alert(1)><script>alert("x")</script>{{7*7}} \${x} '; DROP TABLE --`;
    const r = parseMasterplan(
      sample((m) => {
        m.vision = hostile;
        m.team.name = hostile.slice(0, 300);
        m.opds[0]!.name = '"><svg/onload=alert(1)>';
        m.title = 'evil\u200B\u200F 😀 Ñandú';
      }),
    );
    expect(r.issues).toEqual([]);
    if (r.ok) {
      expect(r.value.document.vision).toBe(hostile);
      expect(r.value.document.title).toBe('evil\u200B\u200F 😀 Ñandú');
    }
  });

  it('refuses C1 controls, bidirectional overrides and isolates, and lone surrogates in text', () => {
    for (const [bad, cp] of [
      ['\u202Eevil', 'U+202E'],
      ['a\u2066b', 'U+2066'],
      ['a\u0085b', 'U+0085'],
      ['a\u009Bb', 'U+009B'],
      ['a\uD800b', 'U+D800'],
      ['a\uDC00', 'U+DC00'],
    ] as const) {
      const r = parseMasterplan(sample((m) => (m.title = bad)));
      expect(r.issues.map((i) => [i.path, i.code])).toEqual([[['title'], 'control-characters']]);
      expect(r.issues[0]!.message.id).toContain(cp);
      expect(r.issues[0]!.message.en).toContain(cp);
    }
    expect(parseMasterplan(sample((m) => (m.title = 'a\uD83D\uDE00b'))).ok).toBe(true);
  });

  it('says what was expected and what was found for a wrong type', () => {
    const r = parseMasterplan(
      sample((m) => {
        (m.programmes![0]!.budget![0] as { amount: unknown }).amount = 'satu miliar';
        delete (m.programmes![1] as { name?: string }).name;
      }),
    );
    const byPath = Object.fromEntries(r.issues.map((i) => [formatPath(i.path), i.message]));
    expect(byPath['programmes[0].budget[0].amount']).toEqual({
      id: 'Diharapkan angka, ditemukan teks "satu miliar".',
      en: 'Expected a number, found text "satu miliar".',
    });
    expect(byPath['programmes[1].name']).toEqual({
      id: 'Wajib diisi: diharapkan teks, tidak ada nilai.',
      en: 'Required: expected text, found nothing.',
    });
  });

  it('accepts tabs and line breaks in text', () => {
    expect(parseMasterplan(sample((m) => (m.vision = 'baris satu\r\nbaris dua\tkolom'))).issues).toEqual([]);
  });

  it('accepts the other document kinds', () => {
    const header = {
      schemaVersion: 1,
      framework: { id: 'gmsc', version: '2021.1' },
      region: MINAHASA_SAMPLE.region,
    };
    const docs = [
      { ...header, kind: 'smartcity.readiness', assessment: MINAHASA_SAMPLE.readiness },
      { ...header, kind: 'smartcity.maturity', assessment: MINAHASA_SAMPLE.maturity![0] },
      { ...header, kind: 'smartcity.evaluation', evaluation: MINAHASA_SAMPLE.evaluations![0] },
    ];
    for (const d of docs) expect(parseDocument(d).issues).toEqual([]);
    // A masterplan-only parse refuses them.
    expectIssue(issuesOf(docs[0]), 'unknown-kind', ['kind']);
  });
});

describe('parseDocument: header', () => {
  it('refuses a newer schemaVersion with one clear message', () => {
    const issues = issuesOf(sample((m) => ((m as { schemaVersion: number }).schemaVersion = 3)));
    expect(issues).toHaveLength(1);
    expectIssue(issues, 'schema-version-newer', ['schemaVersion']);
    expect(issues[0]!.message.en).toMatch(/newer/);
  });

  it('refuses a missing or malformed schemaVersion', () => {
    for (const v of [undefined, 0, '1', 1.5, null])
      expectIssue(
        issuesOf(sample((m) => ((m as { schemaVersion: unknown }).schemaVersion = v))),
        'schema-version-unsupported',
        ['schemaVersion'],
      );
  });

  it('refuses an unknown kind', () => {
    expectIssue(
      issuesOf(
        sample((m) => ((m as { kind: string }).kind = 'smartcity.budget')),
        parseDocument,
      ),
      'unknown-kind',
      ['kind'],
    );
  });

  it('refuses an unknown framework, naming the known ones', () => {
    const issues = issuesOf(sample((m) => (m.framework.id = 'spbe')));
    expect(issues).toHaveLength(1);
    expectIssue(issues, 'unknown-framework', ['framework', 'id']);
    expect(issues[0]!.message.en).toContain('gmsc');
  });

  it('refuses an unknown framework version, naming the available ones', () => {
    const issues = issuesOf(sample((m) => (m.framework.version = '2024.1')));
    expectIssue(issues, 'unknown-framework-version', ['framework', 'version']);
    expect(issues[0]!.message.en).toContain('2021.1');
  });

  it('reads documents of a framework from a custom registry', () => {
    const next = { ...structuredClone(GMSC), version: '2025.1' };
    const registry = createRegistry([GMSC, next]);
    const doc = sample((m) => (m.framework.version = '2025.1'));
    expect(parseMasterplan(doc, { registry }).ok).toBe(true);
    expect(parseMasterplan(doc).ok).toBe(false);
  });
});

describe('parseDocument: hostile and malformed input', () => {
  it('reports malformed JSON without throwing', () => {
    for (const text of ['{', '{"a":}', '', 'undefined', "{'a': 1}", '{"a":1,}'])
      expectIssue(issuesOf(text), 'invalid-json', []);
  });

  it('refuses values that are not an object', () => {
    for (const v of [null, 42, true, [], 'null', '[1,2]', '"text"'])
      expectIssue(issuesOf(v), 'not-an-object', []);
  });

  it('refuses input over the 10 MB default limit, and honours a lower one', () => {
    const big = JSON.stringify({ ...MINAHASA_SAMPLE, vision: 'x'.repeat(10_500_000) });
    expectIssue(issuesOf(big), 'too-large', []);
    // Multi-byte text is measured in UTF-8 bytes, not characters.
    const wide = JSON.stringify({ ...MINAHASA_SAMPLE, vision: 'é'.repeat(5_100_000) });
    expect(wide.length).toBeLessThan(10_000_000);
    expectIssue(issuesOf(wide), 'too-large', []);
    expectIssue(
      issuesOf(JSON.stringify(MINAHASA_SAMPLE), (i) => parseMasterplan(i, { maxBytes: 1000 })),
      'too-large',
      [],
    );
  });

  it('refuses 100,000-deep nesting without overflowing the stack, as text and as a value', () => {
    const depth = 100_000;
    const text = `{"vision":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expectIssue(issuesOf(text), 'too-deep', []);
    let value: unknown = {};
    for (let i = 0; i < depth; i++) value = { a: value };
    expectIssue(issuesOf(value), 'too-deep', []);
  });

  it('refuses documents with too many values', () => {
    const doc = sample((m) => ((m as Record<string, unknown>).padding = new Array(3000).fill(0)));
    expectIssue(
      issuesOf(doc, (i) => parseMasterplan(i, { maxNodes: 2000 })),
      'too-large',
      [],
    );
  });

  it('refuses control characters in text, but not in a way that hides other problems', () => {
    const issues = issuesOf(
      sample((m) => {
        m.vision = 'visi\u0000';
        m.opds[2]!.name = 'Bagian\u001b[31m Organisasi';
        m.team.members[0]!.position = 'bell\u0007';
      }),
    );
    expectIssue(issues, 'control-characters', ['vision']);
    expectIssue(issues, 'control-characters', ['opds', 2, 'name']);
    expectIssue(issues, 'control-characters', ['team', 'members', 0, 'position']);
  });

  it('does not let __proto__ or constructor keys pollute anything', () => {
    const text = JSON.stringify(MINAHASA_SAMPLE).replace('"vision":', '"__proto__":{"polluted":1},"vision":');
    expectIssue(issuesOf(text), 'forbidden-key', ['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const value = JSON.parse(
      text.replace('"vision":', '"literacy":{"baseline":{"pillars":{"__proto__":3}}},"vision":'),
    );
    expectIssue(issuesOf(value), 'forbidden-key', ['__proto__']);
  });
});

describe('parseDocument: structure', () => {
  it('reports wrong types, missing fields, unknown keys and bad values with their paths', () => {
    const issues = issuesOf(
      sample((m) => {
        (m.period as { startYear: unknown }).startYear = '2022';
        delete (m as Partial<MasterplanInput>).opds;
        (m.team.members[1] as Record<string, unknown>).nickname = 'x';
        (m.team.members[2] as { role: string }).role = 'boss';
        m.team.decree!.date = '2021-02-30';
        m.vision = 'x'.repeat(4001);
      }),
    );
    expectIssue(issues, 'invalid-type', ['period', 'startYear']);
    expectIssue(issues, 'invalid-type', ['opds']);
    expectIssue(issues, 'unrecognized-key', ['team', 'members', 1, 'nickname']);
    expectIssue(issues, 'invalid-value', ['team', 'members', 2, 'role']);
    expectIssue(issues, 'invalid-format', ['team', 'decree', 'date']);
    expectIssue(issues, 'too-big', ['vision']);
  });

  it('explains the identifier format in both languages', () => {
    const issues = issuesOf(sample((m) => (m.opds[0]!.id = 'Dinas Kominfo')));
    expectIssue(issues, 'invalid-format', ['opds', 0, 'id']);
    const msg = issues.find((i) => i.code === 'invalid-format')!.message;
    expect(msg.id).toMatch(/huruf kecil, angka dan tanda hubung/);
    expect(msg.en).toMatch(/lowercase letters, digits and dashes/);
  });

  it('explains the region code format', () => {
    const issues = issuesOf(sample((m) => (m.region.code = '7102')));
    expect(issues.find((i) => formatPath(i.path) === 'region.code')?.message.en).toContain('PP.RR');
  });

  it('refuses evidence links that are not http(s)', () => {
    for (const url of [
      'javascript:alert(1)',
      'ftp://example.org/x',
      'https://exa mple.org',
      'HTTPS://EXAMPLE.ORG',
    ])
      expectIssue(
        issuesOf(sample((m) => (m.readiness!.answers[0]!.evidence = [{ kind: 'link', url }]))),
        'invalid-format',
        ['readiness', 'answers', 0, 'evidence', 0, 'url'],
      );
  });

  it('still reports an unknown region when the rest of the structure is broken', () => {
    const issues = issuesOf(
      sample((m) => {
        m.region.code = '99.99';
        (m as Record<string, unknown>).extra = true;
      }),
    );
    expectIssue(issues, 'unrecognized-key', ['extra']);
    expectIssue(issues, 'unknown-region', ['region', 'code']);
  });
});

describe('parseDocument: checks against the framework and the region list', () => {
  it('refuses an unknown region code', () => {
    const issues = issuesOf(sample((m) => (m.region.code = '71.99')));
    expectIssue(issues, 'unknown-region', ['region', 'code']);
    expect(issues[0]!.message.en).toContain('Kemendagri');
  });

  it('refuses a region name, type or province that does not match the code', () => {
    const issues = issuesOf(
      sample((m) => {
        m.region.name = 'Kabupaten Minahasa Utara';
        m.region.type = 'kota';
        m.region.province.code = '72';
      }),
    );
    expectIssue(issues, 'region-mismatch', ['region', 'name']);
    expectIssue(issues, 'region-mismatch', ['region', 'type']);
    expectIssue(issues, 'region-mismatch', ['region', 'province', 'code']);
  });

  it('refuses a province name that is not the one on the list for its code', () => {
    const issues = issuesOf(sample((m) => (m.region.province.name = '<b>Provinsi Palsu</b>')));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['region-mismatch', ['region', 'province', 'name']],
    ]);
    expect(issues[0]!.message.id).toContain('Sulawesi Utara');
    expect(issues[0]!.message.en).toContain('"<b>Provinsi Palsu</b>"');
  });

  it('accepts a region name that differs only in case', () => {
    expect(parseMasterplan(sample((m) => (m.region.name = 'KABUPATEN MINAHASA'))).ok).toBe(true);
  });

  it('refuses a period outside the 5–10 year horizon', () => {
    expectIssue(issuesOf(sample((m) => (m.period.endYear = 2040))), 'invalid-range', ['period']);
    expectIssue(issuesOf(sample((m) => (m.period.endYear = 2024))), 'invalid-range', ['period']);
  });

  it('refuses broken programme references', () => {
    const issues = issuesOf(
      sample((m) => {
        const p = m.programmes![0]!;
        p.owner = 'dinas-tidak-ada';
        p.dimension = 'smart-people';
        p.elements = ['public-service', 'teleportation'];
        p.source.kind = 'rpjpd';
        p.innovation = 'magic';
        p.budget![0]!.source = 'loan';
        p.dependsOn = [p.id, 'nope'];
        p.quickWin = { impact: 6, joy: 3 };
      }),
    );
    const at = (...rest: (string | number)[]) => ['programmes', 0, ...rest];
    expectIssue(issues, 'unknown-reference', at('owner'));
    expectIssue(issues, 'unknown-reference', at('dimension'));
    expectIssue(issues, 'unknown-reference', at('elements', 1));
    expectIssue(issues, 'unknown-reference', at('source', 'kind'));
    expectIssue(issues, 'unknown-reference', at('innovation'));
    expectIssue(issues, 'unknown-reference', at('budget', 0, 'source'));
    expectIssue(issues, 'invalid', at('dependsOn', 0));
    expectIssue(issues, 'unknown-reference', at('dependsOn', 1));
    expectIssue(issues, 'out-of-scale', at('quickWin', 'impact'));
    expectIssue(issues, 'unknown-reference', at('quickWin', 'joy'));
  });

  it('refuses dependency cycles, however long', () => {
    const issues = issuesOf(
      sample((m) => {
        const byId = new Map(m.programmes!.map((p) => [p.id, p]));
        byId.get('pusat-data')!.dependsOn = ['trantib-daring'];
      }),
    );
    const cycle = issues.filter((i) => i.code === 'dependency-cycle');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.message.en).toContain('pusat-data → trantib-daring → command-center → pusat-data');

    // A chain of 1,000 programmes closed into a ring: found iteratively, reported once.
    const ring = issuesOf(
      sample((m) => {
        const base = m.programmes![0]!;
        m.programmes = Array.from({ length: 1000 }, (_, i) => ({
          ...base,
          id: `p-${i}`,
          quickWin: undefined,
          dependsOn: [`p-${(i + 1) % 1000}`],
        }));
        m.quickWins = { selected: [] };
      }),
    );
    expect(ring.filter((i) => i.code === 'dependency-cycle')).toHaveLength(1);
  });

  it('refuses duplicate ids and a budget outside the period', () => {
    const issues = issuesOf(
      sample((m) => {
        m.programmes![1]!.id = m.programmes![0]!.id;
        m.opds.push({ ...m.opds[0]! });
        m.programmes![2]!.budget![0]!.year = 2035;
      }),
    );
    expectIssue(issues, 'duplicate-id', ['programmes', 1, 'id']);
    expectIssue(issues, 'duplicate-id', ['opds', MINAHASA_SAMPLE.opds.length, 'id']);
    expectIssue(issues, 'invalid-range', ['programmes', 2, 'budget', 0, 'year']);
  });

  it('refuses quick wins outside the first two years, and unknown ones', () => {
    const issues = issuesOf(
      sample((m) => {
        m.quickWins!.selected![0]!.year = 3;
        m.quickWins!.selected![1]!.programme = 'tidak-ada';
      }),
    );
    expectIssue(issues, 'invalid-range', ['quickWins', 'selected', 0, 'year']);
    expectIssue(issues, 'unknown-reference', ['quickWins', 'selected', 1, 'programme']);
  });

  it('refuses answers and levels off the framework scales', () => {
    const issues = issuesOf(
      sample((m) => {
        m.readiness!.answers[0]!.value = 7;
        m.readiness!.answers[1]!.value = 2.5;
        m.readiness!.answers[2]!.item = 'no-such-item';
        m.maturity![0]!.elements[0]!.current = 6;
        m.maturity![0]!.elements[1]!.element = 'teleportation';
        m.evaluations![0]!.scores.outcome = 5.5;
        m.literacy!.baseline.pillars.safety = 0.5;
      }),
    );
    expectIssue(issues, 'out-of-scale', ['readiness', 'answers', 0, 'value']);
    expectIssue(issues, 'out-of-scale', ['readiness', 'answers', 1, 'value']);
    expectIssue(issues, 'unknown-reference', ['readiness', 'answers', 2, 'item']);
    expectIssue(issues, 'out-of-scale', ['maturity', 0, 'elements', 0, 'current']);
    expectIssue(issues, 'unknown-reference', ['maturity', 0, 'elements', 1, 'element']);
    expectIssue(issues, 'out-of-scale', ['evaluations', 0, 'scores', 'outcome']);
    expectIssue(issues, 'out-of-scale', ['literacy', 'baseline', 'pillars', 'safety']);
  });
});

describe('formatPath', () => {
  it('writes paths the way a person reads them', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['programmes', 3, 'budget', 0, 'amount'])).toBe('programmes[3].budget[0].amount');
    expect(formatPath(['evaluations', 0, 'scores', 'quick-win'])).toBe('evaluations[0].scores["quick-win"]');
  });
});

describe("a masterplan's self-assessments", () => {
  type Body = NonNullable<MasterplanInput['selfAssessments']>[number];
  // Answers as a user may write them: values off the scale too, which the parser must refuse.
  const body = (answers: { question: string; value: number; validated?: { value: number } }[]): Body => ({
    instrument: { id: 'gmsc-2022', version: '2022.1' },
    year: 2023,
    answers: answers as Body['answers'],
  });

  it('reads a self-assessment kept in the masterplan', () => {
    const r = parseMasterplan(
      sample((m) => {
        m.selfAssessments = [body([{ question: 'bl-legal-basis', value: 3 }])];
      }),
    );
    expect(r.issues).toEqual([]);
    expect(r.ok && r.value.document.selfAssessments?.[0]?.answers[0]?.evidence).toEqual([]);
  });

  it('reports a value off the instrument scale, an unknown question and a repeated year, with their paths', () => {
    const r = parseMasterplan(
      sample((m) => {
        m.selfAssessments = [
          body([
            { question: 'bl-legal-basis', value: 5 },
            { question: 'nope', value: 2, validated: { value: 7 } },
          ]),
          body([]),
        ];
      }),
    );
    expect(r.ok).toBe(false);
    wellFormed(r.issues);
    expect(r.issues.map((i) => formatPath(i.path)).sort()).toEqual([
      'selfAssessments[0].answers[0].value',
      'selfAssessments[0].answers[1].question',
      'selfAssessments[0].answers[1].validated.value',
      'selfAssessments[1].year',
    ]);
  });
});

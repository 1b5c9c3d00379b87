import { describe, expect, it } from 'vitest';
import { GMSC_2021 } from '../frameworks/gmsc-2021.js';
import { BUILTIN_FRAMEWORKS, createRegistry, GMSC, parseFramework } from '../frameworks/registry.js';
import type { Framework } from '../schema/framework.js';
import { checkFramework } from './framework-checks.js';
import type { IssueCode, IssuePath, ValidationIssue } from './issues.js';

/** Parses a copy of the built-in framework after `mutate` broke it, and returns the issues. */
function broken(mutate: (f: Framework) => void): readonly ValidationIssue[] {
  const f = structuredClone(GMSC);
  mutate(f);
  const r = parseFramework(f);
  expect(r.ok).toBe(false);
  for (const i of r.issues) {
    expect(i.message.id.length).toBeGreaterThan(0);
    expect(i.message.en.length).toBeGreaterThan(0);
    expect(Array.isArray(i.path)).toBe(true);
  }
  return r.issues;
}

function expectIssue(issues: readonly ValidationIssue[], code: IssueCode, path: IssuePath): void {
  expect(issues).toContainEqual(expect.objectContaining({ code, path }));
}

describe('the built-in framework', () => {
  it('is consistent', () => {
    expect(checkFramework(GMSC)).toEqual([]);
    expect(parseFramework(GMSC_2021).ok).toBe(true);
    expect(parseFramework(JSON.stringify(GMSC_2021)).ok).toBe(true);
  });

  it('has the six official dimensions with three elements each', () => {
    expect(GMSC.dimensions.map((d) => d.id)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    for (const d of GMSC.dimensions) expect(d.elements).toHaveLength(3);
  });

  it('has 27 questionnaire items in the three default readiness pillars, leadership off by default', () => {
    const enabled = GMSC.readiness.pillars.filter((p) => p.enabledByDefault);
    expect(enabled.map((p) => p.id)).toEqual(['structure', 'infrastructure', 'superstructure']);
    expect(enabled.flatMap((p) => p.aspects.flatMap((a) => a.items))).toHaveLength(27);
    expect(GMSC.readiness.pillars.find((p) => p.id === 'leadership')?.enabledByDefault).toBe(false);
  });

  it('marks every part with the provenance the methodology gives it', () => {
    for (const d of GMSC.dimensions) expect(d.provenance.status).toBe('official');
    for (const p of GMSC.readiness.pillars) expect(p.provenance.status).toBe('official');
    expect(GMSC.readiness.provenance.status).toBe('toolkit-default');
    expect(GMSC.readiness.coverageProvenance.status).toBe('toolkit-default');
    const spbe = GMSC.maturity.ladders.find((l) => l.id === 'spbe')!;
    expect(spbe.provenance.status).toBe('adopted');
    expect(spbe.predicateProvenance?.status).toBe('adopted');
    expect(GMSC.maturity.aggregationProvenance.status).toBe('toolkit-default');
    expect(GMSC.evaluation.provenance.status).toBe('official');
    for (const w of GMSC.evaluation.weightSets) expect(w.provenance.status).toBe('official');
    expect(GMSC.quickWin.definitionProvenance.status).toBe('official');
    expect(GMSC.quickWin.provenance.status).toBe('toolkit-default');
    expect(GMSC.literacy.provenance.status).toBe('official');
    expect(GMSC.roadmap.horizonProvenance.status).toBe('official');
    expect(GMSC.roadmap.provenance.status).toBe('toolkit-default');
    expect(GMSC.fundingSources.provenance.status).toBe('toolkit-default');
    expect(GMSC.programmeSources.provenance.status).toBe('official');
    expect(GMSC.report.provenance.status).toBe('toolkit-default');
  });

  it('carries the official 2021 evaluation weights and the SPBE predicates', () => {
    expect(GMSC.evaluation.weightSets.find((w) => w.id === '2021')?.weights).toEqual({
      baseline: 0.1,
      output: 0.2,
      outcome: 0.3,
      impact: 0.3,
      'quick-win': 0.1,
    });
    const spbe = GMSC.maturity.ladders.find((l) => l.id === 'spbe')!;
    expect(spbe.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(spbe.predicates.map((p) => [p.id, p.min])).toEqual([
      ['memuaskan', 4.2],
      ['sangat-baik', 3.5],
      ['baik', 2.6],
      ['cukup', 1.8],
      ['kurang', 0],
    ]);
  });

  it('is registered, and a registry refuses the same version twice', () => {
    expect(BUILTIN_FRAMEWORKS.get('gmsc', '2021.1')).toBe(GMSC);
    expect(BUILTIN_FRAMEWORKS.versions('gmsc')).toEqual(['2021.1']);
    expect(BUILTIN_FRAMEWORKS.get('gmsc', '2099.1')).toBeUndefined();
    expect(() => createRegistry([GMSC, GMSC])).toThrow(/registered twice/);
  });
});

describe('checkFramework catches', () => {
  it('a duplicate dimension id', () => {
    expectIssue(
      broken((f) => {
        f.dimensions[1]!.id = 'governance';
      }),
      'duplicate-id',
      ['dimensions', 1, 'id'],
    );
  });

  it('a duplicate element id, across dimensions', () => {
    expectIssue(
      broken((f) => {
        f.dimensions[1]!.elements[0]!.id = 'public-service';
      }),
      'duplicate-id',
      ['dimensions', 1, 'elements', 0, 'id'],
    );
  });

  it('element weights that add up to nothing', () => {
    expectIssue(
      broken((f) => {
        for (const e of f.dimensions[0]!.elements) e.weight = 0;
      }),
      'invalid-weights',
      ['dimensions', 0, 'elements'],
    );
  });

  it('a duplicate questionnaire item', () => {
    expectIssue(
      broken((f) => {
        f.readiness.pillars[1]!.aspects[0]!.items[0]!.id = 'human-resources-1';
      }),
      'duplicate-id',
      ['readiness', 'pillars', 1, 'aspects', 0, 'items', 0, 'id'],
    );
  });

  it('a readiness scale whose min is not below its max', () => {
    expectIssue(
      broken((f) => {
        f.readiness.scale.min = 5;
      }),
      'invalid-range',
      ['readiness', 'scale'],
    );
  });

  it('a scale label outside the scale', () => {
    expectIssue(
      broken((f) => {
        f.readiness.scale.labels[0]!.value = 9;
      }),
      'out-of-scale',
      ['readiness', 'scale', 'labels', 0, 'value'],
    );
  });

  it('evaluation weights that do not add up to 1', () => {
    const issues = broken((f) => {
      f.evaluation.weightSets[0]!.weights.baseline = 0.2;
    });
    expectIssue(issues, 'invalid-weights', ['evaluation', 'weightSets', 0, 'weights']);
    expect(issues[0]!.message.en).toContain('1.1');
  });

  it('an evaluation weight that is missing, or names no dimension', () => {
    const issues = broken((f) => {
      const w = f.evaluation.weightSets[0]!.weights;
      w.outcomes = w.outcome!;
      delete w.outcome;
    });
    expectIssue(issues, 'unknown-reference', ['evaluation', 'weightSets', 0, 'weights', 'outcomes']);
    expectIssue(issues, 'invalid-weights', ['evaluation', 'weightSets', 0, 'weights', 'outcome']);
  });

  it('an unknown default weight set', () => {
    expectIssue(
      broken((f) => {
        f.evaluation.defaultWeightSet = '2019';
      }),
      'unknown-reference',
      ['evaluation', 'defaultWeightSet'],
    );
  });

  it('an unknown default ladder', () => {
    expectIssue(
      broken((f) => {
        f.maturity.defaultLadder = 'cmmi';
      }),
      'unknown-reference',
      ['maturity', 'defaultLadder'],
    );
  });

  it('ladder levels that do not ascend one by one', () => {
    expectIssue(
      broken((f) => {
        f.maturity.ladders[0]!.levels[3]!.level = 4;
      }),
      'unordered-thresholds',
      ['maturity', 'ladders', 0, 'levels', 3, 'level'],
    );
  });

  it('a duplicate level id', () => {
    expectIssue(
      broken((f) => {
        f.maturity.ladders[0]!.levels[2]!.id = 'initial';
      }),
      'duplicate-id',
      ['maturity', 'ladders', 0, 'levels', 2, 'id'],
    );
  });

  it('a predicate bound outside the ladder', () => {
    expectIssue(
      broken((f) => {
        f.maturity.ladders[0]!.predicates[0]!.min = 7;
      }),
      'out-of-scale',
      ['maturity', 'ladders', 0, 'predicates', 0, 'min'],
    );
  });

  it('two predicates with the same bound', () => {
    expectIssue(
      broken((f) => {
        f.maturity.ladders[0]!.predicates[1]!.min = 4.2;
      }),
      'unordered-thresholds',
      ['maturity', 'ladders', 0, 'predicates'],
    );
  });

  it('predicates that leave the lowest index without one', () => {
    expectIssue(
      broken((f) => {
        f.maturity.ladders[0]!.predicates.pop();
      }),
      'invalid-range',
      ['maturity', 'ladders', 0, 'predicates'],
    );
  });

  it('a quick-win axis without a weighted criterion', () => {
    expectIssue(
      broken((f) => {
        for (const c of f.quickWin.criteria) if (c.axis === 'effort') c.weight = 0;
      }),
      'invalid-weights',
      ['quickWin', 'criteria'],
    );
  });

  it('a quadrant threshold outside the scale', () => {
    expectIssue(
      broken((f) => {
        f.quickWin.quadrantThreshold = 6;
      }),
      'out-of-scale',
      ['quickWin', 'quadrantThreshold'],
    );
  });

  it('a national literacy figure for an unknown pillar, or outside the scale', () => {
    const issues = broken((f) => {
      f.literacy.national[0]!.pillars.privacy = 3;
      f.literacy.national[1]!.pillars.skills = 6;
    });
    expectIssue(issues, 'unknown-reference', ['literacy', 'national', 0, 'pillars', 'privacy']);
    expectIssue(issues, 'out-of-scale', ['literacy', 'national', 1, 'pillars', 'skills']);
  });

  it('a duplicate literacy target group', () => {
    expectIssue(
      broken((f) => {
        f.literacy.targetGroups[1]!.id = 'civil-servants';
      }),
      'duplicate-id',
      ['literacy', 'targetGroups', 1, 'id'],
    );
  });

  it('unordered or gapped roadmap phases', () => {
    expectIssue(
      broken((f) => {
        f.roadmap.phases[1]!.fromYear = 4;
      }),
      'unordered-thresholds',
      ['roadmap', 'phases', 1],
    );
    expectIssue(
      broken((f) => {
        f.roadmap.phases.reverse();
      }),
      'unordered-thresholds',
      ['roadmap', 'phases', 0],
    );
  });

  it('phases that stop short of the horizon, and a horizon whose min exceeds its max', () => {
    expectIssue(
      broken((f) => {
        f.roadmap.phases.pop();
      }),
      'invalid-range',
      ['roadmap', 'phases'],
    );
    expectIssue(
      broken((f) => {
        f.roadmap.horizon.min = 12;
      }),
      'invalid-range',
      ['roadmap', 'horizon'],
    );
  });

  it('duplicate options and chapters', () => {
    expectIssue(
      broken((f) => {
        f.fundingSources.options[1]!.id = 'apbd';
      }),
      'duplicate-id',
      ['fundingSources', 'options', 1, 'id'],
    );
    expectIssue(
      broken((f) => {
        f.report.chapters[7]!.id = 'introduction';
      }),
      'duplicate-id',
      ['report', 'chapters', 7, 'id'],
    );
  });

  it('structural problems before consistency, with bilingual messages', () => {
    const issues = broken((f) => {
      (f as { version: string }).version = 'v1';
      (f as { extra?: number }).extra = 1;
    });
    expectIssue(issues, 'invalid-format', ['version']);
    expectIssue(issues, 'unrecognized-key', ['extra']);
    expect(issues.find((i) => i.path[0] === 'version')?.message.en).toContain('major.minor');
  });
});

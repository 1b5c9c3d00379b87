import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { describe, expect, it } from 'vitest';
import { analyse, withoutProblems } from '../src/domain/analysis.js';

const sample = JSON.parse(JSON.stringify(MINAHASA_SAMPLE)) as Record<string, unknown> & {
  team?: { members?: { email?: string }[] };
  programmes: { budget: { amount: unknown }[] }[];
};

describe('analyse — one problem does not blank every score', () => {
  const valid = analyse(sample, undefined);

  it('keeps the scores of the valid sections while the profile has a bad e-mail', () => {
    expect(valid.issues).toEqual([]);
    const members = sample.team?.members ?? [];
    expect(members.length).toBeGreaterThan(0);
    const bad = JSON.parse(JSON.stringify(sample));
    bad.team.members[0].email = 'bukan-email';
    // A fresh document (no earlier valid version): before, every score was blank.
    const a = analyse(bad, undefined);
    expect(a.issues.length).toBeGreaterThan(0);
    expect(a.issues[0]!.path).toEqual(['team', 'members', 0, 'email']);
    expect(a.partial).toBe(true);
    expect([...a.problemSections]).toEqual(['team']);
    expect(a.scores).toBeDefined();
    const indices = (x: typeof a) => x.scores!.maturity.map((r) => r.index);
    expect(indices(valid).length).toBeGreaterThan(0);
    expect(indices(a)).toEqual(indices(valid));
    expect(a.scores!.readiness?.index).toBeTypeOf('number');
    expect(a.scores!.readiness?.index).toBe(valid.scores!.readiness?.index);
    expect(a.scores!.portfolio.chosen).toEqual(valid.scores!.portfolio.chosen);
  });

  it('scores the rest when an amount is a word, and marks the section with the problem', () => {
    const bad = JSON.parse(JSON.stringify(sample));
    bad.programmes[0].budget[0].amount = 'satu miliar';
    const a = analyse(bad, undefined);
    expect(a.partial).toBe(true);
    expect(a.problemSections.has('programmes')).toBe(true);
    expect(a.scores!.maturity.map((r) => r.index)).toEqual(valid.scores!.maturity.map((r) => r.index));
    expect(a.scores!.maturity.length).toBeGreaterThan(0);
  });

  it('gives up only where the header itself is wrong', () => {
    expect(
      withoutProblems({ ...sample, kind: 'x' }, [
        { path: ['kind'], code: 'invalid-value', message: { id: '', en: '' } },
      ]),
    ).toBeUndefined();
  });
});

describe('scoreDocument — quick wins', () => {
  it('does not count a programme starting after plan years 1–2 as a quick win', () => {
    const plan = JSON.parse(JSON.stringify(sample));
    const start = plan.period.startYear as number;
    const base = plan.programmes.find((p: { quickWin?: unknown }) => p.quickWin !== undefined);
    const { moves: _moves, earliestStart: _earliest, ...rest } = base;
    plan.programmes.push({
      ...rest,
      id: 'late-portal',
      startYear: start + 5,
      endYear: start + 5,
      dependsOn: [],
      budget: [{ year: start + 5, source: 'apbd', amount: 100_000_000 }],
    });
    const a = analyse(plan, undefined);
    expect(a.issues.map((i) => [i.path.join('.'), i.message.en])).toEqual([]);
    const d = a.scores!.portfolio.decisions.find((x) => x.id === 'late-portal')!;
    expect(d.chosen).toBe(false);
    expect(d.reason).toBe('outside-window');
  });
});

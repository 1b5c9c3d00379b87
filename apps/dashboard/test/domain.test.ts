// The pure core, in Node: document access, matching and merging, the analysis and the scores' rows.
import { compareJson } from '@smartcity/collab';
import { MINAHASA_SAMPLE, MINAHASA_SELF_ASSESSMENT_2022 } from '@smartcity/model/samples';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/domain/analysis.js';
import { mergeJson, projectLabel, regionCode, type WorkingDoc } from '../src/domain/document.js';
import { scoresCsv } from '../src/domain/exporters.js';
import { scoreRows } from '../src/domain/scores.js';

const sample = () => JSON.parse(JSON.stringify(MINAHASA_SAMPLE)) as WorkingDoc;

describe('documents', () => {
  it('names and matches projects by their region', () => {
    expect(projectLabel(sample())).toMatch(/^Kabupaten Minahasa \(\d{4}–\d{4}\)$/);
    expect(projectLabel({})).toBe('?');
    expect(regionCode(sample())).toBe('71.02');
    expect(regionCode({ region: { code: 7 } })).toBeUndefined();
  });

  it('merges a file into a project: takes what it adds or changes, keeps what only the project holds', () => {
    const mine = sample() as { vision: string; team: { members: { id: string; name: string }[] } };
    const theirs = structuredClone(mine);
    theirs.vision = 'Visi dari berkas';
    const gone = theirs.team.members.pop()!;
    theirs.team.members[0]!.name = 'Nama baru';
    theirs.team.members.push({ ...gone, id: 'baru', name: 'Anggota baru' });
    const merged = mergeJson(mine, theirs) as typeof mine;
    expect(merged.vision).toBe('Visi dari berkas');
    expect(merged.team.members.map((m) => m.id)).toEqual([...mine.team.members.map((m) => m.id), 'baru']);
    expect(merged.team.members[0]!.name).toBe('Nama baru');
    // Replacing would remove the member the file lacks; merging does not.
    expect(compareJson(mine, theirs).some((d) => d.kind === 'removed')).toBe(true);
    expect(compareJson(mine, merged).some((d) => d.kind === 'removed')).toBe(false);
    expect(mergeJson(mine, mine)).toEqual(mine);
  });
});

describe('analysis', () => {
  it('scores a valid document and, while a value has a problem, scores the rest without it', () => {
    const ok = analyse(sample(), undefined);
    expect(ok.issues).toEqual([]);
    expect(ok.scores?.readiness?.index).toBeGreaterThan(0);
    const broken = sample() as { programmes: { budget: { amount: number }[] }[] };
    broken.programmes[0]!.budget[0]!.amount = -5;
    const bad = analyse(broken, ok);
    expect(bad.valid).toBeUndefined();
    // The sections without a problem keep their scores; the scores say they leave the bad value out.
    expect(bad.partial).toBe(true);
    expect(bad.scores?.readiness?.index).toBe(ok.scores?.readiness?.index);
    expect([...bad.byPath.keys()]).toContain('programmes[0].budget[0].amount');
  });

  it('writes the scores CSV from the scores already computed (no second scoring)', () => {
    const a = analyse(sample(), undefined);
    const rows = scoreRows(a.scores!, 'id');
    expect(rows[0]?.[0]).toBe('Kesiapan');
    const csv = scoresCsv(a.scores!, 'en');
    expect(csv.split('\r\n')[0]).toContain('Section');
    expect(csv).toContain('Readiness');
  });

  it("scores the masterplan's self-assessments: predicted index, final index, coverage and gains", () => {
    const doc = sample() as WorkingDoc & { selfAssessments?: unknown[] };
    const assessment = structuredClone(MINAHASA_SELF_ASSESSMENT_2022.assessment) as {
      answers: { question: string; value: number; validated?: { value: number } }[];
    };
    // The sample's values average to the published 2022 dimension scores: the predicted index is 2.22.
    assessment.answers[0]!.validated = { value: 4 };
    doc.selfAssessments = [assessment];
    const a = analyse(doc, undefined);
    expect(a.issues).toEqual([]);
    // The scores travel from the worker by structured clone.
    const s = structuredClone(a.scores!).selfAssessments[0]!;
    expect(s.key).toBe('gmsc-2022@2022.1 2022');
    expect(s.predicted.indexRounded).toBe(2.22);
    expect(s.validated).toBe(1);
    // Baseline 1.85 → (4 + 2 + 1.5 + 2 + 1.75) / 5 = 2.25: the final index rises by 0.1 × 0.4.
    expect(s.final.index! - s.predicted.index!).toBeCloseTo(0.04, 10);
    const baseline = s.predicted.dimensions.find((d) => d.id === 'baseline')!;
    expect(baseline.coverage).toMatchObject({ questions: 5, answered: 5 });
    expect(s.gains.length).toBe(10);
    for (let i = 1; i < s.gains.length; i++)
      expect(s.gains[i - 1]!.gain).toBeGreaterThanOrEqual(s.gains[i]!.gain);
    const rows = scoreRows(a.scores!, 'id').filter((r) => String(r[0]).startsWith('Penilaian mandiri'));
    expect(rows[0]?.slice(1, 4)).toEqual(['index', 'Indeks perkiraan', 2.22]);
    expect(rows[1]?.slice(1, 4)).toEqual(['final', 'Indeks dengan nilai penilai', s.final.indexRounded]);
  });
});

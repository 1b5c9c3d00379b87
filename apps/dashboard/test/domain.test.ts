// The pure core, in Node: document access, matching and merging, the analysis and the scores' rows.
import { compareJson } from '@smartcity/collab';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
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
  it('scores a valid document and keeps the last valid scores while the text has problems', () => {
    const ok = analyse(sample(), undefined);
    expect(ok.issues).toEqual([]);
    expect(ok.scores?.readiness?.index).toBeGreaterThan(0);
    const broken = sample() as { programmes: { budget: { amount: number }[] }[] };
    broken.programmes[0]!.budget[0]!.amount = -5;
    const bad = analyse(broken, ok);
    expect(bad.valid).toBeUndefined();
    expect(bad.scores).toBe(ok.scores);
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
});

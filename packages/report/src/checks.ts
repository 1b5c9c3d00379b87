// The whole-plan check of the report. The seam to scoring's whole-plan check: until scoring lists every
// contradiction itself, the report collects the roadmap's conflicts (scoring's `scheduleRoadmap`) and adds
// the two quick-win contradictions from the scheduled years; when scoring's check lands, `planContradictions`
// returns its list and nothing else here changes.
import type { Framework, LocalizedText, Masterplan } from '@smartcity/model';
import type { MasterplanScore } from '@smartcity/scoring';

/** One contradiction in the plan, in both languages, with the chapter it concerns. */
export interface Contradiction {
  readonly kind: string;
  readonly chapter: 'programmes' | 'quick-wins';
  readonly message: LocalizedText;
}

export function planContradictions(m: Masterplan, f: Framework, s: MasterplanScore): Contradiction[] {
  const out: Contradiction[] = s.roadmap.conflicts.map((c) => ({
    kind: c.kind,
    chapter: 'programmes',
    message: c.message,
  }));
  const scheduled = new Map(s.roadmap.programmes.map((p) => [p.id, p]));
  const years = f.quickWin.years;
  for (const choice of m.quickWins.selected) {
    const p = scheduled.get(choice.programme);
    if (!p || p.start === null) continue;
    const planYear = p.start - m.period.startYear + 1;
    if (planYear > years)
      out.push({
        kind: 'quick-win-late',
        chapter: 'quick-wins',
        message: {
          id: `Quick win "${p.name}" dimulai pada tahun rencana ke-${planYear} (${p.start}) menurut peta jalan, di luar tahun 1–${years}.`,
          en: `Quick win "${p.name}" starts in plan year ${planYear} (${p.start}) on the roadmap, outside years 1–${years}.`,
        },
      });
    if (choice.year !== planYear)
      out.push({
        kind: 'quick-win-year',
        chapter: 'quick-wins',
        message: {
          id: `Quick win "${p.name}" ditetapkan untuk tahun ke-${choice.year}, tetapi peta jalan memulainya pada tahun ke-${planYear} (${p.start}).`,
          en: `Quick win "${p.name}" is adopted for plan year ${choice.year}, but the roadmap starts it in plan year ${planYear} (${p.start}).`,
        },
      });
  }
  return out;
}

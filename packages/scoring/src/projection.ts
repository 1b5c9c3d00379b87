import type { Framework, LocalizedText, Masterplan, Programme } from '@smartcity/model';
import { type Explanation, formatFixed, lazy, TOOLKIT_METHOD } from './explain.js';
import { ladderOf, type PredicateResult, scoreMaturity } from './maturity.js';
import { type BudgetCeilings, type RoadmapResult, scheduleRoadmap } from './roadmap.js';
import { compareIds } from './stats.js';

/** Options of `projectMaturity`. */
export interface ProjectionOptions {
  /** Yearly budget ceilings per funding source for the schedule (default: none). */
  readonly ceilings?: BudgetCeilings;
  /** Count programmes without any budget (a policy, say) as funded (default: `false`, they move nothing). */
  readonly countUnbudgeted?: boolean;
  /** Last projected year (default: the plan's last year). */
  readonly toYear?: number;
  /** Target level for elements whose assessment sets none (default: none). */
  readonly defaultTarget?: number;
}

/** A level an element reaches through a programme. */
export interface ProjectionStep {
  readonly programme: string;
  readonly level: number;
  /** The year the programme's plan gives (`moves[].by`, else its last year). */
  readonly plannedYear: number;
  /** `plannedYear` moved as far as the schedule moved the programme. */
  readonly year: number;
}

/** One element's projected level, year by year. */
export interface ElementProjection {
  readonly id: string;
  readonly name: LocalizedText;
  readonly dimension: string;
  /** The level of the latest assessment, or `null` when it was not assessed. */
  readonly current: number | null;
  readonly target: number | null;
  /** The level at the end of each projected year (`years[i]` of the projection), `null` while unknown. */
  readonly levels: readonly (number | null)[];
  /** The first projected year at or above the target; `null` if never within the projection (or no target). */
  readonly reachesTarget: number | null;
  /** The moves of counted programmes, by year. */
  readonly steps: readonly ProjectionStep[];
  readonly explain: Explanation;
}

/** The radar of one projected year. */
export interface ProjectionYear {
  readonly year: number;
  /** Overall index (weighted mean of dimension indices), full precision and rounded. */
  readonly index: number | null;
  readonly indexRounded: number | null;
  readonly predicate: Pick<PredicateResult, 'id' | 'name' | 'min'> | null;
  /** Dimension indices, framework order. */
  readonly dimensions: readonly {
    readonly id: string;
    readonly index: number | null;
    readonly indexRounded: number | null;
  }[];
}

/** A programme the projection does not count, and why. */
export interface ExcludedProgramme {
  readonly programme: string;
  readonly reason: 'unscheduled' | 'over-ceiling' | 'no-budget' | 'dropped' | 'depends-on-dropped';
  readonly message: LocalizedText;
}

/** An element target that no counted programme reaches within the projection. */
export interface ProjectionGap {
  readonly element: string;
  readonly dimension: string;
  readonly target: number;
  /** The level at the end of the projection. */
  readonly projected: number | null;
  /** Programmes that move the element (counted or not). */
  readonly movedBy: readonly string[];
  readonly message: LocalizedText;
}

/** Maturity year by year from the funded, scheduled roadmap. */
export interface MaturityProjection {
  /** The year of the assessment the projection starts from (`null`: none; every element starts unknown). */
  readonly baseYear: number | null;
  /** The projected calendar years, from the base year (the current radar) to the last. */
  readonly years: readonly ProjectionYear[];
  /** The target radar: dimension indices of the targets (`null` where no element has one). */
  readonly target: ProjectionYear;
  /** Elements in framework order. */
  readonly elements: readonly ElementProjection[];
  readonly gaps: readonly ProjectionGap[];
  /** Programmes with moves that count, in id order. */
  readonly counted: readonly string[];
  readonly excluded: readonly ExcludedProgramme[];
  /** The schedule the projection is read from. */
  readonly schedule: RoadmapResult;
  readonly explain: Explanation;
}

const RULE: LocalizedText = {
  id: 'Tingkat elemen pada akhir tahun = maks(tingkat penilaian terakhir, tingkat setiap langkah program yang terjadwal dan didanai yang jatuh tempo sampai tahun itu); tahun langkah bergeser sejauh jadwal menggeser programnya. Tingkat tidak pernah turun. Bawaan toolkit.',
  en: 'Level of an element at the end of a year = max(the latest assessed level, the level of every move of a scheduled, funded programme due by that year); a move’s year shifts as far as the schedule shifts its programme. Levels never fall. A toolkit default.',
};

/**
 * Projects every element's maturity year by year, from the latest assessment and the moves
 * (`programmes[].moves`) of the programmes the roadmap schedules and funds. A programme counts when the
 * schedule places it within the budget ceilings and it has a budget (unless `countUnbudgeted`); a move is
 * due in its own year (`by`, else the programme's last year) shifted by the programme's shift. Dimension
 * and overall indices are computed as `scoreMaturity` computes them. Elements whose target is not reached
 * by the last year are the plan's gaps. Pure.
 */
export function projectMaturity(
  masterplan: Masterplan,
  framework: Framework,
  options: ProjectionOptions = {},
): MaturityProjection {
  return project(masterplan, framework, options, []);
}

function project(
  m: Masterplan,
  f: Framework,
  options: ProjectionOptions,
  preExcluded: readonly ExcludedProgramme[],
): MaturityProjection {
  const schedule = scheduleRoadmap(
    m.programmes,
    m.period,
    f,
    options.ceilings ? { ceilings: options.ceilings } : {},
  );
  const assessments = [...m.maturity].sort((a, b) => a.year - b.year);
  const latest = assessments[assessments.length - 1];
  const baseYear = latest?.year ?? null;
  const firstYear = baseYear ?? m.period.startYear - 1;
  const lastYear = Math.max(options.toYear ?? m.period.endYear, firstYear);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, k) => firstYear + k);
  const ladder = ladderOf(latest ?? {}, f);
  const byElement = new Map(latest?.elements.map((e) => [e.element, e]) ?? []);
  const current = (id: string): number | null => {
    const a = byElement.get(id);
    if (!a) return null;
    if (typeof a.current === 'number') return a.current;
    if (a.criteriaMet) {
      // As `scoreMaturity` derives it: the highest level whose criteria and all below are met.
      const met = new Set(a.criteriaMet);
      let level = ladder.levels[0]!.level;
      for (const l of ladder.levels.slice(1)) {
        if (!met.has(l.level)) break;
        level = l.level;
      }
      return level;
    }
    return null;
  };

  const excluded: ExcludedProgramme[] = [...preExcluded];
  const counted: string[] = [];
  const steps = new Map<string, ProjectionStep[]>();
  const movedBy = new Map<string, Set<string>>();
  const byId = new Map(m.programmes.map((p) => [p.id, p]));
  for (const s of schedule.programmes) {
    const p = byId.get(s.id)!;
    if (!p.moves || p.moves.length === 0) continue;
    for (const mv of p.moves) {
      const set = movedBy.get(mv.element) ?? new Set<string>();
      set.add(p.id);
      movedBy.set(mv.element, set);
    }
    let reason: ExcludedProgramme | null = null;
    if (s.start === null || s.shift === null)
      reason = {
        programme: p.id,
        reason: 'unscheduled',
        message: {
          id: `Program ${p.id} tidak dapat dijadwalkan; langkahnya tidak dihitung.`,
          en: `Programme ${p.id} cannot be scheduled; its moves are not counted.`,
        },
      };
    else if (!s.withinCeilings)
      reason = {
        programme: p.id,
        reason: 'over-ceiling',
        message: {
          id: `Anggaran program ${p.id} tidak muat dalam pagu; langkahnya tidak dihitung.`,
          en: `Programme ${p.id} does not fit the budget ceilings; its moves are not counted.`,
        },
      };
    else if (!options.countUnbudgeted && !p.budget.some((b) => b.amount > 0))
      reason = {
        programme: p.id,
        reason: 'no-budget',
        message: {
          id: `Program ${p.id} tidak punya anggaran; langkahnya tidak dihitung.`,
          en: `Programme ${p.id} has no budget; its moves are not counted.`,
        },
      };
    if (reason) {
      excluded.push(reason);
      continue;
    }
    counted.push(p.id);
    for (const mv of p.moves) {
      const plannedYear = mv.by ?? p.endYear;
      const list = steps.get(mv.element) ?? [];
      list.push({ programme: p.id, level: mv.level, plannedYear, year: plannedYear + s.shift! });
      steps.set(mv.element, list);
    }
  }

  const elements: ElementProjection[] = [];
  for (const d of f.dimensions)
    for (const e of d.elements) {
      const cur = current(e.id);
      const target = byElement.get(e.id)?.target ?? options.defaultTarget ?? null;
      const list = (steps.get(e.id) ?? []).sort(
        (a, b) => a.year - b.year || a.level - b.level || compareIds(a.programme, b.programme),
      );
      const levels = years.map((y) => {
        let level = cur;
        for (const st of list) if (st.year <= y && (level === null || st.level > level)) level = st.level;
        return level;
      });
      const at = target === null ? -1 : levels.findIndex((l) => l !== null && l >= target);
      const result = {
        id: e.id,
        name: e.name,
        dimension: d.id,
        current: cur,
        target,
        levels,
        reachesTarget: at === -1 ? null : years[at]!,
        steps: list,
      };
      elements.push(
        lazy(result, 'explain', () => ({
          rule: RULE,
          inputs: [
            { label: { id: 'Tingkat saat ini', en: 'Current level' }, value: cur },
            ...list.map((st) => ({
              label: { id: `${st.programme} (${st.year})`, en: `${st.programme} (${st.year})` },
              value: st.level,
            })),
          ],
          formula: years.map((y, k) => `${y}: ${levels[k] ?? '—'}`).join('; '),
          provenance: TOOLKIT_METHOD,
        })),
      );
    }

  const radar = (year: number, level: (e: ElementProjection) => number | null): ProjectionYear => {
    const r = scoreMaturity(
      {
        year,
        ...(latest?.ladder ? { ladder: latest.ladder } : {}),
        elements: elements.flatMap((e) => {
          const l = level(e);
          return l === null ? [] : [{ element: e.id, current: l, evidence: [] }];
        }),
      },
      f,
    );
    return {
      year,
      index: r.index,
      indexRounded: r.indexRounded,
      predicate: r.predicate ? { id: r.predicate.id, name: r.predicate.name, min: r.predicate.min } : null,
      dimensions: r.dimensions.map((x) => ({ id: x.id, index: x.index, indexRounded: x.indexRounded })),
    };
  };
  const projectedYears = years.map((y, k) => radar(y, (e) => e.levels[k]!));
  const gaps: ProjectionGap[] = [];
  for (const e of elements) {
    if (e.target === null) continue;
    const end = e.levels[e.levels.length - 1]!;
    if (end !== null && end >= e.target) continue;
    const by = [...(movedBy.get(e.id) ?? [])].sort(compareIds);
    gaps.push({
      element: e.id,
      dimension: e.dimension,
      target: e.target,
      projected: end,
      movedBy: by,
      message: {
        id: `Target ${e.target} elemen ${e.id} tidak tercapai sampai ${lastYear} (proyeksi ${end ?? '—'}); ${by.length === 0 ? 'tidak ada program yang menggerakkannya' : `digerakkan oleh ${by.join(', ')}`}.`,
        en: `Element ${e.id} does not reach its target ${e.target} by ${lastYear} (projected ${end ?? '—'}); ${by.length === 0 ? 'no programme moves it' : `moved by ${by.join(', ')}`}.`,
      },
    });
  }
  const last = projectedYears[projectedYears.length - 1]!;
  return {
    baseYear,
    years: projectedYears,
    target: radar(lastYear, (e) => e.target),
    elements,
    gaps,
    counted: counted.sort(compareIds),
    excluded: excluded.sort((a, b) => compareIds(a.programme, b.programme)),
    schedule,
    explain: {
      rule: RULE,
      inputs: [
        { label: { id: 'Program dihitung', en: 'Programmes counted' }, value: counted.length },
        { label: { id: 'Program tidak dihitung', en: 'Programmes not counted' }, value: excluded.length },
        { label: { id: 'Celah', en: 'Gaps' }, value: gaps.length },
      ],
      formula: `${firstYear} → ${lastYear}: ${projectedYears[0]!.indexRounded === null ? '—' : formatFixed(projectedYears[0]!.indexRounded, f.maturity.decimals)} → ${last.indexRounded === null ? '—' : formatFixed(last.indexRounded, f.maturity.decimals)}`,
      provenance: TOOLKIT_METHOD,
    },
  };
}

/** A change to try on the plan. */
export interface WhatIfChange {
  /** Programmes to drop; programmes that depend on them (directly or not) cannot run either. */
  readonly drop?: readonly string[];
  /** Programmes to start later, by this many years (their budget and moves move with them). */
  readonly delay?: readonly { readonly programme: string; readonly years: number }[];
  /**
   * Budget cuts in a year: the ceiling of `source` (every source when left out) becomes the year's planned
   * amount times `1 − share` (`share` 0–1) or the given `ceiling` in rupiah.
   */
  readonly cut?: readonly {
    readonly year: number;
    readonly source?: string;
    readonly share?: number;
    readonly ceiling?: number;
  }[];
}

/** An element whose projected level changes in a year. */
export interface ProjectionChange {
  readonly element: string;
  readonly year: number;
  readonly before: number | null;
  readonly after: number | null;
}

/** The plan as it is, the plan changed, and what changed between them. */
export interface WhatIfResult {
  readonly baseline: MaturityProjection;
  readonly changed: MaturityProjection;
  /** Element levels that differ, by element (framework order) then year. */
  readonly levelChanges: readonly ProjectionChange[];
  /** Programmes whose scheduled start differs: `null` for one that no longer runs. */
  readonly scheduleChanges: readonly {
    readonly programme: string;
    readonly before: number | null;
    readonly after: number | null;
  }[];
  /** Overall index per year, before and after. */
  readonly indexChanges: readonly {
    readonly year: number;
    readonly before: number | null;
    readonly after: number | null;
  }[];
}

/** Applies a what-if change to the programmes; returns them and the ones dropped (with the reason). */
function applyChange(
  m: Masterplan,
  change: WhatIfChange,
): { programmes: Programme[]; excluded: ExcludedProgramme[] } {
  const dropped = new Set(change.drop ?? []);
  const excluded: ExcludedProgramme[] = [];
  for (const id of [...dropped].sort(compareIds))
    if (m.programmes.some((p) => p.id === id))
      excluded.push({
        programme: id,
        reason: 'dropped',
        message: { id: `Program ${id} dihapus (skenario).`, en: `Programme ${id} dropped (what-if).` },
      });
  // Dependents of a dropped programme cannot run either.
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of m.programmes)
      if (!dropped.has(p.id) && p.dependsOn.some((d) => dropped.has(d))) {
        dropped.add(p.id);
        grew = true;
        const via = p.dependsOn.filter((d) => dropped.has(d)).sort(compareIds);
        excluded.push({
          programme: p.id,
          reason: 'depends-on-dropped',
          message: {
            id: `Program ${p.id} bergantung pada ${via.join(', ')} yang dihapus.`,
            en: `Programme ${p.id} depends on ${via.join(', ')}, which is dropped.`,
          },
        });
      }
  }
  const delay = new Map((change.delay ?? []).map((d) => [d.programme, d.years]));
  const programmes = m.programmes
    .filter((p) => !dropped.has(p.id))
    .map((p) => {
      const years = delay.get(p.id);
      if (!years) return p;
      return { ...p, earliestStart: Math.max(p.earliestStart ?? p.startYear, p.startYear) + years };
    });
  return { programmes, excluded };
}

/**
 * What-if: drop or delay programmes, or cut a year's budget, and see the projection and the schedule
 * change. The cuts become budget ceilings of the schedule (programmes that no longer fit move later, or,
 * when no year fits, stop counting); a delayed programme's moves come later by as much. Pure.
 */
export function whatIf(
  masterplan: Masterplan,
  framework: Framework,
  change: WhatIfChange,
  options: ProjectionOptions = {},
): WhatIfResult {
  const baseline = projectMaturity(masterplan, framework, options);
  const { programmes, excluded } = applyChange(masterplan, change);
  const ceilings: Record<string, number | Record<string, number>> = {};
  for (const [src, c] of Object.entries(options.ceilings ?? {}))
    ceilings[src] = typeof c === 'number' ? c : { ...c };
  const sources = framework.fundingSources.options.map((o) => o.id);
  for (const cut of change.cut ?? []) {
    const planned = baseline.schedule.years.find((y) => y.year === cut.year)?.bySource ?? {};
    for (const src of cut.source ? [cut.source] : sources) {
      const value = cut.ceiling ?? (planned[src] ?? 0) * (1 - (cut.share ?? 0));
      const prev = ceilings[src];
      const byYear: Record<string, number> =
        typeof prev === 'number'
          ? Object.fromEntries(baseline.schedule.years.map((y) => [String(y.year), prev]))
          : { ...(prev ?? {}) };
      byYear[String(cut.year)] = Math.min(byYear[String(cut.year)] ?? Number.POSITIVE_INFINITY, value);
      ceilings[src] = byYear;
    }
  }
  const changed = project(
    { ...masterplan, programmes },
    framework,
    { ...options, ...(Object.keys(ceilings).length > 0 ? { ceilings } : {}) },
    excluded,
  );
  const levelChanges: ProjectionChange[] = [];
  baseline.elements.forEach((e, i) => {
    const after = changed.elements[i]!;
    baseline.years.forEach((y, k) => {
      const b = e.levels[k] ?? null;
      const a = after.levels[k] ?? null;
      if (a !== b) levelChanges.push({ element: e.id, year: y.year, before: b, after: a });
    });
  });
  const afterStart = new Map(changed.schedule.programmes.map((p) => [p.id, p.start]));
  const scheduleChanges = baseline.schedule.programmes.flatMap((p) => {
    const a = afterStart.has(p.id) ? afterStart.get(p.id)! : null;
    return a === p.start ? [] : [{ programme: p.id, before: p.start, after: a }];
  });
  const indexChanges = baseline.years.map((y, k) => ({
    year: y.year,
    before: y.indexRounded,
    after: changed.years[k]?.indexRounded ?? null,
  }));
  return { baseline, changed, levelChanges, scheduleChanges, indexChanges };
}

import { GMSC, type LiteracyStrategy } from '@smartcity/model';
import { describe, expect, it } from 'vitest';
import { explainToText } from './explain.js';
import { literacyGaps, nationalFigure } from './literacy.js';

const STRATEGY: LiteracyStrategy = {
  baseline: {
    year: 2022,
    source: 'Survei daerah 2022',
    index: 3.4,
    pillars: { skills: 3.3, ethics: 3.7, safety: 3.0 },
  },
  targets: [
    { year: 2026, pillars: { skills: 3.6, safety: 3.3 } },
    { year: 2025, pillars: { skills: 3.45, safety: 3.1 } },
  ],
  targetGroups: [],
  activities: [],
};

describe('nationalFigure (official index, 2020–2023)', () => {
  it('takes the latest survey year ≤ the year that has a value', () => {
    expect(nationalFigure(GMSC, 2022, 'skills')).toEqual({ year: 2022, value: 3.52 });
    expect(nationalFigure(GMSC, 2030, 'safety')).toEqual({ year: 2023, value: 3.29 });
    // 2023 publishes no culture figure: fall back to 2022
    expect(nationalFigure(GMSC, 2023, 'culture')).toEqual({ year: 2022, value: 3.84 });
    expect(nationalFigure(GMSC, 2023)).toEqual({ year: 2023, value: 3.65 });
    expect(nationalFigure(GMSC, 2019, 'skills')).toBeNull();
  });
});

describe('literacyGaps — hand-computed', () => {
  const r = literacyGaps(STRATEGY, GMSC);
  const pillar = (id: string) => r.pillars.find((p) => p.id === id)!;

  it('measures each pillar against the national figure of the baseline year', () => {
    // skills: 3.52 (2022) − 3.3 = 0.22 below the national figure
    expect(pillar('skills').national).toEqual({ year: 2022, value: 3.52 });
    expect(pillar('skills').gapToNational).toBeCloseTo(0.22, 12);
    // ethics: 3.68 − 3.7 = −0.02 (above the national figure)
    expect(pillar('ethics').gapToNational).toBeCloseTo(-0.02, 12);
    // safety: 3.12 − 3.0 = 0.12
    expect(pillar('safety').gapToNational).toBeCloseTo(0.12, 12);
    // culture: no baseline, so no gap (the national figure is still shown)
    expect(pillar('culture')).toMatchObject({
      baseline: null,
      gapToNational: null,
      national: { year: 2022, value: 3.84 },
    });
    // overall index: 3.54 − 3.4 = 0.14
    expect(r.index.gapToNational).toBeCloseTo(0.14, 12);
    expect(r.index.explain.formula).toBe('3.54 − 3.4 = 0.14');
    expect(r.pillars.map((p) => p.id)).toEqual(['skills', 'ethics', 'safety', 'culture']);
  });

  it('measures the targets year by year', () => {
    // skills 2025: 3.45 − 3.3 = 0.15 (step 0.15); 2026: 3.6 − 3.3 = 0.30 (step 3.6 − 3.45 = 0.15)
    const s = pillar('skills').targets;
    expect(s.map((t) => t.year)).toEqual([2025, 2026]);
    expect(s[0]!.gapFromBaseline).toBeCloseTo(0.15, 12);
    expect(s[1]!.gapFromBaseline).toBeCloseTo(0.3, 12);
    expect(s[1]!.step).toBeCloseTo(0.15, 12);
    // safety 2026: 3.3 − 3.0 = 0.30, step 3.3 − 3.1 = 0.20
    expect(pillar('safety').targets[1]!.step).toBeCloseTo(0.2, 12);
    // ethics has no targets
    expect(pillar('ethics').targets.map((t) => t.target)).toEqual([null, null]);
    expect(pillar('skills').explain.formula).toBe(
      '3.52 (2022) − 3.3 = 0.22; 2025: 3.45 − 3.3 = 0.15; 2026: 3.6 − 3.3 = 0.30',
    );
    expect(explainToText(pillar('skills').explain, 'en')).toContain('Kemkominfo');
  });

  it('has no national figure before the first survey', () => {
    const early = literacyGaps({ ...STRATEGY, baseline: { ...STRATEGY.baseline, year: 2019 } }, GMSC);
    expect(early.index.national).toBeNull();
    expect(early.pillars.every((p) => p.gapToNational === null)).toBe(true);
  });
});

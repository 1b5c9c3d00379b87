import { formatPath, GMSC } from '@smartcity/model';
import { describe, expect, it } from 'vitest';
import { parse, SMALL } from '../test/fixtures.js';
import { checkPlan } from './plan-check.js';

const M = 1_000_000;
const plan = parse(SMALL); // 2025–2029

describe('checkPlan', () => {
  it('lists every contradiction of the plan, bilingual, each with the path to the item', () => {
    const m = {
      ...plan,
      quickWins: {
        ...plan.quickWins,
        selected: [
          { programme: 'e-health', year: 1 }, // runs 2025–2026: fine
          { programme: 'tourism-portal', year: 1 }, // moved to 2028–2029 by one-data: outside plan years 1–2
          { programme: 'public-wifi', year: 2 }, // runs in 2025 only: plan year 1, not 2
        ],
      },
      programmes: plan.programmes.map((p) =>
        p.id === 'command-center'
          ? { ...p, budget: [...p.budget, { year: 2030, source: 'apbd', amount: 5000 * M }] }
          : p,
      ),
    };
    const r = checkPlan(m, GMSC);
    expect(r.ok).toBe(false);
    const ci = m.programmes.findIndex((p) => p.id === 'command-center');
    const ti = m.programmes.findIndex((p) => p.id === 'tourism-portal');
    expect(r.issues.map((x) => [x.kind, x.programme, formatPath(x.path)])).toEqual([
      ['schedule-moved', 'command-center', `programmes[${ci}].startYear`],
      ['schedule-moved', 'tourism-portal', `programmes[${ti}].startYear`],
      ['quick-win-outside-window', 'tourism-portal', 'quickWins.selected[1].programme'],
      ['quick-win-year-mismatch', 'public-wifi', 'quickWins.selected[2].year'],
      // command-center moved a year: the added 2030 line lands in 2031, after the plan.
      ['budget-outside-plan', 'command-center', `programmes[${ci}].budget[2].year`],
      // The fixture's assessments are partial: 4 of 18 elements, and part of the readiness items.
      ['low-coverage', null, 'maturity[0].elements'],
      ['low-coverage', null, 'readiness.answers'],
      ['roadmap-conflict', 'command-center', `programmes[${ci}].endYear`],
    ]);
    const outside = r.issues[2]!;
    expect(outside.message.id).toBe(
      'Quick win tourism-portal ditetapkan untuk tahun rencana 1, tetapi roadmap menjalankannya 2028–2029 (tahun rencana 4–5), di luar jendela quick win tahun rencana 1–2.',
    );
    expect(outside.message.en).toContain('outside the quick-win window of plan years 1–2');
    expect(r.issues[0]!.message.en).toContain('moved from 2027–2029 to 2028–2030');
    expect(r.issues.find((x) => x.kind === 'budget-outside-plan')!.message.id).toContain(
      'Rp 5.000.000.000 jatuh pada 2031',
    );
  });

  it('flags the latest maturity index when it rests on too few elements, not when it is full', () => {
    const latest = [...plan.maturity].sort((a, b) => b.year - a.year)[0]!;
    const k = plan.maturity.indexOf(latest);
    const elements = GMSC.dimensions.flatMap((d) => d.elements.map((e) => e.id));
    const withElements = (n: number) => ({
      ...plan,
      maturity: plan.maturity.map((a) =>
        a === latest
          ? { ...a, elements: elements.slice(0, n).map((element) => ({ element, current: 3, evidence: [] })) }
          : a,
      ),
    });
    const low = (n: number) =>
      checkPlan(withElements(n), GMSC).issues.filter(
        (x) => x.kind === 'low-coverage' && x.path[0] === 'maturity',
      );
    expect(low(18)).toEqual([]);
    const one = low(1);
    expect(one).toHaveLength(1);
    expect(one[0]!.path).toEqual(['maturity', k, 'elements']);
    expect(one[0]!.message.id).toContain('1 dari 18 elemen');
  });
});

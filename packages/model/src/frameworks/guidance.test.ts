import { describe, expect, it } from 'vitest';
import { FrameworkSchema } from '../schema/framework.js';
import { GMSC_2021 } from './gmsc-2021.js';

const framework = FrameworkSchema.parse(GMSC_2021);
const filled = (x: { id: string; en: string } | undefined) =>
  x !== undefined && x.id.trim().length > 10 && x.en.trim().length > 10 && x.id !== x.en;

describe('GMSC guidance', () => {
  it('is marked as a toolkit default', () => {
    expect(framework.guidance?.provenance.status).toBe('toolkit-default');
    expect(framework.guidance?.provenance.note?.en).toMatch(/not the ministry/);
  });

  it('gives bilingual help for every readiness item, optional pillars included', () => {
    const items = framework.readiness.pillars.flatMap((p) => p.aspects.flatMap((a) => a.items));
    expect(items).toHaveLength(30);
    const missing = items.filter((q) => !filled(q.help)).map((q) => q.id);
    expect(missing).toEqual([]);
  });

  it('says what every level of the default ladder means for each of the 18 elements', () => {
    const ladder = framework.maturity.ladders.find((l) => l.id === framework.maturity.defaultLadder);
    const elements = framework.dimensions.flatMap((d) => d.elements);
    expect(elements).toHaveLength(18);
    const missing: string[] = [];
    for (const e of elements)
      for (const level of ladder?.levels ?? [])
        if (!filled(framework.guidance?.levels[ladder?.id ?? '']?.[e.id]?.[level.id]))
          missing.push(`${e.id}/${level.id}`);
    expect(missing).toEqual([]);
    expect(ladder?.levels).toHaveLength(6);
  });

  it('suggests an improvement for every step (element × level above the lowest)', () => {
    const ladder = framework.maturity.ladders.find((l) => l.id === framework.maturity.defaultLadder);
    const missing: string[] = [];
    let steps = 0;
    for (const e of framework.dimensions.flatMap((d) => d.elements))
      for (const level of (ladder?.levels ?? []).slice(1)) {
        steps++;
        if (!filled(framework.guidance?.improvements[ladder?.id ?? '']?.[e.id]?.[level.id]))
          missing.push(`${e.id}/${level.id}`);
      }
    expect(missing).toEqual([]);
    expect(steps).toBe(90);
  });

  it('keys guidance only by elements and levels the framework has', () => {
    const elementIds = new Set(framework.dimensions.flatMap((d) => d.elements.map((e) => e.id)));
    for (const part of [framework.guidance?.levels, framework.guidance?.improvements])
      for (const [ladderId, byElement] of Object.entries(part ?? {})) {
        const ladder = framework.maturity.ladders.find((l) => l.id === ladderId);
        expect(ladder).toBeDefined();
        const levelIds = new Set(ladder?.levels.map((l) => l.id));
        for (const [elementId, byLevel] of Object.entries(byElement)) {
          expect(elementIds.has(elementId)).toBe(true);
          for (const levelId of Object.keys(byLevel)) expect(levelIds.has(levelId)).toBe(true);
        }
      }
  });
});

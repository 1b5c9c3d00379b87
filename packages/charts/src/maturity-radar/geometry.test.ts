import { describe, expect, it } from 'vitest';
import {
  radarDimensions,
  radarElements,
  radarLongLabels,
  radarManySeries,
  radarMissing,
} from '../../test/fixtures.js';
import { assignSlots, layoutMaturityRadar } from './geometry.js';
import { type MaturityRadarData, normalizeRadarData } from './maturity-radar.config.js';

const layout = (d: MaturityRadarData, width = 640, lang: 'id' | 'en' = 'id', hidden: string[] = []) => {
  const n = normalizeRadarData(d);
  if (!n.ok) throw new Error(n.error.en);
  return layoutMaturityRadar(n.value, width, lang, new Set(hidden));
};

describe('layoutMaturityRadar', () => {
  const cases: [string, () => MaturityRadarData][] = [
    ['six dimensions', radarDimensions],
    ['eighteen elements', radarElements],
    ['long labels', radarLongLabels],
    ['many series', radarManySeries],
  ];
  for (const [name, data] of cases) {
    it(`keeps every label inside the drawing and apart from the others: ${name}`, () => {
      for (const width of [280, 360, 480, 640, 900, 1400]) {
        const m = layout(data(), width);
        for (const a of m.axes) {
          expect(a.box.x, `${a.label} at ${width}`).toBeGreaterThanOrEqual(0);
          expect(a.box.x + a.box.w, `${a.label} at ${width}`).toBeLessThanOrEqual(m.width);
          expect(a.box.y).toBeGreaterThanOrEqual(0);
          expect(a.box.y + a.box.h).toBeLessThanOrEqual(m.height);
          // Labels stay outside the outer ring.
          const cx = a.box.x + a.box.w / 2;
          const cy = a.box.y + a.box.h / 2;
          expect(Math.hypot(cx - m.cx, cy - m.cy)).toBeGreaterThan(m.radius);
        }
        for (let i = 0; i < m.axes.length; i++) {
          for (let j = i + 1; j < m.axes.length; j++) {
            const p = m.axes[i]!.box;
            const q = m.axes[j]!.box;
            const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
            expect(overlap, `${m.axes[i]!.label} / ${m.axes[j]!.label} at ${width}`).toBe(false);
          }
        }
      }
    });
  }

  it('puts values on the scale: the max on the outer ring, the min at the centre', () => {
    const d = radarDimensions();
    d.series = [{ id: 's', label: 'S', values: { governance: 5, branding: 0, economy: 2.5 } }];
    const m = layout(d);
    const p = (axis: string) => [...m.points.values()].find((x) => x.detail.axisId === axis)!;
    expect(Math.hypot(p('governance').x - m.cx, p('governance').y - m.cy)).toBeCloseTo(m.radius, 1);
    expect(Math.hypot(p('branding').x - m.cx, p('branding').y - m.cy)).toBeCloseTo(0, 1);
    expect(Math.hypot(p('economy').x - m.cx, p('economy').y - m.cy)).toBeCloseTo(m.radius / 2, 1);
    // The first axis points up.
    expect(p('governance').y).toBeLessThan(m.cy);
    expect(p('governance').x).toBeCloseTo(m.cx, 1);
  });

  it('never draws missing values as zero and marks values outside the scale', () => {
    const m = layout(radarMissing());
    const current = [...m.points.values()].filter((p) => p.detail.seriesId === 'current');
    const missing = current.filter((p) => p.detail.status === 'missing');
    expect(missing.map((p) => p.detail.axisId)).toEqual(['branding', 'society']);
    for (const p of missing) {
      expect(p.detail.value).toBeNull();
      expect(p.mark.hollow).toBe(true);
      expect(Math.hypot(p.x - m.cx, p.y - m.cy)).toBeGreaterThan(m.radius * 0.08);
    }
    expect(current.find((p) => p.detail.axisId === 'living')!.detail.status).toBe('above');
    expect(m.outOfScale).toHaveLength(1);
    const series = m.series.find((s) => s.id === 'current')!;
    expect(series.bridge).not.toBe('');
    expect(m.axes.find((a) => a.id === 'branding')!.note).toBe('(tidak ada data)');
    expect(m.notes.join(' ')).toContain('di atas skala');
    expect(m.table.rows[1]!.cells[0]).toBe('tidak ada data');
  });

  it('labels the rings with the SPBE ladder in the page language', () => {
    expect(layout(radarDimensions(), 640, 'id').rings.map((r) => r.label)).toEqual([
      '1 · Rintisan',
      '2 · Terkelola',
      '3 · Terdefinisi',
      '4 · Terpadu dan Terukur',
      '5 · Optimum',
    ]);
    expect(layout(radarDimensions('en'), 640, 'en').rings.at(-1)!.label).toBe('5 · Optimised');
  });

  it('tells series apart by slot (colour, dash, marker) and leaves hidden series out', () => {
    expect(assignSlots([{ kind: 'target' }, { kind: 'current' }, {}, { kind: 'current' }])).toEqual([
      1, 0, 4, 5,
    ]);
    const m = layout(radarManySeries());
    const slots = m.series.map((s) => s.styleIndex);
    expect(new Set(slots).size).toBe(slots.length);
    expect(new Set(m.series.map((s) => `${s.dash}|${s.marker}`)).size).toBe(slots.length);
    const hidden = layout(radarDimensions(), 640, 'id', ['target', 'peers']);
    expect(hidden.series.map((s) => s.id)).toEqual(['current', 'median']);
    expect(hidden.band).toBeUndefined();
    expect(hidden.legend.find((l) => l.id === 'target')!.visible).toBe(false);
  });

  it('rejects malformed data with a message instead of throwing', () => {
    expect(normalizeRadarData(null)).toEqual({
      ok: false,
      error: {
        id: 'diharapkan objek dengan "axes" & "series", ditemukan null.',
        en: 'expected an object with "axes" & "series", found null.',
      },
    });
    expect(normalizeRadarData({ axes: {}, series: [] }).ok).toBe(false);
    expect(normalizeRadarData({ axes: [], series: [], min: 5, max: 1 }).ok).toBe(false);
    // Items without an id, items that are not objects and maps that are not objects are the wrong shape.
    const n = normalizeRadarData({ axes: [{ id: 'a' }, { label: 'no id' }, 7], series: [] });
    expect(n.ok === false && n.error.en).toBe(
      'axes[1].id: expected an identifier (non-empty text), found nothing.',
    );
    const v = normalizeRadarData({ axes: [{ id: 'a' }], series: [{ id: 's', values: 'x' }] });
    expect(v.ok === false && v.error.id).toBe(
      'series[0].values: diharapkan objek (nilai per pengenal), ditemukan teks "x".',
    );
  });
});

describe('series without a kind', () => {
  it("never take the comparison slot (or any present kind's) while another is free, and are not filled", () => {
    expect(assignSlots([{}])).toEqual([4]);
    expect(assignSlots([{ kind: 'current' }, {}, {}])).toEqual([0, 4, 5]);
    // Three peers beside current, target and median: the sixth slot is the only one left.
    expect(assignSlots([{ kind: 'current' }, { kind: 'target' }, { kind: 'median' }, {}, {}, {}])).toEqual([
      0, 1, 2, 4, 5, 3,
    ]);
    expect(assignSlots([{}, {}, { kind: 'comparison' }])).toEqual([4, 5, 3]);
    const n = normalizeRadarData({
      axes: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ],
      series: [{ id: 'x', label: 'X', values: { a: 1, b: 2, c: 3 } }],
    });
    if (!n.ok) throw new Error(n.error.en);
    const se = layoutMaturityRadar(n.value, 400, 'id').series[0]!;
    expect(se.kind).toBeUndefined();
    expect(se.fillOpacity).toBe(0);
    expect(se.styleIndex).not.toBe(3);
  });
});

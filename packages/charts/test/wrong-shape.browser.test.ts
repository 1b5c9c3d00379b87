// Data of the wrong shape, for each of the seven elements: the element must show its error state (a visible
// alert saying, in the chart's language, where the data is wrong, what was expected and what was found),
// never an empty or partial chart. The same table goes through the string renderers.
import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.js';
import {
  renderBenchmarkStripSvg,
  renderBenchmarkWheelSvg,
  renderMaturityHeatmapSvg,
  renderMaturityRadarSvg,
  renderQuickWinMatrixSvg,
  renderReadinessBarsSvg,
  renderRoadmapTimelineSvg,
} from '../src/svg.js';
import { benchmark, heatmap, quickwins, radarDimensions, readiness, roadmap, wheel } from './fixtures.js';
import { cleanup, mount, shadow } from './helpers.js';

afterEach(cleanup);

type Data = Record<string, unknown>;
/** A copy of valid data with one place replaced. */
function change(data: unknown, path: (string | number)[], value: unknown): Data {
  const copy = structuredClone(data) as Data;
  let node = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Wrong shapes every element shares: a root that is not an object, a list that is not one, bad items. */
function shapes(valid: unknown, list: string): [string, unknown][] {
  const first = ((valid as Data)[list] as Data[])[0]!;
  return [
    ['a number', 42],
    // A string is read as JSON text (as a `data` attribute is); this one holds a string, not an object.
    ['a JSON string', '"chart"'],
    ['a list', [valid]],
    ['true', true],
    [`${list} as an object`, change(valid, [list], { a: 1 })],
    [`${list} as a string`, change(valid, [list], 'six')],
    [`${list} as a number`, change(valid, [list], 6)],
    [`a ${list} item that is a number`, change(valid, [list, 0], 7)],
    [`a ${list} item that is null`, change(valid, [list, 0], null)],
    [`a ${list} item that is a list`, change(valid, [list, 0], [first])],
    [`a ${list} item without an id`, change(valid, [list, 0], { ...first, id: undefined })],
    [`a ${list} item with an empty id`, change(valid, [list, 0, 'id'], '')],
    [`a ${list} item with an object id`, change(valid, [list, 0, 'id'], { x: 1 })],
    [`two ${list} items with one id`, change(valid, [list, 1, 'id'], first.id)],
  ];
}

const radar = radarDimensions();
const bars = readiness();
const matrix = quickwins();
const timeline = roadmap();
const strip = benchmark();
const grid = heatmap();
const sunburst = wheel();

type Render = (d: unknown, o: { lang: 'id' | 'en' }) => string;
const render = <T>(f: (d: T, o: { lang: 'id' | 'en' }) => string) => f as unknown as Render;

const CASES: { tag: string; svg: Render; cases: [string, unknown][] }[] = [
  {
    tag: 'sc-maturity-radar',
    svg: render(renderMaturityRadarSvg),
    cases: [
      ...shapes(radar, 'axes'),
      ['series values as a list', change(radar, ['series', 0, 'values'], [1, 2])],
      ['max below min', change(radar, ['max'], -1)],
    ],
  },
  {
    tag: 'sc-readiness-bars',
    svg: render(renderReadinessBarsSvg),
    cases: [
      ...shapes(bars, 'pillars'),
      ['aspects as a string', change(bars, ['pillars', 0, 'aspects'], 'many')],
      ['an aspect without an id', change(bars, ['pillars', 0, 'aspects'], [{ label: 'x' }])],
    ],
  },
  {
    tag: 'sc-quickwin-matrix',
    svg: render(renderQuickWinMatrixSvg),
    cases: [
      ...shapes(matrix, 'candidates'),
      ['max equal to min', change(change(matrix, ['max'], 1), ['min'], 1)],
      ['min as the only bound above the default max', change(matrix, ['min'], 99)],
    ],
  },
  {
    tag: 'sc-roadmap-timeline',
    svg: render(renderRoadmapTimelineSvg),
    cases: [
      ...shapes(timeline, 'programmes'),
      ['no start year', change(timeline, ['startYear'], 'next year')],
      ['a budget that is a number', change(timeline, ['programmes', 0, 'budget'], 5)],
    ],
  },
  {
    tag: 'sc-benchmark-strip',
    svg: render(renderBenchmarkStripSvg),
    cases: [
      ...shapes(strip, 'rows'),
      ['row values as a string', change(strip, ['rows', 0, 'values'], '1,2,3')],
      ['row stats as a list', change(strip, ['rows', 0, 'stats'], [1, 2, 3])],
    ],
  },
  {
    tag: 'sc-maturity-heatmap',
    svg: render(renderMaturityHeatmapSvg),
    cases: [
      ...shapes(grid, 'regions'),
      ...shapes(grid, 'elements').slice(4),
      ['region values as a list', change(grid, ['regions', 0, 'values'], [1, 2])],
      ['an unknown grouping', change(grid, ['groupBy'], 'island')],
      ['max below min', change(grid, ['max'], -1)],
    ],
  },
  {
    tag: 'sc-benchmark-wheel',
    svg: render(renderBenchmarkWheelSvg),
    cases: [
      ...shapes(sunburst, 'dimensions'),
      ['elements as a string', change(sunburst, ['dimensions', 0, 'elements'], 'all')],
      ['an element without an id', change(sunburst, ['dimensions', 0, 'elements'], [{ label: 'x' }])],
    ],
  },
];

describe('every element shows its error state for data of the wrong shape', () => {
  for (const { tag, svg, cases } of CASES) {
    it(`${tag}: ${cases.length} wrong shapes`, async () => {
      for (const [name, data] of cases) {
        for (const lang of ['id', 'en'] as const) {
          const el = await mount<HTMLElement>(tag, { data }, { lang });
          const error = shadow(el).querySelector('[part="error"]');
          expect(error, `${tag}, ${name} (${lang}): no error state`).not.toBeNull();
          expect(error!.getAttribute('role')).toBe('alert');
          const text = error!.textContent ?? '';
          if (lang === 'id') expect(text, name).toMatch(/Data grafik tidak valid.*(diharapkan|harus)/s);
          else expect(text, name).toMatch(/Invalid chart data.*(expected|must)/s);
          expect(text, name).toMatch(lang === 'id' ? /ditemukan/ : /found/);
          expect(shadow(el).querySelector('svg'), `${tag}, ${name}: a chart was drawn`).toBeNull();
          cleanup();
          expect(svg(data, { lang }), `${tag}, ${name}: SVG`).toContain(
            lang === 'id' ? 'Data grafik tidak valid' : 'Invalid chart data',
          );
        }
      }
    });
  }

  it('still draws the valid data of every element', async () => {
    for (const [tag, data] of [
      ['sc-maturity-radar', radar],
      ['sc-readiness-bars', bars],
      ['sc-quickwin-matrix', matrix],
      ['sc-roadmap-timeline', timeline],
      ['sc-benchmark-strip', strip],
      ['sc-maturity-heatmap', grid],
      ['sc-benchmark-wheel', sunburst],
    ] as const) {
      const el = await mount<HTMLElement>(tag, { data });
      expect(shadow(el).querySelector('[part="error"]'), tag).toBeNull();
      expect(shadow(el).querySelector('svg'), tag).not.toBeNull();
      cleanup();
    }
  });
});

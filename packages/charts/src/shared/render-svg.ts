import { footerBlock, titleBlock } from './captions.js';
import { type ChartLang, chartStrings } from './i18n.js';
import type { ChartModel, Normalized } from './model.js';
import type { ChartTheme } from './palette.js';
import { pointsSvg } from './points.js';
import { el, errorSvg, resolveTheme, type SvgRenderOptions, svgDocument } from './svg.js';

/** The parts a chart gives the one SVG pipeline: the same parts its element uses. */
export interface SvgChart<Data, Layout extends ChartModel<unknown>> {
  normalize(data: unknown): Normalized<Data>;
  layout(data: Data, width: number, lang: ChartLang): Layout;
  body(layout: Layout, theme: ChartTheme): string;
  name(lang: ChartLang): string;
}

/**
 * A standalone SVG document of a laid-out chart, painted with `theme`. With `captions`, the title, the
 * legend and the notes are drawn visibly (above and below the plot) for reports and slides.
 * Shared by the `render…Svg` functions and the elements' `toSVG()`.
 */
export function layoutToSvg<Layout extends ChartModel<unknown>>(
  m: Layout,
  body: (layout: Layout, theme: ChartTheme) => string,
  name: string,
  theme: ChartTheme,
  background: boolean,
  captions: boolean,
): string {
  const plot = body(m, theme) + pointsSvg(m.points.values(), theme);
  const doc = { title: m.title ?? name, desc: m.summary, theme, background };
  if (!captions) return svgDocument({ ...doc, width: m.width, height: m.height, body: plot });
  const head = titleBlock(m.title, m.width, theme);
  const foot = footerBlock(m.legend, m.notes, m.width, head.height + m.height, theme);
  return svgDocument({
    ...doc,
    width: m.width,
    height: Math.ceil(head.height + m.height + foot.height),
    body:
      head.svg +
      (head.height ? el('g', { transform: `translate(0,${head.height})` }, plot) : plot) +
      foot.svg,
  });
}

/**
 * Validates the data, lays it out and writes a standalone SVG document; invalid or empty data gives an SVG
 * that says so. Shared by every `render…Svg` function.
 */
export function renderChartSvg<Data, Layout extends ChartModel<unknown>>(
  chart: SvgChart<Data, Layout>,
  data: unknown,
  options: SvgRenderOptions,
): string {
  const lang = options.lang ?? 'id';
  const theme = resolveTheme(options.theme);
  const s = chartStrings(lang);
  const background = options.background !== false;
  const n = chart.normalize(data);
  if (!n.ok) return errorSvg(options.width ?? 640, `${s.invalidData}: ${n.error[lang]}`, theme, background);
  const m = chart.layout(n.value, options.width ?? 640, lang);
  if (m.empty) return errorSvg(m.width, s.empty, theme, background, m.title);
  return layoutToSvg(m, chart.body, chart.name(lang), theme, background, options.captions === true);
}

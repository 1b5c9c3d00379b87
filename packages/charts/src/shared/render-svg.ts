import { type ChartLang, chartStrings } from './i18n.js';
import type { ChartModel, Normalized } from './model.js';
import type { ChartTheme } from './palette.js';
import { pointsSvg } from './points.js';
import { errorSvg, resolveTheme, type SvgRenderOptions, svgDocument } from './svg.js';

/** The parts a chart gives the one SVG pipeline: the same parts its element uses. */
export interface SvgChart<Data, Layout extends ChartModel<unknown>> {
  normalize(data: unknown): Normalized<Data>;
  layout(data: Data, width: number, lang: ChartLang): Layout;
  body(layout: Layout, theme: ChartTheme): string;
  name(lang: ChartLang): string;
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
  return svgDocument({
    width: m.width,
    height: m.height,
    title: m.title ?? chart.name(lang),
    desc: m.summary,
    theme,
    background,
    body: chart.body(m, theme) + pointsSvg(m.points.values(), theme),
  });
}

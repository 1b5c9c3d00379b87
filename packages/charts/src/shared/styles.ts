import { css, unsafeCSS } from 'lit';
import { type ChartTheme, darkTheme, lightTheme, THEME_VARS } from './palette.js';

/**
 * The theme's colours as the host's private custom properties (`--_bg`, `--_s1`, …), each overridden by
 * the page's public one (`--sc-color-bg`, `--sc-series-1`, …). From `lightTheme` and `darkTheme`: one
 * place for the colours of the elements and of the SVG renderers.
 */
function themeProperties(t: ChartTheme) {
  return unsafeCSS(
    [
      ...THEME_VARS.map(([key, own, page]) => [own, page, t[key]]),
      // The tooltip is the text colour on the background's place and back.
      ['tipbg', 'tooltip-bg', t.text],
      ['tipfg', 'tooltip-color', t.background],
      ...t.series.map((c, i) => [`s${i + 1}`, `series-${i + 1}`, c]),
    ]
      .map(([own, page, value]) => `--_${own}:var(--sc-${page},${value});`)
      .join(''),
  );
}
const light = themeProperties(lightTheme);
const dark = themeProperties(darkTheme);

/**
 * Styles shared by every chart element. Colours come from CSS custom properties (defaults: the light
 * theme), mapped onto the class names that the SVG bodies carry, so that one markup serves both the
 * elements and the standalone SVG strings.
 */
export const baseStyles = css`
  :host {
    ${light}
    display: block;
    position: relative;
    min-width: 0;
    color: var(--_text);
    font-family: var(
      --sc-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    font-size: 12px;
    line-height: 1.35;
    /* Pages of hundreds of charts (one per kabupaten/kota): the browser lays out and paints a chart when it
       nears the viewport. Override with content-visibility: visible if needed. */
    content-visibility: auto;
    contain-intrinsic-size: auto 360px;
  }
  :host([hidden]) {
    display: none;
  }
  /* Dark by the reader's preference, unless the page chose a theme (theme="light", or its own colours). */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { ${dark} }
  }
  :host([theme='dark']) { ${dark} }
  .s0 { --c: var(--_s1); }
  .s1 { --c: var(--_s2); }
  .s2 { --c: var(--_s3); }
  .s3 { --c: var(--_s4); }
  .s4 { --c: var(--_s5); }
  .s5 { --c: var(--_s6); }
  figure {
    margin: 0;
    background: var(--_bg);
  }
  .title {
    font-size: 14px;
    font-weight: 600;
    margin: 0 0 6px;
  }
  .plot {
    position: relative;
  }
  svg.chart {
    /* The layout places and anchors every text left-to-right; in a right-to-left page the anchors would
       flip and put the level labels on the plot. The legend and the table follow the page. */
    direction: ltr;
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .t-text { fill: var(--_text); }
  .t-muted { fill: var(--_muted); }
  .t-halo { stroke: var(--_bg); }
  .grid { stroke: var(--_grid); }
  .axis { stroke: var(--_axis); }
  .band { fill: var(--_band); }
  .bg { fill: var(--_bg); }
  .qw-mark { stroke: var(--_text); }
  .warn { fill: var(--_warning); }
  .warn-stroke { stroke: var(--_warning); }
  .c-stroke { stroke: var(--c); }
  .c-fill { fill: var(--c); }
  .rule { stroke: var(--_text); }
  .grid-fill { fill: var(--_grid); }
  .t-warn { fill: var(--_warning); }
  .mk { fill: var(--c); stroke: var(--_bg); }
  .point {
    cursor: pointer;
    outline: none;
    stroke: transparent;
    stroke-width: 14px;
  }
  .point.area { fill: transparent; stroke-width: 0; }
  .point:focus-visible,
  .point.active:focus {
    outline: 2.5px solid var(--_focus);
    outline-offset: 1px;
    border-radius: 50%;
  }
  .point.area:focus-visible,
  .point.area.active:focus {
    border-radius: 3px;
    outline-offset: 2px;
  }
  .mk.hollow { fill: var(--c); }
  [data-axis] { cursor: pointer; outline: none; }
  [data-axis]:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
  }
  .legend li { display: flex; }
  .legend button,
  .legend .static {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 24px;
    padding: 2px 6px;
    border: 1px solid transparent;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .legend .static { cursor: default; }
  .legend button:hover { border-color: var(--_grid); }
  .legend button[aria-pressed='false'] { color: var(--_muted); }
  .legend button[aria-pressed='false'] .label { text-decoration: line-through; }
  .legend button[aria-pressed='false'] svg { opacity: 0.35; }
  .legend svg { flex: none; overflow: visible; }
  button:focus-visible {
    outline: 2.5px solid var(--_focus);
    outline-offset: 1px;
  }
  .table-toggle {
    margin-top: 8px;
    padding: 4px 10px;
    min-height: 28px;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .table-toggle:hover { border-color: var(--_text); }
  .notes {
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_warning);
  }
  table {
    border-collapse: collapse;
    margin-top: 8px;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th, td {
    padding: 3px 10px 3px 0;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  thead th { border-bottom-color: var(--_axis); }
  .table-wrap { overflow-x: auto; }
  .sr-only {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    max-width: 240px;
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--_tipbg);
    color: var(--_tipfg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    white-space: normal;
  }
  .tooltip strong { display: block; font-weight: 600; }
  .error,
  .empty {
    padding: 12px;
    border: 1px dashed var(--_axis);
    border-radius: 4px;
    color: var(--_text);
    background: var(--_bg);
  }
  .error {
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
  }
  .error strong { display: block; margin-bottom: 2px; }
  @media (prefers-reduced-motion: no-preference) {
    .tooltip { transition: opacity 0.12s ease-out; }
    .series, .point { transition: opacity 0.2s ease-out; }
  }
  @media print {
    .table-toggle, .tooltip { display: none; }
  }
`;

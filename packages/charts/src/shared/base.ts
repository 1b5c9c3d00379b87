import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type ChartLang, chartStrings, normalizeLang } from './i18n.js';
import { parseJsonAttribute } from './json-attribute.js';
import { moveInGrid } from './keyboard.js';
import type { AxisSelectDetail, ChartMessage, ChartModel, Normalized, SeriesToggleDetail } from './model.js';
import { type ChartTheme, THEME_VARS } from './palette.js';
import { CSS_PAINT, legendHtml, pointsSvg, tableHtml } from './points.js';
import { layoutToSvg } from './render-svg.js';
import { baseStyles } from './styles.js';
import { errorSvg, resolveTheme } from './svg.js';

/** Options of an element's `toSVG()`. */
export interface ToSvgOptions {
  /** Draw the title, legend and notes visibly in the SVG (default true: an export stands alone). */
  captions?: boolean;
  /** Paint the background (default true). */
  background?: boolean;
  /** Width in px of the drawing (default: the element's current width). */
  width?: number;
}

/** Options of an element's `toPNG()`. */
export interface ToPngOptions extends ToSvgOptions {
  /** Device pixels per CSS pixel (default 2: crisp on slides and high-density screens). */
  scale?: number;
}

/** The full label of an axis label group (its `<title>` when the drawn text is shortened). */
function axisLabel(label: Element): string {
  const title = label.querySelector(':scope > title');
  if (title) return title.textContent ?? '';
  const text = label.querySelector('text');
  const spans = text ? [...text.querySelectorAll('tspan')] : [];
  const parts = spans.length ? spans.map((t) => t.textContent ?? '') : [text?.textContent ?? ''];
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Prefix of the tooltip key of an axis label (point keys never start with a NUL). */
const AXIS_TIP = '\u0000axis:';

/** Width used when the element has no layout box yet (e.g. inside `display: none`), in px. */
export const FALLBACK_WIDTH = 480;

// One observer of each kind for all chart instances: pages with hundreds of charts stay cheap.
const instances = new Set<ScChartElement<unknown, unknown, ChartModel<unknown>>>();
let langObserver: MutationObserver | undefined;
let resizeObserver: ResizeObserver | undefined;

function getResizeObserver(): ResizeObserver | undefined {
  if (!resizeObserver && typeof ResizeObserver !== 'undefined') {
    // Widths are applied in the next frame, not inside the observer's callback: rendering changes the
    // element's height, which inside the callback would be a resize loop.
    const pending = new Map<ScChartElement<unknown, unknown, ChartModel<unknown>>, number>();
    resizeObserver = new ResizeObserver((entries) => {
      if (!pending.size) {
        requestAnimationFrame(() => {
          for (const [chart, width] of pending) chart.setMeasuredWidth(width);
          pending.clear();
        });
      }
      for (const entry of entries) {
        pending.set(
          entry.target as ScChartElement<unknown, unknown, ChartModel<unknown>>,
          entry.contentRect.width,
        );
      }
    });
  }
  return resizeObserver;
}

function watchLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const chart of instances) chart.refreshLang();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The language tag that applies to `node`: its own `lang`, the closest ancestor's (across shadow roots), or the document's. */
export function closestLang(node: Node): string | null {
  let n: Node | null = node;
  while (n) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang');
    n = n instanceof ShadowRoot ? n.host : n.parentNode;
  }
  return null;
}

/**
 * Base of every chart element: data as a property or a JSON `data` attribute, language from the closest
 * `lang`, width from the container (ResizeObserver), keyboard navigation (roving tabindex), tooltips,
 * legend toggling, the screen-reader summary and the data table.
 * @internal Not registered as an element; subclasses are.
 */
export abstract class ScChartElement<Data, Norm, Model extends ChartModel<unknown>> extends LitElement {
  static override styles = [baseStyles];

  static override properties = {
    data: { attribute: false },
    _lang: { state: true },
    _width: { state: true },
    _jsonError: { state: true },
    _tableOpen: { state: true },
    _hidden: { state: true },
    _tip: { state: true },
  };

  /** Chart data as a plain object (see the element's data interface). Also settable as a JSON `data` attribute. */
  declare data: Data | string | null | undefined;
  declare protected _lang: ChartLang;
  declare protected _width: number | undefined;
  declare protected _jsonError: ChartMessage | undefined;
  declare protected _tableOpen: boolean;
  declare protected _hidden: ReadonlySet<string>;
  declare protected _active: string | undefined;
  declare protected _tip: string | undefined;
  declare protected _model: Model | undefined;
  declare protected _dataError: ChartMessage | undefined;
  declare private _norm: Norm | undefined;
  declare private _written: Model | undefined;
  declare private _axes: Map<string, { label: string; shortened: boolean; x: number; y: number }> | undefined;

  constructor() {
    super();
    this._lang = 'id';
    this._tableOpen = false;
    this._hidden = new Set();
  }

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: Lit computes the list per subclass through `this`.
    return [...super.observedAttributes, 'data', 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'data') {
      const parsed = parseJsonAttribute(value);
      if (parsed.ok) {
        this._jsonError = undefined;
        this.data = parsed.value as Data;
      } else {
        this._jsonError = parsed.error;
      }
    } else if (name === 'lang') {
      this.refreshLang();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    instances.add(this);
    watchLang();
    this.refreshLang();
    const ro = getResizeObserver();
    if (ro) ro.observe(this);
    else this._width = FALLBACK_WIDTH;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    instances.delete(this);
    resizeObserver?.unobserve(this);
  }

  /** Re-reads the language from the closest `lang` attribute. @internal */
  refreshLang(): void {
    const lang = normalizeLang(closestLang(this) ?? document.documentElement.lang);
    if (lang !== this._lang) this._lang = lang;
  }

  /** Called by the shared ResizeObserver. @internal */
  setMeasuredWidth(width: number): void {
    const w = Math.floor(width) || FALLBACK_WIDTH;
    if (w !== this._width) this._width = w;
  }

  /** The language the chart currently speaks (`'id'` or `'en'`). */
  get chartLang(): ChartLang {
    return this._lang;
  }

  /** The current layout (after the first render), e.g. for tests and adapters. */
  get layout(): Model | undefined {
    return this._model;
  }

  protected abstract normalizeData(data: unknown): Normalized<Norm>;
  protected abstract computeLayout(
    data: Norm,
    width: number,
    lang: ChartLang,
    hidden: ReadonlySet<string>,
  ): Model;
  /** The static SVG body: without colours (CSS paints it) by default, or painted with `theme` (exports). */
  protected abstract body(model: Model, theme?: ChartTheme): string;
  /** Whether a change of the element's own view properties (e.g. a sort order) needs a new layout. */
  protected viewChanged(_changed: PropertyValues): boolean {
    return false;
  }
  /** Base name of the events' detail `chart` field and the accessible name prefix. */
  protected abstract chartName(lang: ChartLang): string;

  /** The colours the chart is painted with now (its CSS custom properties, light or dark, resolved). */
  get computedTheme(): ChartTheme {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim();
    const theme: Partial<ChartTheme> = {};
    for (const [key, own] of THEME_VARS) {
      const v = read(`--_${own}`);
      if (v) theme[key] = v;
    }
    const series = [1, 2, 3, 4, 5, 6].map((i) => read(`--_s${i}`));
    if (series.every(Boolean)) theme.series = series;
    return resolveTheme(theme);
  }

  /**
   * The chart as a standalone SVG document: colours resolved from the current theme (custom properties,
   * dark mode) and written as attributes, so the file looks the same outside the page (slides, reports,
   * an `<img>`). Hidden series stay hidden. With no data or invalid data, an SVG that says so.
   */
  toSVG(options: ToSvgOptions = {}): string {
    const theme = this.computedTheme;
    const background = options.background !== false;
    const s = chartStrings(this._lang);
    const width = options.width ?? this._width ?? FALLBACK_WIDTH;
    if (this._dataError !== undefined || this._jsonError !== undefined) {
      return errorSvg(width, `${s.invalidData}: ${this._dataError ?? this._jsonError}`, theme, background);
    }
    const m =
      this._norm === undefined
        ? undefined
        : width === this._model?.width
          ? this._model
          : this.computeLayout(this._norm, width, this._lang, this._hidden);
    if (!m || m.empty) return errorSvg(width, s.empty, theme, background, m?.title);
    return layoutToSvg(
      m,
      (layout, t) => this.body(layout, t),
      this.chartName(this._lang),
      theme,
      background,
      options.captions !== false,
    );
  }

  /**
   * The chart as a PNG image (the `toSVG()` drawing rasterised), `scale` device pixels per CSS pixel
   * (default 2). Resolves to a `Blob` of type `image/png`.
   */
  async toPNG(options: ToPngOptions = {}): Promise<Blob> {
    const scale = options.scale ?? 2;
    if (!(scale > 0 && Number.isFinite(scale)))
      throw new RangeError(`toPNG: scale must be > 0, got ${scale}`);
    const svg = this.toSVG(options);
    const width = Number(/ width="([\d.]+)"/.exec(svg)?.[1] ?? FALLBACK_WIDTH);
    const height = Number(/ height="([\d.]+)"/.exec(svg)?.[1] ?? 40);
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
      const img = new Image();
      img.decoding = 'async';
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('toPNG: no 2D canvas context');
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toPNG: encoding failed'))), 'image/png'),
      );
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') && !changed.has('_jsonError')) this._jsonError = undefined;
    if (changed.has('data')) {
      this._norm = undefined;
      this._dataError = undefined;
      // A string (a template that bound JSON text to the property) is parsed as the attribute would be.
      let data: unknown = this.data;
      if (typeof data === 'string') {
        const parsed = parseJsonAttribute(data);
        if (parsed.ok) data = parsed.value;
        else this._jsonError = parsed.error;
      }
      if (data !== undefined && data !== null && this._jsonError === undefined) {
        const n = this.normalizeData(data);
        if (n.ok) this._norm = n.value;
        else this._dataError = n.error;
      }
    }
    if (
      changed.has('data') ||
      changed.has('_lang') ||
      changed.has('_width') ||
      changed.has('_hidden') ||
      changed.has('_jsonError') ||
      this.viewChanged(changed)
    ) {
      this._model =
        this._norm !== undefined && this._width !== undefined
          ? this.computeLayout(this._norm, this._width, this._lang, this._hidden)
          : undefined;
      if (this._active && !this._model?.points.has(this._active)) this._active = undefined;
      if (this._tip && !this._tip.startsWith(AXIS_TIP) && !this._model?.points.has(this._tip))
        this._tip = undefined;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const s = chartStrings(this._lang);
    const error =
      this._jsonError !== undefined
        ? `${s.invalidJson}: ${this._jsonError[this._lang]}`
        : this._dataError?.[this._lang];
    if (error !== undefined) {
      return html`<div part="error" class="error" role="alert"><strong>${s.invalidData}</strong>${error}</div>`;
    }
    const m = this._model;
    if (!m) {
      return this.data === undefined || this.data === null
        ? html`<div part="empty" class="empty">${s.empty}</div>`
        : nothing;
    }
    const title = m.title ? html`<figcaption part="title" class="title">${m.title}</figcaption>` : nothing;
    if (m.empty) {
      return html`<figure part="base">${title}<div part="empty" class="empty">${s.empty}</div></figure>`;
    }
    // The SVG body, the legend and the table are markup strings from the shared renderers (escaped there),
    // written with innerHTML in updated(): one parse per chart, which keeps pages of hundreds of charts fast.
    return html`<figure part="base">
      ${title}
      <p class="sr-only" id="summary">${m.summary}</p>
      <div class="plot" part="plot">
        <svg
          class="chart"
          part="svg"
          viewBox="0 0 ${m.width} ${m.height}"
          width=${m.width}
          height=${m.height}
          role="group"
          tabindex="-1"
          aria-label=${m.title ?? this.chartName(this._lang)}
          aria-describedby="summary"
          @keydown=${this.onKeyDown}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
          @click=${this.onClick}
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerLeave}
        ><g class="body"></g></svg>
        ${this.renderTooltip(m)}
      </div>
      ${m.notes.length ? html`<ul part="notes" class="notes">${m.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <ul part="legend" class="legend" aria-label=${s.legend} ?hidden=${!m.legend.length} @click=${this.onLegendClick}></ul>
      <button
        part="table-toggle"
        class="table-toggle"
        type="button"
        aria-expanded=${this._tableOpen ? 'true' : 'false'}
        aria-controls="table"
        @click=${this.toggleTable}
      >
        ${this._tableOpen ? s.hideTable : s.showTable}
      </button>
      <div
        id="table"
        part="table"
        class=${this._tableOpen ? 'table-wrap' : 'table-wrap sr-only'}
        role="group"
        aria-label=${m.table.caption}
        tabindex=${this._tableOpen ? '0' : '-1'}
      ></div>
    </figure>`;
  }

  protected override updated(): void {
    const m = this._model;
    const root = this.renderRoot;
    const body = root.querySelector('g.body');
    if (!m || !body) {
      this._written = undefined;
      return;
    }
    if (this._written === m && body.firstChild) return;
    this._written = m;
    const active = this._active ?? m.nav[0]?.[0];
    body.innerHTML = this.body(m) + pointsSvg(m.points.values(), CSS_PAINT, active ?? '');
    // Axis (row, column) labels are buttons too, with a roving tab stop of their own after the points'
    // (their group moves to the end): sc-axis-select.
    const axisGroup = body.querySelector('[data-axis]')?.parentElement;
    if (axisGroup && axisGroup !== body) body.append(axisGroup);
    const axes = new Map<string, { label: string; shortened: boolean; x: number; y: number }>();
    this._axes = axes;
    body.querySelectorAll<SVGElement>('[data-axis]').forEach((label, i) => {
      const name = axisLabel(label);
      label.setAttribute('role', 'button');
      label.setAttribute('tabindex', i === 0 ? '0' : '-1');
      label.setAttribute('aria-label', name);
      // A shortened label shows its full text in the chart's tooltip (the SVG <title> of the static
      // renderer would count as visible text of the button, which then no longer matches its name).
      const title = label.querySelector(':scope > title');
      title?.remove();
      const hit = label.querySelector('.hit');
      const num = (a: string) => Number(hit?.getAttribute(a) ?? 0);
      axes.set(label.getAttribute('data-axis') ?? '', {
        label: name,
        shortened: !!title,
        x: num('x') + num('width') / 2,
        y: num('y'),
      });
    });
    root.querySelector('ul.legend')!.innerHTML = legendHtml(m.legend);
    root.querySelector('#table')!.innerHTML = tableHtml(m.table);
  }

  private renderTooltip(m: Model): TemplateResult | typeof nothing {
    const axis = this._tip?.startsWith(AXIS_TIP)
      ? this._axes?.get(this._tip.slice(AXIS_TIP.length))
      : undefined;
    const p = axis ? { ...axis, lines: [] } : this._tip ? m.points.get(this._tip) : undefined;
    if (!p) return nothing;
    const fx = p.x / m.width;
    const shift = fx < 0.2 ? '-12%' : fx > 0.8 ? '-88%' : '-50%';
    const below = p.y / m.height < 0.2;
    const transform = `translate(${shift}, ${below ? '14px' : 'calc(-100% - 12px)'})`;
    return html`<div
      class="tooltip"
      part="tooltip"
      aria-hidden="true"
      .style=${`left:${(fx * 100).toFixed(2)}%;top:${((p.y / m.height) * 100).toFixed(2)}%;transform:${transform}`}
    >
      <strong>${p.label}</strong>${p.lines.map((l) => html`<div>${l}</div>`)}
    </div>`;
  }

  private onLegendClick = (e: MouseEvent): void => {
    const button = (e.target as Element).closest('button[data-series]');
    const id = button?.getAttribute('data-series');
    if (id !== null && id !== undefined) this.toggleSeries(id);
  };

  /** Shows or hides a series (or band) by id, as the legend does, and fires `sc-series-toggle`. */
  toggleSeries(id: string): void {
    const hidden = new Set(this._hidden);
    const visible = hidden.has(id);
    if (visible) hidden.delete(id);
    else hidden.add(id);
    this._hidden = hidden;
    this.emit<SeriesToggleDetail>('sc-series-toggle', { seriesId: id, visible });
  }

  private toggleTable = (): void => {
    this._tableOpen = !this._tableOpen;
  };

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private keyOf(e: Event): string | undefined {
    for (const t of e.composedPath()) {
      if (t === this) break;
      if (t instanceof Element && t.hasAttribute('data-key')) return t.getAttribute('data-key') ?? undefined;
    }
    return undefined;
  }

  private pointElement(key: string): SVGElement | undefined {
    for (const el of this.renderRoot.querySelectorAll<SVGElement>('[data-key]')) {
      if (el.getAttribute('data-key') === key) return el;
    }
    return undefined;
  }

  /** Moves the roving tabindex to `key` without re-rendering (so focus stays where it is). */
  private setActive(key: string): void {
    if (this._active === key) return;
    for (const el of this.renderRoot.querySelectorAll<SVGElement>('.point[tabindex="0"]')) {
      el.setAttribute('tabindex', '-1');
      el.classList.remove('active');
    }
    const next = this.pointElement(key);
    next?.setAttribute('tabindex', '0');
    next?.classList.add('active');
    this._active = key;
  }

  private onFocusIn = (e: FocusEvent): void => {
    const axisTip = this.axisTip(this.axisOf(e));
    if (axisTip) this._tip = axisTip;
    const key = this.keyOf(e);
    const p = key ? this._model?.points.get(key) : undefined;
    if (!key || !p) return;
    this.setActive(key);
    this._tip = key;
    this.emit('sc-point-focus', p.detail);
  };

  private onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget;
    if (!(next instanceof Element) || !(next.hasAttribute('data-key') || next.hasAttribute('data-axis')))
      this._tip = undefined;
  };

  private axisOf(e: Event): SVGElement | undefined {
    for (const t of e.composedPath()) {
      if (t === this) break;
      if (t instanceof SVGElement && t.hasAttribute('data-axis')) return t;
    }
    return undefined;
  }

  private selectAxis(label: SVGElement): void {
    this.emit<AxisSelectDetail>('sc-axis-select', {
      chart: this.localName.replace(/^sc-/, ''),
      axisId: label.getAttribute('data-axis') ?? '',
      label: axisLabel(label),
    });
  }

  /** Enter/Space on an axis label selects it; arrow keys, Home and End move along the labels. */
  private onAxisKey(e: KeyboardEvent, label: SVGElement): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.selectAxis(label);
      return;
    }
    const all = [...this.renderRoot.querySelectorAll<SVGElement>('[data-axis]')];
    const ids = all.map((l) => l.getAttribute('data-axis') ?? '');
    const to = moveInGrid([ids], label.getAttribute('data-axis') ?? '', e.key);
    const next = to === undefined ? undefined : all[ids.indexOf(to)];
    if (!next) return;
    e.preventDefault();
    label.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  }

  private onClick = (e: MouseEvent): void => {
    const axis = this.axisOf(e);
    if (axis) {
      this.selectAxis(axis);
      return;
    }
    const key = this.keyOf(e);
    const p = key ? this._model?.points.get(key) : undefined;
    if (!key || !p) return;
    this.pointElement(key)?.focus();
    this.emit('sc-point-select', p.detail);
  };

  private onPointerOver = (e: PointerEvent): void => {
    const key = this.keyOf(e) ?? this.axisTip(this.axisOf(e));
    if (key) this._tip = key;
  };

  /** The tooltip key of a shortened axis label (its full text), or undefined. */
  private axisTip(label: SVGElement | undefined): string | undefined {
    const id = label?.getAttribute('data-axis');
    return id && this._axes?.get(id)?.shortened ? AXIS_TIP + id : undefined;
  }

  private onPointerLeave = (): void => {
    const focused = this.shadowRoot?.activeElement?.getAttribute('data-key') ?? undefined;
    this._tip = focused;
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    const axis = this.axisOf(e);
    if (axis) {
      this.onAxisKey(e, axis);
      return;
    }
    const m = this._model;
    const key = this.keyOf(e);
    if (!m || !key) return;
    if (e.key === 'Escape') {
      this._tip = undefined;
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const p = m.points.get(key);
      if (p) this.emit('sc-point-select', p.detail);
      return;
    }
    const next = moveInGrid(m.nav, key, e.key);
    if (next === undefined) return;
    e.preventDefault();
    this.setActive(next);
    this.pointElement(next)?.focus();
  };
}

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type ChartLang, chartStrings, normalizeLang } from './i18n.js';
import { parseJsonAttribute } from './json-attribute.js';
import { moveInGrid } from './keyboard.js';
import type { ChartMessage, ChartModel, Normalized, SeriesToggleDetail } from './model.js';
import { CSS_PAINT, legendHtml, pointsSvg, tableHtml } from './points.js';
import { baseStyles } from './styles.js';

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
  declare data: Data | null | undefined;
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
  /** The static SVG body without colours (the same markup the string renderer produces with colours). */
  protected abstract body(model: Model): string;
  /** Base name of the events' detail `chart` field and the accessible name prefix. */
  protected abstract chartName(lang: ChartLang): string;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') && !changed.has('_jsonError')) this._jsonError = undefined;
    if (changed.has('data')) {
      this._norm = undefined;
      this._dataError = undefined;
      if (this.data !== undefined && this.data !== null) {
        const n = this.normalizeData(this.data);
        if (n.ok) this._norm = n.value;
        else this._dataError = n.error;
      }
    }
    if (
      changed.has('data') ||
      changed.has('_lang') ||
      changed.has('_width') ||
      changed.has('_hidden') ||
      changed.has('_jsonError')
    ) {
      this._model =
        this._norm !== undefined && this._width !== undefined
          ? this.computeLayout(this._norm, this._width, this._lang, this._hidden)
          : undefined;
      if (this._active && !this._model?.points.has(this._active)) this._active = undefined;
      if (this._tip && !this._model?.points.has(this._tip)) this._tip = undefined;
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
      <div id="table" part="table" class=${this._tableOpen ? 'table-wrap' : 'table-wrap sr-only'}></div>
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
    root.querySelector('ul.legend')!.innerHTML = legendHtml(m.legend);
    root.querySelector('#table')!.innerHTML = tableHtml(m.table);
  }

  private renderTooltip(m: Model): TemplateResult | typeof nothing {
    const p = this._tip ? m.points.get(this._tip) : undefined;
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
    const key = this.keyOf(e);
    const p = key ? this._model?.points.get(key) : undefined;
    if (!key || !p) return;
    this.setActive(key);
    this._tip = key;
    this.emit('sc-point-focus', p.detail);
  };

  private onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget;
    if (!(next instanceof Element) || !next.hasAttribute('data-key')) this._tip = undefined;
  };

  private onClick = (e: MouseEvent): void => {
    const key = this.keyOf(e);
    const p = key ? this._model?.points.get(key) : undefined;
    if (!key || !p) return;
    this.pointElement(key)?.focus();
    this.emit('sc-point-select', p.detail);
  };

  private onPointerOver = (e: PointerEvent): void => {
    const key = this.keyOf(e);
    if (key) this._tip = key;
  };

  private onPointerLeave = (): void => {
    const focused = this.shadowRoot?.activeElement?.getAttribute('data-key') ?? undefined;
    this._tip = focused;
  };

  private onKeyDown = (e: KeyboardEvent): void => {
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

import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { download, slug } from '../components/download.js';
import { applyListFocus, clearListFocus, watchListButtons } from '../components/focus.js';
import { locale, msg, onLocaleChange, setLocale } from '../domain/i18n.js';
import { storeContext } from '../state/context.js';
import { onNationalChange } from '../state/national.js';
import type { Store } from '../state/store.js';
import { DEFAULT_ROUTE, type PageModule, ROUTES, type Route, routeFromHash } from './routes.js';
import { setAnnouncer, setRenderHook } from './ui.js';

/** The application shell: header, the workflow's steps, the page of the current route. */
export class ScApp extends LitElement {
  static override properties = {
    route: { state: true },
    page: { state: true },
    failed: { state: true },
    message: { state: true },
  };
  declare route: Route | undefined;
  declare page: PageModule | undefined;
  declare failed: boolean;
  declare message: string;
  private loading = 0;
  private _store: Store | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly provider = new ContextProvider(this, { context: storeContext });

  /** The workspace store; provided to every element below the shell through `storeContext`. */
  get store(): Store | undefined {
    return this._store;
  }
  set store(s: Store | undefined) {
    this.unsubscribe?.();
    this._store = s;
    this.unsubscribe = s?.subscribe(() => {
      this.requestUpdate();
      this.updateTitle();
    });
    if (s) this.provider.setValue(s);
    this.requestUpdate();
  }

  /**
   * Resolves once the last change is analysed, stored and rendered: what the end-to-end tests wait on instead
   * of a fixed delay.
   */
  async settled(): Promise<void> {
    while (!this._store?.state.ready) await new Promise((r) => setTimeout(r, 20));
    await this._store.settled();
    await this.updateComplete;
  }
  private focusOnRender = false;

  constructor() {
    super();
    this.failed = false;
    this.message = '';
  }

  // Light DOM: one stylesheet for the shell and the pages; the charts keep their own shadow roots.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchListButtons(this);
    onNationalChange(() => this.requestUpdate());
    onLocaleChange(() => {
      this.requestUpdate();
      this.updateTitle();
    });
    setRenderHook(() => this.requestUpdate());
    setAnnouncer((text) => {
      // Clear first so that the same message is announced again.
      this.message = '';
      requestAnimationFrame(() => {
        this.message = text;
      });
    });
    addEventListener('hashchange', () => this.navigate(true));
    this.navigate(false);
  }

  private async navigate(focus: boolean): Promise<void> {
    if (!location.hash.startsWith('#/')) {
      if (location.hash === '' || location.hash === '#') history.replaceState(null, '', `#/${DEFAULT_ROUTE}`);
      else return; // an in-page anchor
    }
    const route = routeFromHash(location.hash);
    const n = ++this.loading;
    this.route = route;
    this.failed = false;
    this.updateTitle();
    if (!route) {
      this.page = undefined;
      return;
    }
    try {
      const page = await route.load();
      if (n !== this.loading) return;
      this.page = page;
    } catch (e) {
      console.error(e);
      if (n === this.loading) this.failed = true;
    }
    this.focusOnRender = focus;
    clearListFocus();
    this.requestUpdate();
  }

  private updateTitle(): void {
    const m = msg();
    const label = this.route ? this.route.label(m) : m.notFound;
    const region = (this._store?.state.current?.doc.region as { name?: string } | undefined)?.name;
    document.title = `${label}${region && this.route?.step ? ` · ${region}` : ''} — ${m.appName}`;
  }

  protected override updated(_changed: PropertyValues): void {
    applyListFocus(this);
    if (this.focusOnRender && this.page) {
      this.focusOnRender = false;
      const h1 = this.querySelector<HTMLElement>('main > h1');
      h1?.focus();
      window.scrollTo(0, 0);
    }
  }

  private skip(e: Event): void {
    e.preventDefault();
    const main = this.querySelector<HTMLElement>('#main');
    main?.focus();
  }

  private saveText(): string {
    const m = msg();
    switch (this._store?.state.save) {
      case 'saving':
        return m.saveSaving;
      case 'saved':
        return m.saveSaved;
      case 'error':
        return m.saveError;
      case 'memory':
        return m.saveMemory;
      default:
        return m.saveIdle;
    }
  }

  override render() {
    const m = msg();
    const store = this._store;
    if (!store) return html`<p class="muted">${m.loading}</p>`;
    const s = store.state;
    const route = this.route;
    const steps = ROUTES.filter((r) => r.step);
    const link = (r: Route) =>
      html`<a href=${`#/${r.id}`} aria-current=${route?.id === r.id ? 'page' : nothing}
        >${r.step ? html`<span class="num" aria-hidden="true">${r.step}</span>` : nothing}<span class="lbl"
          >${r.label(m)}${r.bimtek ? html`<small>${m.bimtek(r.bimtek)}</small>` : nothing}</span
        ></a
      >`;
    return html`
      <a class="skip" href="#main" @click=${this.skip}>${m.skip}</a>
      <header class="topbar">
        <div class="brand">
          <span class="logo" aria-hidden="true"></span>
          <span><strong>${m.appName}</strong><small>${m.appTagline}</small></span>
        </div>
        <div class="top-tools">
          ${
            s.projects.length
              ? html`<label class="project-pick"
                ><span>${m.project}</span>
                <select @change=${(e: Event) => store.select((e.target as HTMLSelectElement).value)}>
                  ${s.projects.map(
                    (p) =>
                      html`<option value=${p.id} ?selected=${p.id === s.current?.id}>
                        ${p.label}
                      </option>`,
                  )}
                </select></label
              >`
              : nothing
          }
          <button
            type="button"
            class="lang"
            lang=${locale() === 'id' ? 'en' : 'id'}
            aria-label=${m.switchToLabel}
            @click=${() => setLocale(locale() === 'id' ? 'en' : 'id')}
          >
            ${m.switchTo}
          </button>
        </div>
      </header>
      <div class="layout">
        <nav class="sidebar" aria-label=${m.navLabel}>
          <h2 class="nav-h">${m.navRegency}</h2>
          <ol class="steps">
            ${steps.map((r) => html`<li>${link(r)}</li>`)}
          </ol>
          <h2 class="nav-h">${m.navMinistry}</h2>
          <ul class="steps other">
            ${ROUTES.filter((r) => !r.step).map((r) => html`<li>${link(r)}</li>`)}
          </ul>
          <p class="save save-${s.save}" role="status" aria-live="polite" data-testid="save-status">
            ${this.saveText()}
          </p>
          ${
            s.sync
              ? html`<p class="save sync-${s.sync.status}" role="status" aria-live="polite" data-testid="sync-status">
                  ${
                    {
                      connected: m.syncConnected,
                      connecting: m.syncConnecting,
                      offline: m.syncOffline,
                      refused: m.syncRefused,
                    }[s.sync.status]
                  }${s.sync.readOnly ? html`<br />${m.readOnly}` : nothing}
                </p>`
              : nothing
          }
        </nav>
        <main id="main" tabindex="-1">
          ${
            s.storage === 'memory'
              ? html`<div class="notice danger" role="alert" data-testid="storage-unavailable">
                  <p style="margin:0">${m.storageUnavailable}</p>
                  ${
                    s.current
                      ? html`<p class="actions" style="margin:0">
                          <button type="button" data-testid="memory-export" @click=${() => void exportCurrent(store)}>
                            ${m.exportNow}
                          </button>
                        </p>`
                      : nothing
                  }
                </div>`
              : nothing
          }
          ${route ? html`<h1 tabindex="-1">${route.label(m)}</h1>` : html`<h1 tabindex="-1">${m.notFound}</h1>`}
          ${
            this.failed
              ? html`<p class="error">${m.loadError}</p>`
              : !s.ready || !this.page
                ? html`<p class="muted">${m.loading}</p>`
                : store.readOnly
                  ? // A reader sees every page with its controls disabled (the store refuses edits too).
                    html`<fieldset class="read-only" disabled data-testid="read-only">${this.page.render(store)}</fieldset>`
                  : this.page.render(store)
          }
        </main>
      </div>
      <div class="announcer" role="status" aria-live="polite">${this.message}</div>
    `;
  }
}

async function exportCurrent(store: Store): Promise<void> {
  const cur = store.state.current;
  if (!cur) return;
  // The exporters (and the model's parser they use) load on demand, out of the initial load.
  const { documentJson } = await import('../domain/exporters.js');
  const { text } = documentJson(cur.doc);
  download(
    `masterplan-${slug(String((cur.doc.region as { name?: string })?.name ?? ''))}.json`,
    text,
    'application/json',
  );
}

if (!customElements.get('sc-app')) customElements.define('sc-app', ScApp);

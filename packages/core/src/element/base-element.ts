import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  render,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { MendErrorEvent, MendReadyEvent, type ContentRef } from './events.js';
import { builtInContentNow, loadContent, loadContentNow, type LoadError, type LoadResult } from './load.js';
import {
  defaultContentLocale,
  directionOf,
  formatNumber,
  interfaceLocaleShown,
  pickDefaultContent,
  prepareNumberFormat,
  requestInterfaceLocale,
  resolveLocale,
} from './locale.js';
import type { ContentByKind, KindName } from '../content/kinds.js';
import { withoutSavedState } from './storage.js';
import { controls, tokens } from './styles.js';
import { Announcer } from './controllers/announcer.js';
import { FocusController } from './controllers/focus.js';
import { persistenceModes, type Persistence } from './controllers/progress.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Elements on the page, told when any `lang` attribute changes (one observer for all). */
const connected = new Set<MendElement<KindName>>();
let langObserver: MutationObserver | undefined;

function watchLanguages(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((el) => el.languageChanged()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The error for a valid document a widget still failed to prepare or render. */
function unshowable(doc: { id: string; version: string }, error: unknown): LoadError {
  const why = error instanceof Error ? `: ${error.message}` : '';
  const problems = [{ path: '', message: `could not be shown${why}` }];
  return { kind: 'validation', problems, contentId: doc.id, version: doc.version };
}

export type LoadState<Doc> =
  { status: 'loading' } | { status: 'ready'; doc: Doc } | { status: 'error'; error: LoadError };

/**
 * What every mendkit widget shares: finding and validating its content, the
 * loading → ready | error states, the accessible error panel, theme and direction.
 * A widget supplies its content kind, its built-in content and how to render a document.
 *
 * @fires mend-ready - Content is loaded and valid. Detail: `{ contentId, version }`.
 * @fires mend-error - Content could not be loaded or is invalid. Detail: `{ contentId, version, kind, problems }`.
 * @csspart base - The widget's card.
 * @csspart error - The error panel.
 * @cssprop --mend-font-family - Font; inherits the page's by default.
 * @cssprop --mend-font-size - Base font size; inherits the page's by default.
 * @cssprop --mend-color-surface - Card background.
 * @cssprop --mend-color-text - Text colour.
 * @cssprop --mend-color-muted - Secondary text.
 * @cssprop --mend-color-accent - Buttons, bars, links and focus.
 * @cssprop --mend-color-on-accent - Text on accent backgrounds.
 * @cssprop --mend-color-border - Card and divider lines.
 * @cssprop --mend-color-danger - Error and safety emphasis.
 * @cssprop --mend-radius - Corner radius.
 * @cssprop --mend-line-height - Line height of the widget's text (1.5).
 * @cssprop --mend-space - The base spacing unit (1rem).
 * @cssprop --mend-color-focus - Focus ring; the accent colour by default.
 * @cssprop --mend-color-accent-soft - Soft accent background (selected answers, notes).
 * @cssprop --mend-color-danger-soft - Soft background of safety notices.
 * @cssprop --mend-color-track - The empty part of bars.
 * @cssprop --mend-reserve - Height held for the widget before and while it loads, so the page does not jump (see reserve.css).
 */
export abstract class MendElement<
  Kind extends KindName,
  Doc extends ContentByKind[Kind] = ContentByKind[Kind],
> extends LitElement {
  static override styles = [tokens, controls];

  static override properties = {
    src: { type: String, reflect: true },
    content: { attribute: false },
    theme: { type: String, reflect: true },
    persist: { type: String, reflect: true },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    storageKey: { type: String, attribute: 'storage-key' },
    loadState: { state: true },
  };

  /** URL of a content JSON document. */
  declare src: string | undefined;
  /** A content document of this widget's kind, given directly; wins over an inline script and `src`. */
  declare content: ContentByKind[Kind] | undefined;
  /** `auto` follows the reader's light/dark preference; `light` and `dark` force one. */
  declare theme: Theme;
  /**
   * Where the person's progress is kept: `session` (this tab; gone when it closes), `device`
   * (this browser, across visits) or `none` (memory only). Unset: the widget's own default.
   */
  declare persist: Persistence | undefined;
  /** @deprecated Use `persist="none"`. Kept for one minor version. */
  declare noPersist: boolean;
  /** Keeps this widget's progress apart from another widget showing the same content on the page. */
  declare storageKey: string | undefined;
  declare protected loadState: LoadState<Doc>;

  /** Where progress is kept when the site sets no `persist`; widgets choose. */
  protected static defaultPersistence: Persistence = 'session';
  readonly #announcer = new Announcer(this);
  readonly #focus = new FocusController(this);

  /** Which kind of content this widget shows. */
  protected abstract readonly contentKind: Kind;

  #abort: AbortController | undefined;
  #loadCount = 0;
  /** The locale the current content was chosen for; a change of `lang` reloads built-in content. */
  #loadedLocale: string | undefined;
  #fromDefault = false;
  /** Pre-rendered HTML (declarative shadow DOM): the first update waits for this content load. */
  #beforeHydration: Promise<unknown> | undefined;
  #hydrating = false;

  constructor() {
    super();
    this.theme = 'auto';
    this.noPersist = false;
    this.loadState = { status: 'loading' };
    updateWhenLocaleChanges(this);
  }

  /** `loading`, `ready` (content shown) or `error` (the error panel is shown). */
  get status(): LoadState<Doc>['status'] {
    return this.loadState.status;
  }

  /** The loaded document, once ready. */
  protected get doc(): Doc | undefined {
    return this.loadState.status === 'ready' ? this.loadState.doc : undefined;
  }

  /** Id and version for event details. */
  protected get contentRef(): ContentRef {
    const doc = this.doc;
    return { contentId: doc?.id ?? '', version: doc?.version ?? '' };
  }

  /** A number written the way the shown content's language writes it (Arabic uses its own digits). */
  protected number(value: number): string {
    const locale = this.doc?.locale ?? this.locale;
    return formatNumber(value, locale);
  }

  /** The persistence in force: `persist` when valid, `none` with `no-persist`, else the widget's default. */
  get persistence(): Persistence {
    if (this.noPersist) return 'none';
    const chosen = this.persist;
    if (chosen && persistenceModes.includes(chosen)) return chosen;
    return (this.constructor as typeof MendElement).defaultPersistence;
  }

  /** Says what changed, politely, to screen readers (and on screen with `announceVisibly`). */
  protected announce(text: string): void {
    this.#announcer.announce(text);
  }

  /**
   * Moves focus to the element with this id in the shadow root once the next update has rendered.
   * `replacing`: the update replaces what holds focus now (a new screen); see FocusController.
   */
  protected focusAfterUpdate(id: string, replacing = false): void {
    this.#focus.focusAfterUpdate(id, replacing);
  }

  /**
   * Moves focus to the widget's main heading without scrolling (another widget's step leads
   * here; the caller scrolls). Returns false while there is no heading yet (loading, error).
   */
  focusHeading(): boolean {
    const heading = this.renderRoot.querySelector<HTMLElement>('h2');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return true;
  }

  /** The language this element speaks (see `resolveLocale`). */
  get locale(): string {
    return resolveLocale(this);
  }

  override connectedCallback(): void {
    // Server-rendered: keep showing that HTML until the content is here, then hydrate it with
    // a first render that matches it (no flash of the loading state, no layout shift).
    // (A shadow root before Lit made one, i.e. before the first connection, came with the HTML.)
    const prerendered = !this.hasUpdated && !(this.renderRoot as unknown) && this.shadowRoot;
    if (prerendered && !this.#beforeHydration) this.#loadBeforeHydration();
    super.connectedCallback();
    connected.add(this);
    watchLanguages();
    // Back on the page after a removal that aborted loading: start again.
    if (this.hasUpdated && this.loadState.status === 'loading' && !this.#abort) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.#abort?.abort();
    this.#abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#hydrating) return;
    if (!this.hasUpdated || changed.has('src') || changed.has('content')) this.#startLoad();
  }

  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.#beforeHydration;
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.#hydrating) throw error;
      // The pre-rendered HTML does not match this content (edited by hand, or other content
      // arrived): render afresh rather than leave a half-hydrated widget.
      console.warn(`[mendkit] <${this.localName}> could not reuse its pre-rendered HTML; rendering it again.`, error);
      const root = this.renderRoot as HTMLElement & { _$litPart$?: unknown };
      root.replaceChildren();
      delete root._$litPart$;
      if (root instanceof ShadowRoot) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.#hydrating) return;
    this.#hydrating = false;
    // Hydrated with what a first visit shows; now bring back saved progress.
    if (this.loadState.status === 'ready') {
      this.contentLoaded(this.loadState.doc);
      this.requestUpdate();
    }
  }

  /**
   * Content at hand renders on this update (always on a server): content given directly, or the
   * built-in document if its module has run, once the interface strings are in its language.
   * Else it loads.
   */
  #startLoad(): void {
    const inline = isServer ? undefined : this.#inlineContent();
    const now = (loadContentNow(this.contentKind, { property: this.content, inline }) ??
      (isServer ? undefined : this.#builtInNow())) as LoadResult<Doc> | undefined;
    // Content and its interface strings appear together: no English first, then a jump.
    if (!now || (!isServer && now.ok && !interfaceLocaleShown(now.content.locale))) {
      // A server cannot wait: without content given, the widget renders its loading state.
      if (!isServer) void this.reload();
      return;
    }
    this.#abort?.abort();
    this.#abort = undefined;
    ++this.#loadCount;
    this.#loadedLocale = this.locale;
    if (!isServer && now.ok) void requestInterfaceLocale(now.content.locale);
    this.#apply(now);
    if (!isServer) void this.#tellPage();
  }

  /** A site's inline content; built-in content inlined by server rendering counts only for hydrating. */
  #inlineContent(): string | null | undefined {
    return this.querySelector(':scope > script[type="application/json"]:not([data-mend-prerendered="default"])')
      ?.textContent;
  }

  /**
   * The content server rendering inlined (`mendkit/ssr` validated it when it wrote the page),
   * so hydration needs neither the validator nor a round trip.
   */
  #prerenderedContent(): (LoadResult<Doc> & { ok: true }) | undefined {
    const script = this.querySelector(':scope > script[type="application/json"][data-mend-prerendered]');
    if (!script?.textContent) return undefined;
    try {
      const content = JSON.parse(script.textContent) as Doc;
      const source = script.getAttribute('data-mend-prerendered') === 'default' ? 'default' : 'inline';
      return { ok: true as const, content, source };
    } catch {
      return undefined;
    }
  }

  #loadBeforeHydration(): void {
    const prerendered = this.#prerenderedContent();
    const loading = prerendered
      ? requestInterfaceLocale(prerendered.content.locale).then(() => prerendered)
      : this.#load();
    if (prerendered) {
      ++this.#loadCount;
      this.#loadedLocale = this.locale;
    }
    this.#beforeHydration = loading;
    void loading.then(async (result) => {
      if (result && prerendered) this.#apply(result);
      this.#beforeHydration = undefined;
      if (!result) return;
      this.#hydrating = true;
      await this.updateComplete;
      await this.#tellPage();
    });
  }

  /**
   * Called when a `lang` attribute changed on or above this element. Built-in content is
   * reloaded in the new language (a widget keeps the person's answers across it); a site's
   * own content is in the language it is in, so only direction and strings follow.
   */
  languageChanged(): void {
    const locale = this.locale;
    if (locale === this.#loadedLocale) return;
    if (this.#fromDefault || this.loadState.status !== 'ready') void this.reload();
    else this.requestUpdate();
  }

  /** Loads (or loads again) the content from its current source. */
  async reload(): Promise<void> {
    const result = await this.#load();
    if (result) await this.#tellPage();
  }

  /** Finds and checks the content, then shows it; undefined when a newer load superseded this one. */
  async #load(): Promise<LoadResult<Doc> | undefined> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const run = ++this.#loadCount;
    if (this.loadState.status !== 'loading') this.loadState = { status: 'loading' };
    const locale = (this.#loadedLocale = this.locale);
    const result = (await loadContent(
      this.contentKind,
      {
        property: this.content,
        inline: this.#inlineContent(),
        src: this.src,
        fallback: () => this.loadDefaultContent(locale),
      },
      { signal: abort.signal },
    )) as LoadResult<Doc>;
    // Content and its interface strings appear together: no English first, then a jump.
    if (result.ok) await requestInterfaceLocale(result.content.locale);
    // A newer load (or a removal) superseded this one.
    if (run !== this.#loadCount || abort.signal.aborted) return undefined;
    this.#abort = undefined;
    this.#apply(result);
    return result;
  }

  #apply(result: LoadResult<Doc>): void {
    if (result.ok) {
      const doc = result.content;
      this.#fromDefault = result.source === 'default';
      try {
        if (!isServer) prepareNumberFormat(doc.locale);
        // On a server and before hydrating, render what a first visit shows (see withoutSavedState).
        if (isServer || this.#beforeHydration) withoutSavedState(() => this.contentLoaded(doc));
        else this.contentLoaded(doc);
      } catch (error) {
        // A widget that cannot prepare this document shows the error panel, never "Loading…" forever.
        this.#showError(unshowable(doc, error));
        return;
      }
      this.loadState = { status: 'ready', doc };
    } else this.#showError(result.error);
  }

  #showError(error: LoadError): void {
    this.loadState = { status: 'error', error };
    const lines = error.problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`);
    console.error(`[mendkit] <${this.localName}> cannot show its content (${error.kind}):\n${lines.join('\n')}`);
  }

  /** Tells the page what is on screen now (ready or error), once it is rendered. */
  async #tellPage(): Promise<void> {
    await this.updateComplete;
    const state = this.loadState;
    if (state.status === 'ready') {
      const { id, version } = state.doc;
      this.dispatchEvent(new MendReadyEvent({ contentId: id, version }));
    } else if (state.status === 'error') {
      const { contentId, version, kind, problems } = state.error;
      this.dispatchEvent(new MendErrorEvent({ contentId, version, kind, problems }));
    }
  }

  /** Loaders of the built-in content by locale (generated from content/); widgets set this. */
  protected readonly defaultContent: Readonly<Record<string, () => Promise<unknown>>> = {};

  /** The built-in content for a locale: the closest language there is, else English. */
  protected loadDefaultContent(locale: string): Promise<unknown> {
    const loaded = this.#builtInNow(locale);
    return loaded ? Promise.resolve(loaded.content) : pickDefaultContent(this.defaultContent, locale, this.localName)();
  }

  /** The built-in document for `locale` when no other source is set and its module has run. */
  #builtInNow(locale = this.locale): (LoadResult<Doc> & { ok: true }) | undefined {
    if (this.src || (this.content !== undefined && this.content !== null)) return undefined;
    const available = Object.keys(this.defaultContent);
    const content = builtInContentNow(this.contentKind, defaultContentLocale(available, locale, this.localName));
    return content === undefined ? undefined : { ok: true, content: content as Doc, source: 'default' };
  }

  /** Runs before the first render of a newly loaded document: restore saved progress here. */
  protected contentLoaded(_doc: Doc): void {}

  /** Renders a valid document inside the card. */
  protected abstract renderContent(doc: Doc): TemplateResult;

  protected override render(): TemplateResult {
    const state = this.loadState;
    const dir = this.getAttribute('dir') ?? directionOf(state.status === 'ready' ? state.doc.locale : this.locale);
    if (state.status === 'ready') {
      let content: TemplateResult;
      try {
        content = this.renderContent(state.doc);
      } catch (error) {
        // A render that throws must end in the error panel too.
        queueMicrotask(() => {
          this.#showError(unshowable(state.doc, error));
          void this.#tellPage();
        });
        return html`<div class="base loading" dir=${dir} aria-busy="true"></div>`;
      }
      return html`<div part="base" class="base" dir=${dir} lang=${state.doc.locale}>
        ${content} ${this.#announcer.render(this.announceVisibly)}
      </div>`;
    }
    if (state.status === 'error')
      return html`<div dir=${dir}>${this.renderStatusActions()}${this.#renderError(state.error)}</div>`;
    return html`<div class="base loading" dir=${dir} aria-busy="true">
      ${this.renderStatusActions()}
      <span class="visually-hidden">${msg('Loading…', { id: 'core.loading' })}</span>
    </div>`;
  }

  /** Whether the live region is also a visible status line (the checklist shows "Copied"). */
  protected readonly announceVisibly: boolean = false;

  /** Controls a widget keeps on the loading and error screens too (the quiz's Leave quickly). */
  protected renderStatusActions(): unknown {
    return nothing;
  }

  #renderError(error: LoadError): TemplateResult {
    const title =
      error.kind === 'network'
        ? msg('This content could not be loaded', { id: 'core.error.network.title' })
        : error.kind === 'parse'
          ? msg('This content could not be read', { id: 'core.error.parse.title' })
          : msg('This content has mistakes', { id: 'core.error.validation.title' });
    const lead =
      error.kind === 'network'
        ? msg('Check the connection, then try again. If you run this site:', { id: 'core.error.network.lead' })
        : msg('Nothing you entered is lost. If you run this site, this is what to fix:', {
            id: 'core.error.content.lead',
          });
    const count = error.problems.length;
    return html`<div part="base error" class="base error" role="alert">
      <p class="error-title">${title}</p>
      <p>${lead}</p>
      <ul
        class="problems"
        aria-label=${msg(str`Problems found: ${this.number(count)}`, {
          id: 'core.error.count',
          desc: 'Label of the list of content problems; the number is how many.',
        })}
      >
        ${error.problems.map(
          (problem) =>
            // Problems are written in English for the site's authors: kept left to right in any language.
            html`<li>
              <span lang="en" dir="ltr"
                >${problem.path ? html`<code>${problem.path}</code>: ` : nothing}${problem.message}</span
              >
            </li>`,
        )}
      </ul>
      ${
        error.kind === 'network' || error.retry
          ? html`<button class="button primary" part="button" type="button" @click=${() => void this.reload()}>
              ${msg('Try again', { id: 'core.error.retry' })}
            </button>`
          : nothing
      }
    </div>`;
  }
}

import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { MendErrorEvent, MendReadyEvent, type ContentRef } from './events.js';
import { loadContent, type LoadError } from './load.js';
import {
  directionOf,
  formatNumber,
  pickDefaultContent,
  prepareNumberFormat,
  requestInterfaceLocale,
  resolveLocale,
} from './locale.js';
import type { ContentByKind, KindName } from '../content/kinds.js';
import { controls, tokens } from './styles.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Elements on the page, told when any `lang` attribute changes (one observer for all). */
const connected = new Set<MendElement<KindName>>();
let langObserver: MutationObserver | undefined;

function watchLanguages(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((el) => el.languageChanged()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
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
    loadState: { state: true },
  };

  /** URL of a content JSON document. */
  declare src: string | undefined;
  /** A content document of this widget's kind, given directly; wins over an inline script and `src`. */
  declare content: ContentByKind[Kind] | undefined;
  /** `auto` follows the reader's light/dark preference; `light` and `dark` force one. */
  declare theme: Theme;
  declare protected loadState: LoadState<Doc>;

  /** Which kind of content this widget shows. */
  protected abstract readonly contentKind: Kind;

  #abort: AbortController | undefined;
  #loadCount = 0;
  /** The locale the current content was chosen for; a change of `lang` reloads built-in content. */
  #loadedLocale: string | undefined;
  #fromDefault = false;

  constructor() {
    super();
    this.theme = 'auto';
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

  /** The language this element speaks (see `resolveLocale`). */
  get locale(): string {
    return resolveLocale(this);
  }

  override connectedCallback(): void {
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
    if (!this.hasUpdated || changed.has('src') || changed.has('content')) void this.reload();
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
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const run = ++this.#loadCount;
    if (this.loadState.status !== 'loading') this.loadState = { status: 'loading' };
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    const locale = (this.#loadedLocale = this.locale);
    const result = await loadContent(
      this.contentKind,
      { property: this.content, inline, src: this.src, fallback: () => this.loadDefaultContent(locale) },
      { signal: abort.signal },
    );
    // A newer load (or a removal) superseded this one.
    if (run !== this.#loadCount || abort.signal.aborted) return;
    this.#abort = undefined;
    if (result.ok) {
      const doc = result.content as Doc;
      this.#fromDefault = result.source === 'default';
      requestInterfaceLocale(doc.locale);
      prepareNumberFormat(doc.locale);
      this.contentLoaded(doc);
      this.loadState = { status: 'ready', doc };
      await this.updateComplete;
      this.dispatchEvent(new MendReadyEvent({ contentId: doc.id, version: doc.version }));
    } else {
      this.loadState = { status: 'error', error: result.error };
      const lines = result.error.problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`);
      console.error(
        `[mendkit] <${this.localName}> cannot show its content (${result.error.kind}):\n${lines.join('\n')}`,
      );
      await this.updateComplete;
      const { contentId, version, kind, problems } = result.error;
      this.dispatchEvent(new MendErrorEvent({ contentId, version, kind, problems }));
    }
  }

  /** Loaders of the built-in content by locale (generated from content/); widgets set this. */
  protected readonly defaultContent: Readonly<Record<string, () => Promise<unknown>>> = {};

  /** The built-in content for a locale: the closest language there is, else English. */
  protected loadDefaultContent(locale: string): Promise<unknown> {
    return pickDefaultContent(this.defaultContent, locale, this.localName)();
  }

  /** Runs before the first render of a newly loaded document: restore saved progress here. */
  protected contentLoaded(_doc: Doc): void {}

  /** Renders a valid document inside the card. */
  protected abstract renderContent(doc: Doc): TemplateResult;

  protected override render(): TemplateResult {
    const state = this.loadState;
    const dir = this.getAttribute('dir') ?? directionOf(state.status === 'ready' ? state.doc.locale : this.locale);
    if (state.status === 'ready')
      return html`<div part="base" class="base" dir=${dir} lang=${state.doc.locale}>
        ${this.renderContent(state.doc)}
      </div>`;
    if (state.status === 'error')
      return html`<div dir=${dir}>${this.renderStatusActions()}${this.renderError(state.error)}</div>`;
    return html`<div class="base loading" dir=${dir} aria-busy="true">
      ${this.renderStatusActions()}
      <span class="visually-hidden">${msg('Loading…', { id: 'core.loading' })}</span>
    </div>`;
  }

  /** Controls a widget keeps on the loading and error screens too (the quiz's Leave quickly). */
  protected renderStatusActions(): unknown {
    return nothing;
  }

  private renderError(error: LoadError): TemplateResult {
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
            html`<li>${problem.path ? html`<code>${problem.path}</code>: ` : nothing}${problem.message}</li>`,
        )}
      </ul>
      ${
        error.kind === 'network'
          ? html`<button class="button primary" part="button" type="button" @click=${() => void this.reload()}>
              ${msg('Try again', { id: 'core.error.retry' })}
            </button>`
          : nothing
      }
    </div>`;
  }
}

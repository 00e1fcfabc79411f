import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per widget. Widgets say what changed (`announce`); the base element
 * renders the region on every screen. The same words twice in a row are still announced: a
 * zero-width space alternates at the end so screen readers see a change.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';
  #flip = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  // Lit calls the hooks a controller has; this one only needs to be known to its host.
  hostConnected(): void {}

  /** What the region says now (without the alternating mark). */
  get text(): string {
    return this.#text.replace(/\u200b$/, '');
  }

  announce(text: string): void {
    this.#flip = !this.#flip;
    this.#text = text && this.#flip ? `${text}\u200b` : text;
    this.#host.requestUpdate();
  }

  clear(): void {
    this.#text = '';
    this.#host.requestUpdate();
  }

  /** The region; `visible` shows it as a status line (the checklist's "Copied"). */
  render(visible = false): TemplateResult {
    return html`<p part="status" class="status ${visible ? '' : 'visually-hidden'}" role="status">${this.#text}</p>`;
  }
}

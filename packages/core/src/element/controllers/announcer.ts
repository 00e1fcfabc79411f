import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/**
 * One polite live region per widget. Widgets say what changed (`announce`); the base element
 * renders the region on every screen. The same words twice in a row are still announced: each
 * announcement is a new text node, which screen readers hear as a change.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';
  #count = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  // Lit calls the hooks a controller has; this one only needs to be known to its host.
  hostConnected(): void {}

  announce(text: string): void {
    this.#text = text;
    this.#count += 1;
    this.#host.requestUpdate();
  }

  clear(): void {
    this.#text = '';
    this.#host.requestUpdate();
  }

  /** The region; `visible` shows it as a status line (the checklist's "Copied"). */
  render(visible = false): TemplateResult {
    return html`<p part="status" class="status ${visible ? '' : 'visually-hidden'}" role="status">
      ${keyed(this.#count, this.#text)}
    </p>`;
  }
}

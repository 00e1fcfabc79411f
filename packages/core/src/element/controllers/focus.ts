import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Moves focus to an element of the shadow root once the next update has rendered it: the new
 * question's heading, a result, the button a dialog came from.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  #target: string | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses the element with this id after the next update (and asks for one). */
  focusAfterUpdate(id: string): void {
    this.#target = id;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const id = this.#target;
    if (!id) return;
    this.#target = undefined;
    this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }
}

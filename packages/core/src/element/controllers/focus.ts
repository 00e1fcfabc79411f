import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Moves focus to an element of the shadow root once the next update has rendered it: the new
 * question's heading, a result, the button a dialog came from.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  #target: string | undefined;
  #release = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Focuses the element with this id after the next update (and asks for one). `replacing`: the
   * update replaces what holds focus now (a new screen), so focus lets go of it just before the
   * update, while the page is still laid out. Removed during the update, a focused element makes
   * the browser recalculate style and layout of the half-built screen there and then. The page
   * and assistive technology see the same either way: the same blur and focusout, and focus on
   * the target by the end of the update.
   */
  focusAfterUpdate(id: string, replacing = false): void {
    this.#target = id;
    this.#release = replacing;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    if (!this.#release) return;
    this.#release = false;
    const root = this.#host.renderRoot;
    const held = root instanceof ShadowRoot ? root.activeElement : null;
    // The element that will take focus again keeps it (focusing it again would announce it again).
    if (held instanceof HTMLElement && held.id !== this.#target) held.blur();
  }

  hostUpdated(): void {
    const id = this.#target;
    if (!id) return;
    this.#target = undefined;
    this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }
}

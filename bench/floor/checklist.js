// The checklist floor: the same content with the least code — groups of checkboxes and a count.
import { css, html, LitElement } from 'lit';

class FloorChecklist extends LitElement {
  static properties = { done: { state: true } };
  static styles = css`
    :host {
      display: block;
      font:
        1rem/1.5 system-ui,
        sans-serif;
      max-width: 40rem;
    }
    label {
      display: block;
      padding: 0.25rem 0;
    }
    small {
      display: block;
      margin-inline-start: 1.75rem;
      color: #555;
    }
  `;

  constructor() {
    super();
    this.done = new Set();
    this.doc = JSON.parse(this.querySelector('script[type="application/json"]').textContent);
  }

  firstUpdated() {
    this.dispatchEvent(new Event('floor-ready', { bubbles: true }));
  }

  #toggle(id) {
    const done = new Set(this.done);
    if (!done.delete(id)) done.add(id);
    this.done = done;
  }

  render() {
    const { doc } = this;
    const total = doc.groups.reduce((n, g) => n + g.items.length, 0);
    return html`<h2>${doc.title}</h2>
      <p>${doc.intro}</p>
      <p>${this.done.size} of ${total} done</p>
      ${doc.groups.map(
        (g) =>
          html`<section>
            <h3>${g.title}</h3>
            <p>${g.description}</p>
            ${g.items.map(
              (item) =>
                html`<label
                  ><input type="checkbox" .checked=${this.done.has(item.id)} @change=${() => this.#toggle(item.id)} />
                  ${item.label}<small>${item.detail ?? ''}</small></label
                >`,
            )}
          </section>`,
      )}`;
  }
}
customElements.define('floor-checklist', FloorChecklist);

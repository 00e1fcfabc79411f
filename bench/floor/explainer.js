// The explainer floor: the same content shown with the least code — tabs for the concepts, the
// comparison as a table, the lists. No validation, no localization, no persistence.
import { css, html, LitElement } from 'lit';

class FloorExplainer extends LitElement {
  static properties = { tab: { state: true } };
  static styles = css`
    :host {
      display: block;
      font:
        1rem/1.5 system-ui,
        sans-serif;
      max-width: 48rem;
    }
    [role='tablist'] {
      display: flex;
      gap: 0.5rem;
    }
    table {
      border-collapse: collapse;
    }
    td,
    th {
      border: 1px solid #ccc;
      padding: 0.25rem 0.5rem;
      text-align: start;
    }
  `;

  constructor() {
    super();
    this.tab = 0;
    this.doc = JSON.parse(this.querySelector('script[type="application/json"]').textContent);
  }

  firstUpdated() {
    this.dispatchEvent(new Event('floor-ready', { bubbles: true }));
  }

  render() {
    const { doc } = this;
    const concept = doc.concepts[this.tab];
    return html`<h2>${doc.title}</h2>
      <p>${doc.intro}</p>
      <div role="tablist">
        ${doc.concepts.map(
          (c, i) =>
            html`<button role="tab" aria-selected=${i === this.tab} @click=${() => (this.tab = i)}>${c.name}</button>`,
        )}
      </div>
      <div role="tabpanel">
        <h3>${concept.definition}</h3>
        <p>${concept.description}</p>
      </div>
      <table>
        <tr>
          <th></th>
          ${doc.concepts.map((c) => html`<th>${c.name}</th>`)}
        </tr>
        ${doc.comparison.map(
          (row) =>
            html`<tr>
              <th>${row.aspect}</th>
              ${doc.concepts.map((c) => html`<td>${row.text[c.id]}</td>`)}
            </tr>`,
        )}
      </table>
      ${(doc.requirements ?? []).map(
        (r) =>
          html`<h3>${r.title}</h3>
            <ul>
              ${r.items.map((item) => html`<li>${item}</li>`)}
            </ul>`,
      )}
      ${(doc.scenarios ?? []).map(
        (s) =>
          html`<h3>${s.title}</h3>
            <p>${s.situation}</p>`,
      )}`;
  }
}
customElements.define('floor-explainer', FloorExplainer);

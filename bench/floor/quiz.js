// The floor: the least a quiz of the same content needs, written by hand with Lit and nothing
// else. It reads the inline JSON, shows an intro, one question at a time with a Next button, and
// a result. The bench measures mendkit against it in the same run (scripts/bench.mjs).
import { css, html, LitElement } from 'lit';
import { validate } from 'virtual:validate';

class FloorQuiz extends LitElement {
  static properties = { screen: { state: true }, index: { state: true }, answers: { state: true } };
  static styles = css`
    :host {
      display: block;
      font:
        1rem/1.5 system-ui,
        sans-serif;
      max-width: 40rem;
    }
    .card {
      border: 1px solid #ccc;
      border-radius: 8px;
      padding: 1rem 1.25rem;
    }
    label {
      display: block;
      padding: 0.25rem 0;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    button {
      font: inherit;
      padding: 0.4rem 1rem;
    }
  `;

  constructor() {
    super();
    this.screen = 'intro';
    this.index = 0;
    this.answers = {};
    const script = this.querySelector('script[type="application/json"]');
    this.doc = validate(JSON.parse(script.textContent));
  }

  firstUpdated() {
    this.dispatchEvent(new Event('floor-ready', { bubbles: true }));
  }

  #choose(question, option) {
    this.answers = { ...this.answers, [question.id]: option };
  }

  #next() {
    if (this.index + 1 < this.doc.questions.length) this.index++;
    else this.screen = 'result';
  }

  #result() {
    const { questions, outcomes } = this.doc;
    let score = 0;
    for (const q of questions) score += q.options.find((o) => o.id === this.answers[q.id])?.score ?? 0;
    const total = score / (questions.length * 3);
    return outcomes.find((o) => !o.rule || total >= o.rule.total.atLeast);
  }

  render() {
    const { doc } = this;
    if (this.screen === 'intro')
      return html`<div class="card">
        <h2>${doc.title}</h2>
        <p>${doc.intro}</p>
        <button class="start" @click=${() => (this.screen = 'questions')}>Start</button>
      </div>`;
    if (this.screen === 'result') {
      const outcome = this.#result();
      return html`<div class="card">
        <h2>${outcome.title}</h2>
        <p>${outcome.body}</p>
      </div>`;
    }
    const q = doc.questions[this.index];
    return html`<div class="card">
      <fieldset>
        <legend><h3>${q.prompt}</h3></legend>
        ${q.options.map(
          (o) =>
            html`<label
              ><input
                type="radio"
                name=${q.id}
                .checked=${this.answers[q.id] === o.id}
                @change=${() => this.#choose(q, o.id)}
              />
              ${o.label}</label
            >`,
        )}
      </fieldset>
      <button class="next" ?disabled=${!(q.id in this.answers)} @click=${() => this.#next()}>Next</button>
    </div>`;
  }
}
customElements.define('floor-quiz', FloorQuiz);

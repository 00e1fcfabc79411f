import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@mendkit/quiz/mend-quiz.js';

describe('smoke', () => {
  it('renders the built-in quiz title', async () => {
    const el = await fixture(html`<mend-quiz></mend-quiz>`);
    await oneEvent(el, 'mend-ready');
    expect(el.shadowRoot!.textContent).to.contain('repaired');
  });
});

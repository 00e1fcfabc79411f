import { expect, html } from '@open-wc/testing';
import '@mendkit/quiz/mend-quiz.js';
import type { MendQuiz } from '@mendkit/quiz';
import { mount, shadow } from '../support/helpers.js';

// Budgets from DESIGN.md: the first question within one frame once content is ready,
// and an answer reflected in the DOM in under 4 ms. Medians, to ride out a noisy machine.
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Infinity;

describe('<mend-quiz> performance', () => {
  it('shows the first question within a frame and answers in under 4 ms', async () => {
    const first: number[] = [];
    const answer: number[] = [];
    for (let run = 0; run < 7; run++) {
      const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
      const start = shadow(el).querySelector<HTMLButtonElement>('button.primary');
      let t = performance.now();
      start?.click();
      await el.updateComplete;
      first.push(performance.now() - t);
      expect(shadow(el).querySelector('fieldset')).to.not.equal(null);
      const inputs = shadow(el).querySelectorAll<HTMLInputElement>('input');
      for (const input of inputs) {
        t = performance.now();
        input.click();
        await el.updateComplete;
        answer.push(performance.now() - t);
      }
      el.remove();
    }
    const firstMs = median(first);
    const answerMs = median(answer);
    console.log(`mend-quiz: first question ${firstMs.toFixed(2)} ms, answer ${answerMs.toFixed(2)} ms (medians)`);
    expect(firstMs).to.be.below(16);
    expect(answerMs).to.be.below(4);
  });

  it('answers in under 4 ms in the list layout too', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz layout="list" persist="none"></mend-quiz>`);
    shadow(el).querySelector<HTMLButtonElement>('button.primary')?.click();
    await el.updateComplete;
    const times: number[] = [];
    for (const input of shadow(el).querySelectorAll<HTMLInputElement>('input')) {
      const t = performance.now();
      input.click();
      await el.updateComplete;
      times.push(performance.now() - t);
    }
    console.log(`mend-quiz list: answer ${median(times).toFixed(2)} ms (median)`);
    expect(median(times)).to.be.below(4);
  });
});

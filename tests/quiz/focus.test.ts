import { expect, html } from '@open-wc/testing';
import { clearStores, type QuizContent } from '@mendkit/core';
import '@mendkit/quiz/mend-quiz.js';
import type { MendQuiz } from '@mendkit/quiz';
import raw from '../../packages/quiz/src/generated/content/en.js';
import { evaluateQuiz } from '../../packages/quiz/src/scoring.js';
import { mount, shadow } from '../support/helpers.js';
import { healthyAnswers } from '../support/quiz-answers.js';

// A new screen lets go of focus just before it renders (so removing the focused element does not
// force a layout of the half-built screen). These tests pin what the page and assistive
// technology see: where focus ends, and the focus events, the same as when the element is removed.

const content = raw as QuizContent;
const visible = evaluateQuiz(content, healthyAnswers).visible;
const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const button = (el: Element, label: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('button')].find((b) => b.textContent?.trim() === label);

/** Focus events the page hears, as `type:target`, the target being what the page sees. */
function recordFocusEvents(): { events: string[]; stop: () => void } {
  const events: string[] = [];
  const types = ['focusin', 'focusout'] as const;
  const listen = (e: FocusEvent) => events.push(`${e.type}:${(e.target as Element).localName}`);
  for (const type of types) document.addEventListener(type, listen, true);
  return { events, stop: () => types.forEach((type) => document.removeEventListener(type, listen, true)) };
}

async function toLastQuestion(el: MendQuiz): Promise<void> {
  button(el, 'Start')?.click();
  await el.updateComplete;
  for (const [i, question] of visible.entries()) {
    $(el, `input[name="${question.id}"][value="${healthyAnswers[question.id]}"]`)?.click();
    await el.updateComplete;
    if (i < visible.length - 1) {
      button(el, 'Next')?.click();
      await el.updateComplete;
    }
  }
}

describe('<mend-quiz> focus on a new screen', () => {
  beforeEach(() => clearStores('mendkit:'));
  after(() => clearStores('mendkit:'));

  it('moves focus from the last question to the result heading with one focusout and one focusin', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
    await toLastQuestion(el);
    const last = visible.at(-1)!;
    expect(shadow(el).activeElement?.id).to.equal(`q-${last.id}`);
    const seen = recordFocusEvents();
    button(el, 'See my result')?.click();
    await el.updateComplete;
    seen.stop();
    expect(shadow(el).activeElement?.id).to.equal('outcome');
    expect(seen.events).to.deep.equal(['focusout:mend-quiz', 'focusin:mend-quiz']);
    await expect(el).to.be.accessible();
  });

  it('moves focus from a pressed button to the new screen, and Start over back to the title', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
    await toLastQuestion(el);
    const next = button(el, 'See my result')!;
    next.focus();
    next.click();
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('outcome');
    const startOver = button(el, 'Start over')!;
    startOver.focus();
    startOver.click();
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('title');
    expect(startOver.isConnected).to.equal(false);
  });

  it('leaves focus alone when the element holding it is the one to focus', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
    button(el, 'Start')?.click();
    await el.updateComplete;
    // The quiz's title stays on screen from the first question back to the intro.
    const title = $(el, '#title')!;
    title.focus();
    const seen = recordFocusEvents();
    button(el, 'Back')?.click(); // a click that does not move focus (as in Safari)
    await el.updateComplete;
    seen.stop();
    expect($(el, 'button.primary')?.textContent?.trim()).to.equal('Start');
    expect(shadow(el).activeElement).to.equal(title);
    expect(seen.events).to.deep.equal([]);
  });
});

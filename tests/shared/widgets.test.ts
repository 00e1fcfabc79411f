import '@mendkit/checklist/mend-checklist.js';
import '@mendkit/explainer/mend-explainer.js';
import '@mendkit/quiz/mend-quiz.js';
import { shadow } from '../support/helpers.js';
import { checklistFixture, explainerFixture, quizFixture } from '../support/fixtures.js';
import { runMendElementSuite, type Widget } from '../support/mend-element-suite.js';

// Every widget makes the same promises; each runs the one suite with its own way to act.

const click = async (el: Widget, selector: string) => {
  const target = shadow(el).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`<${el.localName}> has no ${selector}`);
  target.click();
  await el.updateComplete;
};

runMendElementSuite({
  tag: 'mend-quiz',
  document: quizFixture,
  defaultPersistence: 'session',
  act: async (el) => {
    await click(el, 'button.primary'); // Start
    await click(el, 'input[type="radio"]');
  },
  acted: (el) => shadow(el).querySelector('input[type="radio"]:checked') !== null,
  actEvent: 'mend-answer',
});

runMendElementSuite({
  tag: 'mend-explainer',
  document: explainerFixture,
  defaultPersistence: 'session',
  act: (el) => click(el, '.choice'),
  acted: (el) => shadow(el).querySelector('#check-feedback, #check-result') !== null,
  actEvent: 'mend-answer',
});

runMendElementSuite({
  tag: 'mend-checklist',
  document: checklistFixture,
  defaultPersistence: 'device',
  act: (el) => click(el, 'input[type="checkbox"]'),
  acted: (el) => shadow(el).querySelector('input[type="checkbox"]:checked') !== null,
  actEvent: 'mend-change',
});

import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clearStores, createStore, type QuizContent } from '@mendkit/core';
import '@mendkit/quiz/mend-quiz.js';
import '@mendkit/explainer/mend-explainer.js';
import type { MendQuiz } from '@mendkit/quiz';
import raw from '../../packages/quiz/src/generated/content/en.js';
import { evaluateQuiz, obstacles } from '../../packages/quiz/src/scoring.js';
import { mount, settled, shadow } from '../support/helpers.js';
import { healthyAnswers, outcomeExamples } from '../support/quiz-answers.js';

const content = raw as QuizContent;
const key = `mendkit:quiz:repairable@${content.version.split('.')[0]}`;
const seed = (answers: Record<string, string>) =>
  createStore(key, { guard: (v: unknown) => v, storage: () => sessionStorage }).write({ answers, screen: 'result' });
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T>(selector) as T;
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, label: string) => $$(el, 'button').find((b) => words(b) === label);
const dimension = (id: string) => content.dimensions.find((d) => d.id === id)!;

/** Two areas low and not steady, nothing that leads to support first. */
const twoLow = {
  ...healthyAnswers,
  'hard-talks': 'attack',
  'say-what-i-need': '2',
  'calm-myself': '2',
  'know-triggers': '3',
};
const mixed = outcomeExamples['mixed-picture']!;
const withExplainerStep = outcomeExamples['mixed-picture']!; // its steps include `target: "explainer"`

async function result(answers: Record<string, string>, attrs = '') {
  seed(answers);
  const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = attr.split('=');
    el.setAttribute(name!, value);
  }
  await el.updateComplete;
  expect(el.result, 'seeded to a result').to.not.equal(undefined);
  return el;
}

describe('<mend-quiz> result', () => {
  beforeEach(() => clearStores('mendkit:'));
  after(() => clearStores('mendkit:'));

  it('makes the outcome the main heading and the quiz title a small line', async () => {
    const el = await result(twoLow);
    expect($(el, 'h2')?.id).to.equal('outcome');
    expect($$(el, 'h2')).to.have.length(1);
    const kicker = $(el, '#title');
    expect(kicker.localName).to.equal('p');
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    expect(size($(el, '#outcome'))).to.be.above(size(kicker) * 1.4);
  });

  it('names the lowest areas first, each with its whenLow text, before the bars', async () => {
    const { dimensions, supportFirst } = evaluateQuiz(content, twoLow);
    expect(supportFirst).to.equal(false);
    const el = await result(twoLow);
    const items = $$(el, 'ul.obstacles li').map(words);
    expect(items).to.deep.equal(obstacles(content, dimensions).map((d) => `${d.label} ${d.whenLow}`));
    // The two lowest, by hand: talking scored 0 and 1 of 4; healing 1 and 2 of 4.
    expect(items[0]).to.contain('Talking it through');
    expect(items[1]).to.contain('Your own healing');
    const order = $$(el, '[part~="result"] > *').map((n) => n.className || n.localName);
    expect(order.indexOf('obstacles')).to.be.below(order.indexOf('bars'));
    await expect(el).to.be.accessible();
  });

  it('says kindly that nothing stands in the way when every area is steady', async () => {
    const el = await result(healthyAnswers);
    expect($$(el, 'ul.obstacles li')).to.have.length(0);
    expect(words($(el, 'p.obstacles'))).to.contain('every area looks steady');
  });

  it('orders the bars lowest first, each with a word and its score as text', async () => {
    const el = await result(twoLow);
    const { dimensions } = evaluateQuiz(content, twoLow);
    const rows = $$(el, '.bars li');
    expect(rows).to.have.length(Object.keys(dimensions).length);
    const values = rows.map((li) => Number(/(\d+) out of 100/.exec(words(li))![1]));
    expect(values).to.deep.equal([...values].sort((a, b) => a - b));
    const first = rows[0]!;
    expect(words(first.querySelector('.bar-label'))).to.equal('Talking it through');
    expect(words(first.querySelector('.standing'))).to.match(/^strained \d+ out of 100$/);
    expect(words(rows.at(-1)!.querySelector('.standing'))).to.match(/^steady 100 out of 100$/);
    // The bar is a picture; the list's words carry the same facts.
    expect(first.querySelector('.track')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('keeps a wrapped bar label from pushing its bar down', async () => {
    const el = await result(twoLow);
    el.style.display = 'block';
    el.style.inlineSize = '700px';
    await el.updateComplete;
    const row = $$(el, '.bars li')[0]!;
    const label = row.querySelector<HTMLElement>('.bar-label')!;
    label.textContent = 'A very long area name that has to wrap onto a second line here';
    const track = row.querySelector('.track')!.getBoundingClientRect();
    const box = label.getBoundingClientRect();
    expect(box.height).to.be.above(30); // it wrapped
    const firstLine = parseFloat(getComputedStyle(label).lineHeight);
    expect(track.top - box.top).to.be.below(firstLine);
  });

  it('keeps the safety result score-free; saving waits until asked and warns about shared devices', async () => {
    // A safety answer is never saved, so the safety result is reached by answering, as a person would.
    const quiz = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
    button(quiz, 'Start')!.click();
    (quiz as unknown as { current: string }).current = 'feel-afraid';
    await quiz.updateComplete;
    $<HTMLInputElement>(quiz, 'input[name="feel-afraid"][value="sometimes"]').click();
    await quiz.updateComplete;
    button(quiz, 'Go to support now')!.click();
    await quiz.updateComplete;
    expect(quiz.result?.supportFirst).to.equal(true);
    expect($(quiz, '.bars')).to.equal(null);
    expect($(quiz, '.obstacles')).to.equal(null);
    expect(button(quiz, 'Print')).to.equal(undefined);
    expect(button(quiz, 'Copy as text')).to.equal(undefined);
    button(quiz, 'Save or print this page')!.click();
    await quiz.updateComplete;
    expect(shadow(quiz).activeElement?.id).to.equal('save-note');
    expect(words($(quiz, '#save-note'))).to.contain('someone else uses this device');
    expect(button(quiz, 'Print')).to.not.equal(undefined);
    expect(words($(quiz, '[part~="result"]'))).not.to.match(/out of 100|%/);
    await expect(quiz).to.be.accessible();
  });
});

describe('<mend-quiz> steps that lead to other widgets', () => {
  beforeEach(() => clearStores('mendkit:'));
  after(() => clearStores('mendkit:'));

  const explainerStep = () => content.outcomes.find((o) => o.id === 'mixed-picture')!.steps.find((s) => s.target)!;
  const stepItem = (el: Element) => $$(el, '.steps li').find((li) => words(li) === explainerStep().label)!;

  it('leads to the explainer on the same page: scrolls to it and focuses its heading', async () => {
    seed(withExplainerStep);
    const page = await mount<MendQuiz>(html`<mend-quiz explainer-href="/never-used"></mend-quiz>`);
    const explainer = document.createElement('mend-explainer');
    explainer.id = 'forgiveness';
    page.after(explainer);
    await settled(explainer as unknown as MendQuiz);
    page.requestUpdate();
    await page.updateComplete;
    const link = stepItem(page).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#forgiveness');
    link.click();
    await waitUntil(() => document.activeElement === explainer, 'the explainer took focus');
    expect(shadow(explainer).activeElement?.localName).to.equal('h2');
    explainer.remove();
  });

  it('falls back to the site’s URL, then to plain text', async () => {
    const el = await result(withExplainerStep, 'explainer-href=/forgiveness');
    expect(stepItem(el).querySelector('a')?.getAttribute('href')).to.equal('/forgiveness');
    el.setAttribute('explainer-href', 'javascript:alert(1)');
    const warn = console.warn;
    console.warn = () => {};
    try {
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(stepItem(el).querySelector('a')).to.equal(null);
    el.removeAttribute('explainer-href');
    await el.updateComplete;
    expect(stepItem(el).querySelector('a')).to.equal(null);
    expect(words(stepItem(el))).to.equal(explainerStep().label);
    await expect(el).to.be.accessible();
  });
});

describe('<mend-quiz> save and print', () => {
  beforeEach(() => clearStores('mendkit:'));
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  const stubClipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

  it('copies the outcome, the named obstacles and the steps as plain text, and says so', async () => {
    let copied = '';
    stubClipboard(async (t) => void (copied = t));
    const el = await result(twoLow);
    button(el, 'Copy as text')!.click();
    await waitUntil(() => copied, 'copied');
    const outcome = evaluateQuiz(content, twoLow).outcome!;
    expect(copied).to.contain(outcome.title);
    expect(copied).to.contain(`Talking it through: ${dimension('communication').whenLow}`);
    for (const step of outcome.steps) expect(copied).to.contain(`- ${step.label}`);
    expect(copied).not.to.match(/\*\*|out of 100/);
    await el.updateComplete;
    expect(words($(el, '[part~="status"]'))).to.contain('Copied');
  });

  it('shows the text selected to copy by hand when the page may not use the clipboard', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const el = await result(mixed);
    button(el, 'Copy as text')!.click();
    await waitUntil(() => $(el, 'textarea'), 'the fallback text appeared');
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    expect(area.value).to.contain(content.outcomes.find((o) => o.id === 'mixed-picture')!.title);
    expect(shadow(el).activeElement).to.equal(area);
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    expect(words($(el, '[part~="status"]'))).to.contain('cannot copy');
    await expect(el).to.be.accessible();
  });

  it('prints cleanly: no buttons or call to action, black bars with an outline, everything else kept', async () => {
    const el = await result(twoLow);
    await emulateMedia({ media: 'print' });
    const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
    expect($$(el, 'button').some(shown)).to.equal(false);
    expect(shown($(el, '.save'))).to.equal(false);
    expect(shown($(el, '.cta'))).to.equal(false);
    expect(shown($(el, '#outcome'))).to.equal(true);
    expect(shown($(el, 'ul.obstacles'))).to.equal(true);
    expect(shown($(el, '.steps'))).to.equal(true);
    expect(getComputedStyle($(el, '.bars .track')).borderTopStyle).to.equal('solid');
    expect(getComputedStyle($(el, '.bars .fill')).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el).minBlockSize).to.equal('0px');
  });
});

describe('<mend-quiz> count and notices', () => {
  beforeEach(() => clearStores('mendkit:'));

  it('leaves no empty band under Start', async () => {
    // Wide and without the quick-exit hint, the intro is shorter than the 16rem held while loading.
    const el = await mount<MendQuiz>(
      html`<mend-quiz persist="none" no-quick-exit style="display: block; inline-size: 1200px"></mend-quiz>`,
    );
    const base = $(el, '.base');
    const gap = base.getBoundingClientRect().bottom - button(el, 'Start')!.getBoundingClientRect().bottom;
    const style = getComputedStyle(base);
    expect(gap).to.be.at.most(parseFloat(style.paddingBlockEnd) + parseFloat(style.borderBottomWidth) + 1);
  });

  it('never changes the total in a run that reveals the conditional question', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
    button(el, 'Start')!.click();
    await el.updateComplete;
    const answers = { ...healthyAnswers, 'one-off': 'keeps-happening', 'pattern-changing': 'shifting' };
    const seen: string[] = [];
    for (let step = 0; step < 30 && !$(el, '[part~="result"]'); step++) {
      const question = $(el, 'fieldset h3').id.slice(2);
      seen.push(`${question}: ${words($(el, '.progress-text'))}`);
      $<HTMLInputElement>(
        el,
        `input[name="${question}"][value="${answers[question as keyof typeof answers]}"]`,
      ).click();
      await el.updateComplete;
      (button(el, 'Next') ?? button(el, 'See my result'))!.click();
      await el.updateComplete;
    }
    const total = content.questions.length;
    expect(seen.some((s) => s.startsWith('pattern-changing'))).to.equal(true);
    expect(seen.every((s) => s.endsWith(`of ${total}`))).to.equal(true);
    expect(seen.map((s) => Number(/Question (\d+)/.exec(s)![1]))).to.deep.equal(
      Array.from({ length: total }, (_, i) => i + 1),
    );
  });

  it('in the list layout shows the message by the first unanswered question and focuses it', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz persist="none" layout="list"></mend-quiz>`);
    button(el, 'Start')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="good-times"][value="often"]').click();
    await el.updateComplete;
    button(el, 'See my result')!.click();
    await el.updateComplete;
    const missing = content.questions[1]!.id;
    expect(shadow(el).activeElement?.id).to.equal(`q-${missing}`);
    const notice = $(el, '.notice');
    expect(notice.closest('fieldset')?.querySelector('h3')?.id).to.equal(`q-${missing}`);
    expect(words(notice)).to.contain('choose an answer');
    for (const theme of ['light', 'dark']) {
      el.setAttribute('theme', theme);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});

describe('<mend-quiz> new result states, axe in light and dark', () => {
  beforeEach(() => clearStores('mendkit:'));
  for (const theme of ['light', 'dark'])
    it(`${theme}: obstacles, worded bars, linked steps, save`, async () => {
      const el = await result(twoLow, `theme=${theme} explainer-href=/e checklist-href=/c`);
      await expect(el).to.be.accessible();
      el.remove(); // one quiz on the page at a time (each has its own header landmark)
      const steady = await result(healthyAnswers, `theme=${theme}`);
      await expect(steady).to.be.accessible();
    });
});

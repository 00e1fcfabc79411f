import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, optionIdsOf, type QuizContent } from '@mendkit/core';
import '@mendkit/quiz/mend-quiz.js';
import type { MendQuiz, QuizAnswerDetail, QuizCompleteDetail } from '@mendkit/quiz';
import raw from '../../packages/quiz/src/generated/content/en.js';
import { mount, settled, shadow } from '../support/helpers.js';
import { healthyAnswers } from '../support/quiz-answers.js';

const content = raw as QuizContent;
const key = 'mendkit:quiz:repairable@1';
const clearSaved = () => createStore(key, { guard: (v: unknown) => v }).clear();
const seed = (value: unknown) => createStore(key, { guard: (v: unknown) => v }).write(value);

/** Healthy answers, each with its option index, in question order (pattern-changing is hidden). */
const healthy: [string, string, number][] = content.questions
  .filter((q) => q.id in healthyAnswers)
  .map((q) => [q.id, healthyAnswers[q.id]!, optionIdsOf(q).indexOf(healthyAnswers[q.id]!)]);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T>(selector) as T;
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: Element) => shadow(el).activeElement;
const button = (el: Element, label: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('button, a.button')].find((b) => b.textContent?.trim() === label);

async function click(el: MendQuiz, label: string) {
  const b = button(el, label);
  if (!b) throw new Error(`no button "${label}"`);
  b.click();
  await el.updateComplete;
}
async function choose(el: MendQuiz, question: string, option: string) {
  const input = $<HTMLInputElement>(el, `input[name="${question}"][value="${option}"]`);
  if (!input) throw new Error(`no option ${question}=${option}`);
  input.click();
  await el.updateComplete;
}
const heading = (el: MendQuiz) => focused(el)?.id ?? '';

/** Stops Leave quickly from navigating away; returns where it would have gone. */
function catchNavigation(el: MendQuiz): { url: string | undefined } {
  const seen: { url: string | undefined } = { url: undefined };
  (el as unknown as { navigate(url: string): void }).navigate = (url) => (seen.url = url);
  return seen;
}

describe('<mend-quiz>', () => {
  beforeEach(clearSaved);
  after(clearSaved);

  it('runs from intro to result by keyboard alone', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    const answers: QuizAnswerDetail[] = [];
    el.addEventListener('mend-answer', (e) => answers.push(e.detail as QuizAnswerDetail));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Start');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (const [i, [question, , index]] of healthy.entries()) {
      expect(heading(el)).to.equal(`q-${question}`);
      expect(text(el, '.progress-text')).to.equal(`Question ${i + 1} of ${healthy.length}`);
      await sendKeys({ press: 'Tab' }); // into the radio group
      await sendKeys({ press: 'Space' }); // choose the first answer
      for (let k = 0; k < index; k++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(heading(el)).to.equal('outcome');
    expect(text(el, '#outcome')).to.equal('Both paths look open');
    expect(el.result?.outcomeId).to.equal('both-paths-open');
    const last = Object.fromEntries(answers.map((a) => [a.questionId, a.optionId]));
    expect(last).to.deep.equal(healthyAnswers);
  });

  it('asks for an answer before going on, and keeps answers on Back', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz no-persist></mend-quiz>`);
    await click(el, 'Start');
    await click(el, 'Next');
    expect(heading(el)).to.equal('q-good-times');
    expect(text(el, '.notice')).to.contain('choose an answer');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.contain('notice');
    await choose(el, 'good-times', 'sometimes');
    expect($(el, '.notice').hidden).to.equal(true);
    await click(el, 'Next');
    await choose(el, 'what-broke', 'one-hurt');
    await click(el, 'Next');
    await click(el, 'Back');
    expect(heading(el)).to.equal('q-what-broke');
    expect($<HTMLInputElement>(el, 'input[value="one-hurt"]').checked).to.equal(true);
    await click(el, 'Back');
    expect($<HTMLInputElement>(el, 'input[value="sometimes"]').checked).to.equal(true);
    await click(el, 'Back');
    expect(heading(el)).to.equal('title');
    await click(el, 'Start');
    expect(heading(el)).to.equal('q-good-times');
  });

  it('skips a question hidden by showIf and asks it when it applies', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz no-persist></mend-quiz>`);
    await click(el, 'Start');
    for (const q of ['good-times', 'what-broke']) {
      await choose(el, q, q === 'good-times' ? 'often' : 'circumstances');
      await click(el, 'Next');
    }
    await choose(el, 'one-off', 'single');
    expect(text(el, '.progress-text')).to.equal('Question 3 of 15');
    await click(el, 'Next');
    expect(heading(el)).to.equal('q-feel-afraid');
    await click(el, 'Back');
    await choose(el, 'one-off', 'keeps-happening');
    expect(text(el, '.progress-text')).to.equal('Question 3 of 16');
    await click(el, 'Next');
    expect(heading(el)).to.equal('q-pattern-changing');
  });

  it('resumes where the person was after the element is re-created', async () => {
    const first = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    await click(first, 'Start');
    await choose(first, 'good-times', 'rarely');
    await click(first, 'Next');
    await choose(first, 'what-broke', 'drifted-apart');
    await click(first, 'Next');
    first.remove();
    const again = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    expect(text(again, 'legend')).to.contain('single incident');
    await click(again, 'Back');
    expect($<HTMLInputElement>(again, 'input[value="drifted-apart"]').checked).to.equal(true);
  });

  it('keeps answers whose question and option still exist after a content update', async () => {
    seed({ answers: { ...healthyAnswers, 'good-times': 'often', 'hard-talks': 'calm' }, screen: 'result' });
    const updated: QuizContent = {
      ...content,
      version: '1.1.0',
      questions: content.questions
        .filter((q) => q.id !== 'what-broke')
        .map((q) =>
          q.id === 'good-times' ? { ...q, options: q.options?.filter((o) => o.id !== 'often') } : q,
        ) as QuizContent['questions'],
    };
    const el = await mount<MendQuiz>(html`<mend-quiz layout="list" .content=${updated}></mend-quiz>`);
    // good-times lost its answer, so the finished quiz goes back to that question.
    expect(el.result).to.equal(undefined);
    const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.name);
    expect(checked).to.have.length(13);
    expect(checked).not.to.include('good-times');
    expect(checked).to.include('hard-talks');
  });

  it('ignores malformed saved data', async () => {
    seed({ answers: ['nope'], screen: 'result' });
    const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    expect(button(el, 'Start')).to.not.equal(undefined);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('Start over clears the answers and storage', async () => {
    seed({ answers: healthyAnswers, screen: 'result' });
    const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    expect(el.result?.outcomeId).to.equal('both-paths-open');
    await click(el, 'Start over');
    expect(localStorage.getItem(key)).to.equal(null);
    expect(heading(el)).to.equal('title');
    expect(el.result).to.equal(undefined);
    await click(el, 'Start');
    expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
  });

  it('keeps the answers in memory when the language changes, even with no-persist', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz no-persist></mend-quiz>`);
    await click(el, 'Start');
    await choose(el, 'good-times', 'rarely');
    const ready = oneEvent(el, 'mend-ready');
    el.setAttribute('lang', 'de');
    await ready;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[value="rarely"]').checked).to.equal(true);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('does not write anything with no-persist', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz no-persist></mend-quiz>`);
    await click(el, 'Start');
    await choose(el, 'good-times', 'often');
    expect(localStorage.getItem(key)).to.equal(null);
  });

  describe('the safety outcome', () => {
    const flagged = { ...healthyAnswers, 'feel-afraid': 'sometimes' };

    it('shows no scores, the support link and Leave quickly', async () => {
      seed({ answers: flagged, screen: 'result' });
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      expect(text(el, '#outcome')).to.equal('Your safety comes first');
      expect($(el, '.bars')).to.equal(null);
      expect(shadow(el).querySelector('[part~="bar"]')).to.equal(null);
      expect(text(el, '[part~="result"]')).not.to.match(/out of 100|%/);
      const support = $<HTMLAnchorElement>(el, '.support a');
      expect(support.href).to.equal('https://findahelpline.com/');
      expect(support.textContent?.trim()).to.equal('Find support');
      expect(el.result).to.deep.equal({ outcomeId: 'safety-first', flagged: true });
    });

    it('lets the site set its own support link', async () => {
      seed({ answers: flagged, screen: 'result' });
      const el = await mount<MendQuiz>(
        html`<mend-quiz support-href="tel:+100" support-label="Call our line"></mend-quiz>`,
      );
      expect($<HTMLAnchorElement>(el, '.support a').getAttribute('href')).to.equal('tel:+100');
      expect(text(el, '.support a')).to.equal('Call our line');
    });

    it('refuses a script link for support', async () => {
      seed({ answers: flagged, screen: 'result' });
      const el = await mount<MendQuiz>(html`<mend-quiz support-href="javascript:alert(1)"></mend-quiz>`);
      expect($<HTMLAnchorElement>(el, '.support a').getAttribute('href')).to.equal('https://findahelpline.com');
    });

    it('Leave quickly clears storage and replaces the location', async () => {
      seed({ answers: flagged, screen: 'result' });
      const el = await mount<MendQuiz>(html`<mend-quiz quick-exit-url="https://example.org/"></mend-quiz>`);
      const seen = catchNavigation(el);
      expect(shadow(el).querySelectorAll('.leave')).to.have.length(1);
      await click(el, 'Leave quickly');
      expect(seen.url).to.equal('https://example.org/');
      expect(localStorage.getItem(key)).to.equal(null);
      expect(el.result).to.equal(undefined);
    });

    it('goes to a neutral page by default', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz quick-exit></mend-quiz>`);
      const seen = catchNavigation(el);
      await click(el, 'Leave quickly');
      expect(seen.url).to.match(/^https:\/\//);
    });
  });

  it('shows Leave quickly on every screen with quick-exit', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz quick-exit no-persist></mend-quiz>`);
    catchNavigation(el);
    expect(button(el, 'Leave quickly')).to.not.equal(undefined);
    await click(el, 'Start');
    expect(button(el, 'Leave quickly')).to.not.equal(undefined);
    await choose(el, 'good-times', 'often');
    await click(el, 'Leave quickly');
    expect(button(el, 'Start')).to.not.equal(undefined);
  });

  describe('events', () => {
    async function finish(el: MendQuiz, answers: Record<string, string>) {
      seed({ answers, screen: 'questions', current: 'know-triggers' });
      await el.reload();
      await settled(el);
      const done = oneEvent(el, 'mend-complete');
      await click(el, 'See my result');
      return (await done).detail as QuizCompleteDetail;
    }

    it('sends the answer with the content id and version', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      await click(el, 'Start');
      const answered = oneEvent(el, 'mend-answer');
      await choose(el, 'good-times', 'rarely');
      expect((await answered).detail).to.deep.equal({
        contentId: 'repairable',
        version: '1.0.0',
        questionId: 'good-times',
        optionId: 'rarely',
      });
    });

    it('sends scores without answers by default', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      const detail = await finish(el, healthyAnswers);
      expect(detail).to.deep.include({ contentId: 'repairable', version: '1.0.0', outcomeId: 'both-paths-open' });
      expect(detail.flagged).to.equal(false);
      expect(detail.total).to.equal(1);
      expect(Object.keys(detail.dimensions ?? {})).to.have.length(7);
      expect(detail).not.to.have.property('answers');
      expect(heading(el)).to.equal('outcome');
    });

    it('adds the answers with include-answers', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz include-answers></mend-quiz>`);
      const detail = await finish(el, { ...healthyAnswers, 'pattern-changing': 'no' });
      // The stale answer to the hidden question is not sent.
      expect(detail.answers).to.deep.equal(healthyAnswers);
    });

    it('sends only the outcome and the flag on the safety outcome', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz include-answers></mend-quiz>`);
      const detail = await finish(el, { ...healthyAnswers, 'harm-or-control': 'still' });
      expect(detail).to.deep.equal({
        contentId: 'repairable',
        version: '1.0.0',
        outcomeId: 'safety-first',
        flagged: true,
      });
    });

    it('fires nothing when set from code', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz no-persist></mend-quiz>`);
      let fired = 0;
      for (const type of ['mend-answer', 'mend-complete']) el.addEventListener(type, () => fired++);
      seed({ answers: healthyAnswers, screen: 'result' });
      el.noPersist = false;
      el.content = { ...content };
      await settled(el);
      await aTimeout(0);
      el.reset();
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  it('shows every question at once in the list layout', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz layout="list" no-persist></mend-quiz>`);
    await click(el, 'Start');
    expect(shadow(el).querySelectorAll('fieldset')).to.have.length(15);
    expect(button(el, 'Back')).to.equal(undefined);
    await choose(el, 'one-off', 'few-times');
    expect(shadow(el).querySelectorAll('fieldset')).to.have.length(16);
    expect(text(el, '.progress-text')).to.equal('1 of 16 answered');
    await click(el, 'See my result');
    expect(heading(el)).to.equal('q-good-times');
    for (const [q, o] of Object.entries({ ...healthyAnswers, 'one-off': 'few-times' })) await choose(el, q, o);
    await click(el, 'See my result');
    expect(heading(el)).to.equal('q-pattern-changing');
    await choose(el, 'pattern-changing', 'shifting');
    await click(el, 'See my result');
    expect(el.result?.outcomeId).to.equal('both-paths-open');
    expect(shadow(el).querySelectorAll('[part~="bar"]')).to.have.length(7);
  });

  it('lists next steps and keeps the cta slot hidden until the result', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz no-persist><a slot="cta" href="#book">Book</a></mend-quiz>`);
    expect($(el, '.cta').hidden).to.equal(true);
    seed({ answers: healthyAnswers, screen: 'result' });
    el.noPersist = false;
    await el.reload();
    await settled(el);
    expect($(el, '.cta').hidden).to.equal(false);
    expect(shadow(el).querySelectorAll('.steps li')).to.have.length(3);
    expect(text(el, '.bars')).to.contain('100 out of 100');
  });

  it('shows the error panel for invalid content', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz .content=${{ ...content, outcomes: [] }}></mend-quiz>`);
    expect(el.status).to.equal('error');
    expect($(el, '[part~="error"]')).to.not.equal(null);
  });

  it('takes its content from an inline script', async () => {
    const inline = JSON.stringify({ ...content, id: 'inline', title: 'Inline quiz' });
    const el = await fixture<MendQuiz>(
      `<mend-quiz no-persist><script type="application/json">${inline}</script></mend-quiz>`,
    );
    await settled(el);
    expect(text(el, 'h2')).to.equal('Inline quiz');
  });

  for (const theme of ['light', 'dark']) {
    describe(`axe, ${theme}`, () => {
      it('intro and a question', async () => {
        const el = await mount<MendQuiz>(html`<mend-quiz theme=${theme} quick-exit no-persist></mend-quiz>`);
        await expect(el).to.be.accessible();
        await click(el, 'Start');
        await click(el, 'Next'); // with the missing-answer notice
        await expect(el).to.be.accessible();
        await choose(el, 'good-times', 'often');
        await click(el, 'Next');
        await expect(el).to.be.accessible();
      });

      for (const [name, answers] of Object.entries({
        scored: { ...healthyAnswers, 'hard-talks': 'attack' },
        safety: { ...healthyAnswers, 'feel-afraid': 'often' },
      })) {
        it(`${name} result`, async () => {
          seed({ answers, screen: 'result' });
          const el = await mount<MendQuiz>(html`<mend-quiz theme=${theme}></mend-quiz>`);
          expect(el.result).to.not.equal(undefined);
          await expect(el).to.be.accessible();
        });
      }

      it('list layout', async () => {
        const el = await mount<MendQuiz>(html`<mend-quiz theme=${theme} layout="list" no-persist></mend-quiz>`);
        await click(el, 'Start');
        await expect(el).to.be.accessible();
      });

      it('error state', async () => {
        const el = await mount<MendQuiz>(html`<mend-quiz theme=${theme} .content=${{ kind: 'quiz' }}></mend-quiz>`);
        expect(el.status).to.equal('error');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('keeps Leave quickly on the error panel with quick-exit, and forgets saved answers there too', async () => {
    seed({ answers: { 'good-times': 'often' }, screen: 'questions', current: 'good-times' });
    const broken = { ...content, outcomes: [] };
    const el = await mount<MendQuiz>(html`<mend-quiz quick-exit .content=${broken}></mend-quiz>`);
    expect(el.status).to.equal('error');
    const seen = catchNavigation(el);
    const leave = button(el, 'Leave quickly');
    expect(leave, 'Leave quickly on the error panel').to.not.equal(undefined);
    await expect(el).to.be.accessible();
    leave!.click();
    expect(seen.url).to.equal('https://www.google.com/search?q=weather');
    expect(localStorage.getItem(key)).to.equal(null);
  });
});

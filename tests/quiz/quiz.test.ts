import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearStores, createStore, optionIdsOf, SAFETY_FLAG, type QuizContent } from '@mendkit/core';
import '@mendkit/quiz/mend-quiz.js';
import type { MendQuiz, QuizAnswerDetail, QuizCompleteDetail } from '@mendkit/quiz';
import raw from '../../packages/quiz/src/generated/content/en.js';
import { evaluateQuiz } from '../../packages/quiz/src/scoring.js';
import { stubWindowFetch } from '../support/fake-fetch.js';
import { mount, settled, shadow } from '../support/helpers.js';
import { healthyAnswers, outcomeExamples } from '../support/quiz-answers.js';

const content = raw as QuizContent;
const key = `mendkit:quiz:repairable@${content.version.split('.')[0]}`;
const store = (storage: () => Storage) => createStore(key, { guard: (v: unknown) => v, storage });
const session = store(() => sessionStorage);
const device = store(() => localStorage);
const clearSaved = () => clearStores('mendkit:');
const seed = (value: unknown) => session.write(value);

/** Questions the healthy run asks, in order, each with its answer and the answer's position. */
const healthyRun = evaluateQuiz(content, healthyAnswers).visible.map(
  (q) => [q.id, healthyAnswers[q.id]!, optionIdsOf(q).indexOf(healthyAnswers[q.id]!)] as const,
);
/** The first question with a safety answer, and that answer. */
const safetyQuestion = content.questions.find((q) => q.options?.some((o) => o.flags?.includes(SAFETY_FLAG)))!;
const safetyOption = safetyQuestion.options!.find((o) => o.flags?.includes(SAFETY_FLAG))!.id;
const flagged = { ...healthyAnswers, [safetyQuestion.id]: safetyOption };

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T>(selector) as T;
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: Element) => shadow(el).activeElement;
const button = (el: Element, label: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('button, a.button')].find((b) => b.textContent?.trim() === label);
const heading = (el: MendQuiz) => focused(el)?.id ?? '';

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

/** Shows a question directly, as if the person had navigated to it. */
async function goTo(el: MendQuiz, question: string) {
  (el as unknown as { current: string }).current = question;
  await el.updateComplete;
}

/** Stops Leave quickly from navigating away; returns where it would have gone. */
function catchNavigation(el: MendQuiz): { url: string | undefined } {
  const seen: { url: string | undefined } = { url: undefined };
  (el as unknown as { navigate(url: string): void }).navigate = (url) => (seen.url = url);
  return seen;
}

/** Every value mendkit keeps in either storage, as text. */
const everythingStored = () =>
  [localStorage, sessionStorage]
    .flatMap((storage) =>
      Object.keys(storage)
        .filter((k) => k.startsWith('mendkit:'))
        .map((k) => storage.getItem(k)),
    )
    .join('\n');

describe('<mend-quiz>', () => {
  beforeEach(clearSaved);
  after(clearSaved);

  it('runs from intro to result by keyboard alone', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    const answers: QuizAnswerDetail[] = [];
    el.addEventListener('mend-answer', (e) => answers.push(e.detail as QuizAnswerDetail));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Leave quickly');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Start');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (const [question, , index] of healthyRun) {
      expect(heading(el)).to.equal(`q-${question}`);
      // Counted among all questions, the conditional one included, so the total never changes.
      const position = content.questions.findIndex((q) => q.id === question) + 1;
      expect(text(el, '.progress-text')).to.equal(`Question ${position} of ${content.questions.length}`);
      await sendKeys({ press: 'Tab' }); // into the radio group
      await sendKeys({ press: 'Space' }); // choose the first answer
      for (let k = 0; k < index; k++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(heading(el)).to.equal('outcome');
    expect(el.result?.outcomeId).to.equal('both-paths-open');
    expect(answers.map((a) => a.itemId)).to.include.members(healthyRun.map(([q]) => q));
    expect(answers.at(-1)).to.include({ answered: healthyRun.length, total: healthyRun.length });
  });

  it('asks for an answer before going on, and keeps answers on Back', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
    await click(el, 'Start');
    await click(el, 'Next');
    expect(heading(el)).to.equal('q-good-times');
    expect(text(el, '.notice')).to.contain('choose an answer');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.contain('notice');
    expect(text(el, '[part~="status"]')).to.contain('choose an answer');
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
    const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
    await click(el, 'Start');
    for (const q of ['good-times', 'what-broke']) {
      await choose(el, q, q === 'good-times' ? 'often' : 'circumstances');
      await click(el, 'Next');
    }
    await choose(el, 'one-off', 'single');
    await click(el, 'Next');
    expect(heading(el)).not.to.equal('q-pattern-changing');
    await click(el, 'Back');
    await choose(el, 'one-off', 'keeps-happening');
    await click(el, 'Next');
    expect(heading(el)).to.equal('q-pattern-changing');
  });

  it('resumes where the person was after a reload, from this tab’s storage only', async () => {
    const first = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    await click(first, 'Start');
    await choose(first, 'good-times', 'rarely');
    await click(first, 'Next');
    await choose(first, 'what-broke', 'drifted-apart');
    await click(first, 'Next');
    first.remove();
    expect(sessionStorage.getItem(key)).to.contain('drifted-apart');
    expect(localStorage.getItem(key)).to.equal(null);
    const again = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    expect(heading(again) || text(again, 'legend')).to.contain('single incident');
    await click(again, 'Back');
    expect($<HTMLInputElement>(again, 'input[value="drifted-apart"]').checked).to.equal(true);
  });

  it('keeps answers whose question and option still exist after a content update', async () => {
    seed({ answers: { ...healthyAnswers, 'good-times': 'often', 'hard-talks': 'calm' }, screen: 'result' });
    const updated: QuizContent = {
      ...content,
      version: content.version.replace(/^(\d+)\.\d+/, '$1.99'),
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
    expect(checked).not.to.include('good-times');
    expect(checked).not.to.include('what-broke');
    expect(checked).to.include('hard-talks');
  });

  it('Start over clears the answers and storage', async () => {
    seed({ answers: healthyAnswers, screen: 'result' });
    const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    expect(el.result?.outcomeId).to.equal('both-paths-open');
    await click(el, 'Start over');
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(heading(el)).to.equal('title');
    expect(el.result).to.equal(undefined);
    await click(el, 'Start');
    expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
  });

  it('moves answers an older version kept on the device into this tab, once', async () => {
    device.write({ answers: { 'good-times': 'rarely' }, screen: 'questions', current: 'good-times' });
    const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
    expect($<HTMLInputElement>(el, 'input[value="rarely"]').checked).to.equal(true);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(sessionStorage.getItem(key)).to.contain('rarely');
  });

  describe('safety', () => {
    it('shows the support strip on the screen of the first safety answer, and keeps it', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      await click(el, 'Start');
      for (const q of evaluateQuiz(content, healthyAnswers).visible) {
        if (q.id === safetyQuestion.id) break;
        expect($(el, '.strip')).to.equal(null);
        await choose(el, q.id, healthyAnswers[q.id]!);
        await click(el, 'Next');
      }
      expect(heading(el)).to.equal(`q-${safetyQuestion.id}`);
      await choose(el, safetyQuestion.id, safetyOption);
      const strip = $(el, '[part~="support"]');
      expect(strip, 'the strip on the same screen').to.not.equal(null);
      expect(strip.querySelector<HTMLAnchorElement>('a')!.href).to.equal('https://findahelpline.com/');
      expect(button(el, 'Go to support now')).to.not.equal(undefined);
      expect(strip.querySelector('.leave')).to.not.equal(null);
      // One Leave quickly on screen: the strip's.
      expect(shadow(el).querySelectorAll('.leave')).to.have.length(1);
      expect(text(el, '[part~="status"]')).to.contain('Support is now shown');
      await expect(el).to.be.accessible();
      await click(el, 'Next');
      expect($(el, '[part~="support"]'), 'the strip stays on the next question').to.not.equal(null);
    });

    it('keeps no safety answer in any storage at any moment of a safety run, and a reload starts afresh', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz persist="device"></mend-quiz>`);
      const checks: string[] = [];
      const check = (moment: string) => {
        const stored = everythingStored();
        checks.push(moment);
        expect(stored, `after ${moment}`).not.to.contain(`"${safetyQuestion.id}":"${safetyOption}"`);
        if (el.result?.flagged || moment.startsWith(`${safetyQuestion.id}=`))
          expect(stored, `after ${moment}`).to.equal('');
      };
      await click(el, 'Start');
      check('Start');
      for (let step = 0; step < 40 && !el.result; step++) {
        const question = shadow(el).querySelector('fieldset input')?.getAttribute('name');
        if (!question) break;
        const answer =
          question === safetyQuestion.id
            ? safetyOption
            : (flagged[question] ?? optionIdsOf(content.questions.find((q) => q.id === question)!)[0]!);
        await choose(el, question, answer);
        check(`${question}=${answer}`);
        await click(el, button(el, 'Next') ? 'Next' : 'See my result');
        check(`Next after ${question}`);
      }
      expect(el.result?.outcomeId).to.equal('safety-first');
      expect(checks.length).to.be.greaterThan(content.questions.length);
      el.remove();
      const again = await mount<MendQuiz>(html`<mend-quiz persist="device"></mend-quiz>`);
      expect(again.result).to.equal(undefined);
      expect(button(again, 'Start')).to.not.equal(undefined);
      expect(shadow(again).textContent).not.to.contain('Your safety comes first');
    });

    it('remembers the safety screen only in memory while the tab lives (a change of language keeps it)', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      await click(el, 'Start');
      await choose(el, 'good-times', 'often');
      seed({ answers: flagged, screen: 'result' }); // a tampered store: must not be trusted either
      const ready = oneEvent(el, 'mend-ready');
      el.setAttribute('lang', 'de');
      await ready;
      await el.updateComplete;
      expect(sessionStorage.getItem(key)).to.equal(null);
      expect(el.result).to.equal(undefined);
    });

    it('drops saved data that holds a safety answer instead of showing it', async () => {
      device.write({ answers: flagged, screen: 'result' });
      seed({ answers: flagged, screen: 'result' });
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      expect(el.result).to.equal(undefined);
      expect(button(el, 'Start')).to.not.equal(undefined);
      expect(everythingStored()).to.equal('');
    });

    it('Go to support now shows the safety result: no scores, no cta, support and Leave quickly', async () => {
      const el = await mount<MendQuiz>(
        html`<mend-quiz include-answers><a slot="cta" href="#book">Book a call</a></mend-quiz>`,
      );
      const completes: QuizCompleteDetail[] = [];
      el.addEventListener('mend-complete', (e) => completes.push(e.detail as QuizCompleteDetail));
      await click(el, 'Start');
      await goTo(el, safetyQuestion.id);
      await choose(el, safetyQuestion.id, safetyOption);
      await click(el, 'Go to support now');
      expect(heading(el)).to.equal('outcome');
      expect(text(el, '#outcome')).to.equal(content.outcomes.find((o) => o.id === 'safety-first')!.title);
      expect($(el, '.bars')).to.equal(null);
      expect(text(el, '[part~="result"]')).not.to.match(/out of 100|%/);
      expect($(el, 'slot[name="cta"]'), 'no cta slot on the safety result').to.equal(null);
      expect($(el, '.cta')).to.equal(null);
      expect($<HTMLAnchorElement>(el, '.support a').href).to.equal('https://findahelpline.com/');
      expect(button(el, 'Leave quickly')).to.not.equal(undefined);
      expect(el.result).to.deep.equal({ outcomeId: 'safety-first', flagged: true, supportFirst: true });
      expect(completes).to.deep.equal([
        {
          contentId: 'repairable',
          version: content.version,
          outcomeId: 'safety-first',
          flagged: true,
          supportFirst: true,
        },
      ]);
      await expect(el).to.be.accessible();
    });

    it('lets the site set its own support link, and refuses an unsafe one', async () => {
      seed({ answers: healthyAnswers, screen: 'questions', current: safetyQuestion.id });
      const el = await mount<MendQuiz>(
        html`<mend-quiz support-href="tel:+100" support-label="Call our line"></mend-quiz>`,
      );
      await choose(el, safetyQuestion.id, safetyOption);
      expect($<HTMLAnchorElement>(el, '.support a').getAttribute('href')).to.equal('tel:+100');
      expect(text(el, '.support a')).to.equal('Call our line');
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        el.supportHref = ' java\nscript:alert(1)';
        await el.updateComplete;
        expect($<HTMLAnchorElement>(el, '.support a').getAttribute('href')).to.equal('https://findahelpline.com');
        expect(String(warnings[0])).to.contain('support-href');
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('Leave quickly', () => {
    it('is on every screen by default: loading, error, intro, question, result', async () => {
      const fetch = stubWindowFetch();
      try {
        const loading = await fixture<MendQuiz>(html`<mend-quiz src="/slow.json"></mend-quiz>`);
        expect(button(loading, 'Leave quickly'), 'loading').to.not.equal(undefined);
        await waitUntil(() => fetch.requests.length === 1);
        fetch.requests[0]!.respond('gone', 404);
        await settled(loading);
        expect(button(loading, 'Leave quickly'), 'error').to.not.equal(undefined);
      } finally {
        fetch.restore();
      }
      const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
      expect(button(el, 'Leave quickly'), 'intro').to.not.equal(undefined);
      expect(text(el, '.hint')).to.contain('Esc twice');
      await click(el, 'Start');
      expect(button(el, 'Leave quickly'), 'question').to.not.equal(undefined);
      seed({ answers: healthyAnswers, screen: 'result' });
      el.persist = 'session';
      await el.reload();
      await settled(el);
      expect(el.result).to.not.equal(undefined);
      expect(button(el, 'Leave quickly'), 'result').to.not.equal(undefined);
    });

    it('can be turned off by the site, except once a safety answer is given', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz no-quick-exit persist="none"></mend-quiz>`);
      expect(button(el, 'Leave quickly')).to.equal(undefined);
      expect($(el, '.hint')).to.equal(null);
      await click(el, 'Start');
      expect(button(el, 'Leave quickly')).to.equal(undefined);
      await goTo(el, safetyQuestion.id);
      await choose(el, safetyQuestion.id, safetyOption);
      expect(button(el, 'Leave quickly')).to.not.equal(undefined);
    });

    it('forgets everything mendkit kept in this browser and replaces the page', async () => {
      localStorage.setItem('mendkit:checklist:trust-actions@1', '{"once":{},"days":{}}');
      sessionStorage.setItem('mendkit:explainer:reconciliation-vs-forgiveness@1', '{}');
      localStorage.setItem('not-mendkit', 'kept');
      seed({ answers: healthyAnswers, screen: 'result' });
      const el = await mount<MendQuiz>(html`<mend-quiz quick-exit-url="https://example.org/"></mend-quiz>`);
      const seen = catchNavigation(el);
      await click(el, 'Leave quickly');
      expect(seen.url).to.equal('https://example.org/');
      expect(everythingStored()).to.equal('');
      expect(localStorage.getItem('not-mendkit')).to.equal('kept');
      localStorage.removeItem('not-mendkit');
      expect(el.result).to.equal(undefined);
    });

    it('goes to a neutral page by default, and never to a script URL', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz quick-exit-url="  JaVaScRiPt:alert(1)"></mend-quiz>`);
      const seen = catchNavigation(el);
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        await click(el, 'Leave quickly');
      } finally {
        console.warn = warn;
      }
      expect(seen.url).to.equal('https://www.google.com/search?q=weather');
    });

    it('answers to Escape pressed twice, anywhere on the page', async () => {
      seed({ answers: healthyAnswers, screen: 'result' });
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      const seen = catchNavigation(el);
      document.body.focus();
      await sendKeys({ press: 'Escape' });
      expect(seen.url).to.equal(undefined);
      await sendKeys({ press: 'Escape' });
      expect(seen.url).to.match(/^https:\/\//);
      expect(everythingStored()).to.equal('');
    });
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

    it('say which question was answered and how far along, not what was chosen', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      await click(el, 'Start');
      const answered = oneEvent(el, 'mend-answer');
      await choose(el, 'good-times', 'rarely');
      const visible = evaluateQuiz(content, { 'good-times': 'rarely' }).visible.length;
      expect((await answered).detail).to.deep.equal({
        contentId: 'repairable',
        version: content.version,
        itemId: 'good-times',
        questionId: 'good-times',
        answered: 1,
        total: visible,
      });
    });

    it('add the choice with include-answers, but never a safety answer or anything after it', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz include-answers persist="none"></mend-quiz>`);
      const details: QuizAnswerDetail[] = [];
      el.addEventListener('mend-answer', (e) => details.push(e.detail as QuizAnswerDetail));
      await click(el, 'Start');
      await choose(el, 'good-times', 'rarely');
      await goTo(el, safetyQuestion.id);
      await choose(el, safetyQuestion.id, safetyOption);
      await goTo(el, 'good-times');
      await choose(el, 'good-times', 'often');
      expect(details[0]).to.include({ choice: 'rarely', optionId: 'rarely' });
      expect(details[1]).not.to.have.property('choice');
      expect(details[1]).not.to.have.property('optionId');
      expect(details[2]).not.to.have.property('choice');
      expect(JSON.stringify(details)).not.to.contain(safetyOption);
    });

    it('send scores without answers by default', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz></mend-quiz>`);
      const detail = await finish(el, healthyAnswers);
      expect(detail).to.deep.include({
        contentId: 'repairable',
        version: content.version,
        outcomeId: 'both-paths-open',
      });
      expect(detail.flagged).to.equal(false);
      expect(detail.supportFirst).to.equal(false);
      expect(detail.total).to.equal(1);
      expect(Object.keys(detail.dimensions ?? {})).to.have.length(content.dimensions.length);
      expect(detail).not.to.have.property('answers');
      expect(heading(el)).to.equal('outcome');
    });

    it('add the answers with include-answers', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz include-answers></mend-quiz>`);
      const detail = await finish(el, { ...healthyAnswers, 'pattern-changing': 'no' });
      // The stale answer to the hidden question is not sent.
      expect(detail.answers).to.deep.equal(evaluateQuiz(content, healthyAnswers).counted);
      expect(detail.answers).not.to.have.property('pattern-changing');
    });

    it('fire nothing when set from code', async () => {
      const el = await mount<MendQuiz>(html`<mend-quiz persist="none"></mend-quiz>`);
      let fired = 0;
      for (const type of ['mend-answer', 'mend-complete']) el.addEventListener(type, () => fired++);
      seed({ answers: healthyAnswers, screen: 'result' });
      el.persist = 'session';
      el.content = { ...content };
      await settled(el);
      await aTimeout(0);
      el.reset();
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  it('shows every question at once in the list layout', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz layout="list" persist="none"></mend-quiz>`);
    await click(el, 'Start');
    const asked = evaluateQuiz(content, {}).visible.length;
    expect(shadow(el).querySelectorAll('fieldset')).to.have.length(asked);
    expect(button(el, 'Back')).to.equal(undefined);
    await choose(el, 'one-off', 'few-times');
    expect(shadow(el).querySelectorAll('fieldset')).to.have.length(asked + 1);
    expect(text(el, '.progress-text')).to.equal(`1 of ${asked + 1} answered`);
    await click(el, 'See my result');
    expect(heading(el)).to.equal('q-good-times');
    for (const [q, o] of Object.entries({ ...healthyAnswers, 'one-off': 'few-times' })) await choose(el, q, o);
    await click(el, 'See my result');
    expect(heading(el)).to.equal('q-pattern-changing');
    await choose(el, 'pattern-changing', 'shifting');
    await click(el, 'See my result');
    expect(el.result?.outcomeId).to.equal('both-paths-open');
    expect(shadow(el).querySelectorAll('[part~="bar"]')).to.have.length(content.dimensions.length);
  });

  it('renders the cta slot only under a scored result', async () => {
    const el = await mount<MendQuiz>(html`<mend-quiz persist="none"><a slot="cta" href="#book">Book</a></mend-quiz>`);
    expect($(el, 'slot[name="cta"]')).to.equal(null);
    seed({ answers: healthyAnswers, screen: 'result' });
    el.persist = 'session';
    await el.reload();
    await settled(el);
    expect($(el, 'slot[name="cta"]')).to.not.equal(null);
    expect(shadow(el).querySelectorAll('.steps li').length).to.be.greaterThan(0);
    expect(text(el, '.bars')).to.contain('100 out of 100');
  });

  it('leads with support and shows no scores on a support-first outcome', async () => {
    const concern = content.outcomes.find((o) => o.supportFirst);
    if (!concern) return; // the default content has no support-first outcome
    const answers = outcomeExamples[concern.id]!;
    seed({ answers, screen: 'result' });
    const el = await mount<MendQuiz>(html`<mend-quiz><a slot="cta" href="#book">Book</a></mend-quiz>`);
    expect(el.result).to.deep.equal({ outcomeId: concern.id, flagged: false, supportFirst: true });
    const result = $(el, '[part~="result"]');
    const parts = [...result.children].map((child) => child.className || child.localName);
    expect(parts.indexOf('support')).to.equal(1); // right after the title
    expect($(el, '.bars')).to.equal(null);
    expect($(el, 'slot[name="cta"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    describe(`axe, ${theme}`, () => {
      it('intro and a question', async () => {
        const el = await mount<MendQuiz>(html`<mend-quiz theme=${theme} persist="none"></mend-quiz>`);
        await expect(el).to.be.accessible();
        await click(el, 'Start');
        await click(el, 'Next'); // with the missing-answer notice
        await expect(el).to.be.accessible();
        await choose(el, 'good-times', 'often');
        await click(el, 'Next');
        await expect(el).to.be.accessible();
      });

      it('a question with the support strip', async () => {
        const el = await mount<MendQuiz>(html`<mend-quiz theme=${theme} persist="none"></mend-quiz>`);
        await click(el, 'Start');
        await goTo(el, safetyQuestion.id);
        await choose(el, safetyQuestion.id, safetyOption);
        expect($(el, '.strip')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });

      for (const [name, answers] of Object.entries({
        scored: { ...healthyAnswers, 'hard-talks': 'attack' },
        safety: flagged,
      })) {
        it(`${name} result`, async () => {
          // The safety result cannot come from storage (it is never kept), so it is reached by hand.
          const el = await mount<MendQuiz>(html`<mend-quiz theme=${theme} layout="list" persist="none"></mend-quiz>`);
          await click(el, 'Start');
          for (const [q, o] of Object.entries(answers)) if ($(el, `input[name="${q}"]`)) await choose(el, q, o);
          await click(el, name === 'safety' ? 'Go to support now' : 'See my result');
          expect(el.result).to.not.equal(undefined);
          await expect(el).to.be.accessible();
        });
      }

      it('list layout', async () => {
        const el = await mount<MendQuiz>(html`<mend-quiz theme=${theme} layout="list" persist="none"></mend-quiz>`);
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
});

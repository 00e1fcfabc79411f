import { expect, waitUntil } from '@open-wc/testing';
import { MendChecklist, MendExplainer, MendQuiz } from '@mendkit/react';
import type { ChecklistContent, ExplainerContent, QuizContent } from '@mendkit/core';
import type { MendQuizEvents } from '@mendkit/quiz';
import { createElement, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { quizFixture } from '../support/fixtures.js';
import quizEn from '../../packages/quiz/src/generated/content/en.js';
import explainerEn from '../../packages/explainer/src/generated/content/en.js';
import checklistEn from '../../packages/checklist/src/generated/content/en.js';

// A real React 19 app renders the wrappers; the elements receive objects, not strings.

let host: HTMLElement;
let root: Root;

function render(component: ComponentType<never>, props: Record<string, unknown>): void {
  flushSync(() => root.render(createElement(component, props as never)));
}

describe('@mendkit/react', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('renders the quiz with content from an object, sets its properties and passes typed events', async () => {
    const doc = { ...(quizEn as QuizContent), id: 'react-quiz' };
    const ready: MendQuizEvents['mend-ready'][] = [];
    const answers: MendQuizEvents['mend-answer'][] = [];
    render(MendQuiz, {
      content: doc,
      layout: 'list',
      noQuickExit: true,
      onMendReady: (event: MendQuizEvents['mend-ready']) => ready.push(event),
      onMendAnswer: (event: MendQuizEvents['mend-answer']) => answers.push(event),
    });
    const el = host.querySelector('mend-quiz')!;
    expect(el.content).to.equal(doc);
    expect(el.layout).to.equal('list');
    expect(el.noQuickExit).to.equal(true);
    await waitUntil(() => ready.length === 1, 'mend-ready reached React');
    expect(ready[0]!.detail).to.deep.equal({ contentId: 'react-quiz', version: doc.version });
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await waitUntil(() => answers.length === 1, 'mend-answer reached React');
    expect(answers[0]!.detail.contentId).to.equal('react-quiz');
    await expect(el).to.be.accessible();
  });

  it('passes a new content object on re-render, and a broken one ends in mend-error', async () => {
    const errors: Event[] = [];
    render(MendQuiz, { content: quizFixture(), onMendError: (event: Event) => errors.push(event) });
    const el = host.querySelector('mend-quiz')!;
    await waitUntil(() => el.status === 'ready');
    render(MendQuiz, { content: { ...quizFixture(), title: '' }, onMendError: (event: Event) => errors.push(event) });
    await waitUntil(() => errors.length === 1, 'mend-error reached React');
    expect(el.status).to.equal('error');
  });

  it('renders the explainer and the checklist, and their change events reach React', async () => {
    const changes: string[] = [];
    render(MendExplainer, {
      content: explainerEn as ExplainerContent,
      onMendChange: (event: CustomEvent<{ view: string }>) => changes.push(`explainer:${event.detail.view}`),
    });
    const explainer = host.querySelector('mend-explainer')!;
    await waitUntil(() => explainer.status === 'ready');
    const tabs = [...explainer.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    tabs.at(-1)!.click();
    await waitUntil(() => changes.length === 1, 'explainer mend-change reached React');
    await expect(explainer).to.be.accessible();

    render(MendChecklist, {
      content: checklistEn as ChecklistContent,
      onMendChange: (event: CustomEvent<{ itemId: string }>) => changes.push(`checklist:${event.detail.itemId}`),
    });
    const checklist = host.querySelector('mend-checklist')!;
    await waitUntil(() => checklist.status === 'ready');
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await waitUntil(() => changes.length === 2, 'checklist mend-change reached React');
    expect(changes[1]).to.match(/^checklist:/);
    await expect(checklist).to.be.accessible();
  });
});

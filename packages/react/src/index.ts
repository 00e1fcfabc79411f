// React components for the three widgets. Importing this module defines the elements.
import { createComponent } from '@lit/react';
import { MendChecklist as MendChecklistElement, type MendChecklistEvents } from '@mendkit/checklist';
import '@mendkit/checklist/mend-checklist.js';
import { MendExplainer as MendExplainerElement, type MendExplainerEvents } from '@mendkit/explainer';
import '@mendkit/explainer/mend-explainer.js';
import { MendQuiz as MendQuizElement, type MendQuizEvents } from '@mendkit/quiz';
import '@mendkit/quiz/mend-quiz.js';
import * as React from 'react';
import { reactEvents } from './events.js';

export type { ReactEvents } from './events.js';
// The JSX types for the bare tags come along with the components.
export type { MendIntrinsicElements } from './jsx.js';

/** `<mend-quiz>`: props are the element's properties (`content` takes an object), plus `onMendComplete` and the other events. */
export const MendQuiz = createComponent({
  react: React,
  tagName: 'mend-quiz',
  elementClass: MendQuizElement,
  displayName: 'MendQuiz',
  events: reactEvents<MendQuizEvents>({
    'mend-ready': true,
    'mend-answer': true,
    'mend-complete': true,
    'mend-error': true,
  }),
});

/** `<mend-explainer>` as a React component. */
export const MendExplainer = createComponent({
  react: React,
  tagName: 'mend-explainer',
  elementClass: MendExplainerElement,
  displayName: 'MendExplainer',
  events: reactEvents<MendExplainerEvents>({
    'mend-ready': true,
    'mend-change': true,
    'mend-answer': true,
    'mend-complete': true,
    'mend-error': true,
  }),
});

/** `<mend-checklist>` as a React component. */
export const MendChecklist = createComponent({
  react: React,
  tagName: 'mend-checklist',
  elementClass: MendChecklistElement,
  displayName: 'MendChecklist',
  events: reactEvents<MendChecklistEvents>({
    'mend-ready': true,
    'mend-change': true,
    'mend-complete': true,
    'mend-error': true,
  }),
});

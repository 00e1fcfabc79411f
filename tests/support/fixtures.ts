import type { ChecklistContent, ContentByKind, ExplainerContent, KindName, QuizContent } from '@mendkit/core';

// Small, valid documents of each kind. Tests clone them and break one thing at a time.

export const quizFixture = (): QuizContent => ({
  kind: 'quiz',
  schemaVersion: 1,
  id: 'tiny-quiz',
  version: '1.2.0',
  locale: 'en',
  title: 'A tiny quiz',
  intro: 'Two questions to try things out.',
  scaleLabels: ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'],
  support: { label: 'Get help', href: 'https://example.org/help', text: 'Someone can help.' },
  dimensions: [
    { id: 'safety', label: 'Safety', description: 'Whether you feel safe.' },
    { id: 'talk', label: 'Talking', description: 'Whether you can talk.' },
  ],
  questions: [
    {
      id: 'afraid',
      prompt: 'Are you ever afraid of them?',
      dimension: 'safety',
      options: [
        { id: 'no', label: 'No', score: 2 },
        { id: 'yes', label: 'Yes', score: 0, flags: ['safety'] },
      ],
    },
    { id: 'we-talk', prompt: 'We can talk things through.', dimension: 'talk', scale: {} },
  ],
  outcomes: [
    { id: 'safety-first', title: 'Safety first', body: 'Please reach out.', steps: [], rule: { flag: 'safety' } },
    {
      id: 'talking',
      title: 'Talking works',
      body: 'Keep talking.',
      steps: [{ label: 'Try the checklist', target: 'checklist' }],
      rule: { dimension: 'talk', atLeast: 0.5 },
    },
    { id: 'mixed', title: 'A mixed picture', body: 'Take your time.', steps: [] },
  ],
});

export const explainerFixture = (): ExplainerContent => ({
  kind: 'explainer',
  schemaVersion: 1,
  id: 'tiny-explainer',
  version: '1.0.0',
  locale: 'en',
  title: 'Two ideas',
  intro: 'How they differ.',
  concepts: [
    { id: 'one', name: 'One', definition: 'The first idea.', description: 'More about it.' },
    { id: 'two', name: 'Two', definition: 'The second idea.', description: 'More about it.' },
  ],
  comparison: [{ id: 'who', aspect: 'Who', text: { one: 'You alone.', two: 'Both of you.' } }],
  requirements: [{ concept: 'two', title: 'What it needs', items: ['Both people.'] }],
  scenarios: [
    { id: 'friend', title: 'A friend', situation: 'A friend hurt you.', text: { one: 'Let go.', two: 'Talk.' } },
  ],
  selfCheck: {
    intro: 'Sort these.',
    items: [{ id: 'alone', statement: 'I can do it alone.', concept: 'one', explanation: 'It is yours.' }],
  },
});

export const checklistFixture = (): ChecklistContent => ({
  kind: 'checklist',
  schemaVersion: 1,
  id: 'tiny-checklist',
  version: '2.0.0',
  locale: 'en',
  title: 'Small acts',
  intro: 'Pick what fits.',
  groups: [
    {
      id: 'mine',
      title: 'Mine',
      description: 'Things I do.',
      path: 'repairing',
      items: [
        { id: 'keep-word', label: 'Keep my word', cadence: 'daily' },
        { id: 'plan', label: 'Make a plan', cadence: 'once' },
      ],
    },
  ],
});

/** A small valid document of every kind, by kind (a new kind adds its own here). */
export const fixtures: { readonly [K in KindName]: () => ContentByKind[K] } = {
  quiz: quizFixture,
  explainer: explainerFixture,
  checklist: checklistFixture,
};

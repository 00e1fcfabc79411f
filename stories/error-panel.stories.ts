import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mendkit/quiz/mend-quiz.js';

/** Every widget shows this panel when its content cannot be loaded or has mistakes. */
const meta: Meta = {
  title: 'Core/Error panel',
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  args: { theme: 'light' },
};
export default meta;
type Story = StoryObj<{ theme: string }>;

const invalid = {
  kind: 'quiz',
  schemaVersion: 1,
  id: 'broken-quiz',
  version: '1',
  locale: 'en',
  title: '',
  intro: 'A quiz with mistakes.',
  scaleLabels: ['a', 'b', 'c'],
  support: { label: 'Help', href: 'https://example.org', text: 'Help text.' },
  dimensions: [{ id: 'trust', label: 'Trust', description: 'How much trust is left.' }],
  questions: [
    { id: 'q1', prompt: 'A question?', dimension: 'trust', options: [{ id: 'a', label: 'A', score: 'high' }] },
  ],
  outcomes: [{ id: 'end', title: 'End', body: 'The end.', steps: [] }],
};

export const Validation: Story = {
  render: ({ theme }) => html`<mend-quiz theme=${theme} .content=${invalid}></mend-quiz>`,
};

export const ValidationDark: Story = { ...Validation, args: { theme: 'dark' } };

export const Network: Story = {
  render: ({ theme }) => html`<mend-quiz theme=${theme} src="/missing/quiz.json"></mend-quiz>`,
};

export const NetworkDark: Story = { ...Network, args: { theme: 'dark' } };

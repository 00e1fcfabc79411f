import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mendkit/quiz/mend-quiz.js';
import { loaded } from './support/locale.js';

/**
 * Every widget shows this panel when its content cannot be loaded or has mistakes. It speaks
 * the language chosen in the Locale toolbar; the problems themselves are for the site's authors.
 */
const meta: Meta = {
  title: 'Core/Error panel',
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  args: { theme: 'light' },
  // The broken quiz below starts from the built-in one in the toolbar's language.
  parameters: { contentKind: 'quiz' },
};
export default meta;
type Story = StoryObj<{ theme: string }>;

export const Validation: Story = {
  render: ({ theme }, context) => {
    const { content } = loaded(context, 'quiz');
    const [question, ...rest] = content.questions;
    // Three mistakes: an empty title, too few scale labels and a score that is not a number.
    const invalid = {
      ...content,
      id: 'broken-quiz',
      title: '',
      scaleLabels: content.scaleLabels?.slice(0, 3),
      questions: [{ ...question, options: [{ id: 'a', label: 'A', score: 'high' }], scale: undefined }, ...rest],
    };
    return html`<mend-quiz theme=${theme} .content=${invalid}></mend-quiz>`;
  },
};

export const ValidationDark: Story = { ...Validation, args: { theme: 'dark' } };

export const Network: Story = {
  render: ({ theme }) => html`<mend-quiz theme=${theme} src="/missing/quiz.json"></mend-quiz>`,
};

export const NetworkDark: Story = { ...Network, args: { theme: 'dark' } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@mendkit/explainer/mend-explainer.js';
import amends from '../content/explainer/apology-vs-amends/en.json';
import forgiveness from '../content/explainer/reconciliation-vs-forgiveness/en.json';

interface Args {
  theme: string;
  view: string;
}

/**
 * `<mend-explainer>` compares two ideas people confuse. Without `view` the sections are tabs
 * (arrow keys, Home and End move between them); with `view` only that section shows.
 * The comparison is a table on wide containers and cards on narrow ones (container queries).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Explainer',
  component: 'mend-explainer',
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    view: { control: 'select', options: ['', 'compare', 'scenarios', 'check', 'all'] },
  },
  args: { theme: 'light', view: '' },
  render: ({ theme, view }) =>
    html`<mend-explainer persist="none" theme=${theme} view=${view || nothing}></mend-explainer>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Sections as tabs: the default when the site does not pin a `view`. */
export const Tabs: Story = {};

export const Compare: Story = { args: { view: 'compare' } };

export const Scenarios: Story = { args: { view: 'scenarios' } };

export const Check: Story = { args: { view: 'check' } };

/** Every section stacked under its heading, as it also prints. */
export const All: Story = { args: { view: 'all' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const CompareDark: Story = { args: { theme: 'dark', view: 'compare' } };

export const ScenariosDark: Story = { args: { theme: 'dark', view: 'scenarios' } };

export const CheckDark: Story = { args: { theme: 'dark', view: 'check' } };

export const AllDark: Story = { args: { theme: 'dark', view: 'all' } };

/** A 320 px column: the comparison turns into one card per aspect. */
export const Narrow: Story = {
  render: ({ theme, view }) =>
    html`<div style="max-width: 320px">
      <mend-explainer persist="none" theme=${theme} view=${view || nothing}></mend-explainer>
    </div>`,
};

/** The same element with another content document: an apology and making amends. */
export const ApologyVsAmends: Story = {
  render: ({ theme, view }) =>
    html`<mend-explainer persist="none" theme=${theme} view=${view || nothing} .content=${amends}></mend-explainer>`,
};

/** A right-to-left page. English content keeps its own direction unless the element has `dir`. */
export const Rtl: Story = {
  render: ({ theme, view }) =>
    html`<div dir="rtl">
      <mend-explainer dir="rtl" persist="none" theme=${theme} view=${view || nothing}></mend-explainer>
    </div>`,
};

/** A comparison row names a concept the document does not have. */
export const Error: Story = {
  render: ({ theme }) => {
    const [first, ...rest] = forgiveness.comparison;
    const broken = {
      ...forgiveness,
      comparison: [{ ...first, text: { forgiveness: 'Only you.', trust: 'Both of you.' } }, ...rest],
    };
    return html`<mend-explainer persist="none" theme=${theme} .content=${broken}></mend-explainer>`;
  },
};

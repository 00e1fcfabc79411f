import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@mendkit/explainer/mend-explainer.js';
import { loaded } from './support/locale.js';

interface Args {
  theme: string;
  view: string;
}

/**
 * `<mend-explainer>` compares two ideas people confuse. Without `view` the sections are tabs
 * (arrow keys, Home and End move between them); with `view` only that section shows.
 * The comparison is a table on wide containers and cards on narrow ones (container queries).
 * Every story speaks the language chosen in the Locale toolbar.
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

/**
 * The self-check's end: each statement sorted (always the first concept, so some miss), then the
 * result, which names what is worth another look and which idea each of those describes.
 */
export const CheckResult: Story = {
  args: { view: 'check' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<HTMLElement & { status: string; updateComplete: Promise<boolean> }>(
      'mend-explainer',
    );
    if (!el) return;
    while (el.status !== 'ready') await new Promise((resolve) => setTimeout(resolve, 20));
    const root = el.shadowRoot;
    if (!root) return;
    for (let step = 0; step < 40 && !root.querySelector('#check-result'); step++) {
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('button.choice')?.click();
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('.check-screen button.primary')?.click();
    }
  },
};

export const CheckResultDark: Story = { ...CheckResult, args: { theme: 'dark', view: 'check' } };

/** A 320 px column: the comparison turns into one card per aspect. */
export const Narrow: Story = {
  render: ({ theme, view }) =>
    html`<div style="max-width: 320px">
      <mend-explainer persist="none" theme=${theme} view=${view || nothing}></mend-explainer>
    </div>`,
};

/** The same element with another content document: an apology and making amends. */
export const ApologyVsAmends: Story = {
  parameters: { contentId: 'apology-vs-amends' },
  render: ({ theme, view }, context) =>
    html`<mend-explainer
      persist="none"
      theme=${theme}
      view=${view || nothing}
      .content=${loaded(context, 'explainer').content}
    ></mend-explainer>`,
};

/**
 * Arabic, right to left. The element takes its direction from its content's language, so it
 * needs no `dir`. This story always shows Arabic (its Locale is fixed); choose العربية in the
 * toolbar to see any other story right to left.
 */
export const Rtl: Story = {
  globals: { locale: 'ar' },
  // Not on the docs page: a page has one interface language, the toolbar's.
  tags: ['locale-ar', '!autodocs'],
  render: ({ theme, view }) =>
    html`<div dir="rtl">
      <mend-explainer persist="none" theme=${theme} view=${view || nothing}></mend-explainer>
    </div>`,
};

/** A comparison row names a concept the document does not have (its text kept in the toolbar's language). */
export const Error: Story = {
  render: ({ theme }, context) => {
    const { content } = loaded(context, 'explainer');
    const [first, ...rest] = content.comparison;
    const broken = first && {
      ...content,
      comparison: [
        { ...first, text: { forgiveness: first.text.forgiveness, trust: first.text.reconciliation } },
        ...rest,
      ],
    };
    return html`<mend-explainer persist="none" theme=${theme} .content=${broken}></mend-explainer>`;
  },
};

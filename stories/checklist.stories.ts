import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { createStore, storageKey, type ChecklistContent } from '@mendkit/core';
import '@mendkit/checklist/mend-checklist.js';
import { addDays, dayKey, lastDays } from '../packages/checklist/src/days.js';
import type { Progress } from '../packages/checklist/src/progress.js';
// Only for the group choices: group ids are the same in every language.
import english from '../content/checklist/trust-actions/en.json';
import { loaded, type Rendering } from './support/locale.js';

/** The built-in checklist in the toolbar's language. */
const built = (context: Rendering) => loaded(context, 'checklist').content;

/**
 * Small acts that rebuild trust: tick items, see progress per group and overall, and
 * see consistency over the last 14 days and 8 weeks. `daily` and `weekly` items start
 * fresh each day and week in the reader's time zone; progress stays in the browser.
 *
 * The history story is honest: it fixes the clock (`clock` property) and seeds saved
 * progress, as a person who had used it for a fortnight would have it, under a
 * story-only content id so it never touches real progress. Every story shows the built-in
 * checklist in the language chosen in the Locale toolbar.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Checklist',
  component: 'mend-checklist',
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    group: { control: 'select', options: ['', ...english.groups.map((g) => g.id)] },
  },
  args: { theme: 'light', group: '', noPersist: false },
};
export default meta;

interface Args {
  theme: string;
  group: string;
  noPersist: boolean;
}
type Story = StoryObj<Args>;

const checklist = ({ theme, group, noPersist }: Args, doc?: ChecklistContent, clock?: () => Date): TemplateResult =>
  html`<mend-checklist
    theme=${theme}
    group=${group || nothing}
    persist=${noPersist ? 'none' : 'device'}
    .content=${doc}
    .clock=${clock ?? (() => new Date())}
  ></mend-checklist>`;

/** A fixed evening, so the fortnight always looks the same. */
const evening = new Date(2026, 2, 11, 19, 30);

/** Two weeks of honest use: some days missed, a few items done once, a weekly habit kept. */
function fortnight(content: ChecklistContent): ChecklistContent {
  const doc: ChecklistContent = { ...content, id: 'trust-actions-story-fortnight' };
  const today = dayKey(evening);
  const days = lastDays(today, 14);
  // Three days with nothing done at all, and each habit with its own gaps.
  const on = (skip: number[]) => days.filter((_, i) => ![3, 7, 8, ...skip].includes(i));
  const progress: Progress = {
    once: { 'own-your-part': addDays(today, -12), 'agree-ground-rules': addDays(today, -9) },
    days: {
      'keep-your-word': on([1, 5]),
      'listen-to-the-end': on([0, 2, 6, 9, 12]),
      'let-them-set-the-pace': on([2, 10, 11, 12, 13]),
      'ground-yourself': on([0, 1, 5, 6, 11]),
      'name-your-feelings': on([4, 12]),
      'speak-from-i': on([0, 1, 2, 9, 10, 11]),
      'check-in-together': [addDays(today, -22), addDays(today, -15), addDays(today, -8), addDays(today, -1)],
      'time-for-two': [addDays(today, -36), addDays(today, -10)],
    },
  };
  createStore(storageKey('checklist', doc.id, doc.version), { guard: (v) => v }).write(progress);
  return doc;
}

// The second group repeats an item id from the first: saved progress could not tell them apart.
const invalid = (content: ChecklistContent) =>
  ({
    ...content,
    id: 'broken-checklist',
    groups: [
      content.groups[0],
      { ...content.groups[1], items: [...(content.groups[1]?.items ?? []), content.groups[0]?.items[0]] },
    ],
  }) as ChecklistContent;

/** Fresh: the built-in content, nothing ticked yet. */
export const Default: Story = { render: (args) => checklist(args) };

/** `group="healing"`: a coach embeds only the actions for the one who was hurt. */
export const OneGroup: Story = { args: { group: 'healing' }, render: (args) => checklist(args) };

/** Half done, with a fortnight of check-ins behind it (clock fixed to 11 March 2026, 19:30). */
export const AFortnightOfHistory: Story = {
  render: (args, context) => checklist(args, fortnight(built(context)), () => evening),
};

export const Dark: Story = { ...AFortnightOfHistory, args: { theme: 'dark' } };

/** 320 px wide, as in a narrow sidebar or a phone. */
export const Narrow: Story = {
  render: (args, context) =>
    html`<div style="max-inline-size: 320px">${checklist(args, fortnight(built(context)), () => evening)}</div>`,
};

/**
 * Arabic, right to left, with a fortnight of history. The element takes its direction from its
 * content's language, so it needs no `dir`. This story always shows Arabic (its Locale is fixed);
 * choose العربية in the toolbar to see any other story right to left.
 */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  // Not on the docs page: a page has one interface language, the toolbar's.
  tags: ['locale-ar', '!autodocs'],
  render: (args, context) => html`<div dir="rtl">${checklist(args, fortnight(built(context)), () => evening)}</div>`,
};

/** Content that repeats an item id: the error panel names the exact path. */
export const Error: Story = { render: (args, context) => checklist(args, invalid(built(context))) };

/** The reader chose "I was hurt" and keeps two actions in focus this week (saved progress, fixed clock). */
export const APathAndAFocus: Story = {
  render: (args, context) => {
    const doc: ChecklistContent = { ...built(context), id: 'trust-actions-story-path' };
    const today = dayKey(evening);
    const progress: Progress = {
      once: {},
      days: { 'ground-yourself': lastDays(today, 3), 'reach-out-for-support': [addDays(today, -2)] },
      path: 'healing',
      focus: ['ground-yourself', 'pause-before-reacting'],
    };
    createStore(storageKey('checklist', doc.id, doc.version), { guard: (v) => v }).write(progress);
    return checklist(args, doc, () => evening);
  },
};

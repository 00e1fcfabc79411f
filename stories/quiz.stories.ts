import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createStore, storageKey, type QuizContent } from '@mendkit/core';
import '@mendkit/quiz/mend-quiz.js';
import '@mendkit/explainer/mend-explainer.js';
// The answer sets the scoring tests prove reach each outcome.
import { healthyAnswers as healthy, outcomeExamples } from '../tests/support/quiz-answers.js';
import { loaded, type Rendering, type StoryLocale } from './support/locale.js';

/**
 * "Can this relationship be repaired?" One question at a time (or all at once with
 * `layout="list"`), a result with one bar per area, and a safety outcome that shows
 * no scores. Leave quickly is on every screen; a safety answer brings a support strip.
 * Answers stay in the browser, for this tab only.
 *
 * The outcome stories are honest: each seeds saved answers (as a person who had
 * answered would have them) under its own content id, and the element resumes at its result.
 * A safety answer is never saved, so the safety stories answer by clicking, as a person would.
 * Every story shows the built-in quiz in the language chosen in the Locale toolbar.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Quiz',
  component: 'mend-quiz',
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    layout: { control: 'inline-radio', options: ['step', 'list'] },
  },
  args: { theme: 'light', layout: 'step', noQuickExit: false },
};
export default meta;

interface Args {
  theme: string;
  layout: string;
  noQuickExit: boolean;
}
type Story = StoryObj<Args>;

/** What a site would write around the quiz, in each toolbar language. */
const site: Record<StoryLocale, { cta: string; supportLabel: string }> = {
  en: { cta: 'Book a free first conversation', supportLabel: 'Call our confidential line' },
  es: { cta: 'Reserva una primera conversación gratuita', supportLabel: 'Llama a nuestra línea confidencial' },
  fr: { cta: 'Réservez un premier échange gratuit', supportLabel: 'Appelez notre ligne confidentielle' },
  de: { cta: 'Ein kostenloses erstes Gespräch buchen', supportLabel: 'Unsere vertrauliche Beratung anrufen' },
  ar: { cta: 'احجز محادثة أولى مجانية', supportLabel: 'اتصل بخطنا السري' },
};

const quiz = ({ theme, layout, noQuickExit }: Args, doc?: QuizContent, cta?: string): TemplateResult =>
  html`<mend-quiz theme=${theme} layout=${layout} ?no-quick-exit=${noQuickExit} .content=${doc}>
    ${cta ? html`<a slot="cta" href="#book">${cta}</a>` : ''}
  </mend-quiz>`;

/** The built-in quiz in the toolbar's language, and that language. */
const built = (context: Rendering) => loaded(context, 'quiz');

type Quiz = HTMLElement & { status: string; updateComplete: Promise<boolean> };

/** Chooses a safety answer by clicking (it is never saved), then optionally goes to support. */
const answerSafety =
  (goToSupport: boolean) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector<Quiz>('mend-quiz');
    if (!el) return;
    while (el.status !== 'ready') await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    el.shadowRoot?.querySelector<HTMLInputElement>('input[name="feel-afraid"][value="sometimes"]')?.click();
    await el.updateComplete;
    if (goToSupport) el.shadowRoot?.querySelector<HTMLButtonElement>('.strip button:not(.leave)')?.click();
  };

/**
 * Saves answers as the quiz itself would, under a story-only content id, and returns that
 * content (the toolbar language's document: answers are ids, the same in every language).
 */
function seeded(
  content: QuizContent,
  name: string,
  answers: Record<string, string>,
  screen = 'result',
  current?: string,
): QuizContent {
  const doc = { ...content, id: `story-${name}` };
  const storage = () => sessionStorage;
  createStore(storageKey('quiz', doc.id, doc.version), { guard: (v: unknown) => v, storage }).write({
    answers,
    screen,
    current,
  });
  return doc;
}

const outcome = (name: string, cta = false): Story => ({
  render: (args, context) => {
    const { content, locale } = built(context);
    return quiz(args, seeded(content, name, outcomeExamples[name] ?? {}), cta ? site[locale].cta : undefined);
  },
});

/** The built-in content, starting at the intro (or where you left off). */
export const Default: Story = { render: (args) => quiz(args) };

export const ListLayout: Story = { ...Default, args: { layout: 'list' } };

export const Dark: Story = { ...Default, args: { theme: 'dark' } };

/** `no-quick-exit` hides Leave quickly (it comes back after a safety answer). */
export const NoQuickExit: Story = { ...Default, args: { noQuickExit: true } };

/** A question with help text, resumed part-way through. */
export const Question: Story = {
  render: (args, context) =>
    quiz(
      args,
      seeded(
        built(context).content,
        'question',
        { 'good-times': 'often', 'what-broke': 'one-hurt' },
        'questions',
        'feel-afraid',
      ),
    ),
};

export const QuestionDark: Story = { ...Question, args: { theme: 'dark' } };

const beforeSafety = (context: Rendering, name: string) =>
  seeded(
    built(context).content,
    name,
    { 'good-times': 'often', 'what-broke': 'one-hurt', 'one-off': 'single' },
    'questions',
    'feel-afraid',
  );

/** "Yes, sometimes" to feeling afraid: the support strip appears on that same screen and stays. */
export const SupportStrip: Story = {
  render: (args, context) => quiz(args, beforeSafety(context, 'strip')),
  play: answerSafety(false),
};

export const SupportStripDark: Story = { ...SupportStrip, args: { theme: 'dark' } };

/** Go to support now: the safety result, with no scores and no call to action. */
export const SafetyFirst: Story = {
  render: (args, context) => quiz(args, beforeSafety(context, 'safety'), site[built(context).locale].cta),
  play: answerSafety(true),
};

export const SafetyFirstDark: Story = { ...SafetyFirst, args: { theme: 'dark' } };

/** The site's own help line through `support-href` and `support-label`. */
export const SafetyFirstOwnSupport: Story = {
  render: ({ theme }, context) =>
    html`<mend-quiz
      theme=${theme}
      support-href="tel:+15550100"
      support-label=${site[built(context).locale].supportLabel}
      .content=${beforeSafety(context, 'safety-own')}
    ></mend-quiz>`,
  play: answerSafety(true),
};

/** Warning signs without a safety answer: support first, no scores, no joint repair work. */
export const ConcernFirst: Story = outcome('concern-first', true);

export const PatternFirst: Story = outcome('pattern-first');

export const TheirPart: Story = outcome('their-part');

export const OwnHealingFirst: Story = outcome('own-healing-first');

export const WorthSaving: Story = outcome('worth-saving');

export const TalkFirst: Story = outcome('talk-first');

/** With a site's call to action in the `cta` slot. */
export const BothPathsOpen: Story = outcome('both-paths-open', true);

export const BothPathsOpenDark: Story = { ...BothPathsOpen, args: { theme: 'dark' } };

export const MixedPicture: Story = outcome('mixed-picture');

/**
 * A site's own quiz, given as an inline `<script type="application/json">` child. The site wrote
 * it in English only, so this story stays English whatever the toolbar says: a widget speaks
 * the language of its content.
 */
const custom = {
  kind: 'quiz',
  schemaVersion: 1,
  id: 'friendship-check',
  version: '1.0.0',
  locale: 'en',
  title: 'Is this friendship ready for another try?',
  intro: 'Three quick questions. Nothing you choose leaves this page.',
  scaleLabels: ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'],
  support: { label: 'Talk to someone', href: 'https://findahelpline.com', text: 'You do not have to sort this alone.' },
  dimensions: [
    { id: 'warmth', label: 'Warmth', description: 'How much good will is still there.' },
    { id: 'contact', label: 'Contact', description: 'Whether you can reach each other.' },
  ],
  questions: [
    { id: 'miss', prompt: 'I miss the time we spent together.', dimension: 'warmth', scale: {} },
    {
      id: 'reply',
      prompt: 'If you wrote to them today, what would likely happen?',
      dimension: 'contact',
      options: [
        { id: 'warm', label: 'A warm reply', score: 2 },
        { id: 'polite', label: 'A polite, short reply', score: 1 },
        { id: 'silence', label: 'No reply', score: 0 },
      ],
    },
    {
      id: 'grudge',
      prompt: 'I still hold a grudge about how it ended.',
      dimension: 'warmth',
      scale: { reversed: true },
    },
  ],
  outcomes: [
    {
      id: 'reach-out',
      title: 'A small message could open the door',
      body: 'There is warmth on your side and a fair chance of a reply. Keep the first message short and light.',
      steps: [{ label: 'Write two friendly sentences, with no request attached' }],
      rule: {
        all: [
          { dimension: 'warmth', atLeast: 0.6 },
          { dimension: 'contact', atLeast: 0.5 },
        ],
      },
    },
    {
      id: 'wait',
      title: 'Give it a little more time',
      body: 'Some things still sting. Settling them for yourself first can make any later contact easier.',
      steps: [{ label: 'See how forgiveness differs from reconciliation', target: 'explainer' }],
    },
  ],
};

export const CustomContentInline: Story = {
  parameters: { lang: 'en' },
  // Not on the docs page: a page has one interface language, the toolbar's.
  tags: ['site-content', '!autodocs'],
  render: ({ theme, layout }) => {
    const el = document.createElement('mend-quiz');
    el.setAttribute('theme', theme);
    el.setAttribute('layout', layout);
    el.setAttribute('persist', 'none');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(custom, null, 2);
    el.append(script);
    return el;
  },
};

/** Content with mistakes: the error panel names each by its path. */
export const Error: Story = {
  render: (args, context) => {
    const { content } = built(context);
    return quiz(args, {
      ...content,
      outcomes: [...content.outcomes].reverse(),
      questions: [{ ...content.questions[0], dimension: 'trust' }, ...content.questions.slice(1)],
    } as QuizContent);
  },
};

export const ErrorDark: Story = { ...Error, args: { theme: 'dark' } };

/** A 320 px column, as on a small phone. */
export const Narrow: Story = {
  render: (args, context) =>
    html`<div style="inline-size: 320px">
      ${quiz(args, seeded(built(context).content, 'narrow', { ...healthy, 'hard-talks': 'attack' }))}
    </div>`,
};

/**
 * Arabic, right to left, part-way through. The element takes its direction from its content's
 * language, so it needs no `dir`. This story always shows Arabic (its Locale is fixed); choose
 * العربية in the toolbar to see any other story right to left.
 */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  // Not on the docs page: a page has one interface language, the toolbar's.
  tags: ['locale-ar', '!autodocs'],
  render: (args, context) =>
    html`<div dir="rtl">
      <mend-quiz
        theme=${args.theme}
        .content=${seeded(built(context).content, 'rtl', { 'good-times': 'often' }, 'questions', 'what-broke')}
      ></mend-quiz>
    </div>`,
};

/**
 * Steps that lead to other widgets: with `<mend-explainer>` on the same page, "See how
 * forgiveness differs…" scrolls to it and focuses its heading; `checklist-href` gives the
 * site's own page for checklist steps when no `<mend-checklist>` is on the page.
 */
export const StepsLeadToWidgets: Story = {
  render: (args, context) =>
    html`<mend-quiz
        theme=${args.theme}
        checklist-href="/trust-checklist"
        .content=${seeded(built(context).content, 'links', outcomeExamples['mixed-picture'] ?? {})}
      ></mend-quiz>
      <mend-explainer id="forgiveness" theme=${args.theme} style="margin-block-start: 2rem"></mend-explainer>`,
};

/** Two areas low: the result names them first, each with its `whenLow` sentence, above worded bars. */
export const TwoAreasLow: Story = {
  render: (args, context) =>
    quiz(
      args,
      seeded(built(context).content, 'two-low', {
        ...healthy,
        'hard-talks': 'attack',
        'say-what-i-need': '2',
        'calm-myself': '2',
        'know-triggers': '3',
      }),
    ),
};

export const TwoAreasLowDark: Story = { ...TwoAreasLow, args: { theme: 'dark' } };

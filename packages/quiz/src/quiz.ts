import { msg, str } from '@lit/localize';
import {
  clearStores,
  cssProperties,
  goToWidget,
  MendAnswerEvent,
  MendCompleteEvent,
  MendElement,
  optionIdsOf,
  ProgressController,
  resolveTarget,
  richText,
  safeUrl,
  scaleOptionIds,
  type ContentRef,
  type QuizContent,
  type QuizOutcome,
  type QuizStep,
  type QuizQuestion,
} from '@mendkit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defaultContent } from './generated/default-content.js';
import { quizStyles } from './quiz.styles.js';
import {
  emptyRecord,
  evaluateQuiz,
  hasSafetyAnswer,
  lowestFirst,
  obstacles,
  standingOf,
  type QuizAnswers,
  type QuizEvaluation,
  type Standing,
} from './scoring.js';
import { plainText, resultText } from './summary.js';

type Screen = 'intro' | 'questions' | 'result';

/** What the quiz keeps between reloads: never anything holding a safety answer. */
interface SavedQuiz {
  answers: QuizAnswers;
  screen: Screen;
  current?: string | undefined;
}

/**
 * What the quiz reports when finished. When `supportFirst` is true (the safety outcome, or an
 * outcome about warning signs) there are no scores, so nothing can push someone back toward harm.
 */
export interface QuizResult {
  outcomeId: string;
  /** A safety answer was given; the outcome is the safety outcome. */
  flagged: boolean;
  /** The result leads with support and shows no scores. */
  supportFirst: boolean;
  dimensions?: Record<string, number>;
  total?: number;
}

/** `mend-answer`: which question was answered and how far along the person is; not what they chose. */
export interface QuizAnswerDetail extends ContentRef {
  /** The question answered. */
  itemId: string;
  /** Questions answered so far, of `total` asked. */
  answered: number;
  total: number;
  /** The option chosen: only with `include-answers`, and never once a safety answer was given. */
  choice?: string;
  /** @deprecated Use `itemId`. */
  questionId: string;
  /** @deprecated Use `choice` (same condition). */
  optionId?: string;
}

export interface QuizCompleteDetail extends ContentRef, QuizResult {
  /** Only with `include-answers`, and never on a support-first result. */
  answers?: QuizAnswers;
}

const screens: readonly string[] = ['intro', 'questions', 'result'];
const DEFAULT_QUICK_EXIT_URL = 'https://www.google.com/search?q=weather';
/** Two presses of Escape within this time leave the page. */
const ESCAPE_WINDOW_MS = 1000;

/** Saved progress in the shape this element writes, fitted to the document: unknown questions and options go. */
function restoreQuiz(value: unknown, doc: QuizContent): SavedQuiz | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { answers, screen, current } = value as Record<string, unknown>;
  if (
    !answers ||
    typeof answers !== 'object' ||
    Array.isArray(answers) ||
    typeof screen !== 'string' ||
    !screens.includes(screen) ||
    (current !== undefined && typeof current !== 'string')
  )
    return undefined;
  const saved = answers as Record<string, unknown>;
  const kept = emptyRecord<string>();
  for (const question of doc.questions) {
    const answer = Object.hasOwn(saved, question.id) ? saved[question.id] : undefined;
    if (typeof answer === 'string' && optionIdsOf(question).includes(answer)) kept[question.id] = answer;
  }
  return { answers: kept, screen: screen as Screen, current };
}

/** "Question 3 of 12", shown beside the progress bar and announced when a question changes. */
const progressLabel = (position: string, total: string) =>
  msg(str`Question ${position} of ${total}`, {
    id: 'quiz.progress',
    desc: 'Progress through the quiz, e.g. "Question 3 of 12".',
  });

/**
 * Where a question stands in the quiz: its place among all questions and their number.
 * Conditional questions are counted from the start, so the total never grows when one appears;
 * when one is skipped the count skips a number, which reads as progress, not as a setback.
 */
const placeOf = (doc: QuizContent, question: QuizQuestion | undefined) =>
  [doc.questions.indexOf(question as QuizQuestion) + 1, doc.questions.length] as const;

const firstMissing = (visible: readonly QuizQuestion[], answers: QuizAnswers) =>
  visible.find((q) => q.required !== false && !Object.hasOwn(answers, q.id));

/**
 * "Can this relationship be repaired?" — a scored self-assessment with a safety gate.
 * Intro → questions (one at a time, or all at once with `layout="list"`) → result.
 *
 * Safety outranks everything: from the first safety answer a support strip (support link, Go to
 * support now, Leave quickly) stays on screen, nothing more is kept on the device and what was
 * kept is deleted; the result is the safety outcome, with no scores and no `cta` slot. Leave
 * quickly is on every screen (and Escape pressed twice) unless the site sets `no-quick-exit`;
 * it clears everything mendkit kept and replaces the page, so Back does not return.
 *
 * @tag mend-quiz
 * @fires mend-ready - Content is loaded. Detail: `{ contentId, version }`.
 * @fires mend-answer - The person answered a question. Detail: `{ contentId, version, itemId, answered, total, choice? }`;
 *   `choice` only with `include-answers` and never after a safety answer.
 * @fires mend-complete - The person reached a result. Detail: `{ contentId, version, outcomeId, flagged, supportFirst, dimensions?, total?, answers? }`;
 *   on a support-first result (safety or warning signs) there are no `dimensions`, `total` or `answers`;
 *   `answers` (question id → option id) only with `include-answers`.
 * @fires mend-error - Content could not be loaded or is invalid. Detail: `{ contentId, version, kind, problems }`.
 * @slot cta - The site's own call to action, shown under a scored result; never on a support-first result.
 * @csspart base - The card.
 * @csspart header - Title and Leave quickly.
 * @csspart progress - The progress bar.
 * @csspart question - Each question's fieldset.
 * @csspart option - Each answer's label.
 * @csspart support - The support strip shown from the first safety answer, and the support block of a result.
 * @csspart result - The result section.
 * @csspart bar - The filled part of each dimension's bar.
 * @csspart button - Every button.
 * @csspart status - The live region (visually hidden).
 * @csspart error - The error panel.
 * @cssprop --mend-color-accent - Buttons, bars, links and focus.
 * @cssprop --mend-color-danger - The safety outcome and Leave quickly.
 * @cssprop --mend-color-track - The empty part of bars.
 */
export class MendQuiz extends MendElement<'quiz'> {
  static override styles = [...MendElement.styles, quizStyles];

  static override properties = {
    ...MendElement.properties,
    layout: { type: String, reflect: true },
    includeAnswers: { type: Boolean, attribute: 'include-answers' },
    supportHref: { type: String, attribute: 'support-href' },
    supportLabel: { type: String, attribute: 'support-label' },
    noQuickExit: { type: Boolean, attribute: 'no-quick-exit' },
    quickExitUrl: { type: String, attribute: 'quick-exit-url' },
    explainerHref: { type: String, attribute: 'explainer-href' },
    checklistHref: { type: String, attribute: 'checklist-href' },
    screen: { state: true },
    answers: { state: true },
    current: { state: true },
    notice: { state: true },
    saving: { state: true },
    copyFallback: { state: true },
  };

  /** `step`: one question at a time (default); `list`: all questions at once. */
  declare layout: 'step' | 'list';
  /** Add the chosen answers to `mend-answer` and `mend-complete` (never after a safety answer). */
  declare includeAnswers: boolean;
  /** The site's own support link (http, https, mailto, tel or relative); overrides the content's. */
  declare supportHref: string | undefined;
  /** The site's own support link text; overrides the content's `support.label`. */
  declare supportLabel: string | undefined;
  /** Hides Leave quickly and its Escape shortcut, except after a safety answer, where it always stays. */
  declare noQuickExit: boolean;
  /** Where Leave quickly goes (http or https); a neutral weather search by default. */
  declare quickExitUrl: string;
  /** Where a step about the explainer leads when there is no `<mend-explainer>` on the page. */
  declare explainerHref: string | undefined;
  /** Where a step about the checklist leads when there is no `<mend-checklist>` on the page. */
  declare checklistHref: string | undefined;
  declare protected screen: Screen;
  declare protected answers: QuizAnswers;
  declare protected current: string | undefined;
  declare protected notice: string;
  /** On a support-first result: the person asked to save or print it. */
  declare protected saving: boolean;
  /** The result as text, shown to copy by hand when the page may not use the clipboard. */
  declare protected copyFallback: string;

  protected readonly contentKind = 'quiz';
  protected override readonly defaultContent = defaultContent;
  readonly #progress = new ProgressController<SavedQuiz, QuizContent>(this, {
    kind: 'quiz',
    guard: restoreQuiz,
    keep: (saved, doc) => !hasSafetyAnswer(doc, saved.answers),
  });
  #evaluation: { doc: QuizContent; answers: QuizAnswers; value: QuizEvaluation } | undefined;
  #lastEscape = 0;
  readonly #warned = new Set<string>();

  constructor() {
    super();
    this.layout = 'step';
    this.includeAnswers = false;
    this.noQuickExit = false;
    this.quickExitUrl = DEFAULT_QUICK_EXIT_URL;
    this.screen = 'intro';
    this.answers = emptyRecord();
    this.notice = '';
    this.saving = false;
    this.copyFallback = '';
  }

  /** The result once the person has reached it, else undefined. Same shape as `mend-complete` without answers. */
  get result(): QuizResult | undefined {
    const doc = this.doc;
    if (!doc || this.screen !== 'result') return undefined;
    const { outcomeId, flagged, supportFirst, dimensions, total } = this.#evaluate(doc);
    return supportFirst
      ? { outcomeId, flagged, supportFirst }
      : { outcomeId, flagged, supportFirst, dimensions, total };
  }

  /** Clears the answers and saved progress and returns to the intro. Fires no event. */
  reset(): void {
    this.#progress.clear();
    this.answers = emptyRecord();
    this.screen = 'intro';
    this.current = undefined;
    this.notice = '';
    this.saving = false;
    this.copyFallback = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onDocumentKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onDocumentKey);
  }

  protected override contentLoaded(doc: QuizContent): void {
    const saved = this.#progress.restore(doc);
    const answers = saved?.answers ?? emptyRecord<string>();
    this.answers = answers;
    // Cached: the first render reads the same evaluation.
    const { visible } = this.#evaluate(doc);
    const missing = firstMissing(visible, answers);
    // A finished quiz whose content gained a required question goes back to that question.
    const unfinished = saved?.screen === 'result' && missing;
    this.notice = '';
    this.screen = unfinished ? 'questions' : (saved?.screen ?? 'intro');
    this.current = (unfinished ? missing : (visible.find((q) => q.id === saved?.current) ?? missing ?? visible[0]))?.id;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Derive once per change of answers or content; render and handlers read the same result.
    const doc = this.doc;
    if (doc) this.#evaluate(doc);
  }

  /** Navigates away for Leave quickly; tests override it so they stay on the page. */
  protected navigate(url: string): void {
    location.replace(url);
  }

  /** Walk, scores and outcome for the current answers, computed once per change. */
  #evaluate(doc: QuizContent): QuizEvaluation {
    const cached = this.#evaluation;
    if (cached?.doc === doc && cached.answers === this.answers) return cached.value;
    const value = evaluateQuiz(doc, this.answers);
    this.#evaluation = { doc, answers: this.answers, value };
    return value;
  }

  #save(): void {
    this.#progress.save({ answers: this.answers, screen: this.screen, current: this.current });
  }

  /** A URL from an attribute, by the link policy; a refused one is named once on the console. */
  #attributeUrl(name: string, value: string | undefined, use: 'link' | 'navigation'): string | undefined {
    if (!value) return undefined;
    const safe = safeUrl(value, use);
    if (!safe && !this.#warned.has(name)) {
      this.#warned.add(name);
      console.warn(`[mendkit] <mend-quiz> ignores ${name}="${value}": it is not a safe link; using the default.`);
    }
    return safe;
  }

  /** Shows the intro, a question, or the result, and keeps the place. */
  #go(screen: Screen, doc: QuizContent, question?: QuizQuestion): void {
    // A new screen replaces whatever held focus (the button pressed, the last question's heading).
    const replacing = screen !== this.screen;
    this.screen = screen;
    this.notice = '';
    if (screen === 'questions' && question) {
      const { visible } = this.#evaluate(doc);
      this.current = question.id;
      this.focusAfterUpdate(
        this.layout === 'list' && visible[0] === question ? 'title' : `q-${question.id}`,
        replacing,
      );
      if (this.layout !== 'list') {
        const [position, total] = placeOf(doc, question);
        this.announce(progressLabel(this.number(position), this.number(total)));
      }
    } else if (screen === 'intro') {
      this.focusAfterUpdate('title', replacing);
    }
    this.#save();
    if (screen === 'result') this.#finish(doc, replacing);
  }

  #finish(doc: QuizContent, replacing: boolean): void {
    const evaluation = this.#evaluate(doc);
    this.focusAfterUpdate('outcome', replacing);
    this.announce(
      msg(str`Your result: ${evaluation.outcome?.title ?? ''}`, {
        id: 'quiz.announce.result',
        desc: 'Announced to screen readers when the result appears.',
      }),
    );
    const { outcomeId, flagged, supportFirst, dimensions, total } = evaluation;
    const detail: QuizCompleteDetail = supportFirst
      ? { ...this.contentRef, outcomeId, flagged, supportFirst }
      : { ...this.contentRef, outcomeId, flagged, supportFirst, dimensions: { ...dimensions }, total };
    if (this.includeAnswers && !supportFirst) detail.answers = { ...evaluation.counted };
    this.dispatchEvent(new MendCompleteEvent<QuizCompleteDetail>(detail));
  }

  #start(doc: QuizContent): void {
    const { visible } = this.#evaluate(doc);
    this.#go('questions', doc, visible.find((q) => q.id === this.current) ?? visible[0]);
  }

  #choose(doc: QuizContent, question: QuizQuestion, optionId: string): void {
    const wasFlagged = this.#evaluate(doc).flagged;
    this.answers = { ...this.answers, [question.id]: optionId };
    const { flagged, visible, counted } = this.#evaluate(doc);
    // Before anything is written: a safety answer deletes what was kept and stops keeping more.
    if (flagged) this.#progress.forget();
    this.notice = '';
    this.#save();
    if (flagged && !wasFlagged)
      this.announce(
        msg('Support is now shown below the question. You can go to it at any time, or carry on.', {
          id: 'quiz.announce.support',
          desc: 'Announced when the support strip appears after an answer about harm or fear.',
        }),
      );
    const detail: QuizAnswerDetail = {
      ...this.contentRef,
      itemId: question.id,
      questionId: question.id,
      answered: visible.filter((q) => Object.hasOwn(counted, q.id)).length,
      total: visible.length,
    };
    if (this.includeAnswers && !flagged) detail.choice = detail.optionId = optionId;
    this.dispatchEvent(new MendAnswerEvent<QuizAnswerDetail>(detail));
  }

  #next(doc: QuizContent): void {
    const { visible } = this.#evaluate(doc);
    const here = this.layout === 'list' ? undefined : visible.find((q) => q.id === this.current);
    const missing = firstMissing(here ? [here] : visible, this.answers);
    if (missing) {
      this.notice = msg('Please choose an answer to go on.', {
        id: 'quiz.required',
        desc: 'Shown when Next is pressed before a required question is answered.',
      });
      this.announce(this.notice);
      this.current = missing.id;
      this.focusAfterUpdate(`q-${missing.id}`);
      return;
    }
    const next = here && visible[visible.indexOf(here) + 1];
    if (next) this.#go('questions', doc, next);
    else this.#go('result', doc);
  }

  #back(doc: QuizContent): void {
    const { visible } = this.#evaluate(doc);
    const index = visible.findIndex((q) => q.id === this.current);
    if (index > 0) this.#go('questions', doc, visible[index - 1]);
    else this.#go('intro', doc);
  }

  #startOver(): void {
    this.reset();
    // From the result: the intro replaces it all (Start over itself included).
    this.focusAfterUpdate('title', true);
    this.announce(
      msg('Your answers were cleared.', {
        id: 'quiz.announce.cleared',
        desc: 'Announced to screen readers after Start over.',
      }),
    );
  }

  /** Leave quickly: forget everything mendkit kept in this browser, then replace the page. */
  #leave = (): void => {
    this.reset();
    clearStores('mendkit:');
    this.navigate(this.#attributeUrl('quick-exit-url', this.quickExitUrl, 'navigation') ?? DEFAULT_QUICK_EXIT_URL);
  };

  /** Escape twice, anywhere on the page, is the keyboard's Leave quickly. */
  #onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#quickExitAvailable) return;
    const now = event.timeStamp;
    if (now - this.#lastEscape <= ESCAPE_WINDOW_MS) {
      this.#lastEscape = 0;
      this.#leave();
    } else {
      this.#lastEscape = now;
    }
  };

  /** Enter on an answer goes on, as a form would, without relying on form submission (sandboxed iframes block it). */
  #onQuestionsKey(doc: QuizContent, event: KeyboardEvent): void {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    this.#next(doc);
  }

  get #quickExitAvailable(): boolean {
    const doc = this.doc;
    return !this.noQuickExit || (!!doc && this.#evaluate(doc).flagged);
  }

  /** Leave quickly stays reachable while loading and on the error panel. */
  protected override renderStatusActions(): unknown {
    return this.noQuickExit ? nothing : html`<div class="status-actions">${this.#renderLeave()}</div>`;
  }

  protected renderContent(doc: QuizContent): TemplateResult {
    const evaluation = this.#evaluate(doc);
    const outcome = this.screen === 'result' ? evaluation.outcome : undefined;
    // The support strip and a support-first result carry their own Leave quickly.
    const supportShown = evaluation.flagged || (outcome && evaluation.supportFirst);
    return html`
      <header part="header" class="header">
        ${
          // On the result the outcome is the main heading; the quiz's name steps back to a small line.
          outcome
            ? html`<p id="title" class="kicker" tabindex="-1">${doc.title}</p>`
            : html`<h2 id="title" tabindex="-1">${doc.title}</h2>`
        }
        ${this.noQuickExit || supportShown ? nothing : this.#renderLeave()}
      </header>
      ${
        this.screen === 'intro'
          ? this.#renderIntro(doc)
          : this.screen === 'questions'
            ? this.#renderQuestions(doc, evaluation)
            : outcome
              ? this.#renderResult(doc, outcome, evaluation)
              : nothing
      }
    `;
  }

  #renderIntro(doc: QuizContent): TemplateResult {
    return html`<p class="intro">${richText(doc.intro)}</p>
      ${
        this.noQuickExit
          ? nothing
          : html`<p class="hint">
              ${msg('To leave this page fast, use Leave quickly or press Esc twice.', {
                id: 'quiz.quickExitHint',
                desc: 'On the intro screen: how to leave the page at once.',
              })}
            </p>`
      }
      <button class="button primary" part="button" type="button" @click=${() => this.#start(doc)}>
        ${msg('Start', { id: 'quiz.start', desc: 'Button on the intro screen that begins the quiz.' })}
      </button>`;
  }

  #renderLeave(): TemplateResult {
    return html`<button class="button leave" part="button" type="button" @click=${this.#leave}>
      ${msg('Leave quickly', {
        id: 'quiz.leave',
        desc: 'Clears the answers and leaves this page at once, for someone who may be watched.',
      })}
    </button>`;
  }

  #renderQuestions(doc: QuizContent, { visible, flagged }: QuizEvaluation): TemplateResult {
    const list = this.layout === 'list';
    const question = visible.find((q) => q.id === this.current) ?? visible[0];
    const index = question ? visible.indexOf(question) : 0;
    const [position, total] = placeOf(doc, question);
    const done = list ? visible.filter((q) => Object.hasOwn(this.answers, q.id)).length : position;
    const of = list ? visible.length : total;
    const last = list || index === visible.length - 1;
    return html`
      <p class="progress-text">
        ${
          list
            ? msg(str`${this.number(done)} of ${this.number(visible.length)} answered`, {
                id: 'quiz.answered',
                desc: 'Progress in the list layout, e.g. "3 of 12 answered".',
              })
            : progressLabel(this.number(position), this.number(total))
        }
      </p>
      <div class="track" part="progress" aria-hidden="true">
        <div class="fill" ${cssProperties({ 'inline-size': `${(100 * done) / Math.max(of, 1)}%` })}></div>
      </div>
      <div class="questions" @keydown=${(e: KeyboardEvent) => this.#onQuestionsKey(doc, e)}>
        ${(list ? visible : question ? [question] : []).map((q) => this.#renderQuestion(doc, q))}
      </div>
      ${list ? nothing : this.#renderNotice()} ${flagged ? this.#renderSupportStrip(doc) : nothing}
      <div class="actions">
        ${
          list
            ? nothing
            : html`<button class="button" part="button" type="button" @click=${() => this.#back(doc)}>
                ${msg('Back', { id: 'quiz.back', desc: 'Goes to the previous question.' })}
              </button>`
        }
        <button class="button primary next" part="button" type="button" @click=${() => this.#next(doc)}>
          ${
            last
              ? msg('See my result', { id: 'quiz.finish', desc: 'Button after the last question.' })
              : msg('Next', { id: 'quiz.next', desc: 'Goes to the next question.' })
          }
        </button>
      </div>
    `;
  }

  #renderQuestion(doc: QuizContent, q: QuizQuestion): TemplateResult {
    const options = q.options ?? scaleOptionIds.map((id, i) => ({ id, label: doc.scaleLabels?.[i] ?? id }));
    const noticed = this.notice && this.current === q.id;
    const chosen = Object.hasOwn(this.answers, q.id) ? this.answers[q.id] : undefined;
    return html`<fieldset
      part="question"
      class="question"
      aria-describedby=${[q.help ? `help-${q.id}` : '', noticed ? 'notice' : ''].join(' ').trim() || nothing}
    >
      <legend><h3 id="q-${q.id}" tabindex="-1">${q.prompt}</h3></legend>
      ${q.help ? html`<p class="help" id="help-${q.id}">${richText(q.help)}</p>` : nothing}
      ${
        // In the list the message stays beside the question it is about, where focus goes.
        noticed && this.layout === 'list' ? this.#renderNotice() : nothing
      }
      ${options.map(
        (o) =>
          html`<label part="option" class="option">
            <input
              type="radio"
              name=${q.id}
              value=${o.id}
              .checked=${chosen === o.id}
              ?required=${q.required !== false}
              @change=${() => this.#choose(doc, q, o.id)}
            />
            <span>${o.label}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  #renderNotice(): TemplateResult {
    return html`<p class="notice" id="notice" ?hidden=${!this.notice}>${this.notice}</p>`;
  }

  /** The support link: the site's when it set a safe one, else the content's. */
  #supportLink(doc: QuizContent): TemplateResult | typeof nothing {
    const href = this.#attributeUrl('support-href', this.supportHref, 'link') ?? safeUrl(doc.support.href);
    return href
      ? html`<a class="button primary" part="button" href=${href} rel="noopener noreferrer"
          >${this.supportLabel || doc.support.label}</a
        >`
      : nothing;
  }

  #renderSupportStrip(doc: QuizContent): TemplateResult {
    return html`<section
      part="support"
      class="support strip"
      aria-label=${msg('Support', { id: 'quiz.support.region', desc: 'Name of the support strip region.' })}
    >
      <p>
        ${msg(
          'Thank you for saying this. If you do not feel safe, support is here, and you can leave this page at any moment.',
          {
            id: 'quiz.support.strip',
            desc: 'Shown from the first answer about harm or fear, on every question after it.',
          },
        )}
      </p>
      <div class="actions">
        ${this.#supportLink(doc)}
        <button class="button" part="button" type="button" @click=${() => this.#go('result', doc)}>
          ${msg('Go to support now', { id: 'quiz.support.now', desc: 'Skips the remaining questions and shows the safety result.' })}
        </button>
        ${this.#renderLeave()}
      </div>
    </section>`;
  }

  #renderResult(doc: QuizContent, outcome: QuizOutcome, evaluation: QuizEvaluation): TemplateResult {
    const { supportFirst, flagged } = evaluation;
    return html`<section
        part="result"
        class="result ${flagged ? 'safety' : supportFirst ? 'concern' : ''}"
        aria-labelledby="outcome"
      >
        <h2 id="outcome" tabindex="-1">${outcome.title}</h2>
        ${
          supportFirst
            ? html`<div class="support" part="support">
                  <p>${richText(doc.support.text)}</p>
                  <div class="actions">${this.#supportLink(doc)} ${this.#renderLeave()}</div>
                </div>
                <p>${richText(outcome.body)}</p>`
            : html`<p>${richText(outcome.body)}</p>
                ${this.#renderObstacles(doc, evaluation.dimensions)} ${this.#renderBars(doc, evaluation.dimensions)}`
        }
        ${
          outcome.steps.length
            ? html`<h3>${stepsHeading()}</h3>
                <ul class="steps">
                  ${outcome.steps.map((s) => html`<li>${this.#renderStep(s)}</li>`)}
                </ul>`
            : nothing
        }
      </section>
      ${
        // The site's call to action never shows where someone may be unsafe.
        supportFirst ? nothing : html`<div class="cta"><slot name="cta"></slot></div>`
      }
      ${this.#renderSave(doc, outcome, evaluation)}`;
  }

  /** The site's page for a kind of widget, from its attribute, by the link policy. */
  #siteHref(kind: QuizStep['target']): string | undefined {
    const [name, value] =
      kind === 'explainer'
        ? ['explainer-href', this.explainerHref]
        : kind === 'checklist'
          ? ['checklist-href', this.checklistHref]
          : ['', undefined];
    return this.#attributeUrl(name, value, 'navigation');
  }

  /** A step: its own link, else the widget it names (on this page, else the site's page for it), else text. */
  #renderStep(step: QuizStep): TemplateResult | string {
    const own = step.href ? safeUrl(step.href) : undefined;
    if (own) return html`<a href=${own}>${step.label}</a>`;
    const target = resolveTarget(step.target, this, this.#siteHref(step.target));
    if (target?.href) return html`<a href=${target.href}>${step.label}</a>`;
    const element = target?.element;
    if (!element) return step.label;
    return html`<a
      href=${element.id ? `#${element.id}` : '#'}
      @click=${(event: Event) => {
        event.preventDefault();
        goToWidget(element);
      }}
      >${step.label}</a
    >`;
  }

  #renderObstacles(doc: QuizContent, dimensions: Readonly<Record<string, number>>): TemplateResult {
    const named = obstacles(doc, dimensions);
    return html`<h3>${obstaclesHeading()}</h3>
      ${
        named.length
          ? html`<ul class="obstacles">
              ${named.map(
                (d) =>
                  html`<li>
                    <strong>${d.label}</strong>
                    ${(d.whenLow ?? d.description) ? richText(d.whenLow ?? d.description ?? '') : nothing}
                  </li>`,
              )}
            </ul>`
          : html`<p class="obstacles">${steadyText()}</p>`
      }`;
  }

  /** The bars, lowest first. Each line is its own text equivalent: the area, a word and the score. */
  #renderBars(doc: QuizContent, dimensions: Readonly<Record<string, number>>): TemplateResult {
    return html`<h3>${msg('Where things stand', { id: 'quiz.areas', desc: 'Heading above one bar per area.' })}</h3>
      <ul class="bars">
        ${lowestFirst(doc, dimensions).map((d) => {
          const value = dimensions[d.id] ?? 0;
          const pct = Math.round(value * 100);
          const standing = standingOf(value);
          return html`<li class=${standing}>
            <span class="bar-label">${d.label}</span>
            <span class="standing"
              >${standingWord(standing)}
              <span class="visually-hidden"
                >${msg(str`${this.number(pct)} out of 100`, {
                  id: 'quiz.score',
                  desc: 'A dimension score read by screen readers.',
                })}</span
              ></span
            >
            <span class="track" aria-hidden="true"
              ><span part="bar" class="fill" ${cssProperties({ 'inline-size': `${pct}%` })}></span
            ></span>
            ${d.description ? html`<span class="muted">${d.description}</span>` : nothing}
          </li>`;
        })}
      </ul>`;
  }

  /** The result as plain text: the outcome, what stands in the way and the steps. Nothing else. */
  #resultText(doc: QuizContent, outcome: QuizOutcome, { supportFirst, dimensions }: QuizEvaluation): string {
    const named = supportFirst ? [] : obstacles(doc, dimensions);
    const areas = named.map((d) => (d.whenLow ? `${d.label}: ${plainText(d.whenLow)}` : d.label));
    return resultText(
      [
        doc.title,
        outcome.title,
        supportFirst ? plainText(doc.support.text) : '',
        plainText(outcome.body),
        supportFirst || named.length ? '' : steadyText(),
      ],
      [
        [obstaclesHeading(), areas],
        [stepsHeading(), outcome.steps.map((s) => s.label)],
      ],
    );
  }

  async #copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyFallback = '';
      this.announce(
        msg('Copied. Paste it wherever you keep notes.', {
          id: 'quiz.copied',
          desc: 'Shown after the result was copied as text.',
        }),
      );
    } catch {
      // No clipboard here (a permission, an iframe): show the text, selected, to copy by hand.
      this.copyFallback = text;
      this.focusAfterUpdate('copy-text');
      this.announce(
        msg('This page cannot copy for you. The text is selected below: copy it with your keyboard or menu.', {
          id: 'quiz.copyRefused',
          desc: 'Shown when the browser does not allow copying; the result text is then shown selected.',
        }),
      );
    }
  }

  /**
   * Print and copy of a result, beside Start over. On a support-first result they wait until the person asks, and
   * come with a word about shared devices: a printout or a clipboard can be seen by others.
   */
  #renderSave(doc: QuizContent, outcome: QuizOutcome, evaluation: QuizEvaluation): TemplateResult {
    const { supportFirst } = evaluation;
    const ask = supportFirst && !this.saving;
    return html`<div class="save">
      ${
        supportFirst && !ask
          ? html`<p class="muted" id="save-note" tabindex="-1">
              ${msg(
                'If someone else uses this device or printer, they could see what you print or copy. Only keep a copy if that is safe for you.',
                { id: 'quiz.save.shared', desc: 'Before saving a support result: a copy can be seen by others.' },
              )}
            </p>`
          : nothing
      }
      <div class="actions">
        ${
          ask
            ? html`<button
                class="button"
                part="button"
                type="button"
                @click=${() => {
                  this.saving = true;
                  this.focusAfterUpdate('save-note');
                }}
              >
                ${msg('Save or print this page', {
                  id: 'quiz.save.ask',
                  desc: 'On a support result: shows the ways to keep a copy.',
                })}
              </button>`
            : html`<button class="button" part="button" type="button" @click=${() => window.print()}>
                  ${msg('Print', { id: 'quiz.print', desc: 'Prints the result.' })}
                </button>
                <button
                  class="button"
                  part="button"
                  type="button"
                  @click=${() => void this.#copy(this.#resultText(doc, outcome, evaluation))}
                >
                  ${msg('Copy as text', { id: 'quiz.copy', desc: 'Copies the result as plain text.' })}
                </button>`
        }
        <button class="button" part="button" type="button" @click=${this.#startOver}>
          ${msg('Start over', { id: 'quiz.startOver', desc: 'Clears all answers and returns to the start.' })}
        </button>
      </div>
      ${
        this.copyFallback
          ? html`<textarea
              id="copy-text"
              readonly
              rows="8"
              aria-label=${msg('Your result as text', {
                id: 'quiz.copyText',
                desc: 'Label of the result text shown to copy by hand.',
              })}
              .value=${this.copyFallback}
              @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
            ></textarea>`
          : nothing
      }
    </div>`;
  }
}

const stepsHeading = () => msg('Next steps', { id: 'quiz.steps', desc: 'Heading above the suggested next steps.' });
const obstaclesHeading = () =>
  msg('What most stands in the way', {
    id: 'quiz.obstacles',
    desc: 'Heading above the one or two lowest areas of the result.',
  });
const steadyText = () =>
  msg('Nothing stands out as getting in the way: every area looks steady.', {
    id: 'quiz.obstacles.none',
    desc: 'Shown instead of the lowest areas when every area scored well.',
  });
const standingWord = (standing: Standing): string =>
  standing === 'steady'
    ? msg('steady', { id: 'quiz.standing.steady', desc: 'Beside a bar: this area scored well (75 or more of 100).' })
    : standing === 'mixed'
      ? msg('mixed', { id: 'quiz.standing.mixed', desc: 'Beside a bar: this area scored in between (50 to 74).' })
      : msg('strained', { id: 'quiz.standing.strained', desc: 'Beside a bar: this area scored low (under 50).' });

// Types of <mend-quiz>'s events (at the end of the file: an interface merges with its class only
// in the class's own module). Listeners on the element get each event's own detail.
import type * as Mend from '@mendkit/core';

/** <mend-quiz>'s own events by name. */
export interface MendQuizEvents {
  'mend-ready': Mend.MendReadyEvent;
  'mend-answer': Mend.MendAnswerEvent<QuizAnswerDetail>;
  'mend-complete': Mend.MendCompleteEvent<QuizCompleteDetail>;
  'mend-error': Mend.MendErrorEvent;
}

export interface MendQuizEventMap extends Omit<HTMLElementEventMap, keyof MendQuizEvents>, MendQuizEvents {}

export interface MendQuiz {
  addEventListener<K extends keyof MendQuizEventMap>(
    type: K,
    listener: (this: MendQuiz, event: MendQuizEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof MendQuizEventMap>(
    type: K,
    listener: (this: MendQuiz, event: MendQuizEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface MendWidgetEvents {
    'mend-quiz': MendQuizEvents;
  }
}

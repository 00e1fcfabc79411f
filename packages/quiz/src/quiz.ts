import { msg, str } from '@lit/localize';
import {
  clearStores,
  createStore,
  cssProperties,
  isSafetyOutcome,
  MendAnswerEvent,
  MendCompleteEvent,
  MendElement,
  optionIdsOf,
  richText,
  scaleOptionIds,
  storageKey,
} from '@mendkit/core';
import type { ContentRef, QuizContent, QuizQuestion, Store } from '@mendkit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defaultContent } from './generated/default-content.js';
import { quizStyles } from './quiz.styles.js';
import { score, walk, type QuizAnswers } from './scoring.js';

type Screen = 'intro' | 'questions' | 'result';

interface Saved {
  answers: QuizAnswers;
  screen: Screen;
  current?: string | undefined;
}

/** What the quiz reports when finished. On the safety outcome, `flagged` is true and no scores are given. */
export interface QuizResult {
  outcomeId: string;
  flagged: boolean;
  dimensions?: Record<string, number>;
  total?: number;
}

export interface QuizAnswerDetail extends ContentRef {
  questionId: string;
  optionId: string;
}

export interface QuizCompleteDetail extends ContentRef, QuizResult {
  /** Only with `include-answers`, and never on the safety outcome. */
  answers?: QuizAnswers;
}

const screens: readonly string[] = ['intro', 'questions', 'result'];

/** Accepts saved progress only in the shape this element writes. */
function guard(value: unknown): Saved | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { answers, screen, current } = value as Record<string, unknown>;
  if (
    !answers ||
    typeof answers !== 'object' ||
    Array.isArray(answers) ||
    !Object.values(answers).every((a) => typeof a === 'string') ||
    typeof screen !== 'string' ||
    !screens.includes(screen) ||
    (current !== undefined && typeof current !== 'string')
  )
    return undefined;
  return { answers: answers as QuizAnswers, screen: screen as Screen, current };
}

// Only links a person can safely follow: web, mail, phone, or a page on the same site.
const safeLink = (href: string | undefined) => (href && /^(https?:|mailto:|tel:|\/|#)/i.test(href.trim()) ? href : '');

/** "Question 3 of 12", shown beside the progress bar and announced when a question changes. */
const progressLabel = (position: string, total: string) =>
  msg(str`Question ${position} of ${total}`, {
    id: 'quiz.progress',
    desc: 'Progress through the quiz, e.g. "Question 3 of 12".',
  });

/**
 * "Can this relationship be repaired?" — a scored self-assessment with a safety gate.
 * Intro → questions (one at a time, or all at once with `layout="list"`) → result.
 * A safety flag always leads to the safety outcome, which shows no scores.
 *
 * @tag mend-quiz
 * @fires mend-ready - Content is loaded. Detail: `{ contentId, version }`.
 * @fires mend-answer - The person chose an answer. Detail: `{ contentId, version, questionId, optionId }`.
 * @fires mend-complete - The person reached a result. Detail: `{ contentId, version, outcomeId, flagged, dimensions?, total?, answers? }`;
 *   on the safety outcome `flagged` is true and there are no `dimensions`, `total` or `answers`;
 *   `answers` (question id → option id) only with `include-answers`.
 * @fires mend-error - Content could not be loaded or is invalid. Detail: `{ contentId, version, kind, problems }`.
 * @slot cta - The site's own call to action, shown under every result.
 * @csspart base - The card.
 * @csspart header - Title, and Leave quickly when `quick-exit` is set.
 * @csspart progress - The progress bar.
 * @csspart question - Each question's fieldset.
 * @csspart option - Each answer's label.
 * @csspart result - The result section.
 * @csspart bar - The filled part of each dimension's bar.
 * @csspart button - Every button.
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
    noPersist: { type: Boolean, attribute: 'no-persist' },
    includeAnswers: { type: Boolean, attribute: 'include-answers' },
    supportHref: { type: String, attribute: 'support-href' },
    supportLabel: { type: String, attribute: 'support-label' },
    quickExit: { type: Boolean, attribute: 'quick-exit' },
    quickExitUrl: { type: String, attribute: 'quick-exit-url' },
    screen: { state: true },
    answers: { state: true },
    current: { state: true },
    notice: { state: true },
    announcement: { state: true },
  };

  /** `step`: one question at a time (default); `list`: all questions at once. */
  declare layout: 'step' | 'list';
  /** Keep answers in memory only: nothing is written to the browser's storage. */
  declare noPersist: boolean;
  /** Add the raw answers to `mend-complete` (never on the safety outcome). */
  declare includeAnswers: boolean;
  /** The site's own support link; overrides the content's `support.href`. */
  declare supportHref: string | undefined;
  /** The site's own support link text; overrides the content's `support.label`. */
  declare supportLabel: string | undefined;
  /** Show a Leave quickly button on every screen (the safety outcome always has one). */
  declare quickExit: boolean;
  /** Where Leave quickly goes; configurable, a neutral weather search by default. */
  declare quickExitUrl: string;
  declare protected screen: Screen;
  declare protected answers: QuizAnswers;
  declare protected current: string | undefined;
  declare protected notice: string;
  declare protected announcement: string;

  protected readonly contentKind = 'quiz';
  protected override readonly defaultContent = defaultContent;
  #store: Store<Saved> | undefined;
  #focus: string | undefined;
  #id: string | undefined;

  constructor() {
    super();
    this.layout = 'step';
    this.noPersist = false;
    this.includeAnswers = false;
    this.quickExit = false;
    this.quickExitUrl = 'https://www.google.com/search?q=weather';
    this.screen = 'intro';
    this.answers = {};
    this.notice = '';
    this.announcement = '';
  }

  /** The result once the person has reached it, else undefined. Same shape as `mend-complete` without answers. */
  get result(): QuizResult | undefined {
    const doc = this.doc;
    if (!doc || this.screen !== 'result') return undefined;
    const { outcomeId, dimensions, total } = score(doc, this.answers);
    const outcome = doc.outcomes.find((o) => o.id === outcomeId);
    return outcome && isSafetyOutcome(outcome)
      ? { outcomeId, flagged: true }
      : { outcomeId, flagged: false, dimensions, total };
  }

  /** Clears the answers and saved progress and returns to the intro. Fires no event. */
  reset(): void {
    this.#store?.clear();
    this.answers = {};
    this.screen = 'intro';
    this.current = undefined;
    this.notice = '';
  }

  protected override contentLoaded(doc: QuizContent): void {
    this.#store = this.noPersist ? undefined : createStore(storageKey('quiz', doc.id, doc.version), { guard });
    // The same quiz again (a new language, a minor update): keep what is in memory when nothing is saved.
    const kept =
      this.#id === doc.id ? { answers: this.answers, screen: this.screen, current: this.current } : undefined;
    this.#id = doc.id;
    const saved = this.#store?.read() ?? kept;
    // Keep only answers whose question and option still exist in this version.
    const answers: QuizAnswers = {};
    for (const q of doc.questions) {
      const a = saved?.answers[q.id];
      if (a !== undefined && optionIdsOf(q).includes(a)) answers[q.id] = a;
    }
    const visible = walk(doc, answers).visible;
    const missing = this.#missing(visible, answers);
    // A finished quiz whose content gained a required question goes back to that question.
    const unfinished = saved?.screen === 'result' && missing;
    this.answers = answers;
    this.notice = '';
    this.screen = unfinished ? 'questions' : (saved?.screen ?? 'intro');
    this.current = (unfinished ? missing : (visible.find((q) => q.id === saved?.current) ?? missing ?? visible[0]))?.id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.#focus;
    this.#focus = undefined;
    if (id) this.shadowRoot?.getElementById(id)?.focus();
  }

  /** Navigates away for Leave quickly; tests override it so they stay on the page. */
  protected navigate(url: string): void {
    location.replace(url);
  }

  #missing(visible: QuizQuestion[], answers: QuizAnswers): QuizQuestion | undefined {
    return visible.find((q) => q.required !== false && answers[q.id] === undefined);
  }

  #save(): void {
    this.#store?.write({ answers: this.answers, screen: this.screen, current: this.current });
  }

  #show(doc: QuizContent, question: QuizQuestion | undefined): void {
    const visible = walk(doc, this.answers).visible;
    if (!question) return;
    this.screen = 'questions';
    this.current = question.id;
    this.notice = '';
    this.#focus = this.layout === 'list' && visible[0] === question ? 'title' : `q-${question.id}`;
    if (this.layout !== 'list')
      this.announcement = progressLabel(this.number(visible.indexOf(question) + 1), this.number(visible.length));
    this.#save();
  }

  #start(doc: QuizContent): void {
    const visible = walk(doc, this.answers).visible;
    this.#show(doc, visible.find((q) => q.id === this.current) ?? visible[0]);
  }

  #choose(question: QuizQuestion, optionId: string): void {
    this.answers = { ...this.answers, [question.id]: optionId };
    this.notice = '';
    this.#save();
    this.dispatchEvent(
      new MendAnswerEvent<QuizAnswerDetail>({ ...this.contentRef, questionId: question.id, optionId }),
    );
  }

  #next(doc: QuizContent, event: Event): void {
    event.preventDefault();
    const visible = walk(doc, this.answers).visible;
    const here = this.layout === 'list' ? undefined : visible.find((q) => q.id === this.current);
    const missing = here ? this.#missing([here], this.answers) : this.#missing(visible, this.answers);
    if (missing) {
      this.notice = this.announcement = msg('Please choose an answer to go on.', {
        id: 'quiz.required',
        desc: 'Shown when Next is pressed before a required question is answered.',
      });
      this.current = missing.id;
      this.#focus = `q-${missing.id}`;
      return;
    }
    const next = here && visible[visible.indexOf(here) + 1];
    if (next) return this.#show(doc, next);
    this.screen = 'result';
    this.#save();
    const result = this.result;
    if (!result) return;
    const outcome = doc.outcomes.find((o) => o.id === result.outcomeId);
    this.#focus = 'outcome';
    this.announcement = msg(str`Your result: ${outcome?.title ?? ''}`, {
      id: 'quiz.announce.result',
      desc: 'Announced to screen readers when the result appears.',
    });
    const detail: QuizCompleteDetail = { ...this.contentRef, ...result };
    if (this.includeAnswers && !result.flagged) detail.answers = walk(doc, this.answers).answers;
    this.dispatchEvent(new MendCompleteEvent<QuizCompleteDetail>(detail));
  }

  #back(doc: QuizContent): void {
    const visible = walk(doc, this.answers).visible;
    const index = visible.findIndex((q) => q.id === this.current);
    if (index > 0) return this.#show(doc, visible[index - 1]);
    this.screen = 'intro';
    this.notice = '';
    this.#focus = 'title';
    this.#save();
  }

  #startOver(): void {
    this.reset();
    this.#focus = 'title';
    this.announcement = msg('Your answers were cleared.', {
      id: 'quiz.announce.cleared',
      desc: 'Announced to screen readers after Start over.',
    });
  }

  #leave(): void {
    this.reset();
    // Without loaded content the quiz's own key is unknown: forget every quiz's answers.
    if (!this.doc) clearStores('mendkit:quiz:');
    this.navigate(this.quickExitUrl);
  }

  /** With `quick-exit`, Leave quickly stays reachable while loading and on the error panel. */
  protected override renderStatusActions(): unknown {
    return this.quickExit ? html`<div class="status-actions">${this.#renderLeave()}</div>` : nothing;
  }

  protected renderContent(doc: QuizContent): TemplateResult {
    const result = this.result;
    const outcome = result && doc.outcomes.find((o) => o.id === result.outcomeId);
    return html`
      <header part="header" class="header">
        <h2 id="title" tabindex="-1">${doc.title}</h2>
        ${this.quickExit && !result?.flagged ? this.#renderLeave() : nothing}
      </header>
      ${
        this.screen === 'intro'
          ? html`<p class="intro">${richText(doc.intro)}</p>
              <button class="button primary" part="button" type="button" @click=${() => this.#start(doc)}>
                ${msg('Start', { id: 'quiz.start', desc: 'Button on the intro screen that begins the quiz.' })}
              </button>`
          : this.screen === 'questions'
            ? this.#renderQuestions(doc)
            : nothing
      }
      ${
        outcome && result
          ? html`<section part="result" class="result ${result.flagged ? 'safety' : ''}" aria-labelledby="outcome">
              <h3 id="outcome" tabindex="-1">${outcome.title}</h3>
              <p>${richText(outcome.body)}</p>
              ${result.flagged ? this.#renderSupport(doc) : this.#renderBars(doc, result.dimensions ?? {})}
              ${
                outcome.steps.length
                  ? html`<h4>
                        ${msg('Next steps', { id: 'quiz.steps', desc: 'Heading above the suggested next steps.' })}
                      </h4>
                      <ul class="steps">
                        ${outcome.steps.map(
                          (s) => html`<li>${s.href ? html`<a href=${s.href}>${s.label}</a>` : s.label}</li>`,
                        )}
                      </ul>`
                  : nothing
              }
            </section>`
          : nothing
      }
      <div class="cta" ?hidden=${!outcome}><slot name="cta"></slot></div>
      ${
        outcome
          ? html`<div class="actions">
              <button class="button" part="button" type="button" @click=${this.#startOver}>
                ${msg('Start over', { id: 'quiz.startOver', desc: 'Clears all answers and returns to the start.' })}
              </button>
            </div>`
          : nothing
      }
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    `;
  }

  #renderLeave(): TemplateResult {
    return html`<button class="button leave" part="button" type="button" @click=${this.#leave}>
      ${msg('Leave quickly', {
        id: 'quiz.leave',
        desc: 'Clears the answers and leaves this page at once, for someone who may be watched.',
      })}
    </button>`;
  }

  #renderQuestions(doc: QuizContent): TemplateResult {
    const visible = walk(doc, this.answers).visible;
    const list = this.layout === 'list';
    const question = visible.find((q) => q.id === this.current) ?? visible[0];
    const index = question ? visible.indexOf(question) : 0;
    const done = list ? visible.filter((q) => this.answers[q.id] !== undefined).length : index + 1;
    const last = list || index === visible.length - 1;
    return html`
      <p class="progress-text">
        ${
          list
            ? msg(str`${this.number(done)} of ${this.number(visible.length)} answered`, {
                id: 'quiz.answered',
                desc: 'Progress in the list layout, e.g. "3 of 12 answered".',
              })
            : progressLabel(this.number(index + 1), this.number(visible.length))
        }
      </p>
      <div class="track" part="progress" aria-hidden="true">
        <div class="fill" ${cssProperties({ 'inline-size': `${(100 * done) / Math.max(visible.length, 1)}%` })}></div>
      </div>
      <form novalidate @submit=${(e: Event) => this.#next(doc, e)}>
        ${(list ? visible : question ? [question] : []).map((q) => this.#renderQuestion(doc, q))}
        <p class="notice" id="notice" ?hidden=${!this.notice}>${this.notice}</p>
        <div class="actions">
          ${
            list
              ? nothing
              : html`<button class="button" part="button" type="button" @click=${() => this.#back(doc)}>
                  ${msg('Back', { id: 'quiz.back', desc: 'Goes to the previous question.' })}
                </button>`
          }
          <button class="button primary" part="button" type="submit">
            ${
              last
                ? msg('See my result', { id: 'quiz.finish', desc: 'Button after the last question.' })
                : msg('Next', { id: 'quiz.next', desc: 'Goes to the next question.' })
            }
          </button>
        </div>
      </form>
    `;
  }

  #renderQuestion(doc: QuizContent, q: QuizQuestion): TemplateResult {
    const options = q.options ?? scaleOptionIds.map((id, i) => ({ id, label: doc.scaleLabels[i] ?? id }));
    const flagged = this.notice && this.current === q.id;
    return html`<fieldset
      part="question"
      class="question"
      aria-describedby=${[q.help ? `help-${q.id}` : '', flagged ? 'notice' : ''].join(' ').trim() || nothing}
    >
      <legend><h3 id="q-${q.id}" tabindex="-1">${q.prompt}</h3></legend>
      ${q.help ? html`<p class="help" id="help-${q.id}">${richText(q.help)}</p>` : nothing}
      ${options.map(
        (o) =>
          html`<label part="option" class="option">
            <input
              type="radio"
              name=${q.id}
              value=${o.id}
              .checked=${this.answers[q.id] === o.id}
              ?required=${q.required !== false}
              @change=${() => this.#choose(q, o.id)}
            />
            <span>${o.label}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  #renderSupport(doc: QuizContent): TemplateResult {
    const href = safeLink(this.supportHref) || safeLink(doc.support.href);
    return html`<div class="support">
      <p>${richText(doc.support.text)}</p>
      <div class="actions">
        ${
          href
            ? html`<a class="button primary" part="button" href=${href} rel="noopener noreferrer"
                >${this.supportLabel || doc.support.label}</a
              >`
            : nothing
        }
        ${this.#renderLeave()}
      </div>
    </div>`;
  }

  #renderBars(doc: QuizContent, dimensions: Record<string, number>): TemplateResult {
    return html`<h4>${msg('Where things stand', { id: 'quiz.areas', desc: 'Heading above one bar per area.' })}</h4>
      <ul class="bars">
        ${doc.dimensions.map((d) => {
          const value = dimensions[d.id];
          if (value === undefined) return nothing;
          const pct = Math.round(value * 100);
          return html`<li>
            <span class="bar-label">${d.label}</span>
            <span class="visually-hidden"
              >${msg(str`${this.number(pct)} out of 100`, { id: 'quiz.score', desc: 'A dimension score read by screen readers.' })}</span
            >
            <span class="track" aria-hidden="true"
              ><span part="bar" class="fill" ${cssProperties({ 'inline-size': `${pct}%` })}></span
            ></span>
            <span class="muted">${d.description}</span>
          </li>`;
        })}
      </ul>`;
  }
}

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

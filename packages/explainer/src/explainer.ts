import { msg, str } from '@lit/localize';
import {
  MendAnswerEvent,
  MendChangeEvent,
  MendCompleteEvent,
  MendElement,
  ProgressController,
  richText,
  type ContentRef,
  type ExplainerContent,
} from '@mendkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { explainerStyles } from './explainer.styles.js';
import { defaultContent } from './generated/default-content.js';
import {
  answerOf,
  emptyAnswers,
  withAnswer,
  firstUnansweredIndex,
  isSelfCheckComplete,
  isMatch,
  isExplainerView,
  nextTabIndex,
  restoreSelfCheckAnswers,
  scoreSelfCheck,
  explainerSectionsOf,
  type SelfCheckAnswers,
  type ExplainerSection,
  type ExplainerView,
} from './self-check.js';

type Statement = NonNullable<ExplainerContent['selfCheck']>['items'][number];

/** `mend-change`: the person switched to another section. */
export interface ExplainerChangeDetail extends ContentRef {
  view: ExplainerSection;
}
/** `mend-answer`: the person sorted one self-check statement (nothing personal: which idea it belongs to). */
export interface ExplainerAnswerDetail extends ContentRef {
  /** The statement sorted. */
  itemId: string;
  /** The concept the person chose. */
  choice: string;
  correct: boolean;
  /** Statements sorted so far, of `total`. */
  answered: number;
  total: number;
  /** @deprecated Use `choice`. */
  chosen: string;
}
/** `mend-complete`: every self-check statement is sorted. */
export interface ExplainerCompleteDetail extends ContentRef {
  score: number;
  total: number;
}

/**
 * Compares two ideas that people confuse (by default forgiveness and reconciliation):
 * definitions and a side-by-side table, scenarios as disclosures, and a short self-check.
 * Without `view` the sections are tabs; with `view` only that section shows (`all` stacks them).
 *
 * @tag mend-explainer
 * @fires mend-ready - Content is loaded and valid. Detail: `{ contentId, version }`.
 * @fires mend-change - The person switched to another tab. Detail: `{ contentId, version, view }`.
 * @fires mend-answer - The person sorted a self-check statement. Detail: `{ contentId, version, itemId, choice, correct, answered, total }`.
 * @fires mend-complete - The person sorted the last self-check statement. Detail: `{ contentId, version, score, total }`.
 * @fires mend-error - Content could not be loaded or is invalid. Detail: `{ contentId, version, kind, problems }`.
 * @csspart base - The widget's card.
 * @csspart error - The error panel.
 * @csspart tabs - The tab bar (only without `view`).
 * @csspart tab - One tab.
 * @csspart panel - One section: a tab panel, or a section when `view` is set.
 * @csspart table - The comparison table (wide containers).
 * @csspart card - A concept's definition, and one aspect of the comparison on narrow containers.
 * @csspart scenario - One scenario disclosure (`details`).
 * @csspart button - The self-check's buttons.
 * @csspart status - The live region (visually hidden).
 * @cssprop --mend-color-accent - Tabs, the selected tab's line, buttons and focus.
 * @cssprop --mend-color-accent-soft - Table header, reflection and feedback backgrounds.
 * @cssprop --mend-color-border - Card, table and tab bar lines.
 */
export class MendExplainer extends MendElement<'explainer'> {
  static override styles = [...MendElement.styles, explainerStyles];

  static override properties = {
    ...MendElement.properties,
    view: { type: String, reflect: true },
    active: { state: true },
    answers: { state: true },
    index: { state: true },
  };

  /** Pins one section (`compare`, `scenarios`, `check`) or stacks them all (`all`); unset shows tabs. */
  declare view: ExplainerView | undefined;
  /** The selected tab. */
  declare protected active: ExplainerSection;
  /** Self-check answers so far. */
  declare protected answers: SelfCheckAnswers;
  /** The self-check statement shown; the number of statements once all are done. */
  declare protected index: number;

  protected readonly contentKind = 'explainer';
  protected override readonly defaultContent = defaultContent;
  readonly #progress = new ProgressController<SelfCheckAnswers, ExplainerContent>(this, {
    kind: 'explainer',
    guard: (value, doc) =>
      restoreSelfCheckAnswers(
        value,
        doc.selfCheck?.items ?? [],
        doc.concepts.map((c) => c.id),
      ),
  });
  #docId: string | undefined;
  #printOpened: HTMLDetailsElement[] = [];

  constructor() {
    super();
    this.active = 'compare';
    this.answers = emptyAnswers();
    this.index = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  protected override contentLoaded(doc: ExplainerContent): void {
    const items = doc.selfCheck?.items ?? [];
    // The same document again (e.g. in another language after a change of lang): keep the place.
    const same = doc.id === this.#docId;
    this.#docId = doc.id;
    this.answers = this.#progress.restore(doc) ?? emptyAnswers();
    const first = firstUnansweredIndex(items, this.answers);
    this.index = same ? Math.min(this.index, first) : first;
    if (!explainerSectionsOf(doc).includes(this.active)) this.active = 'compare';
  }

  // Printing shows every scenario; CSS does it where ::details-content exists, this elsewhere.
  #beforePrint = () => {
    this.#printOpened = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    for (const details of this.#printOpened) details.open = true;
  };

  #afterPrint = () => {
    for (const details of this.#printOpened) details.open = false;
    this.#printOpened = [];
  };

  #select(section: ExplainerSection): void {
    if (section === this.active) return;
    this.active = section;
    this.dispatchEvent(new MendChangeEvent<ExplainerChangeDetail>({ ...this.contentRef, view: section }));
  }

  #onTabKey = (event: KeyboardEvent) => {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const current = tabs.indexOf(event.target as HTMLElement);
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const next = tabs[nextTabIndex(current, tabs.length, event.key, rtl) ?? -1];
    if (current < 0 || !next) return;
    event.preventDefault();
    next.focus();
    this.#select(next.dataset['section'] as ExplainerSection);
  };

  #choose(item: Statement, chosen: string): void {
    const items = this.doc?.selfCheck?.items ?? [];
    if (answerOf(this.answers, item.id) !== undefined) return;
    this.answers = withAnswer(this.answers, item.id, chosen);
    this.#progress.save(this.answers);
    const correct = isMatch(item, chosen);
    const answered = items.length - items.filter((i) => answerOf(this.answers, i.id) === undefined).length;
    this.dispatchEvent(
      new MendAnswerEvent<ExplainerAnswerDetail>({
        ...this.contentRef,
        itemId: item.id,
        choice: chosen,
        chosen,
        correct,
        answered,
        total: items.length,
      }),
    );
    if (isSelfCheckComplete(items, this.answers))
      this.dispatchEvent(
        new MendCompleteEvent<ExplainerCompleteDetail>({ ...this.contentRef, ...scoreSelfCheck(items, this.answers) }),
      );
    this.focusAfterUpdate('check-feedback');
  }

  #next(): void {
    this.index += 1;
    const done = this.index >= (this.doc?.selfCheck?.items.length ?? 0);
    this.focusAfterUpdate(done ? 'check-result' : 'check-statement');
  }

  /** Shows a comparison row (the table's, or its card on narrow containers) and moves focus to it. */
  async #showRow(event: Event, rowId: string): Promise<void> {
    event.preventDefault();
    if (!isExplainerView(this.view)) this.#select('compare');
    await this.updateComplete;
    const target = [`row-${rowId}`, `card-${rowId}`]
      .map((id) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`))
      .find((el) => el !== null && el.getClientRects().length > 0);
    if (!target) return;
    target.focus({ preventScroll: true });
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }

  #retry(): void {
    this.answers = emptyAnswers();
    this.index = 0;
    this.#progress.clear();
    this.focusAfterUpdate('check-statement');
  }

  #label(section: ExplainerSection): string {
    return section === 'compare'
      ? msg('Compare', { id: 'explainer.section.compare', desc: 'Tab and heading: the two ideas side by side.' })
      : section === 'scenarios'
        ? msg('Scenarios', { id: 'explainer.section.scenarios', desc: 'Tab and heading: real-life situations.' })
        : msg('Self-check', { id: 'explainer.section.check', desc: 'Tab and heading: a short quiz on the ideas.' });
  }

  protected renderContent(doc: ExplainerContent): TemplateResult {
    const sections = explainerSectionsOf(doc);
    const view = isExplainerView(this.view) ? this.view : undefined;
    const shown =
      view === 'all' ? sections : view && sections.includes(view) ? [view] : view ? ['compare' as const] : [];
    return html`<h2 class="title">${richText(doc.title)}</h2>
      <p class="intro">${richText(doc.intro)}</p>
      ${
        shown.length > 0
          ? shown.map(
              (section) =>
                html`<section class="section" part="panel" aria-labelledby="title-${section}">
                  ${this.#renderSection(doc, section, view === 'all')}
                </section>`,
            )
          : this.#renderTabs(doc, sections)
      }`;
  }

  #renderTabs(doc: ExplainerContent, sections: ExplainerSection[]): TemplateResult {
    return html`<div
        role="tablist"
        part="tabs"
        class="tabs"
        aria-label=${doc.title}
        ?hidden=${sections.length < 2}
        @keydown=${this.#onTabKey}
      >
        ${sections.map(
          (section) =>
            html`<button
              type="button"
              role="tab"
              part="tab"
              class="tab"
              id="tab-${section}"
              data-section=${section}
              aria-selected=${section === this.active ? 'true' : 'false'}
              aria-controls="panel-${section}"
              tabindex=${section === this.active ? 0 : -1}
              @click=${() => this.#select(section)}
            >
              ${this.#label(section)}
            </button>`,
        )}
      </div>
      ${sections.map(
        (section) =>
          html`<div
            role="tabpanel"
            part="panel"
            class="panel"
            id="panel-${section}"
            aria-labelledby="tab-${section}"
            tabindex="0"
            ?hidden=${section !== this.active}
          >
            ${this.#renderSection(doc, section, false)}
          </div>`,
      )}`;
  }

  #renderSection(doc: ExplainerContent, section: ExplainerSection, headed: boolean): TemplateResult {
    const body =
      section === 'compare'
        ? this.#renderCompare(doc)
        : section === 'scenarios'
          ? this.#renderScenarios(doc)
          : this.#renderCheck(doc);
    // The heading is visible when sections are stacked and in print; otherwise screen readers only.
    return html`<h3 id="title-${section}" class="section-title ${headed ? '' : 'screen-hidden'}">
        ${this.#label(section)}
      </h3>
      ${body}`;
  }

  #renderCompare(doc: ExplainerContent): TemplateResult {
    const concepts = doc.concepts;
    const differ = msg('How they differ', { id: 'explainer.compare.caption', desc: 'Caption of the comparison.' });
    return html`<div class="concepts">
        ${concepts.map(
          (c) =>
            html`<div class="card concept" part="card">
              <h4>${richText(c.name)}</h4>
              <p class="definition">${richText(c.definition)}</p>
              <p>${richText(c.description)}</p>
            </div>`,
        )}
      </div>
      <div class="table-wrap">
        <table part="table">
          <caption>
            ${differ}
          </caption>
          <thead>
            <tr>
              <td></td>
              ${concepts.map((c) => html`<th scope="col">${richText(c.name)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${doc.comparison.map(
              (row) =>
                html`<tr>
                  <th scope="row" id="row-${row.id}" tabindex="-1">${richText(row.aspect)}</th>
                  ${concepts.map((c) => html`<td>${richText(row.text[c.id])}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="cards">
        <h4 class="cards-title">${differ}</h4>
        ${doc.comparison.map(
          (row) =>
            html`<div class="card" part="card">
              <h5 id="card-${row.id}" tabindex="-1">${richText(row.aspect)}</h5>
              <dl>
                ${concepts.map(
                  (c) =>
                    html`<dt>${richText(c.name)}</dt>
                      <dd>${richText(row.text[c.id])}</dd>`,
                )}
              </dl>
            </div>`,
        )}
      </div>
      <div class="requirements">
        ${doc.requirements.map(
          (list) =>
            html`<div>
              <h4>${richText(list.title)}</h4>
              <ul>
                ${list.items.map((item) => html`<li>${richText(item)}</li>`)}
              </ul>
            </div>`,
        )}
      </div>`;
  }

  #renderScenarios(doc: ExplainerContent): TemplateResult {
    const closed = doc.closedPath;
    return html`${
      doc.scenarios.length > 0
        ? html`<p class="hint">
              ${msg('Open the situation that is closest to yours.', {
                id: 'explainer.scenarios.hint',
                desc: 'Above the list of scenarios, each of which opens when clicked.',
              })}
            </p>
            <div class="scenarios">
              ${doc.scenarios.map(
                (s) =>
                  html`<details class="scenario" part="scenario">
                    <summary>${richText(s.title)}</summary>
                    <div class="scenario-body">
                      <p class="situation">${richText(s.situation)}</p>
                      <dl>
                        ${doc.concepts.map(
                          (c) =>
                            html`<dt>${richText(c.name)}</dt>
                              <dd>${richText(s.text[c.id])}</dd>`,
                        )}
                      </dl>
                      ${
                        s.reflect
                          ? html`<p class="reflect">
                              <strong
                                >${msg('To reflect on:', { id: 'explainer.scenarios.reflect', desc: 'Before a question to think about.' })}</strong
                              >
                              ${richText(s.reflect)}
                            </p>`
                          : nothing
                      }
                    </div>
                  </details>`,
              )}
            </div>`
        : nothing
    }
    ${
      closed
        ? html`<div class="closed">
            <h4>${richText(closed.title)}</h4>
            <p>${richText(closed.body)}</p>
            <ul class="ideas">
              ${closed.ideas.map((idea) => html`<li><strong>${richText(idea.title)}</strong> ${richText(idea.text)}</li>`)}
            </ul>
          </div>`
        : nothing
    }`;
  }

  #renderCheck(doc: ExplainerContent): TemplateResult | typeof nothing {
    const check = doc.selfCheck;
    if (!check) return nothing;
    const items = check.items;
    const total = items.length;
    const item = items[this.index];
    const name = (id: string) => doc.concepts.find((c) => c.id === id)?.name ?? id;
    return html`<p>${richText(check.intro)}</p>
      <div class="check-screen">
        ${item ? this.#renderItem(doc, item, total, name) : this.#renderResult(doc, items, name)}
      </div>
      <ol class="print-list">
        ${items.map(
          (i) =>
            html`<li>
              ${richText(i.statement)}
              <br />
              ${doc.concepts.map((c) => html`<span class="box"></span>${richText(c.name)}`)}
            </li>`,
        )}
      </ol>`;
  }

  #renderItem(doc: ExplainerContent, item: Statement, total: number, name: (id: string) => string): TemplateResult {
    const chosen = answerOf(this.answers, item.id);
    const n = this.index + 1;
    const concept = name(item.concept);
    return html`<p class="progress">
        ${msg(str`Statement ${this.number(n)} of ${this.number(total)}`, { id: 'explainer.check.progress', desc: 'Self-check progress.' })}
      </p>
      <p class="statement focus-target" id="check-statement" tabindex="-1">${richText(item.statement)}</p>
      <div class="choices" role="group" aria-labelledby="check-statement">
        ${doc.concepts.map((c) => {
          const mine = c.id === chosen;
          // After an answer the right concept is marked in words, and so is the person's own pick.
          const right = chosen !== undefined && c.id === item.concept;
          return html`<button
            type="button"
            part="button"
            class="button choice ${mine ? 'chosen' : ''} ${right ? 'correct' : ''}"
            ?disabled=${chosen !== undefined}
            @click=${() => this.#choose(item, c.id)}
          >
            ${richText(c.name)}${
              mine || right
                ? html`<span class="tags">
                    ${mine ? html`<span class="tag">${msg('your answer', { id: 'explainer.check.mine', desc: 'Marks the option the person picked, after they answered.' })}</span>` : nothing}
                    ${right ? html`<span class="tag">${msg('✓ the match', { id: 'explainer.check.match', desc: 'Marks the concept a statement belongs to, after the person answered.' })}</span>` : nothing}
                  </span>`
                : nothing
            }
          </button>`;
        })}
      </div>
      ${
        chosen === undefined
          ? nothing
          : html`<div
                class="feedback focus-target ${isMatch(item, chosen) ? 'right' : 'other'}"
                id="check-feedback"
                tabindex="-1"
              >
                <p class="verdict">
                  ${
                    isMatch(item, chosen)
                      ? msg(str`Yes, this describes ${concept}.`, {
                          id: 'explainer.check.right',
                          desc: 'Feedback when the person chose the concept the statement belongs to.',
                        })
                      : msg(str`Not quite: this describes ${concept}.`, {
                          id: 'explainer.check.other',
                          desc: 'Gentle feedback when the person chose the other concept.',
                        })
                  }
                </p>
                <p>${richText(item.explanation)}</p>
              </div>
              <button type="button" part="button" class="button primary" @click=${this.#next}>
                ${
                  n < total
                    ? msg('Next statement', { id: 'explainer.check.next' })
                    : msg('See your result', { id: 'explainer.check.finish' })
                }
              </button>`
      }`;
  }

  #renderResult(doc: ExplainerContent, items: readonly Statement[], name: (id: string) => string): TemplateResult {
    const { score, total } = scoreSelfCheck(items, this.answers);
    const missed = items.filter((i) => !isMatch(i, answerOf(this.answers, i.id) ?? ''));
    // Links back need the comparison on screen: as a tab, or stacked with `view="all"`.
    const linked = !isExplainerView(this.view) || this.view === 'all';
    const aspect = (rowId: string | undefined) => doc.comparison.find((r) => r.id === rowId);
    return html`<h4 class="focus-target" id="check-result" tabindex="-1">
        ${msg('Your result', { id: 'explainer.check.result' })}
      </h4>
      <p class="score">
        ${msg(str`${this.number(score)} of ${this.number(total)}`, { id: 'explainer.check.score', desc: 'Self-check score, e.g. "5 of 7".' })}
      </p>
      <p>
        ${msg(
          'That is how many statements you matched with the idea they describe. Mixing the two up is very common; noticing the difference is what matters.',
          { id: 'explainer.check.summary', desc: 'Below the self-check score.' },
        )}
      </p>
      ${
        missed.length
          ? html`<h5 class="missed-title" id="check-missed">
                ${msg('Worth another look', {
                  id: 'explainer.check.missed',
                  desc: 'Heading of the list of self-check statements the person matched with the other idea.',
                })}
              </h5>
              <ul class="missed" aria-labelledby="check-missed">
                ${missed.map((i) => {
                  const row = aspect(i.row);
                  const concept = name(i.concept);
                  return html`<li>
                    <p class="missed-statement">${richText(i.statement)}</p>
                    <p>
                      ${msg(str`It describes ${concept}.`, {
                        id: 'explainer.check.describes',
                        desc: 'Under a missed statement: the idea it belongs to.',
                      })}
                      ${
                        row && linked
                          ? html`<a href="#row-${row.id}" class="back" @click=${(e: Event) => this.#showRow(e, row.id)}
                              >${msg(str`See “${row.aspect}” in the comparison`, {
                                id: 'explainer.check.back',
                                desc: 'Link from a missed statement to the matching row of the comparison; the placeholder is the row’s name.',
                              })}</a
                            >`
                          : nothing
                      }
                    </p>
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      <button type="button" part="button" class="button" @click=${this.#retry}>
        ${msg('Try again', { id: 'explainer.check.retry' })}
      </button>`;
  }
}

// Types of <mend-explainer>'s events (at the end of the file: an interface merges with its class only
// in the class's own module). Listeners on the element get each event's own detail.
import type * as Mend from '@mendkit/core';

/** <mend-explainer>'s own events by name. */
export interface MendExplainerEvents {
  'mend-ready': Mend.MendReadyEvent;
  'mend-change': Mend.MendChangeEvent<ExplainerChangeDetail>;
  'mend-answer': Mend.MendAnswerEvent<ExplainerAnswerDetail>;
  'mend-complete': Mend.MendCompleteEvent<ExplainerCompleteDetail>;
  'mend-error': Mend.MendErrorEvent;
}

export interface MendExplainerEventMap
  extends Omit<HTMLElementEventMap, keyof MendExplainerEvents>, MendExplainerEvents {}

export interface MendExplainer {
  addEventListener<K extends keyof MendExplainerEventMap>(
    type: K,
    listener: (this: MendExplainer, event: MendExplainerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof MendExplainerEventMap>(
    type: K,
    listener: (this: MendExplainer, event: MendExplainerEventMap[K]) => unknown,
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
    'mend-explainer': MendExplainerEvents;
  }
}

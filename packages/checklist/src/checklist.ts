import { msg, str } from '@lit/localize';
import {
  cssProperties,
  MendChangeEvent,
  MendCompleteEvent,
  MendElement,
  ProgressController,
  richText,
  type ChecklistContent,
  type ChecklistGroup,
  type ChecklistItem,
  type ContentRef,
  type Persistence,
} from '@mendkit/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checklistStyles } from './checklist.styles.js';
import { dayKey, dayStreak, lastDays, lastWeeks, weekStreak, type DayKey } from './days.js';
import {
  checkInDays,
  countDone,
  daySeries,
  emptyProgress,
  exportText,
  guardProgress,
  isComplete,
  isDone,
  itemsOf,
  mergeProgress,
  setChecked,
  weekSeries,
  type Count,
  type Progress,
} from './progress.js';
import { defaultContent } from './generated/default-content.js';

/** Detail of `mend-change`: which item a person ticked, and the progress after it. */
export interface ChecklistChangeDetail extends ContentRef {
  itemId: string;
  checked: boolean;
  done: number;
  total: number;
}

/** Detail of `mend-complete`. */
export interface ChecklistCompleteDetail extends ContentRef {
  done: number;
  total: number;
}

/**
 * A checklist of small actions that rebuild trust. `once` items stay done; `daily` and
 * `weekly` items are check-ins that start fresh each day or ISO week, in the person's own
 * time zone. Progress and a consistency view (last 14 days, last 8 weeks) are kept on this
 * device by default (that is the point of tracking over days; `persist` changes it); the list
 * can be copied, downloaded as .txt or .md, and printed.
 *
 * @tag mend-checklist
 * @fires mend-ready - Content is loaded and valid. Detail: `{ contentId, version }`.
 * @fires mend-change - A person ticked or unticked an item. Detail: `{ contentId, version, itemId, checked, done, total }`.
 * @fires mend-complete - A person's tick finished every `once` item and today's `daily` items (weekly items count only when there is nothing else). Detail: `{ contentId, version, done, total }`.
 * @fires mend-error - Content could not be loaded or is invalid. Detail: `{ contentId, version, kind, problems }`.
 * @csspart base - The widget's card.
 * @csspart group - One group of items.
 * @csspart item - One item: its checkbox, label and details.
 * @csspart checkbox - An item's native checkbox.
 * @csspart progress - A progress line: text and bar (overall and per group).
 * @csspart history - The consistency view.
 * @csspart button - Every button.
 * @csspart status - The status line ("Copied", "Everything for today is done."), also announced.
 * @csspart error - The error panel.
 * @cssprop --mend-color-accent - Ticks, bars and buttons.
 * @cssprop --mend-color-track - Empty part of bars.
 * @cssprop --mend-color-surface - Card background.
 * @cssprop --mend-color-text - Text colour.
 * @cssprop --mend-color-muted - Secondary text.
 * @cssprop --mend-color-border - Card and divider lines.
 * @cssprop --mend-radius - Corner radius.
 */
export class MendChecklist extends MendElement<'checklist'> {
  static override styles = [...MendElement.styles, checklistStyles];

  static override properties = {
    ...MendElement.properties,
    group: { type: String, reflect: true },
    clock: { attribute: false },
    progress: { state: true },
    confirming: { state: true },
  };

  /** Tracking over days is the checklist's purpose, so it keeps progress on the device. */
  protected static override defaultPersistence: Persistence = 'device';

  /** Show only the group with this id (all groups when unset or unknown). */
  declare group: string | undefined;
  /** Where "now" comes from; replace it to test day and week changes. */
  declare clock: () => Date;
  declare protected progress: Progress;
  declare protected confirming: boolean;

  protected readonly contentKind = 'checklist';
  protected override readonly defaultContent = defaultContent;
  protected override readonly announceVisibly = true;
  readonly #store = new ProgressController<Progress, ChecklistContent>(this, {
    kind: 'checklist',
    guard: (value, doc) => {
      const saved = guardProgress(value);
      return saved && mergeProgress(saved, itemsOf(doc.groups), this.today);
    },
  });

  constructor() {
    super();
    this.clock = () => new Date();
    this.progress = emptyProgress();
    this.confirming = false;
  }

  /** Today's day key in the person's time zone. */
  get today(): DayKey {
    return dayKey(this.clock());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  protected override contentLoaded(doc: ChecklistContent): void {
    this.progress = this.#store.restore(doc) ?? emptyProgress();
    this.confirming = false;
  }

  #groups(doc: ChecklistContent): ChecklistGroup[] {
    const only = doc.groups.filter((g) => g.id === this.group);
    return only.length ? only : doc.groups;
  }

  #save(progress: Progress): void {
    this.progress = progress;
    this.#store.save(progress);
  }

  // A tab left open overnight shows the new day when the person comes back to it.
  #onVisible = (): void => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  #onToggle(doc: ChecklistContent, item: ChecklistItem, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const today = this.today;
    const items = itemsOf(this.#groups(doc));
    const before = isComplete(this.progress, items, today);
    this.#save(setChecked(this.progress, item, checked, today));
    const { done, total } = countDone(this.progress, items, today);
    this.announce('');
    this.dispatchEvent(
      new MendChangeEvent<ChecklistChangeDetail>({ ...this.contentRef, itemId: item.id, checked, done, total }),
    );
    if (!before && isComplete(this.progress, items, today)) {
      this.announce(
        msg('Everything for today is done.', {
          id: 'checklist.complete',
          desc: 'Announced when every one-time item and all of today’s daily items are ticked.',
        }),
      );
      this.dispatchEvent(new MendCompleteEvent<ChecklistCompleteDetail>({ ...this.contentRef, done, total }));
    }
  }

  #export(doc: ChecklistContent, format: 'text' | 'markdown'): string {
    const today = this.today;
    const groups = this.#groups(doc);
    return exportText(doc.title, groups, this.progress, today, format, {
      summary: `${today} · ${this.#countText(countDone(this.progress, itemsOf(groups), today))}`,
      count: (count) => this.#countText(count),
      cadence: this.#cadenceNames(),
    });
  }

  async #copy(doc: ChecklistContent): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#export(doc, 'text'));
      this.announce(msg('Copied', { id: 'checklist.copied', desc: 'Status after the list was copied.' }));
    } catch {
      this.announce(
        msg('This page does not allow copying. You can download the list instead.', {
          id: 'checklist.copy-refused',
          desc: 'Status when the browser refuses clipboard access.',
        }),
      );
    }
  }

  #download(doc: ChecklistContent, format: 'text' | 'markdown'): void {
    const md = format === 'markdown';
    const url = URL.createObjectURL(
      new Blob([this.#export(doc, format)], { type: `${md ? 'text/markdown' : 'text/plain'};charset=utf-8` }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `${doc.id}-${this.today}.${md ? 'md' : 'txt'}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  #setConfirming(confirming: boolean, focus: 'reset' | 'keep'): void {
    this.confirming = confirming;
    this.focusAfterUpdate(focus);
  }

  #reset(): void {
    this.#store.clear();
    this.progress = emptyProgress();
    this.announce(
      msg('All ticks and history are cleared.', {
        id: 'checklist.cleared',
        desc: 'Status after the person confirmed the reset.',
      }),
    );
    this.#setConfirming(false, 'reset');
  }

  #countText({ done, total }: Count): string {
    return msg(str`${this.number(done)} of ${this.number(total)} done`, {
      id: 'checklist.count',
      desc: 'Progress, e.g. "7 of 20 done".',
    });
  }

  #cadenceNames(): Record<ChecklistItem['cadence'], string> {
    return {
      once: '',
      daily: msg('every day', { id: 'checklist.cadence.daily', desc: 'Shown beside an item that repeats daily.' }),
      weekly: msg('every week', { id: 'checklist.cadence.weekly', desc: 'Shown beside an item that repeats weekly.' }),
    };
  }

  #renderProgress(count: Count, label: string): TemplateResult {
    const share = count.total ? (100 * count.done) / count.total : 0;
    return html`<div part="progress" class="progress">
      <span class="count">${label}${this.#countText(count)}</span>
      <span class="bar" aria-hidden="true"><span ${cssProperties({ 'inline-size': `${share}%` })}></span></span>
    </div>`;
  }

  #renderItem(doc: ChecklistContent, item: ChecklistItem, today: DayKey): TemplateResult {
    const cadence = this.#cadenceNames()[item.cadence];
    return html`<li part="item" class="item">
      <input
        part="checkbox"
        type="checkbox"
        id="i-${item.id}"
        .checked=${live(isDone(this.progress, item, today))}
        @change=${(e: Event) => this.#onToggle(doc, item, e)}
      />
      <label for="i-${item.id}"
        >${richText(item.label)}${cadence ? html` <span class="cadence">(${cadence})</span>` : nothing}</label
      >
      ${
        item.detail
          ? html`<details>
              <summary>
                ${msg('More', { id: 'checklist.more', desc: 'Opens an item’s one-line detail.' })}<span
                  class="visually-hidden"
                  >: ${item.label}</span
                >
              </summary>
              <p>${richText(item.detail)}</p>
            </details>`
          : nothing
      }
    </li>`;
  }

  #renderChart(counts: number[], first: string, last: string): TemplateResult {
    // Bars are relative to the busiest day (or week) shown; an empty one is a short stub.
    const max = Math.max(1, ...counts);
    return html`<div class="chart" aria-hidden="true">
      <svg width=${counts.length * 20} height="48" viewBox="0 0 ${counts.length * 20} 48" focusable="false">
        ${counts.map((n, i) => {
          const h = n ? 8 + (40 * n) / max : 4;
          return svg`<rect class=${n ? 'on' : 'off'} x=${i * 20 + 3} y=${48 - h} width="14" height=${h} rx="2"></rect>`;
        })}
      </svg>
      <span class="axis"><span>${first}</span><span>${last}</span></span>
    </div>`;
  }

  #renderHistory(items: ChecklistItem[], today: DayKey): TemplateResult {
    const daily = items.filter((i) => i.cadence === 'daily');
    const weekly = items.filter((i) => i.cadence === 'weekly');
    const days = lastDays(today, 14);
    const perDay = daySeries(this.progress, daily, days);
    const perWeek = weekSeries(this.progress, weekly, lastWeeks(today, 8));
    const dayStreakCount = dayStreak(checkInDays(this.progress, daily), today);
    const weekStreakCount = weekStreak(checkInDays(this.progress, weekly), today);
    const activeDays = perDay.filter(Boolean).length;
    const activeWeeks = perWeek.filter(Boolean).length;
    const todayLabel = msg('Today', { id: 'checklist.today', desc: 'Axis label under the newest bar.' });
    return html`<section part="history" class="history" aria-labelledby="history-title">
      <h3 id="history-title">
        ${msg('Over time', { id: 'checklist.history.title', desc: 'Heading of the consistency view.' })}
      </h3>
      <div class="series" ?hidden=${!daily.length}>
        <p>
          ${
            activeDays
              ? msg(str`Daily actions: done on ${this.number(activeDays)} of the last 14 days.`, {
                  id: 'checklist.history.days',
                  desc: 'Text alternative of the 14-day chart.',
                })
              : msg('Daily actions: nothing ticked in the last 14 days yet. Each day you tick shows up here.', {
                  id: 'checklist.history.days-none',
                  desc: 'Text alternative of an empty 14-day chart; gentle, no pressure.',
                })
          }
          ${
            dayStreakCount
              ? msg(str`${this.number(dayStreakCount)} in a row.`, {
                  id: 'checklist.history.day-streak',
                  desc: 'Current streak of consecutive days, e.g. "3 in a row."',
                })
              : nothing
          }
        </p>
        ${this.#renderChart(
          perDay,
          msg('2 weeks ago', { id: 'checklist.history.days-start', desc: 'Axis label under the oldest day.' }),
          todayLabel,
        )}
      </div>
      <div class="series" ?hidden=${!weekly.length}>
        <p>
          ${
            activeWeeks
              ? msg(str`Weekly actions: done in ${this.number(activeWeeks)} of the last 8 weeks.`, {
                  id: 'checklist.history.weeks',
                  desc: 'Text alternative of the 8-week chart.',
                })
              : msg('Weekly actions: nothing ticked in the last 8 weeks yet.', {
                  id: 'checklist.history.weeks-none',
                  desc: 'Text alternative of an empty 8-week chart.',
                })
          }
          ${
            weekStreakCount
              ? msg(str`${this.number(weekStreakCount)} weeks in a row.`, {
                  id: 'checklist.history.week-streak',
                  desc: 'Current streak of consecutive weeks.',
                })
              : nothing
          }
        </p>
        ${this.#renderChart(
          perWeek,
          msg('8 weeks ago', { id: 'checklist.history.weeks-start', desc: 'Axis label under the oldest week.' }),
          msg('This week', { id: 'checklist.history.this-week', desc: 'Axis label under the newest week.' }),
        )}
      </div>
    </section>`;
  }

  protected renderContent(doc: ChecklistContent): TemplateResult {
    const today = this.today;
    const groups = this.#groups(doc);
    const items = itemsOf(groups);
    return html`<h2 class="title">${doc.title}</h2>
      <p class="intro">${richText(doc.intro)}</p>
      ${this.#renderProgress(
        countDone(this.progress, items, today),
        msg('All together: ', {
          id: 'checklist.overall',
          desc: 'Before the overall progress, e.g. "All together: 7 of 20 done".',
        }),
      )}
      ${groups.map(
        (group) =>
          html`<section part="group" class="group" aria-labelledby="g-${group.id}">
            <h3 id="g-${group.id}">${group.title}</h3>
            ${group.description ? html`<p class="description">${richText(group.description)}</p>` : nothing}
            ${this.#renderProgress(countDone(this.progress, group.items, today), '')}
            <ul class="items">
              ${group.items.map((item) => this.#renderItem(doc, item, today))}
            </ul>
          </section>`,
      )}
      ${this.#renderHistory(items, today)}
      <div class="actions">
        <button part="button" class="button" type="button" @click=${() => void this.#copy(doc)}>
          ${msg('Copy as text', { id: 'checklist.copy', desc: 'Copies the list with its ticks.' })}
        </button>
        <button part="button" class="button" type="button" @click=${() => this.#download(doc, 'text')}>
          ${msg('Download .txt', { id: 'checklist.download-txt', desc: 'Saves the list as a plain text file.' })}
        </button>
        <button part="button" class="button" type="button" @click=${() => this.#download(doc, 'markdown')}>
          ${msg('Download .md', { id: 'checklist.download-md', desc: 'Saves the list as a Markdown file.' })}
        </button>
        <button
          part="button"
          class="button reset"
          id="reset"
          type="button"
          ?hidden=${this.confirming}
          @click=${() => this.#setConfirming(true, 'keep')}
        >
          ${msg('Reset…', { id: 'checklist.reset', desc: 'Asks to clear every tick and all history.' })}
        </button>
      </div>
      <div class="confirm" role="group" aria-labelledby="confirm-question" ?hidden=${!this.confirming}>
        <p id="confirm-question">
          ${msg('Clear every tick and all history? This cannot be undone.', {
            id: 'checklist.reset.question',
            desc: 'Confirmation step before reset.',
          })}
        </p>
        <button
          part="button"
          class="button primary keep"
          id="keep"
          type="button"
          @click=${() => this.#setConfirming(false, 'reset')}
        >
          ${msg('Keep my progress', { id: 'checklist.reset.cancel', desc: 'Cancels the reset.' })}
        </button>
        <button part="button" class="button clear" type="button" @click=${() => this.#reset()}>
          ${msg('Yes, clear everything', { id: 'checklist.reset.confirm', desc: 'Confirms the reset.' })}
        </button>
      </div>`;
  }
}

// Types of <mend-checklist>'s events (at the end of the file: an interface merges with its class only
// in the class's own module). Listeners on the element get each event's own detail.
import type * as Mend from '@mendkit/core';

/** <mend-checklist>'s own events by name. */
export interface MendChecklistEvents {
  'mend-ready': Mend.MendReadyEvent;
  'mend-change': Mend.MendChangeEvent<ChecklistChangeDetail>;
  'mend-complete': Mend.MendCompleteEvent<ChecklistCompleteDetail>;
  'mend-error': Mend.MendErrorEvent;
}

export interface MendChecklistEventMap
  extends Omit<HTMLElementEventMap, keyof MendChecklistEvents>, MendChecklistEvents {}

export interface MendChecklist {
  addEventListener<K extends keyof MendChecklistEventMap>(
    type: K,
    listener: (this: MendChecklist, event: MendChecklistEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof MendChecklistEventMap>(
    type: K,
    listener: (this: MendChecklist, event: MendChecklistEventMap[K]) => unknown,
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
    'mend-checklist': MendChecklistEvents;
  }
}

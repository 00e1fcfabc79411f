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
  type ChecklistPath,
  type ContentRef,
  type Persistence,
} from '@mendkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checklistStyles } from './checklist.styles.js';
import { addDays, dayKey, dayStreak, lastDays, lastWeeks, weekStart, weekStreak, type DayKey } from './days.js';
import {
  checklistPaths,
  checkInDays,
  FOCUS_LIMIT,
  groupsFor,
  hasPaths,
  tickCounts,
  withFocus,
  withPath,
  countDone,
  daySeries,
  emptyProgress,
  exportText,
  guardProgress,
  isComplete,
  isDone,
  itemsOf,
  mergeProgress,
  plainText,
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
 * time zone. The reader can choose a path (the one who caused the hurt, the one who was hurt,
 * both together) to see only its actions, and keep up to three actions in a week's focus; both
 * are saved with the ticks. Progress and a consistency view (last 14 days, last 8 weeks, each bar
 * labelled, with a table of the same values for screen readers) are kept on this device by default (that is the point of tracking over days; `persist` changes it); the list
 * can be copied, downloaded as .txt or .md, and printed.
 *
 * @tag mend-checklist
 * @fires mend-ready - Content is loaded and valid. Detail: `{ contentId, version }`.
 * @fires mend-change - A person ticked or unticked an item. Detail: `{ contentId, version, itemId, checked, done, total }`.
 * @fires mend-complete - A person's tick finished every `once` item and today's `daily` items (weekly items count only when there is nothing else). Detail: `{ contentId, version, done, total }`.
 * @fires mend-error - Content could not be loaded or is invalid. Detail: `{ contentId, version, kind, problems }`.
 * @csspart base - The widget's card.
 * @csspart group - One group of items (a disclosure when there are several).
 * @csspart item - One item: its checkbox, label and details.
 * @csspart checkbox - An item's native checkbox.
 * @csspart progress - The counts of today and this week ("2 done today · 5 this week").
 * @csspart history - The consistency view.
 * @csspart button - Every button, including each action's focus star.
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
    toggled: { state: true },
  };

  /** Tracking over days is the checklist's purpose, so it keeps progress on the device. */
  protected static override defaultPersistence: Persistence = 'device';

  /** Show only the group with this id (all groups when unset or unknown). */
  declare group: string | undefined;
  /** Where "now" comes from; replace it to test day and week changes. */
  declare clock: () => Date;
  declare protected progress: Progress;
  declare protected confirming: boolean;
  /** Groups the reader opened or closed, against their default (open for the chosen path's own group). */
  declare protected toggled: Readonly<Record<string, boolean>>;

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
    this.toggled = {};
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

  /** The group the site pinned with `group`, if it names one. */
  #pinned(doc: ChecklistContent): ChecklistGroup | undefined {
    return doc.groups.find((g) => g.id === this.group);
  }

  /** The groups shown: the pinned one, else those with items on the reader's path. */
  #groups(doc: ChecklistContent): ChecklistGroup[] {
    const pinned = this.#pinned(doc);
    return pinned ? [pinned] : groupsFor(doc.groups, this.progress.path);
  }

  #isOpen(group: ChecklistGroup, groups: readonly ChecklistGroup[]): boolean {
    if (groups.length < 2) return true;
    return this.toggled[group.id] ?? (this.progress.path !== undefined && group.path === this.progress.path);
  }

  #onPath(doc: ChecklistContent, path: ChecklistPath | undefined): void {
    this.#save(withPath(this.progress, path));
    this.toggled = {};
    const count = itemsOf(this.#groups(doc)).length;
    this.announce(
      msg(str`Showing ${this.number(count)} actions.`, {
        id: 'checklist.path.showing',
        desc: 'Announced after the reader chose a path: how many actions the list now shows.',
      }),
    );
  }

  #onFocus(item: ChecklistItem, on: boolean): void {
    const focus = this.progress.focus ?? [];
    if (on && focus.length >= FOCUS_LIMIT && !focus.includes(item.id)) {
      this.announce(
        msg(str`You already have ${this.number(FOCUS_LIMIT)} actions in focus. Take one off first.`, {
          id: 'checklist.focus.full',
          desc: 'When the reader tries to add a fourth action to the week’s focus.',
        }),
      );
      return;
    }
    // The star's pressed state says the rest.
    this.#save(withFocus(this.progress, item.id, on));
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

  /** "2 done today · 5 this week": what the reader did lately, never how much is left. */
  #renderCounts(items: readonly ChecklistItem[], today: DayKey): TemplateResult {
    const counts = tickCounts(this.progress, items, today);
    return html`<p part="progress" class="progress counts">
      ${
        counts.week
          ? msg(str`${this.number(counts.today)} done today · ${this.number(counts.week)} this week`, {
              id: 'checklist.counts',
              desc: 'Ticks made today and in this calendar week, e.g. "2 done today · 5 this week".',
            })
          : msg('Nothing ticked yet this week. One small thing is a good start.', {
              id: 'checklist.counts.none',
              desc: 'Shown instead of the counts when nothing was ticked this week; gentle, no pressure.',
            })
      }
    </p>`;
  }

  #renderPaths(doc: ChecklistContent): TemplateResult | typeof nothing {
    if (this.#pinned(doc) || !hasPaths(doc.groups)) return nothing;
    const names: Record<ChecklistPath | 'all', string> = {
      all: msg('Everything', { id: 'checklist.path.all', desc: 'Path choice: show every action.' }),
      repairing: msg('I caused the hurt', {
        id: 'checklist.path.repairing',
        desc: 'Path choice for the person who hurt the other.',
      }),
      healing: msg('I was hurt', { id: 'checklist.path.healing', desc: 'Path choice for the person who was hurt.' }),
      together: msg('We’re both working on it', {
        id: 'checklist.path.together',
        desc: 'Path choice for two people repairing together.',
      }),
    };
    const chosen = this.progress.path ?? 'all';
    return html`<fieldset class="paths">
      <legend>
        ${msg('Show the actions for', { id: 'checklist.path.legend', desc: 'Legend of the path choice.' })}
      </legend>
      ${(['all', ...checklistPaths] as const).map(
        (path) =>
          html`<label class="path"
            ><input
              type="radio"
              name="path"
              value=${path}
              .checked=${live(chosen === path)}
              @change=${() => this.#onPath(doc, path === 'all' ? undefined : path)}
            /><span>${names[path]}</span></label
          >`,
      )}
    </fieldset>`;
  }

  #renderFocus(doc: ChecklistContent, focused: readonly ChecklistItem[], today: DayKey): TemplateResult {
    return html`<section class="focus ${focused.length ? '' : 'empty'}" aria-labelledby="focus-title">
      <h3 id="focus-title">
        ${msg('This week’s focus', { id: 'checklist.focus.title', desc: 'Heading of the actions the reader picked for this week.' })}
      </h3>
      ${
        focused.length
          ? html`<ul class="items">
              ${focused.map((item) => this.#renderItem(doc, item, today))}
            </ul>`
          : html`<p class="description">
              ${msg(
                str`Pick up to ${this.number(FOCUS_LIMIT)} actions to keep in view this week, with the star beside them.`,
                {
                  id: 'checklist.focus.hint',
                  desc: 'Shown while no action is in the week’s focus; the star is the focus button beside each action.',
                },
              )}
            </p>`
      }
    </section>`;
  }

  #renderItem(doc: ChecklistContent, item: ChecklistItem, today: DayKey): TemplateResult {
    const cadence = this.#cadenceNames()[item.cadence];
    const focused = this.progress.focus?.includes(item.id) ?? false;
    return html`<li part="item" class="item">
      <input
        part="checkbox"
        type="checkbox"
        id="i-${item.id}"
        aria-describedby=${item.detail ? `d-${item.id}` : nothing}
        .checked=${live(isDone(this.progress, item, today))}
        @change=${(e: Event) => this.#onToggle(doc, item, e)}
      />
      <span class="text">
        <label for="i-${item.id}"
          >${richText(item.label)}${cadence ? html` <span class="cadence">(${cadence})</span>` : nothing}</label
        >
        ${item.detail ? html`<span class="detail" id="d-${item.id}">${richText(item.detail)}</span>` : nothing}
      </span>
      <button
        type="button"
        part="button"
        class="star"
        aria-pressed=${focused ? 'true' : 'false'}
        @click=${() => this.#onFocus(item, !focused)}
      >
        <span aria-hidden="true">${focused ? '★' : '☆'}</span
        ><span class="visually-hidden"
          >${msg(str`Focus this week: ${plainText(item.label)}`, {
            id: 'checklist.focus.toggle',
            desc: 'Accessible name of the star button that adds an action to (or takes it off) the week’s focus.',
          })}</span
        >
      </button>
    </li>`;
  }

  /**
   * One series of the history: its sentence, then (once something is ticked) bars with their values
   * and labels, and a table of the same values for screen readers.
   */
  #renderSeries(
    name: string,
    shown: boolean,
    sentence: string,
    streak: string | typeof nothing,
    caption: string,
    header: string,
    rows: readonly { short: string; long: string; value: number }[],
  ): TemplateResult {
    // Bars are relative to the busiest day (or week) shown; an empty one is a short stub.
    const max = Math.max(...rows.map((r) => r.value));
    return html`<div class="series" ?hidden=${!shown}>
      <p>${sentence} ${streak}</p>
      ${
        max
          ? html`<div class="chart" data-chart=${name} aria-hidden="true">
                ${rows.map(
                  (r) =>
                    html`<span class="col" data-value=${r.value}>
                      <span>${this.number(r.value)}</span>
                      <span class="track"
                        ><span
                          class=${r.value ? 'on' : 'off'}
                          ${cssProperties({ 'block-size': `${r.value ? 12 + (88 * r.value) / max : 4}%` })}
                        ></span
                      ></span>
                      <span>${r.short}</span>
                    </span>`,
                )}
              </div>
              <div class="visually-hidden">
                <table data-chart=${name}>
                  <caption>
                    ${caption}
                  </caption>
                  <tr>
                    <th scope="col">${header}</th>
                    <th scope="col">
                      ${msg('Actions ticked', { id: 'checklist.history.ticked', desc: 'Column heading in the history table.' })}
                    </th>
                  </tr>
                  ${rows.map(
                    (r) =>
                      html`<tr>
                        <th scope="row">${r.long}</th>
                        <td>${this.number(r.value)}</td>
                      </tr>`,
                  )}
                </table>
              </div>`
          : nothing
      }
    </div>`;
  }

  /** A day key in the content's language; noon, which never falls in a clock change. */
  #format(key: DayKey, options: Intl.DateTimeFormatOptions): string {
    const [y = 1970, m = 1, d = 1] = key.split('-').map(Number);
    try {
      return new Date(y, m - 1, d, 12).toLocaleDateString(this.doc?.locale ?? this.locale, options);
    } catch {
      return key;
    }
  }

  #renderHistory(items: ChecklistItem[], today: DayKey): TemplateResult {
    const daily = items.filter((i) => i.cadence === 'daily');
    const weekly = items.filter((i) => i.cadence === 'weekly');
    const days = lastDays(today, 14);
    const weeks = lastWeeks(today, 8);
    const perDay = daySeries(this.progress, daily, days);
    const perWeek = weekSeries(this.progress, weekly, weeks);
    const dayStreakCount = dayStreak(checkInDays(this.progress, daily), today);
    const weekStreakCount = weekStreak(checkInDays(this.progress, weekly), today);
    const activeDays = perDay.filter(Boolean).length;
    const activeWeeks = perWeek.filter(Boolean).length;
    return html`<section part="history" class="history" aria-labelledby="history-title">
      <h3 id="history-title">
        ${msg('Over time', { id: 'checklist.history.title', desc: 'Heading of the consistency view.' })}
      </h3>
      ${this.#renderSeries(
        'days',
        daily.length > 0,
        activeDays
          ? msg(str`Daily actions: done on ${this.number(activeDays)} of the last 14 days.`, {
              id: 'checklist.history.days',
              desc: 'Text alternative of the 14-day chart.',
            })
          : msg('Daily actions: nothing ticked in the last 14 days yet. Each day you tick shows up here.', {
              id: 'checklist.history.days-none',
              desc: 'Text alternative of an empty 14-day chart; gentle, no pressure.',
            }),
        dayStreakCount
          ? msg(str`${this.number(dayStreakCount)} in a row.`, {
              id: 'checklist.history.day-streak',
              desc: 'Current streak of consecutive days, e.g. "3 in a row."',
            })
          : nothing,
        msg('Daily actions ticked, last 14 days', {
          id: 'checklist.history.days-caption',
          desc: 'Caption of the table that gives the 14-day chart’s values.',
        }),
        msg('Day', { id: 'checklist.history.day', desc: 'Column heading in the daily history table.' }),
        days.map((day, i) => ({
          short: this.#format(day, { weekday: 'narrow', day: 'numeric' }),
          long: this.#format(day, { weekday: 'long', day: 'numeric', month: 'long' }),
          value: perDay[i] ?? 0,
        })),
      )}
      ${this.#renderSeries(
        'weeks',
        weekly.length > 0,
        activeWeeks
          ? msg(str`Weekly actions: done in ${this.number(activeWeeks)} of the last 8 weeks.`, {
              id: 'checklist.history.weeks',
              desc: 'Text alternative of the 8-week chart.',
            })
          : msg('Weekly actions: nothing ticked in the last 8 weeks yet.', {
              id: 'checklist.history.weeks-none',
              desc: 'Text alternative of an empty 8-week chart.',
            }),
        weekStreakCount
          ? msg(str`${this.number(weekStreakCount)} weeks in a row.`, {
              id: 'checklist.history.week-streak',
              desc: 'Current streak of consecutive weeks.',
            })
          : nothing,
        msg('Weekly actions ticked, last 8 weeks', {
          id: 'checklist.history.weeks-caption',
          desc: 'Caption of the table that gives the 8-week chart’s values.',
        }),
        msg('Week', { id: 'checklist.history.week', desc: 'Column heading in the weekly history table.' }),
        weeks.map((_, i) => {
          // The Monday that starts each week, oldest first.
          const monday = addDays(weekStart(today), 7 * (i - weeks.length + 1));
          return {
            short: this.#format(monday, { day: 'numeric', month: 'short' }),
            long: this.#format(monday, { day: 'numeric', month: 'long', year: 'numeric' }),
            value: perWeek[i] ?? 0,
          };
        }),
      )}
    </section>`;
  }

  #renderGroup(doc: ChecklistContent, group: ChecklistGroup, groups: readonly ChecklistGroup[], today: DayKey) {
    const focus = this.progress.focus ?? [];
    const items = group.items.filter((item) => !focus.includes(item.id));
    const body = html`${group.description ? html`<p class="description">${richText(group.description)}</p>` : nothing}
      <ul class="items">
        ${items.map((item) => this.#renderItem(doc, item, today))}
      </ul>`;
    if (groups.length < 2)
      return html`<section part="group" class="group" aria-labelledby="g-${group.id}">
        <h3 id="g-${group.id}">${group.title}</h3>
        ${body}
      </section>`;
    // A native disclosure, so a server-rendered list opens without JavaScript too.
    return html`<details
      part="group"
      class="group"
      ?open=${this.#isOpen(group, groups)}
      @toggle=${(e: Event) => (this.toggled = { ...this.toggled, [group.id]: (e.target as HTMLDetailsElement).open })}
    >
      <summary>
        <h3 id="g-${group.id}">
          ${group.title}
          <span class="group-count"
            >${msg(str`${this.number(items.length)} actions`, {
              id: 'checklist.group.count',
              desc: 'Beside a group heading: how many actions it holds (those in the week’s focus show above instead).',
            })}</span
          >
        </h3>
      </summary>
      ${body}
    </details>`;
  }

  protected renderContent(doc: ChecklistContent): TemplateResult {
    const today = this.today;
    const groups = this.#groups(doc);
    const items = itemsOf(groups);
    const focused = (this.progress.focus ?? [])
      .map((id) => itemsOf(doc.groups).find((item) => item.id === id))
      .filter((item): item is ChecklistItem => item !== undefined);
    return html`<h2 class="title">${doc.title}</h2>
      <p class="intro">${richText(doc.intro)}</p>
      ${this.#renderCounts(items, today)} ${this.#renderPaths(doc)} ${this.#renderFocus(doc, focused, today)}
      ${groups.map((group) => this.#renderGroup(doc, group, groups, today))} ${this.#renderHistory(items, today)}
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

import {
  parseRichText,
  type Cadence,
  type ChecklistGroup,
  type ChecklistItem,
  type ChecklistPath,
  type RichNode,
} from '@mendkit/core';
import { daysBetween, isDayKey, weekKey, type DayKey, type WeekKey } from './days.js';

/*
 * What a person has ticked, as plain data, and the pure rules around it (no DOM).
 * `once` items stay done; `daily` items are done today when they have a check-in for
 * today's day key; `weekly` items when they have one in this ISO week.
 */

/**
 * Saved progress for one checklist (per content id and major version). `path` and `focus` came
 * later: progress saved before them has neither, and reads as "everything, no focus".
 */
export interface Progress {
  /** `once` items that are done, with the day each was done. */
  once: Record<string, DayKey>;
  /** `daily` and `weekly` items: the days each was ticked on, oldest first. */
  days: Record<string, DayKey[]>;
  /** The path the reader chose; absent for everything. */
  path?: ChecklistPath;
  /** Item ids the reader picked to focus on this week, in the order picked. */
  focus?: string[];
}

/** The paths a reader can choose from, in the order the choice shows them. */
export const checklistPaths: readonly ChecklistPath[] = ['repairing', 'healing', 'together'];

/** A week's focus stays small on purpose. */
export const FOCUS_LIMIT = 3;

const isPath = (value: unknown): value is ChecklistPath => checklistPaths.includes(value as ChecklistPath);

/** How far back check-ins are kept: enough for every view, bounded for storage. */
export const HISTORY_DAYS = 120;

/**
 * Item ids index these records, and ids are content: `constructor` or `__proto__` must be
 * ordinary keys, so the records have no prototype and are read through `own`.
 */
const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** A record's own value for a key; never one inherited from Object.prototype. */
const own = <T>(values: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(values, key) ? values[key] : undefined;

export const emptyProgress = (): Progress => ({ once: record(), days: record() });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Accepts saved data as Progress, or returns undefined when its shape is wrong. Bad day keys are dropped. */
export function guardProgress(value: unknown): Progress | undefined {
  if (!isRecord(value) || !isRecord(value['once']) || !isRecord(value['days'])) return undefined;
  const progress = emptyProgress();
  for (const [id, day] of Object.entries(value['once'])) if (isDayKey(day)) progress.once[id] = day;
  for (const [id, days] of Object.entries(value['days'])) {
    if (!Array.isArray(days)) return undefined;
    progress.days[id] = [...new Set(days.filter(isDayKey))].sort();
  }
  // Later fields are read tolerantly: missing or odd values mean "not chosen", never a rejection.
  if (isPath(value['path'])) progress.path = value['path'];
  const focus = value['focus'];
  if (Array.isArray(focus))
    progress.focus = [...new Set(focus.filter((id): id is string => typeof id === 'string'))].slice(0, FOCUS_LIMIT);
  return progress;
}

/** Every item of the given groups, in order. */
export const itemsOf = (groups: readonly ChecklistGroup[]): ChecklistItem[] => groups.flatMap((g) => g.items);

const recent = (days: readonly DayKey[], today: DayKey): DayKey[] =>
  days.filter((day) => {
    const age = daysBetween(day, today);
    return age >= 0 && age < HISTORY_DAYS;
  });

/**
 * Fits saved progress to (possibly updated) content: items whose ids still exist keep
 * their ticks and history, others are dropped; history older than HISTORY_DAYS goes.
 */
export function mergeProgress(saved: Progress, items: readonly ChecklistItem[], today: DayKey): Progress {
  const merged = emptyProgress();
  if (saved.path) merged.path = saved.path;
  const focus = saved.focus?.filter((id) => items.some((item) => item.id === id));
  if (focus?.length) merged.focus = focus;
  for (const { id } of items) {
    const once = own(saved.once, id);
    if (once !== undefined) merged.once[id] = once;
    const days = recent(own(saved.days, id) ?? [], today);
    if (days.length) merged.days[id] = days;
  }
  return merged;
}

/** Whether an item counts as done on `today`. */
export function isDone(progress: Progress, item: ChecklistItem, today: DayKey): boolean {
  if (item.cadence === 'once') return Object.hasOwn(progress.once, item.id);
  const days = own(progress.days, item.id) ?? [];
  if (item.cadence === 'daily') return days.includes(today);
  const week = weekKey(today);
  return days.some((day) => weekKey(day) === week);
}

/** Ticks or unticks an item today; returns new progress. Unticking removes today's (or this week's) check-in. */
export function setChecked(progress: Progress, item: ChecklistItem, checked: boolean, today: DayKey): Progress {
  const { id } = item;
  const without = <T>(values: Record<string, T>): Record<string, T> => {
    const copy = record<T>();
    for (const [key, value] of Object.entries(values)) if (key !== id) copy[key] = value;
    return copy;
  };
  const next: Progress = { ...progress, once: without(progress.once), days: without(progress.days) };
  if (item.cadence === 'once') {
    if (checked) next.once[id] = today;
    return next;
  }
  const week = weekKey(today);
  // Drop today's check-in (daily) or this week's (weekly), then add today's back if ticked.
  let days = (own(progress.days, id) ?? []).filter((day) =>
    item.cadence === 'daily' ? day !== today : weekKey(day) !== week,
  );
  if (checked) days = [...days, today].sort();
  days = recent(days, today);
  if (days.length) next.days[id] = days;
  return next;
}

/** The paths an item is for: its own, else its group's; undefined means everyone. */
export function pathsOf(group: ChecklistGroup, item: ChecklistItem): readonly ChecklistPath[] | undefined {
  return item.paths ?? (group.path ? [group.path] : undefined);
}

/** The groups with only the items for `path` (all of them without one); groups left empty go. */
export function groupsFor(groups: readonly ChecklistGroup[], path: ChecklistPath | undefined): ChecklistGroup[] {
  if (!path) return [...groups];
  return groups
    .map((group) => ({ ...group, items: group.items.filter((item) => pathsOf(group, item)?.includes(path) ?? true) }))
    .filter((group) => group.items.length > 0);
}

/** Whether the content offers a choice of path at all. */
export const hasPaths = (groups: readonly ChecklistGroup[]): boolean =>
  groups.some((group) => group.path !== undefined || group.items.some((item) => item.paths !== undefined));

/** New progress with another path (undefined for everything). */
export function withPath(progress: Progress, path: ChecklistPath | undefined): Progress {
  const { path: _old, ...rest } = progress;
  return path ? { ...rest, path } : rest;
}

/** New progress with an item added to or taken off the focus; adding past FOCUS_LIMIT changes nothing. */
export function withFocus(progress: Progress, itemId: string, on: boolean): Progress {
  const current = progress.focus ?? [];
  const focus = on
    ? current.includes(itemId) || current.length >= FOCUS_LIMIT
      ? current
      : [...current, itemId]
    : current.filter((id) => id !== itemId);
  const { focus: _old, ...rest } = progress;
  return focus.length ? { ...rest, focus } : rest;
}

/** Ticks made today and in this ISO week: each check-in counts, and a `once` item on the day it was done. */
export function tickCounts(
  progress: Progress,
  items: readonly ChecklistItem[],
  today: DayKey,
): { today: number; week: number } {
  const week = weekKey(today);
  let onDay = 0;
  let inWeek = 0;
  for (const item of items) {
    const days = item.cadence === 'once' ? [own(progress.once, item.id)] : (own(progress.days, item.id) ?? []);
    for (const day of days) {
      if (day === undefined) continue;
      if (day === today) onDay += 1;
      if (weekKey(day) === week && daysBetween(day, today) >= 0) inWeek += 1;
    }
  }
  return { today: onDay, week: inWeek };
}

export interface Count {
  done: number;
  total: number;
}

export function countDone(progress: Progress, items: readonly ChecklistItem[], today: DayKey): Count {
  return { done: items.filter((item) => isDone(progress, item, today)).length, total: items.length };
}

/**
 * Complete means every `once` item and every `daily` item is done today. Weekly items
 * only count when there is nothing else to do.
 */
export function isComplete(progress: Progress, items: readonly ChecklistItem[], today: DayKey): boolean {
  const relevant = items.filter((item) => item.cadence !== 'weekly');
  const pool = relevant.length ? relevant : items;
  return pool.length > 0 && pool.every((item) => isDone(progress, item, today));
}

/** The days on which any of the items had a check-in. */
export function checkInDays(progress: Progress, items: readonly ChecklistItem[]): Set<DayKey> {
  return new Set(items.flatMap((item) => own(progress.days, item.id) ?? []));
}

/** For each day, how many of the items were ticked on it. */
export function daySeries(progress: Progress, items: readonly ChecklistItem[], days: readonly DayKey[]): number[] {
  return days.map((day) => items.filter((item) => own(progress.days, item.id)?.includes(day)).length);
}

/** For each ISO week, how many of the items had a check-in in it. */
export function weekSeries(progress: Progress, items: readonly ChecklistItem[], weeks: readonly WeekKey[]): number[] {
  return weeks.map(
    (week) => items.filter((item) => own(progress.days, item.id)?.some((day) => weekKey(day) === week)).length,
  );
}

/** The interface words an export needs, already translated. */
export interface ExportLabels {
  /** First line under the title, e.g. "Saved on 2026-03-29 · 7 of 23 done". */
  summary: string;
  /** "3 of 7" for a group. */
  count: (count: Count) => string;
  /** How often an item repeats, e.g. "every day". */
  cadence: Record<Cadence, string>;
}

/** Content text with its inline marks flattened: emphasis goes, links keep their address. */
export function plainText(source: string): string {
  const flat = (nodes: RichNode[]): string =>
    nodes
      .map((node) =>
        node.type === 'text' ? node.text : node.type === 'link' ? `${node.text} (${node.href})` : flat(node.children),
      )
      .join('');
  return flat(parseRichText(source));
}

/** The list with its ticks as plain text or Markdown, for copying, downloading or keeping. */
export function exportText(
  title: string,
  groups: readonly ChecklistGroup[],
  progress: Progress,
  today: DayKey,
  format: 'text' | 'markdown',
  labels: ExportLabels,
): string {
  const md = format === 'markdown';
  const text = md ? (s: string) => s : plainText;
  const lines = [md ? `# ${text(title)}` : text(title), '', labels.summary];
  for (const group of groups) {
    const heading = `${text(group.title)} (${labels.count(countDone(progress, group.items, today))})`;
    lines.push('', md ? `## ${heading}` : heading, '');
    for (const item of group.items) {
      const tick = isDone(progress, item, today) ? '[x]' : '[ ]';
      const cadence = item.cadence === 'once' ? '' : ` (${labels.cadence[item.cadence]})`;
      lines.push(`${md ? '- ' : ''}${tick} ${text(item.label)}${cadence}`);
      if (item.detail) lines.push(`${md ? '  ' : '    '}${text(item.detail)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

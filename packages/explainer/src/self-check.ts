/*
 * Pure logic of the explainer, with no DOM: which sections a document has, moving
 * between tabs by keyboard, and scoring the self-check.
 */
import type { ExplainerContent } from '@mendkit/core';

/** The explainer's sections, in the order the tabs show them. */
export const explainerSections = ['compare', 'scenarios', 'check'] as const;
export type ExplainerSection = (typeof explainerSections)[number];
/** A section, or `all` to stack every section. */
export type ExplainerView = ExplainerSection | 'all';

/** Self-check answers: the chosen concept id, keyed by statement id. */
export type SelfCheckAnswers = Readonly<Record<string, string>>;

/** What a self-check statement needs to be scored. */
export interface SelfCheckItem {
  id: string;
  concept: string;
}

export function isExplainerView(value: unknown): value is ExplainerView {
  return value === 'all' || explainerSections.includes(value as ExplainerSection);
}

/** The sections a document has something to show in; `compare` always. */
export function explainerSectionsOf(doc: ExplainerContent): ExplainerSection[] {
  return explainerSections.filter(
    (section) =>
      section === 'compare' ||
      (section === 'scenarios' && (doc.scenarios.length > 0 || doc.closedPath !== undefined)) ||
      (section === 'check' && doc.selfCheck !== undefined),
  );
}

/**
 * The tab a key moves to in the WAI-ARIA tabs pattern, or undefined when the key is not
 * a tab key. Arrows wrap around; in a right-to-left context ArrowLeft moves forward.
 */
export function nextTabIndex(index: number, count: number, key: string, rtl = false): number | undefined {
  if (count < 1) return undefined;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return (index + 1) % count;
  if (key === back) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

export function isMatch(item: SelfCheckItem, chosen: string): boolean {
  return item.concept === chosen;
}

/** Statements sorted as the content does, out of all statements. */
export function scoreSelfCheck(
  items: readonly SelfCheckItem[],
  answers: SelfCheckAnswers,
): { score: number; total: number } {
  const score = items.filter((item) => {
    const chosen = answers[item.id];
    return chosen !== undefined && isMatch(item, chosen);
  }).length;
  return { score, total: items.length };
}

/** Index of the first statement without an answer; `items.length` when all are answered. */
export function firstUnansweredIndex(items: readonly SelfCheckItem[], answers: SelfCheckAnswers): number {
  const i = items.findIndex((item) => answers[item.id] === undefined);
  return i === -1 ? items.length : i;
}

export function isSelfCheckComplete(items: readonly SelfCheckItem[], answers: SelfCheckAnswers): boolean {
  return items.length > 0 && firstUnansweredIndex(items, answers) === items.length;
}

/**
 * Saved answers that still fit the content: unknown statements and concepts are dropped
 * (content may have changed since). Anything that is not a plain record is rejected.
 */
export function restoreSelfCheckAnswers(
  value: unknown,
  items: readonly SelfCheckItem[],
  concepts: readonly string[],
): SelfCheckAnswers | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const saved = value as Record<string, unknown>;
  const answers: Record<string, string> = {};
  for (const item of items) {
    const chosen = saved[item.id];
    if (typeof chosen === 'string' && concepts.includes(chosen)) answers[item.id] = chosen;
  }
  return answers;
}

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

/**
 * Statement ids key the answers, and ids are content: `constructor` or `hasownproperty` must be
 * ordinary keys. Answers are records without a prototype, read only through `answerOf`.
 */
export function emptyAnswers(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** The concept chosen for a statement, if any; never a value inherited from Object.prototype. */
export function answerOf(answers: SelfCheckAnswers, statementId: string): string | undefined {
  return Object.hasOwn(answers, statementId) ? answers[statementId] : undefined;
}

/** New answers with one more statement answered. */
export function withAnswer(answers: SelfCheckAnswers, statementId: string, concept: string): SelfCheckAnswers {
  const next = emptyAnswers();
  for (const [id, chosen] of Object.entries(answers)) next[id] = chosen;
  next[statementId] = concept;
  return next;
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
    const chosen = answerOf(answers, item.id);
    return chosen !== undefined && isMatch(item, chosen);
  }).length;
  return { score, total: items.length };
}

/** Index of the first statement without an answer; `items.length` when all are answered. */
export function firstUnansweredIndex(items: readonly SelfCheckItem[], answers: SelfCheckAnswers): number {
  const i = items.findIndex((item) => answerOf(answers, item.id) === undefined);
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
  const answers = emptyAnswers();
  for (const item of items) {
    const chosen = Object.hasOwn(saved, item.id) ? saved[item.id] : undefined;
    if (typeof chosen === 'string' && concepts.includes(chosen)) answers[item.id] = chosen;
  }
  return answers;
}

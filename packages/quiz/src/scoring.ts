import { isSafetyOutcome, optionIdsOf, SAFETY_FLAG, SCALE_POINTS } from '@mendkit/core';
import type { QuizContent, QuizQuestion, Rule } from '@mendkit/core';

/*
 * Pure scoring: no DOM, no zod. Everything here reads a validated QuizContent.
 *
 * Decisions (documented in the README too):
 * - Each question is normalised by its own best score, so every answered question
 *   weighs the same within its dimension: dimension = Σ(chosen / max) / answered.
 * - Only answered, visible questions count. A question hidden by `showIf` (given the
 *   answers before it) counts for nothing, and a stale answer it still holds is ignored.
 * - A dimension with no answered question has no score: it is left out of `dimensions`,
 *   and no `dimension` rule about it holds (neither `atLeast` nor `below`).
 * - `total` is the mean of the scored dimensions, so each dimension weighs the same.
 *   With nothing scored it is 0 and no `total` rule holds.
 * - A safety flag always leads to the safety outcome, whatever the order or scores.
 */

/** The person's answers: question id → option id (scale questions use "1".."5"). */
export type QuizAnswers = Record<string, string>;

export interface QuizScore {
  /** Per dimension, 0..1; dimensions with nothing answered are absent. */
  dimensions: Record<string, number>;
  /** Mean of the scored dimensions, 0..1 (0 when nothing is scored). */
  total: number;
  /** Flags raised by the chosen options of visible questions. */
  flags: string[];
  /** The first outcome whose rule holds (the safety outcome when flagged). */
  outcomeId: string;
}

interface Context {
  answers: QuizAnswers;
  flags: Set<string>;
  dimensions: Record<string, number>;
  total: number | undefined;
}

const within = (value: number | undefined, range: { atLeast?: number | undefined; below?: number | undefined }) =>
  value !== undefined &&
  (range.atLeast === undefined || value >= range.atLeast) &&
  (range.below === undefined || value < range.below);

/** Whether a rule holds for the answers, flags and scores so far. */
export function evaluate(rule: Rule, ctx: Context): boolean {
  if ('all' in rule) return rule.all.every((r) => evaluate(r, ctx));
  if ('any' in rule) return rule.any.some((r) => evaluate(r, ctx));
  if ('not' in rule) return !evaluate(rule.not, ctx);
  if ('flag' in rule) return ctx.flags.has(rule.flag);
  if ('chosen' in rule) return ctx.answers[rule.chosen.question] === rule.chosen.option;
  if ('total' in rule) return within(ctx.total, rule.total);
  return within(ctx.dimensions[rule.dimension], rule);
}

/** A question's answer as a share of its best score, or undefined when it does not count. */
function share(question: QuizQuestion, optionId: string | undefined): number | undefined {
  if (optionId === undefined) return undefined;
  if (!question.options) {
    const point = scalePoint(optionId);
    if (point === undefined) return undefined;
    const max = SCALE_POINTS - 1;
    return (question.scale?.reversed ? max - point : point) / max;
  }
  const max = Math.max(0, ...question.options.map((o) => o.score ?? 0));
  const option = question.options.find((o) => o.id === optionId);
  // "I'd rather not say" (no score) counts as answered and weighs nothing.
  return option?.score !== undefined && max > 0 ? option.score / max : undefined;
}

const scalePoint = (id: string): number | undefined => {
  const n = Number(id);
  return Number.isInteger(n) && n >= 1 && n <= SCALE_POINTS && String(n) === id ? n - 1 : undefined;
};

interface Walk {
  /** Questions asked, in order, given the answers. */
  visible: QuizQuestion[];
  /** Only the answers that count: visible questions, known options. */
  answers: QuizAnswers;
  ctx: Context;
}

/** Goes through the questions in order, deciding each `showIf` from the answers before it. */
export function walk(content: QuizContent, answers: QuizAnswers): Walk {
  const sums: Record<string, [number, number]> = {};
  const ctx: Context = { answers: {}, flags: new Set(), dimensions: {}, total: undefined };
  const visible: QuizQuestion[] = [];
  const refresh = () => {
    const values = Object.entries(sums).map(([id, [sum, count]]) => (ctx.dimensions[id] = sum / count));
    ctx.total = values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  };
  for (const question of content.questions) {
    if (question.showIf && !evaluate(question.showIf, ctx)) continue;
    visible.push(question);
    const optionId = answers[question.id];
    if (optionId === undefined || !optionIdsOf(question).includes(optionId)) continue;
    ctx.answers[question.id] = optionId;
    for (const flag of question.options?.find((o) => o.id === optionId)?.flags ?? []) ctx.flags.add(flag);
    const value = question.dimension === undefined ? undefined : share(question, optionId);
    if (value === undefined || question.dimension === undefined) continue;
    const entry = (sums[question.dimension] ??= [0, 0]);
    entry[0] += value;
    entry[1] += 1;
    refresh();
  }
  return { visible, answers: ctx.answers, ctx };
}

/** Questions asked given the answers so far (hidden ones left out). */
export function visibleQuestions(content: QuizContent, answers: QuizAnswers): QuizQuestion[] {
  return walk(content, answers).visible;
}

/** Scores the answers and picks the outcome. */
export function score(content: QuizContent, answers: QuizAnswers): QuizScore {
  const { ctx } = walk(content, answers);
  const outcomes = content.outcomes;
  const outcome =
    (ctx.flags.has(SAFETY_FLAG) ? outcomes.find(isSafetyOutcome) : undefined) ??
    outcomes.find((o) => !o.rule || evaluate(o.rule, ctx)) ??
    outcomes[outcomes.length - 1];
  return {
    dimensions: { ...ctx.dimensions },
    total: ctx.total ?? 0,
    flags: [...ctx.flags],
    outcomeId: outcome?.id ?? '',
  };
}

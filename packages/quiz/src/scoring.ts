import { isSafetyOutcome, optionIdsOf, SAFETY_FLAG, SCALE_POINTS } from '@mendkit/core/content';
import type { QuizContent, QuizOutcome, QuizQuestion, Rule } from '@mendkit/core/content';

/*
 * Pure scoring: no DOM, no zod. Everything here reads a validated QuizContent.
 *
 * Decisions (docs/content.md explains them to authors):
 * - Each question is normalised by its own best score, so every answered question
 *   weighs the same within its dimension: dimension = Σ(chosen / max) / answered.
 * - Only answered, visible questions count. A question hidden by `showIf` (given the
 *   answers before it) counts for nothing, and a stale answer it still holds is ignored.
 * - "I'd rather not say" and questions without a dimension are never scored.
 * - A dimension with no answered question has no score: it is left out of `dimensions`,
 *   and no `dimension` rule about it holds (neither `atLeast` nor `below`).
 * - `total` is the mean of the scored dimensions, so each dimension weighs the same.
 *   With nothing scored it is 0 and no `total` rule holds.
 * - A safety answer always leads to the safety outcome, whatever the order or scores, and
 *   counts even on a question a later change of answer has hidden: the person said it.
 * - Content ids are data, never object keys with meaning: every record here has no prototype,
 *   so ids such as `constructor` or `toString` are ordinary ids.
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
  /** A safety answer was given: the outcome is the safety outcome and no score may be shown. */
  flagged: boolean;
  /** The outcome puts support first and shows no scores (the safety outcome, or one marked so). */
  supportFirst: boolean;
}

/** Everything the quiz derives from the answers, from one walk through the questions. */
export interface QuizEvaluation extends QuizScore {
  /** Questions asked, in order, given the answers. */
  visible: QuizQuestion[];
  /** Only the answers that count: visible questions, known options. */
  counted: QuizAnswers;
  /** The outcome picked (undefined only for content with no outcomes, which validation refuses). */
  outcome: QuizOutcome | undefined;
}

/** A record that treats every key as data: no prototype, so no inherited `constructor`. */
export const emptyRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

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
  if ('chosen' in rule)
    return Object.hasOwn(ctx.answers, rule.chosen.question) && ctx.answers[rule.chosen.question] === rule.chosen.option;
  if ('total' in rule) return within(ctx.total, rule.total);
  return within(Object.hasOwn(ctx.dimensions, rule.dimension) ? ctx.dimensions[rule.dimension] : undefined, rule);
}

const scalePoint = (id: string): number | undefined => {
  const n = Number(id);
  return Number.isInteger(n) && n >= 1 && n <= SCALE_POINTS && String(n) === id ? n - 1 : undefined;
};

/** A question's answer as a share of its best score, or undefined when it does not count. */
function share(question: QuizQuestion, optionId: string): number | undefined {
  if (question.dimension === undefined) return undefined;
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

const answerOf = (answers: QuizAnswers, question: QuizQuestion): string | undefined => {
  const optionId = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  return optionId !== undefined && optionIdsOf(question).includes(optionId) ? optionId : undefined;
};

const flagsOf = (question: QuizQuestion, optionId: string): readonly string[] =>
  question.options?.find((o) => o.id === optionId)?.flags ?? [];

/** Whether any answer, on a visible question or not, raises the safety flag. */
export function hasSafetyAnswer(content: QuizContent, answers: QuizAnswers): boolean {
  return content.questions.some((question) => {
    const optionId = answerOf(answers, question);
    return optionId !== undefined && flagsOf(question, optionId).includes(SAFETY_FLAG);
  });
}

/** Goes through the questions once, in order, deciding each `showIf` from the answers before it, then picks the outcome. */
export function evaluateQuiz(content: QuizContent, answers: QuizAnswers): QuizEvaluation {
  const sums = emptyRecord<[number, number]>();
  const ctx: Context = { answers: emptyRecord(), flags: new Set(), dimensions: emptyRecord(), total: undefined };
  const visible: QuizQuestion[] = [];
  for (const question of content.questions) {
    if (question.showIf && !evaluate(question.showIf, ctx)) continue;
    visible.push(question);
    const optionId = answerOf(answers, question);
    if (optionId === undefined) continue;
    ctx.answers[question.id] = optionId;
    for (const flag of flagsOf(question, optionId)) ctx.flags.add(flag);
    const value = share(question, optionId);
    if (value === undefined || question.dimension === undefined) continue;
    const entry = (sums[question.dimension] ??= [0, 0]);
    entry[0] += value;
    entry[1] += 1;
    ctx.dimensions[question.dimension] = entry[0] / entry[1];
  }
  const values = Object.values(ctx.dimensions);
  ctx.total = values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;

  const flagged = ctx.flags.has(SAFETY_FLAG) || hasSafetyAnswer(content, answers);
  const outcomes = content.outcomes;
  const outcome =
    (flagged ? outcomes.find(isSafetyOutcome) : undefined) ??
    outcomes.find((o) => !o.rule || evaluate(o.rule, ctx)) ??
    outcomes[outcomes.length - 1];
  return {
    visible,
    counted: ctx.answers,
    outcome,
    dimensions: ctx.dimensions,
    total: ctx.total ?? 0,
    flags: [...ctx.flags],
    outcomeId: outcome?.id ?? '',
    flagged,
    supportFirst: flagged || !!outcome?.supportFirst || (!!outcome && isSafetyOutcome(outcome)),
  };
}

/** Scores the answers and picks the outcome. */
export function score(content: QuizContent, answers: QuizAnswers): QuizScore {
  const { dimensions, total, flags, outcomeId, flagged, supportFirst } = evaluateQuiz(content, answers);
  return { dimensions, total, flags, outcomeId, flagged, supportFirst };
}

/** Questions asked given the answers so far (hidden ones left out), with the answers that count. */
export function walk(content: QuizContent, answers: QuizAnswers): { visible: QuizQuestion[]; answers: QuizAnswers } {
  const { visible, counted } = evaluateQuiz(content, answers);
  return { visible, answers: counted };
}

/** How an area reads beside its bar: steady from 0.75, strained below 0.5, mixed between. */
export type Standing = 'steady' | 'mixed' | 'strained';
export const STEADY_FROM = 0.75;
export const STRAINED_BELOW = 0.5;

export const standingOf = (value: number): Standing =>
  value >= STEADY_FROM ? 'steady' : value < STRAINED_BELOW ? 'strained' : 'mixed';

type Dimension = QuizContent['dimensions'][number];

/**
 * The scored dimensions, lowest first (ties keep the content's order), so the bars tell the
 * story from what needs care to what holds.
 */
export function lowestFirst(content: QuizContent, dimensions: Readonly<Record<string, number>>): Dimension[] {
  const value = (d: Dimension) => dimensions[d.id] ?? 0;
  return content.dimensions.filter((d) => Object.hasOwn(dimensions, d.id)).sort((a, b) => value(a) - value(b));
}

/**
 * The one or two areas that most stand in the way: the lowest scores that are not steady.
 * Empty when every scored area is steady; the result then says so instead of naming one.
 */
export function obstacles(content: QuizContent, dimensions: Readonly<Record<string, number>>, most = 2): Dimension[] {
  return lowestFirst(content, dimensions)
    .filter((d) => (dimensions[d.id] ?? 0) < STEADY_FROM)
    .slice(0, most);
}

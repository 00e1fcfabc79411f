import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { headerShape, id, link, text } from './common.js';
import { isSafetyOutcome, optionIdsOf, readsScores, SAFETY_FLAG, SCALE_POINTS } from '../quiz-rules.js';
import { duplicateIds, type ContentKind } from './kind.js';

const share = () => z.number().check(z.gte(0), z.lte(1));

/**
 * Outcome and `showIf` rules: data, never code. Recursive through getters, as zod 4 expects.
 */
const DimensionRule = z.strictObject({
  dimension: id(),
  atLeast: z.optional(share()),
  below: z.optional(share()),
});
const TotalRule = z.strictObject({
  total: z.strictObject({ atLeast: z.optional(share()), below: z.optional(share()) }),
});
const FlagRule = z.strictObject({ flag: id() });
const ChosenRule = z.strictObject({ chosen: z.strictObject({ question: id(), option: id() }) });
const AllRule = z.strictObject({
  get all() {
    return z.array(Rule).check(z.minLength(1));
  },
});
const AnyRule = z.strictObject({
  get any() {
    return z.array(Rule).check(z.minLength(1));
  },
});
const NotRule = z.strictObject({
  get not() {
    return Rule;
  },
});
/**
 * The one type written out by hand: TypeScript cannot emit declarations for an inferred
 * recursive type (they unroll and decay to `Record<string, unknown>`). The annotation on the
 * schema below fails to compile if the two ever disagree.
 */
export type Rule =
  | { dimension: string; atLeast?: number; below?: number }
  | { total: { atLeast?: number; below?: number } }
  | { flag: string }
  | { chosen: { question: string; option: string } }
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule };

export const Rule: z.ZodMiniType<Rule> = z.union(
  [DimensionRule, TotalRule, FlagRule, ChosenRule, AllRule, AnyRule, NotRule],
  {
    error: 'should be a rule with one of the fields "all", "any", "not", "dimension", "total", "flag" or "chosen"',
  },
);

export const QuizOption = z.strictObject({
  id: id(),
  label: text(),
  /** Points for this answer; required on a scored question unless the option is `preferNotToSay`. */
  score: z.optional(z.number().check(z.gte(0))),
  /** Signals this answer raises (`safety` for harm, fear or coercion); rules read them. */
  flags: z.optional(z.array(id())),
  /** An "I'd rather not say" answer: it counts as answered, is never scored and raises no flag. */
  preferNotToSay: z.optional(z.boolean()),
});
export type QuizOption = z.infer<typeof QuizOption>;

export const QuizQuestion = z.strictObject({
  id: id(),
  prompt: text(),
  help: z.optional(text()),
  /** The dimension this question scores; leave it out for an unscored screening question (flags only). */
  dimension: z.optional(id()),
  /** Choices; a question has either these or a `scale`. */
  options: z.optional(z.array(QuizOption).check(z.minLength(2))),
  /** A five-point agree–disagree scale; `reversed` when agreeing is the harder answer. */
  scale: z.optional(z.strictObject({ reversed: z.optional(z.boolean()) })),
  showIf: z.optional(Rule),
  required: z.optional(z.boolean()),
});
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const QuizStep = z.strictObject({
  label: text(),
  /** Another mendkit widget this step leads to. */
  target: z.optional(z.enum(['quiz', 'explainer', 'checklist'])),
  href: z.optional(link()),
});

export const QuizOutcome = z.strictObject({
  id: id(),
  title: text(),
  body: text(),
  steps: z.array(QuizStep),
  rule: z.optional(Rule),
  /**
   * For outcomes about warning signs: support comes first and no scores are shown, as on the
   * safety outcome (which is always support-first).
   */
  supportFirst: z.optional(z.boolean()),
});
export type QuizOutcome = z.infer<typeof QuizOutcome>;

export const QuizContent = z.strictObject({
  ...headerShape('quiz'),
  intro: text(),
  scaleLabels: z.array(text()).check(z.length(SCALE_POINTS, { error: `should list exactly ${SCALE_POINTS} labels` })),
  support: z.strictObject({ label: text(), href: link(), text: text() }),
  dimensions: z.array(z.strictObject({ id: id(), label: text(), description: text() })).check(z.minLength(1)),
  questions: z.array(QuizQuestion).check(z.minLength(1)),
  outcomes: z.array(QuizOutcome).check(z.minLength(1)),
});
export type QuizContent = z.infer<typeof QuizContent>;

function checkQuiz(doc: QuizContent): Problem[] {
  const problems: Problem[] = [
    ...duplicateIds(doc.dimensions, 'dimensions'),
    ...duplicateIds(doc.questions, 'questions'),
    ...duplicateIds(doc.outcomes, 'outcomes'),
  ];
  const dimensions = new Set(doc.dimensions.map((d) => d.id));
  const flags = new Set(doc.questions.flatMap((q) => q.options ?? []).flatMap((o) => o.flags ?? []));

  const checkRule = (rule: Rule, path: string, known: ReadonlyMap<string, QuizQuestion>): void => {
    if ('dimension' in rule) {
      if (!dimensions.has(rule.dimension))
        problems.push({
          path: `${path}.dimension`,
          message: `names the dimension "${rule.dimension}", which does not exist`,
        });
      if (rule.atLeast === undefined && rule.below === undefined)
        problems.push({ path, message: 'needs "atLeast" or "below"' });
    } else if ('total' in rule) {
      if (rule.total.atLeast === undefined && rule.total.below === undefined)
        problems.push({ path: `${path}.total`, message: 'needs "atLeast" or "below"' });
    } else if ('flag' in rule) {
      if (!flags.has(rule.flag))
        problems.push({ path: `${path}.flag`, message: `names the flag "${rule.flag}", which no option raises` });
    } else if ('chosen' in rule) {
      const question = known.get(rule.chosen.question);
      if (!question)
        problems.push({
          path: `${path}.chosen.question`,
          message: `names the question "${rule.chosen.question}", which does not exist${known.size < doc.questions.length ? ' before this one' : ''}`,
        });
      else if (!optionIdsOf(question).includes(rule.chosen.option))
        problems.push({
          path: `${path}.chosen.option`,
          message: `names the option "${rule.chosen.option}", which question "${question.id}" does not have`,
        });
    } else if ('all' in rule) rule.all.forEach((r, i) => checkRule(r, `${path}.all[${i}]`, known));
    else if ('any' in rule) rule.any.forEach((r, i) => checkRule(r, `${path}.any[${i}]`, known));
    else checkRule(rule.not, `${path}.not`, known);
  };

  const earlier = new Map<string, QuizQuestion>();
  doc.questions.forEach((question, index) => {
    const path = `questions[${index}]`;
    if (question.dimension !== undefined && !dimensions.has(question.dimension))
      problems.push({
        path: `${path}.dimension`,
        message: `names the dimension "${question.dimension}", which does not exist`,
      });
    if (question.scale && question.dimension === undefined)
      problems.push({ path: `${path}.dimension`, message: 'is missing: a scale question is always scored' });
    question.options?.forEach((option, o) => {
      const at = `${path}.options[${o}]`;
      if (option.preferNotToSay) {
        if (option.score !== undefined)
          problems.push({ path: `${at}.score`, message: 'should be left out: "I\'d rather not say" is never scored' });
        if (option.flags?.length)
          problems.push({ path: `${at}.flags`, message: 'should be left out: "I\'d rather not say" raises no flag' });
      } else if (question.dimension !== undefined && option.score === undefined) {
        problems.push({ path: `${at}.score`, message: 'is missing: every answer to a scored question needs a score' });
      }
    });
    if (!question.options === !question.scale)
      problems.push({ path, message: 'needs either "options" or "scale", not both and not neither' });
    if (question.options) problems.push(...duplicateIds(question.options, `${path}.options`));
    // showIf may only look back: a later answer cannot decide whether this question is asked.
    if (question.showIf) checkRule(question.showIf, `${path}.showIf`, earlier);
    earlier.set(question.id, question);
  });

  doc.outcomes.forEach((outcome, index) => {
    const path = `outcomes[${index}]`;
    const last = index === doc.outcomes.length - 1;
    if (outcome.rule) {
      checkRule(outcome.rule, `${path}.rule`, earlier);
      if (last)
        problems.push({
          path: `${path}.rule`,
          message: 'should be left out: the last outcome is the fallback used when no other rule holds',
        });
    } else if (!last) {
      problems.push({ path: `${path}.rule`, message: 'is missing: only the last outcome may have no rule' });
    }
  });

  if (flags.has(SAFETY_FLAG)) {
    const safetyIndex = doc.outcomes.findIndex(isSafetyOutcome);
    const firstScored = doc.outcomes.findIndex((o) => o.rule && readsScores(o.rule));
    if (safetyIndex === -1)
      problems.push({
        path: 'outcomes',
        message: `needs an outcome with the rule { "flag": "${SAFETY_FLAG}" }, because some answers raise that flag`,
      });
    else if (firstScored !== -1 && firstScored < safetyIndex)
      problems.push({
        path: `outcomes[${safetyIndex}]`,
        message: 'is the safety outcome and must come before every outcome whose rule reads scores',
      });
  }
  return problems;
}

export const quizKind: ContentKind<QuizContent> = { kind: 'quiz', schema: QuizContent, check: checkQuiz };

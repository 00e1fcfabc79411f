import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { describe, doc, documented, headerShape, id, link, text } from './common.js';
import { isSafetyOutcome, optionIdsOf, readsScores, SAFETY_FLAG, SCALE_POINTS } from '../quiz-rules.js';
import { duplicateIds, type ContentKind } from './kind.js';

const share = () => z.number().check(z.gte(0), z.lte(1));

/**
 * Outcome and `showIf` rules: data, never code. Recursive through getters, as zod 4 expects.
 */
const DimensionRule = documented(
  z.strictObject({
    dimension: id().check(
      describe("The dimension whose score (0 to 1) this rule reads; one of the quiz's `dimensions`."),
    ),
    atLeast: z.optional(share()).check(
      doc({
        description: "Holds when the dimension's score is this share or more (0 to 1; 0.6 means 60%).",
        examples: [0.6],
      }),
    ),
    below: z
      .optional(share())
      .check(
        doc({ description: "Holds when the dimension's score is less than this share (0 to 1).", examples: [0.4] }),
      ),
  }),
  { id: 'DimensionRule', description: 'Holds when a dimension scored within a range.' },
);
const TotalRule = documented(
  z.strictObject({
    total: documented(
      z.strictObject({
        atLeast: z.optional(share()).check(
          doc({
            description: 'Holds when the total is this share or more (0 to 1; 0.6 means 60%).',
            examples: [0.6],
          }),
        ),
        below: z
          .optional(share())
          .check(doc({ description: 'Holds when the total is less than this share (0 to 1).', examples: [0.4] })),
      }),
      { description: 'The range for the total: the mean of the scored dimensions, 0 to 1.' },
    ),
  }),
  { id: 'TotalRule', description: 'Holds when the total score is within a range.' },
);
const FlagRule = documented(
  z.strictObject({
    flag: id().check(describe('Holds when any chosen answer raised this flag; `safety` is the safety flag.')),
  }),
  { id: 'FlagRule', description: 'Holds when a chosen answer raised a flag.' },
);
const ChosenRule = documented(
  z.strictObject({
    chosen: documented(
      z.strictObject({
        question: id().check(describe('The id of the question (in `showIf`, one asked before this one).')),
        option: id().check(
          describe('The id of the answer; scale questions have the answers "1" (strongly disagree) to "5".'),
        ),
      }),
      { description: 'A question and the answer that makes this rule hold.' },
    ),
  }),
  { id: 'ChosenRule', description: 'Holds when a question was answered with one answer.' },
);
const AllRule = documented(
  z.strictObject({
    get all() {
      return z.array(Rule).check(z.minLength(1), describe('Rules that must all hold.'));
    },
  }),
  { id: 'AllRule', description: 'Holds when every rule in the list holds.' },
);
const AnyRule = documented(
  z.strictObject({
    get any() {
      return z.array(Rule).check(z.minLength(1), describe('Rules of which at least one must hold.'));
    },
  }),
  { id: 'AnyRule', description: 'Holds when at least one rule in the list holds.' },
);
const NotRule = documented(
  z.strictObject({
    get not() {
      return Rule;
    },
  }),
  { id: 'NotRule', description: 'Holds when the rule under `not` does not.' },
);
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

export const Rule: z.ZodMiniType<Rule> = documented(
  z.union([DimensionRule, TotalRule, FlagRule, ChosenRule, AllRule, AnyRule, NotRule], {
    error: 'should be a rule with one of the fields "all", "any", "not", "dimension", "total", "flag" or "chosen"',
  }),
  {
    id: 'Rule',
    description:
      'A condition on the answers: one of "all", "any", "not", "dimension", "total", "flag" or "chosen". See docs/content.md.',
  },
);

export const QuizOption = documented(
  z.strictObject({
    id: id().check(describe("Names this answer among the question's answers; rules and saved answers use it.")),
    label: text().check(describe('The words of the answer.')),
    /** Points for this answer; required on a scored question unless the option is `preferNotToSay`. */
    score: z.optional(z.number().check(z.gte(0))).check(
      doc({
        description:
          "Points for this answer, 0 or more. Required when the question has a dimension (unless preferNotToSay). The question's best answer counts as 1, the others as their share of it.",
        examples: [0, 1, 2],
      }),
    ),
    /** Signals this answer raises (`safety` for harm, fear or coercion); rules read them. */
    flags: z.optional(z.array(id())).check(
      doc({
        description:
          'Flags this answer raises, read by `flag` rules. `safety` (harm, fear or coercion) always leads to the safety outcome and is never saved.',
        examples: [['safety']],
      }),
    ),
    /** An "I'd rather not say" answer: it counts as answered, is never scored and raises no flag. */
    preferNotToSay: z
      .optional(z.boolean())
      .check(
        describe(
          'An "I\'d rather not say" answer: it counts as answered, is never scored and raises no flag. Leave out score and flags.',
        ),
      ),
  }),
  { id: 'QuizOption', description: 'One answer a person can choose.' },
);
export type QuizOption = z.infer<typeof QuizOption>;

export const QuizQuestion = documented(
  z.strictObject({
    id: id().check(
      describe('Names this question; answers are saved under it and rules refer to it. Unique in the quiz.'),
    ),
    prompt: text().check(describe('The question or statement, as the person reads it.')),
    help: z.optional(text()).check(describe('A short hint under the prompt.')),
    /** The dimension this question scores; leave it out for an unscored screening question (flags only). */
    dimension: z
      .optional(id())
      .check(
        describe(
          'The dimension this question scores. Leave it out for an unscored screening question, which only raises flags.',
        ),
      ),
    /** Choices; a question has either these or a `scale`. */
    options: z
      .optional(z.array(QuizOption).check(z.minLength(2)))
      .check(describe('The answers to choose from, at least 2. A question has either options or a scale.')),
    /** A five-point agree–disagree scale; `reversed` when agreeing is the harder answer. */
    scale: z
      .optional(
        z.strictObject({
          reversed: z
            .optional(z.boolean())
            .check(
              describe(
                'Score the scale the other way round: "strongly agree" scores 0 and "strongly disagree" scores 4. Use it when agreeing points away from repair.',
              ),
            ),
        }),
      )
      .check(
        doc({
          description:
            'A five-point agree–disagree scale instead of options, labelled by scaleLabels; its answers have the ids "1" to "5", scored 0 to 4.',
          examples: [{}, { reversed: true }],
        }),
      ),
    showIf: z
      .optional(Rule)
      .check(
        describe(
          'Ask this question only when this rule holds for the answers before it; otherwise it is skipped and counts for nothing.',
        ),
      ),
    required: z
      .optional(z.boolean())
      .check(doc({ description: 'Whether the question must be answered before Next. Default true.', default: true })),
  }),
  { id: 'QuizQuestion', description: 'One question, answered with options or on a scale.' },
);
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const QuizStep = documented(
  z.strictObject({
    label: text().check(describe('What to do next, in a few words; the link text when there is an href.')),
    /** Another mendkit widget this step leads to. */
    target: z
      .optional(z.enum(['quiz', 'explainer', 'checklist']))
      .check(describe('The mendkit widget this step suggests, so a site can point it at its own page.')),
    href: z.optional(link()).check(
      doc({
        description: 'Where the step leads: an http(s), mailto: or tel: link, or a relative one like "/checklist".',
        examples: ['/trust-checklist'],
      }),
    ),
  }),
  { id: 'QuizStep', description: 'One suggested next step on a result.' },
);
export type QuizStep = z.infer<typeof QuizStep>;

export const QuizOutcome = documented(
  z.strictObject({
    id: id().check(describe('Names this outcome; events report it. Unique in the quiz.')),
    title: text().check(describe('The heading of the result.')),
    body: text().check(describe('What the result means, in a few kind sentences.')),
    steps: z
      // Described inside: a check on the default itself would keep the schemas in every bundle.
      ._default(
        z
          .array(QuizStep)
          .check(describe('Suggested next steps, shown as a list under the result. Leave out for none.')),
        [],
      ),
    rule: z
      .optional(Rule)
      .check(
        describe(
          'When this outcome applies. Outcomes are tried in order and the first whose rule holds wins; the last has no rule and is the fallback.',
        ),
      ),
    /**
     * For outcomes about warning signs: support comes first and no scores are shown, as on the
     * safety outcome (which is always support-first).
     */
    supportFirst: z
      .optional(z.boolean())
      .check(
        describe(
          'Show support first and no scores, as on the safety outcome (which always is). For outcomes about warning signs.',
        ),
      ),
  }),
  { id: 'QuizOutcome', description: 'One possible result.' },
);
export type QuizOutcome = z.infer<typeof QuizOutcome>;

export const QuizDimension = documented(
  z.strictObject({
    id: id().check(describe("Names this dimension; questions' `dimension` and `dimension` rules refer to it.")),
    label: text().check(describe('The short name shown beside its bar on the result.')),
    description: z.optional(text()).check(describe('A line under the bar saying what this dimension means.')),
    whenLow: z
      .optional(text())
      .check(
        describe(
          'One calm sentence shown when this dimension is among the lowest on a result: what a low score here can mean and a gentle first step. No blame, no promises.',
        ),
      ),
  }),
  { id: 'QuizDimension', description: 'One thing the quiz scores, shown as a bar on the result.' },
);

export const QuizContent = z.strictObject({
  ...headerShape('quiz'),
  intro: text().check(
    describe('The opening words before Start: what the quiz is for, and that it is not a diagnosis.'),
  ),
  scaleLabels: z
    .optional(z.array(text()).check(z.length(SCALE_POINTS, { error: `should list exactly ${SCALE_POINTS} labels` })))
    .check(
      doc({
        description:
          'The five labels of scale answers "1" to "5", from strongly disagree to strongly agree. Required only when a question has a scale.',
        examples: [['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree']],
      }),
    ),
  support: z
    .strictObject({
      label: text().check(describe('The link text, such as the name of a help line.')),
      href: link()
        .check(
          describe('Where help is: an http(s), mailto: or tel: link, or a relative one. The site can override it.'),
        )
        .check(doc({ examples: ['tel:+18007997233', 'https://example.org/help'] })),
      text: text().check(describe('A sentence or two before the link about getting help now.')),
    })
    .check(
      describe(
        'Where to find help, shown when answers suggest the person may not be safe: on the safety outcome and on support-first outcomes.',
      ),
    ),
  dimensions: z
    .array(QuizDimension)
    .check(z.minLength(1), describe('What the quiz scores, at least one; each becomes a bar on the result.')),
  questions: z
    .array(QuizQuestion)
    .check(z.minLength(1), describe('The questions, asked in this order (skipping those whose showIf fails).')),
  outcomes: z
    .array(QuizOutcome)
    .check(
      z.minLength(1),
      describe(
        'The possible results in order: the first whose rule holds wins; the last, with no rule, is the fallback.',
      ),
    ),
});
export type QuizContent = z.infer<typeof QuizContent>;

function checkQuiz(doc: QuizContent): Problem[] {
  const problems: Problem[] = [
    ...duplicateIds(doc.dimensions, 'dimensions'),
    ...duplicateIds(doc.questions, 'questions'),
    ...duplicateIds(doc.outcomes, 'outcomes'),
  ];
  const dimensions = new Set(doc.dimensions.map((d) => d.id));
  // A repeated question id is one mistake, reported once above: rules naming that id are
  // ambiguous, so their option is not checked against either question.
  const seenQuestions = new Set<string>();
  const repeatedQuestions = new Set<string>();
  for (const q of doc.questions) (seenQuestions.has(q.id) ? repeatedQuestions : seenQuestions).add(q.id);
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
      else if (!repeatedQuestions.has(question.id) && !optionIdsOf(question).includes(rule.chosen.option))
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
    if (!earlier.has(question.id)) earlier.set(question.id, question);
  });

  if (!doc.scaleLabels && doc.questions.some((q) => q.scale && !q.options))
    problems.push({ path: 'scaleLabels', message: 'is missing: scale questions show these five labels' });

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

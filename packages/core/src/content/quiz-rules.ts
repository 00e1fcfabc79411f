import type { QuizOutcome, QuizQuestion, Rule } from './schemas/quiz.js';

// Quiz helpers the validator and the widget both need. No zod here: the widget
// imports these at run time, and the schemas load only when a site brings its own content.

/** The flag that marks an answer as a sign of harm, fear or coercion. */
export const SAFETY_FLAG = 'safety';
/** Agree–disagree scales always have five points, scored 0..4 (reversed: 4..0). */
export const SCALE_POINTS = 5;

/** The answer ids a scale question offers: "1" (strongly disagree) to "5" (strongly agree). */
export const scaleOptionIds = Array.from({ length: SCALE_POINTS }, (_, i) => String(i + 1));

/** Option ids a question accepts, whichever form it takes. */
export function optionIdsOf(question: QuizQuestion): string[] {
  return question.options ? question.options.map((o) => o.id) : scaleOptionIds;
}

/** Whether a rule reads scores (so it must never come before the safety outcome). */
export function readsScores(rule: Rule): boolean {
  if ('dimension' in rule || 'total' in rule) return true;
  if ('all' in rule) return rule.all.some(readsScores);
  if ('any' in rule) return rule.any.some(readsScores);
  if ('not' in rule) return readsScores(rule.not);
  return false;
}

/** The outcome a safety flag leads to: its rule is exactly `{ flag: "safety" }`. */
export function isSafetyOutcome(outcome: QuizOutcome): boolean {
  return !!outcome.rule && 'flag' in outcome.rule && outcome.rule.flag === SAFETY_FLAG;
}

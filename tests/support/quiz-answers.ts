import type { QuizAnswers } from '../../packages/quiz/src/scoring.js';

// Answer sets for the built-in quiz (content/quiz/repairable/en.json), shared by the scoring
// tests, the element tests and the stories, so a content change is mended in one place and
// the scoring tests prove each story reaches the outcome it is named after.

/** Everything looks healthy: willing, accountable, safe, talking, steady, a one-off. */
export const healthyAnswers: QuizAnswers = {
  'good-times': 'often',
  'what-broke': 'circumstances',
  'one-off': 'single',
  'feel-afraid': 'no',
  'harm-or-control': 'no',
  pressure: 'no',
  eggshells: '1',
  'they-want-repair': 'trying',
  'i-want-repair': '5',
  'both-listening': '5',
  'they-own-part': 'own-it',
  'i-own-part': '5',
  'hard-talks': 'calm',
  'say-what-i-need': '5',
  'calm-myself': '5',
  'know-triggers': '5',
};

/**
 * Warning signs with no safety-flagged answer, exactly as issue #10 lists them: "Strongly agree"
 * to walking on eggshells, not sure how to describe what happens, they deny it or blame me,
 * talks end in insults, the same thing keeps happening; everything else healthy. The follow-up
 * that "keeps happening" opens gets its most hopeful answer, so the concern shows it does not
 * hang on that answer. These lead to the concern outcome, never to couples advice.
 */
export const warningSignAnswers: QuizAnswers = {
  ...healthyAnswers,
  eggshells: '5',
  'harm-or-control': 'unsure',
  'they-own-part': 'deny',
  'hard-talks': 'attack',
  'one-off': 'keeps-happening',
  'pattern-changing': 'shifting',
};

/** One realistic answer set per outcome of the built-in quiz. */
export const outcomeExamples: Record<string, QuizAnswers> = {
  'safety-first': { ...healthyAnswers, 'feel-afraid': 'sometimes' },
  // Uneasy at times, and unsure what to make of being checked on: two quieter signs together.
  'concern-first': { ...healthyAnswers, 'feel-afraid': 'uneasy', pressure: 'unsure' },
  'pattern-first': { ...healthyAnswers, 'one-off': 'keeps-happening', 'pattern-changing': 'talk-only' },
  'their-part': { ...healthyAnswers, 'they-own-part': 'deny' },
  'own-healing-first': { ...healthyAnswers, 'calm-myself': '2', 'know-triggers': '2' },
  'worth-saving': { ...healthyAnswers, 'good-times': 'rarely', 'what-broke': 'drifted-apart' },
  'talk-first': { ...healthyAnswers, 'hard-talks': 'attack' },
  // Not all top marks, so the result's bars show something real.
  'both-paths-open': {
    ...healthyAnswers,
    'good-times': 'sometimes',
    'what-broke': 'one-hurt',
    'one-off': 'some-signs',
    eggshells: '2',
    'both-listening': '4',
    'i-own-part': '4',
    'hard-talks': 'pause',
    'say-what-i-need': '3',
    'calm-myself': '3',
  },
  'mixed-picture': { ...healthyAnswers, 'harm-or-control': 'unsure' },
};

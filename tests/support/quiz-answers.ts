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

/** One realistic answer set per outcome of the built-in quiz. */
export const outcomeExamples: Record<string, QuizAnswers> = {
  'safety-first': { ...healthyAnswers, 'feel-afraid': 'sometimes' },
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

// The public API of @mendkit/quiz: the element, its event and result types, and pure scoring for
// sites that want to score answers themselves (e.g. on a server). Everything else is internal.
export {
  MendQuiz,
  type MendQuizEventMap,
  type MendQuizEvents,
  type QuizAnswerDetail,
  type QuizCompleteDetail,
  type QuizResult,
} from './quiz.js';
export { score, type QuizAnswers, type QuizScore } from './scoring.js';
// The built-in content, one loader per locale (server rendering inlines it).
export { defaultContent as quizDefaultContent } from './generated/default-content.js';

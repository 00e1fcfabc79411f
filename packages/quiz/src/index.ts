export {
  MendQuiz,
  type MendQuizEventMap,
  type MendQuizEvents,
  type QuizAnswerDetail,
  type QuizCompleteDetail,
  type QuizResult,
} from './quiz.js';
export { score, visibleQuestions, walk, type QuizAnswers, type QuizScore } from './scoring.js';

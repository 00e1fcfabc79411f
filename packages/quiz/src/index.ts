export { MendQuiz, type QuizAnswerDetail, type QuizCompleteDetail, type QuizResult } from './quiz.js';
export { score, visibleQuestions, walk, type QuizAnswers, type QuizScore } from './scoring.js';
// The built-in content, one loader per locale (server rendering inlines it).
export { defaultContent as quizDefaultContent } from './generated/default-content.js';

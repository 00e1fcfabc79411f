export { MendQuiz } from './quiz.js';

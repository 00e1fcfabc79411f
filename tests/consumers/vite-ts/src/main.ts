// A fresh Vite + strict TypeScript app using the npm packages and the README's snippets.
import 'mendkit/define.js';
import type { QuizContent } from 'mendkit';

document.addEventListener('mend-complete', (event) => console.log(event.detail));
document.addEventListener('mend-ready', (event) => console.log(event.detail.contentId, event.detail.version));

declare const myQuiz: QuizContent;
const quiz = document.querySelector('mend-quiz');
if (quiz) {
  quiz.content = myQuiz;
  quiz.layout = 'list';
  quiz.theme = 'dark';
}

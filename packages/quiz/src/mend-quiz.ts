import { MendQuiz } from './quiz.js';

// Guarded, so two copies of mendkit on one page do not throw.
if (!customElements.get('mend-quiz')) customElements.define('mend-quiz', MendQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'mend-quiz': MendQuiz;
  }
}

export { MendQuiz };

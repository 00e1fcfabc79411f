// CDN entry for a page that wants only <mend-quiz>.
import '@mendkit/core/localize.js';
import '@mendkit/quiz/mend-quiz.js';

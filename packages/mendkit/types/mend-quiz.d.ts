// The CDN entry for <mend-quiz> defines it and exports nothing: its types are the tag's.
import '@mendkit/quiz/mend-quiz.js';

export {};

// The npm packages, as an app bundler would import them (the dev server resolves bare specifiers).
import '@mendkit/quiz/mend-quiz.js';
import '@mendkit/explainer/mend-explainer.js';
import 'mendkit/define.js';

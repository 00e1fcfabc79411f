// Defines every mendkit element (each definition is guarded against doubles).
import '@mendkit/quiz/mend-quiz.js';
import '@mendkit/explainer/mend-explainer.js';
import '@mendkit/checklist/mend-checklist.js';

// `content` takes a document of the element's own kind.
import 'mendkit/define.js';
import type { ChecklistContent, ExplainerContent, QuizContent } from 'mendkit';
import { expectTrue, type Equal } from './assert.js';

declare const quizDoc: QuizContent;
declare const checklistDoc: ChecklistContent;

const quiz = document.createElement('mend-quiz');
quiz.content = quizDoc;
quiz.content = undefined;
expectTrue<Equal<HTMLElementTagNameMap['mend-quiz']['content'], QuizContent | undefined>>();
// @ts-expect-error -- a checklist is not a quiz
quiz.content = checklistDoc;
// @ts-expect-error -- not a document at all
quiz.content = 42;

const explainer = document.querySelector('mend-explainer')!;
expectTrue<Equal<typeof explainer.content, ExplainerContent | undefined>>();
document.createElement('mend-checklist').content = checklistDoc;

// Attributes with a fixed set of values are unions.
// @ts-expect-error -- not a theme
quiz.theme = 'blue';
// @ts-expect-error -- not a layout
quiz.layout = 'grid';

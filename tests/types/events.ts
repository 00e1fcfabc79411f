// Events are typed from the element down to the document, from the exported detail interfaces.
import 'mendkit/define.js';
import type {
  ChecklistChangeDetail,
  ChecklistCompleteDetail,
  ContentRef,
  ExplainerAnswerDetail,
  ExplainerChangeDetail,
  ExplainerCompleteDetail,
  MendChecklistEventMap,
  MendErrorDetail,
  MendExplainerEventMap,
  MendQuizEventMap,
  QuizAnswerDetail,
  QuizCompleteDetail,
} from 'mendkit';
import { expectTrue, type Equal } from './assert.js';

type DetailOf<Map, K extends keyof Map> = Map[K] extends CustomEvent<infer D> ? D : never;

// Each element's map carries its own details, by name.
expectTrue<Equal<DetailOf<MendQuizEventMap, 'mend-answer'>, QuizAnswerDetail>>();
expectTrue<Equal<DetailOf<MendQuizEventMap, 'mend-complete'>, QuizCompleteDetail>>();
expectTrue<Equal<DetailOf<MendQuizEventMap, 'mend-ready'>, ContentRef>>();
expectTrue<Equal<DetailOf<MendQuizEventMap, 'mend-error'>, MendErrorDetail>>();
expectTrue<Equal<DetailOf<MendExplainerEventMap, 'mend-change'>, ExplainerChangeDetail>>();
expectTrue<Equal<DetailOf<MendExplainerEventMap, 'mend-answer'>, ExplainerAnswerDetail>>();
expectTrue<Equal<DetailOf<MendExplainerEventMap, 'mend-complete'>, ExplainerCompleteDetail>>();
expectTrue<Equal<DetailOf<MendChecklistEventMap, 'mend-change'>, ChecklistChangeDetail>>();
expectTrue<Equal<DetailOf<MendChecklistEventMap, 'mend-complete'>, ChecklistCompleteDetail>>();

// The element's own listeners get that detail, and `this` is the element.
const quiz = document.querySelector('mend-quiz')!;
quiz.addEventListener('mend-complete', function (event) {
  expectTrue<Equal<typeof event.detail, QuizCompleteDetail>>();
  expectTrue<Equal<typeof this, typeof quiz>>();
});
quiz.addEventListener('mend-answer', (event) => expectTrue<Equal<typeof event.detail, QuizAnswerDetail>>());
// @ts-expect-error -- a misspelled detail field
quiz.addEventListener('mend-complete', (event) => event.detail.contentid);
// Other events keep their DOM types, and unknown names still take a plain listener.
quiz.addEventListener('click', (event) => expectTrue<Equal<typeof event, HTMLElementEventMap['click']>>());
quiz.addEventListener('something-else', (event) => {
  const e: Event = event;
  // @ts-expect-error -- a plain Event has no detail
  void event.detail;
  return e;
});
const onAnswer = (event: MendQuizEventMap['mend-answer']) => event.detail.contentId;
quiz.removeEventListener('mend-answer', onAnswer);

const explainer = document.createElement('mend-explainer');
explainer.addEventListener('mend-change', (event) => expectTrue<Equal<typeof event.detail, ExplainerChangeDetail>>());
const checklist = document.createElement('mend-checklist');
checklist.addEventListener('mend-complete', (event) =>
  expectTrue<Equal<typeof event.detail, ChecklistCompleteDetail>>(),
);
// @ts-expect-error -- the checklist's change detail is not the explainer's
checklist.addEventListener('mend-change', (event: MendExplainerEventMap['mend-change']) => event.detail);

// The README's snippet, under strict: a page-level listener sees every widget's detail.
document.addEventListener('mend-complete', (event) => {
  expectTrue<Equal<typeof event.detail, QuizCompleteDetail | ExplainerCompleteDetail | ChecklistCompleteDetail>>();
  const { contentId, version }: ContentRef = event.detail;
  // @ts-expect-error -- only the quiz's detail has an outcome: narrow first
  void event.detail.outcomeId;
  if ('outcomeId' in event.detail) expectTrue<Equal<typeof event.detail, QuizCompleteDetail>>();
  return [contentId, version];
});
window.addEventListener('mend-change', (event) =>
  expectTrue<Equal<typeof event.detail, ExplainerChangeDetail | ChecklistChangeDetail>>(),
);
document.body.addEventListener('mend-error', (event) => expectTrue<Equal<typeof event.detail, MendErrorDetail>>());
document.addEventListener('mend-answer', (event) =>
  expectTrue<Equal<typeof event.detail, QuizAnswerDetail | ExplainerAnswerDetail>>(),
);

import type { ChecklistContent } from './schemas/checklist.js';
import type { ExplainerContent } from './schemas/explainer.js';
import type { QuizContent } from './schemas/quiz.js';

/** Each content kind's document type, by name. Types only: importing this pulls in no zod. */
export interface ContentByKind {
  quiz: QuizContent;
  explainer: ExplainerContent;
  checklist: ChecklistContent;
}

export type KindName = keyof ContentByKind;

export {
  MendChecklist,
  type MendChecklistEventMap,
  type MendChecklistEvents,
  type ChecklistChangeDetail,
  type ChecklistCompleteDetail,
} from './checklist.js';
export * from './days.js';
export * from './progress.js';

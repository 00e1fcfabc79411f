// The public API of @mendkit/checklist: the element and its event details. Day keys and
// progress rules are internal.
export {
  MendChecklist,
  type MendChecklistEventMap,
  type MendChecklistEvents,
  type ChecklistChangeDetail,
  type ChecklistCompleteDetail,
} from './checklist.js';
// The built-in content, one loader per locale (server rendering inlines it).
export { defaultContent as checklistDefaultContent } from './generated/default-content.js';

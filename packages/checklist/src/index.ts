// The public API of @mendkit/checklist: the element and its event details. Day keys and
// progress rules are internal.
export { MendChecklist, type ChecklistChangeDetail, type ChecklistCompleteDetail } from './checklist.js';

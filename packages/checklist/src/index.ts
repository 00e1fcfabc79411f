export { MendChecklist, type ChecklistChangeDetail, type ChecklistCompleteDetail } from './checklist.js';
export * from './days.js';
export * from './progress.js';
// The built-in content, one loader per locale (server rendering inlines it).
export { defaultContent as checklistDefaultContent } from './generated/default-content.js';

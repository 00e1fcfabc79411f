import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { headerShape, id, text } from './common.js';
import { duplicateIds, type ContentKind } from './kind.js';

export const Cadence = z.enum(['once', 'daily', 'weekly']);
export type Cadence = z.infer<typeof Cadence>;

export const ChecklistItem = z.strictObject({
  id: id(),
  label: text(),
  detail: z.optional(text()),
  cadence: Cadence,
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ChecklistGroup = z.strictObject({
  id: id(),
  title: text(),
  description: text(),
  /** Which of the two repair paths (or both together) the group serves. */
  path: z.optional(z.enum(['repairing', 'healing', 'together'])),
  items: z.array(ChecklistItem).check(z.minLength(1)),
});
export type ChecklistGroup = z.infer<typeof ChecklistGroup>;

export const ChecklistContent = z.strictObject({
  ...headerShape('checklist'),
  intro: text(),
  groups: z.array(ChecklistGroup).check(z.minLength(1)),
});
export type ChecklistContent = z.infer<typeof ChecklistContent>;

function checkChecklist(doc: ChecklistContent): Problem[] {
  // Item ids are saved progress keys, so they must be unique across every group.
  const itemIds = new Set<string>();
  return [
    ...duplicateIds(doc.groups, 'groups'),
    ...doc.groups.flatMap((group, i) => duplicateIds(group.items, `groups[${i}].items`, itemIds)),
  ];
}

export const checklistKind: ContentKind<ChecklistContent> = {
  kind: 'checklist',
  schema: ChecklistContent,
  check: checkChecklist,
};

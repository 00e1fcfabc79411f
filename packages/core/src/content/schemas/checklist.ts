import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { headerShape, id, text } from './common.js';
import { duplicateIds, type ContentKind } from './kind.js';

export const Cadence = z.enum(['once', 'daily', 'weekly']).check(
  z.meta({
    id: 'Cadence',
    description:
      'How often the item is done: once, or again every day or every week (each day or week starts unticked).',
  }),
);
export type Cadence = z.infer<typeof Cadence>;

export const ChecklistItem = z
  .strictObject({
    id: id('Names this item; ticks are saved under it, so keep it when the words change. Unique across all groups.'),
    label: text('The action, in a few words, beside its checkbox.'),
    detail: z.optional(text()).check(z.describe('A sentence or two more, under the label.')),
    cadence: z._default(Cadence, 'once').check(z.describe('How often the item is done. Default "once".')),
  })
  .check(z.meta({ id: 'ChecklistItem', description: 'One action to tick off.' }));
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ChecklistGroup = z
  .strictObject({
    id: id('Names this group. Unique among the groups.'),
    title: text('The heading of the group.'),
    description: z.optional(text()).check(z.describe('A sentence under the heading about who the group is for.')),
    /** Which of the two repair paths (or both together) the group serves. */
    path: z
      .optional(z.enum(['repairing', 'healing', 'together']))
      .check(
        z.describe(
          'Which path the group serves: "repairing" (the one who hurt), "healing" (the one who was hurt) or "together".',
        ),
      ),
    items: z.array(ChecklistItem).check(z.minLength(1), z.describe('The actions, at least one.')),
  })
  .check(z.meta({ id: 'ChecklistGroup', description: 'A group of actions under one heading.' }));
export type ChecklistGroup = z.infer<typeof ChecklistGroup>;

export const ChecklistContent = z.strictObject({
  ...headerShape('checklist'),
  intro: text('The opening words: what the checklist is for and how ticking works.'),
  groups: z.array(ChecklistGroup).check(z.minLength(1), z.describe('The groups of actions, at least one.')),
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

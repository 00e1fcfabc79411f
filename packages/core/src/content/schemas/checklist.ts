import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { describe, doc, documented, headerShape, id, text } from './common.js';
import { duplicateIds, type ContentKind } from './kind.js';

export const Cadence = z.enum(['once', 'daily', 'weekly']).check(
  doc({
    id: 'Cadence',
    description:
      'How often the item is done: once, or again every day or every week (each day or week starts unticked).',
  }),
);
export type Cadence = z.infer<typeof Cadence>;

export const ChecklistPath = z.enum(['repairing', 'healing', 'together']).check(
  doc({
    id: 'ChecklistPath',
    description:
      'A path through the repair: "repairing" (the one who caused the hurt), "healing" (the one who was hurt) or "together" (both working on it). The reader can choose one to see only its actions.',
  }),
);
export type ChecklistPath = z.infer<typeof ChecklistPath>;

export const ChecklistItem = documented(
  z.strictObject({
    id: id().check(
      describe(
        'Names this item; ticks are saved under it, so keep it when the words change. Unique across all groups.',
      ),
    ),
    label: text().check(describe('The action, in a few words, beside its checkbox.')),
    detail: z.optional(text()).check(describe('A sentence or two more, under the label.')),
    cadence: z._default(Cadence, 'once'), // described by Cadence
    paths: z
      .optional(z.array(ChecklistPath).check(z.minLength(1)))
      .check(
        describe(
          "The paths this item is for, when it serves more than its group's. Leave out to follow the group's `path`; an item with neither shows for everyone.",
        ),
      ),
  }),
  { id: 'ChecklistItem', description: 'One action to tick off.' },
);
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ChecklistGroup = documented(
  z.strictObject({
    id: id().check(describe('Names this group. Unique among the groups.')),
    title: text().check(describe('The heading of the group.')),
    description: z.optional(text()).check(describe('A sentence under the heading about who the group is for.')),
    /** Which of the two repair paths (or both together) the group serves. */
    path: z
      .optional(ChecklistPath)
      .check(
        describe(
          'Which path the group serves: "repairing" (the one who hurt), "healing" (the one who was hurt) or "together". Its items follow it unless they list their own `paths`.',
        ),
      ),
    items: z.array(ChecklistItem).check(z.minLength(1), describe('The actions, at least one.')),
  }),
  { id: 'ChecklistGroup', description: 'A group of actions under one heading.' },
);
export type ChecklistGroup = z.infer<typeof ChecklistGroup>;

export const ChecklistContent = z.strictObject({
  ...headerShape('checklist'),
  intro: text().check(describe('The opening words: what the checklist is for and how ticking works.')),
  groups: z.array(ChecklistGroup).check(z.minLength(1), describe('The groups of actions, at least one.')),
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

import { z } from 'zod/mini';
import { describe, documented, headerShape, id, text } from './common.js';
import { duplicateIds, type ContentKind } from './kind.js';

export const NoteLine = documented(
  z.strictObject({
    id: id(),
    text: text().check(describe('One short thing to keep in mind.')),
  }),
  { id: 'NoteLine', description: 'One line of a note.' },
);
export type NoteLine = z.infer<typeof NoteLine>;

export const NoteContent = z.strictObject({
  ...headerShape('note'),
  lines: z.array(NoteLine).check(z.minLength(1), describe('The lines, at least one.')),
});
export type NoteContent = z.infer<typeof NoteContent>;

export const noteKind: ContentKind<NoteContent> = {
  kind: 'note',
  schema: NoteContent,
  check: (doc) => duplicateIds(doc.lines, 'lines'),
};

// The note validator alone.
import { noteKind, type NoteContent } from '../schemas/note.js';
import type { Validation } from '../validate.js';
import { validateContent } from './shared.js';

export const validate = (input: unknown): Validation<NoteContent> => validateContent(noteKind, input);

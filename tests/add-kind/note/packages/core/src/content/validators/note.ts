// The note validator alone.
import { noteKind } from '../schemas/note.js';
import { kindValidator } from './shared.js';

export const validate = kindValidator(noteKind);

// The checklist validator alone: a page with only <mend-checklist> builds only the checklist schemas.
import { checklistKind, type ChecklistContent } from '../schemas/checklist.js';
import type { Validation } from '../validate.js';
import { validateContent } from './shared.js';

export const validate = (input: unknown): Validation<ChecklistContent> => validateContent(checklistKind, input);

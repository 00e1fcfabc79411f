// The checklist validator alone: a page with only <mend-checklist> builds only the checklist schemas.
import { checklistKind, type ChecklistContent } from '../schemas/checklist.js';
import { validateContent, type Validation } from '../validate.js';

export const validate = (input: unknown): Validation<ChecklistContent> => validateContent(checklistKind, input);

// The checklist validator alone: a page with only <mend-checklist> builds only the checklist schemas.
// Running this module lists the validator as loaded (see loaded.ts).
import { checklistKind } from '../schemas/checklist.js';
import { kindValidator } from './shared.js';

export const validate = kindValidator(checklistKind);

// The explainer validator alone: a page with only <mend-explainer> builds only the explainer schemas.
// Running this module lists the validator as loaded (see loaded.ts).
import { explainerKind } from '../schemas/explainer.js';
import { kindValidator } from './shared.js';

export const validate = kindValidator(explainerKind);

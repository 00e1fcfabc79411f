// The explainer validator alone: a page with only <mend-explainer> builds only the explainer schemas.
import { explainerKind, type ExplainerContent } from '../schemas/explainer.js';
import type { Validation } from '../validate.js';
import { validateContent } from './shared.js';

export const validate = (input: unknown): Validation<ExplainerContent> => validateContent(explainerKind, input);

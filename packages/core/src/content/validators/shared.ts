// What every kind's validator shares (zod, the header schema, the checks), as a module of its
// own: load.ts imports it beside the kind's validator, so both chunks are requested at once
// instead of the shared one only after the kind's has arrived.
import type { ContentHeader } from '../schemas/common.js';
import type { ContentKind } from '../schemas/kind.js';
import { validateContent, type Validation } from '../validate.js';
import { loadedValidators } from './loaded.js';

export { validateContent } from '../validate.js';
export { headerShape } from '../schemas/common.js';
export { duplicateIds } from '../schemas/kind.js';

/** A kind's validator, listed in `loadedValidators` as soon as its module runs. */
export function kindValidator<Doc extends ContentHeader>(kind: ContentKind<Doc>): (input: unknown) => Validation<Doc> {
  const validate = (input: unknown) => validateContent(kind, input);
  (loadedValidators as Record<string, unknown>)[kind.kind] = validate;
  return validate;
}

// What every kind's validator shares (zod, the header schema, the checks), as a module of its
// own: load.ts imports it beside the kind's validator, so both chunks are requested at once
// instead of the shared one only after the kind's has arrived.
export { validateContent } from '../validate.js';
export { headerShape } from '../schemas/common.js';
export { duplicateIds } from '../schemas/kind.js';

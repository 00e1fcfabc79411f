/**
 * The content schema's version, in a module of its own: the widget's runtime checks stamps
 * against it (stamp.ts) without pulling zod in with the schemas.
 */
export const CURRENT_SCHEMA_VERSION = 1;

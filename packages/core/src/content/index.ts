// @mendkit/core/content: the content model with no DOM and no lit, importable from Node
// (validators, the CLI, server-side tools) as well as from the browser.
export type { ContentByKind, KindName } from './kinds.js';
export { checkLimits, LIMITS } from './limits.js';
export { linkRule, safeUrl, type LinkUse } from './links.js';
export { migrate, migrations, type Migration, type MigrationRegistry, type MigrationResult } from './migrations.js';
export { formatPath, problemsFromIssues, type Problem } from './problems.js';
export { isSafetyOutcome, optionIdsOf, readsScores, SAFETY_FLAG, SCALE_POINTS, scaleOptionIds } from './quiz-rules.js';
export { parseRichText, type RichNode } from './rich-text.js';
export * from './schemas/checklist.js';
export { CURRENT_SCHEMA_VERSION, type ContentHeader } from './schemas/common.js';
export { canonicalJson, cyrb53, STAMP_FIELD, stamped, stampOf, withStamp } from './stamp.js';
export * from './schemas/explainer.js';
export { duplicateIds, type ContentKind } from './schemas/kind.js';
export * from './schemas/quiz.js';
export { contentKinds, validateContent, validateKind, type Validation } from './validate.js';

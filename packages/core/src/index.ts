export { MendElement, type LoadState, type Theme } from './base-element.js';
export { cssProperties } from './css-properties.js';
export {
  MendAnswerEvent,
  MendChangeEvent,
  MendCompleteEvent,
  MendErrorEvent,
  MendEvent,
  MendReadyEvent,
  type ContentRef,
  type LoadErrorKind,
  type MendErrorDetail,
} from './events.js';
export { DEFAULT_TIMEOUT_MS, loadContent, type ContentSources, type LoadError, type LoadResult } from './load.js';
export {
  directionOf,
  formatNumber,
  matchLocale,
  onInterfaceLocaleRequest,
  pickDefaultContent,
  requestInterfaceLocale,
  resolveLocale,
} from './locale.js';
export { migrate, migrations, type Migration, type MigrationRegistry, type MigrationResult } from './migrations.js';
export { formatPath, problemsFromIssues, type Problem } from './problems.js';
export { isSafeHref, parseRichText, richText, type RichNode } from './rich-text.js';
export * from './schemas/checklist.js';
export { CURRENT_SCHEMA_VERSION, type ContentHeader } from './schemas/common.js';
export * from './schemas/explainer.js';
export { duplicateIds, type ContentKind } from './schemas/kind.js';
export * from './schemas/quiz.js';
export { clearStores, createStore, storageKey, type Store, type StoreOptions } from './storage.js';
export { controls, tokens } from './styles.js';
export type { ContentByKind, KindName } from './kinds.js';
export { isSafetyOutcome, optionIdsOf, readsScores, SAFETY_FLAG, SCALE_POINTS, scaleOptionIds } from './quiz-rules.js';
export { contentKinds, validateContent, validateKind, type Validation } from './validate.js';

// @mendkit/core: the content model (also alone, lit-free, as @mendkit/core/content) and the
// element runtime every widget is built on.
export * from './content/index.js';
export { MendElement, type LoadState, type Theme } from './element/base-element.js';
export { cssProperties } from './element/css-properties.js';
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
  type MendGlobalEventMap,
} from './element/events.js';
export {
  builtInContentLoaded,
  DEFAULT_TIMEOUT_MS,
  loadContent,
  loadContentNow,
  useValidator,
  type ContentSources,
  type LoadError,
  type LoadResult,
} from './element/load.js';
export {
  directionOf,
  formatNumber,
  matchLocale,
  onInterfaceLocaleRequest,
  pickDefaultContent,
  requestInterfaceLocale,
  resolveLocale,
} from './element/locale.js';
export type { KebabCase, MendElementAttributes, MendElementProps, MendEventHandlers } from './element/props.js';
export { richText } from './element/rich-text.js';
export {
  clearStores,
  createStore,
  storageKey,
  withoutSavedState,
  type Store,
  type StoreOptions,
} from './element/storage.js';
export { controls, tokens } from './element/styles.js';
export { goToWidget, resolveTarget, type TargetKind, type TargetLink } from './element/targets.js';
export { Announcer } from './element/controllers/announcer.js';
export { FocusController } from './element/controllers/focus.js';
export {
  persistenceModes,
  ProgressController,
  type Persistence,
  type ProgressDocument,
  type ProgressHost,
  type ProgressOptions,
} from './element/controllers/progress.js';

// Entry for assets/validate.js, the validator the settings page imports (built by
// scripts/wordpress-build.mjs from @mendkit/core/content).
export { CURRENT_SCHEMA_VERSION, validateKind, withStamp } from '@mendkit/core/content';

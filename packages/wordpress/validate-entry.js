// Entry for assets/validate.js, the validator the settings page imports (built by
// scripts/wordpress-build.mjs from @mendkit/core/content).
export { validateKind } from '@mendkit/core/content';

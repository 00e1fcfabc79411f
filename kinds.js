// @ts-check
/**
 * The registry of content kinds: the one list the build, scripts, Storybook and tests derive
 * theirs from. A kind's name fixes everything else by convention:
 *   package folder  packages/<kind>            npm name      @mendkit/<kind>
 *   element tag     <mend-<kind>>              define module packages/<kind>/src/mend-<kind>.ts
 *   CDN entry       packages/mendkit/cdn/mend-<kind>.ts
 *   default content content/<kind>/<defaultContent>/<locale>.json
 *   schema          contentKinds.<kind> in @mendkit/core (packages/core/src/content/validate.ts)
 * tests/core/registry.test.ts checks that all of these agree. CONTRIBUTING.md lists the steps
 * to add a kind.
 */
export const kinds = /** @type {const} */ ({
  quiz: { defaultContent: 'repairable' },
  explainer: { defaultContent: 'reconciliation-vs-forgiveness' },
  checklist: { defaultContent: 'trust-actions' },
});

/** @typedef {keyof typeof kinds} RegisteredKind */

/** @type {RegisteredKind[]} */
export const kindNames = /** @type {RegisteredKind[]} */ (Object.keys(kinds));

/** @param {string} kind */
export const tagOf = (kind) => `mend-${kind}`;

/** Every widget's tag, in registry order. */
export const widgetTags = kindNames.map(tagOf);

/** A CSS selector matching every widget. */
export const widgetSelector = widgetTags.join(', ');

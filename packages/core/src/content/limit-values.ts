// The numbers alone, apart from the check that walks a document: the runtime needs the
// size limit on every page, the walk belongs with the validator, which loads on demand.
/**
 * How much content mendkit reads. Every number is far above what real content needs (the
 * largest built-in document is about 17 KB, 6 levels deep, with lists of about 20 items), so
 * only broken or hostile documents reach one. A document over a limit is refused with a
 * problem that names the limit, never read in part.
 *
 * The structural limits (size, depth, list length, cycles) are checked by `checkLimits`
 * before the schema runs: a schema recursing through a document thousands of levels deep
 * would overflow the stack before it could say what is wrong.
 */
export const LIMITS = {
  /** Characters of JSON text in one document (about 1 MB). */
  documentChars: 1_000_000,
  /** Characters in one text field (a long paragraph is about 1,000). */
  textChars: 10_000,
  /** Characters in one id. */
  idChars: 100,
  /** Items in one list (questions, options, groups, items…). */
  listItems: 500,
  /** Levels of objects and lists inside each other, the document itself being level 1. */
  depth: 32,
  /** Rules inside rules (`all`, `any`, `not`), the outermost being level 1. */
  ruleDepth: 12,
  /** Values of any kind in the whole document: a bound on the work a shared-reference maze could cause. */
  values: 200_000,
} as const;

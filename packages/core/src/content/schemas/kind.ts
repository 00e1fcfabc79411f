import type * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import type { ContentHeader } from './common.js';

/**
 * A content kind: its zod schema plus the semantic checks shape alone cannot express
 * (unique ids, references that must resolve). Every kind follows this pattern.
 */
export interface ContentKind<Doc extends ContentHeader = ContentHeader> {
  readonly kind: Doc['kind'];
  readonly schema: z.ZodMiniType<Doc, unknown>;
  /** Runs only on a document that already has the right shape. */
  readonly check: (doc: Doc) => Problem[];
}

/** Collects problems for ids that appear more than once in `items`. */
export function duplicateIds(items: readonly { id: string }[], path: string, seen = new Set<string>()): Problem[] {
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ path: `${path}[${index}].id`, message: `repeats the id "${item.id}"` });
    seen.add(item.id);
  });
  return problems;
}

import type { ContentByKind, KindName } from './kinds.js';
import { checkLimits } from './limits.js';
import { migrate, migrations, type MigrationRegistry } from './migrations.js';
import { problemsFromIssues, type Problem } from './problems.js';
import { checklistKind } from './schemas/checklist.js';
import type { ContentHeader } from './schemas/common.js';
import { explainerKind } from './schemas/explainer.js';
import type { ContentKind } from './schemas/kind.js';
import { quizKind } from './schemas/quiz.js';
import { STAMP_FIELD } from './stamp.js';

export type Validation<Doc> = { ok: true; value: Doc } | { ok: false; problems: Problem[] };

/**
 * Every content kind mendkit knows, by name. Widgets load one kind's validator alone
 * (`./validators/<kind>.js`), so a page builds only the schemas it uses.
 */
export const contentKinds: { readonly [K in KindName]: ContentKind<ContentByKind[K]> } = {
  quiz: quizKind,
  explainer: explainerKind,
  checklist: checklistKind,
};

/**
 * Upgrades, shape-checks and semantically checks a document of the given kind.
 * Never throws: every mistake comes back as a problem with its JSON path.
 */
export function validateContent<Doc extends ContentHeader>(
  kind: ContentKind<Doc>,
  input: unknown,
  registry: MigrationRegistry = migrations,
): Validation<Doc> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, problems: [{ path: '', message: 'should be a JSON object' }] };
  if ((input as { kind?: unknown }).kind !== kind.kind)
    return { ok: false, problems: [{ path: 'kind', message: `should be "${kind.kind}" for this widget` }] };
  // Size, depth and cycles first: the schema recurses, and must only ever see a bounded tree.
  const tooBig = checkLimits(input);
  if (tooBig.length) return { ok: false, problems: tooBig };
  try {
    // A stamp (see stamp.ts) is not part of the content: a stale one means "check it all".
    if (Object.hasOwn(input, STAMP_FIELD)) {
      const { [STAMP_FIELD]: _stamp, ...rest } = input as Record<string, unknown>;
      input = rest;
    }
    const migrated = migrate(input, registry);
    if (!migrated.ok) return migrated;
    const parsed = kind.schema.safeParse(migrated.doc, { reportInput: true });
    if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };
    const problems = kind.check(parsed.data);
    return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
  } catch {
    // Only an object built to misbehave (a throwing getter, a proxy) gets here.
    return { ok: false, problems: [{ path: '', message: 'could not be read: reading it failed' }] };
  }
}

/** `validateContent` by kind name. */
export function validateKind<K extends KindName>(kind: K, input: unknown): Validation<ContentByKind[K]> {
  return validateContent(contentKinds[kind] as ContentKind<ContentByKind[K]>, input);
}

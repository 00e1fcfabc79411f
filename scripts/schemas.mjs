// Writes a JSON Schema per content kind from the zod schemas, for editors' completion and for
// docs/content.md (scripts/content-reference.mjs reads these). Every property carries the
// description given in the zod schema. Runs after the build (it reads core's dist).
import { mkdirSync, writeFileSync } from 'node:fs';
import { globalRegistry, registry, toJSONSchema } from 'zod/mini';
import { contentKinds } from '../packages/core/dist/content/validate.js';

export const schemaBase = 'https://cdn.jsdelivr.net/npm/@mendkit/core/schemas/';

const about = {
  quiz: 'A <mend-quiz> document: a scored self-assessment with outcomes picked by rules and a safety gate.',
  explainer: 'A <mend-explainer> document: two ideas side by side, with scenarios and a short self-check.',
  checklist: 'A <mend-checklist> document: groups of actions to tick off, once or again every day or week.',
};

/**
 * The documentation the schemas carry in their `doc()` checks (see schemas/common.ts), as a zod
 * metadata registry for toJSONSchema: descriptions, examples, defaults and `$defs` names.
 */
function documentation(root) {
  const docs = registry();
  const seen = new Set();
  const visit = (value) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(visit);
    const def = value._zod?.def;
    if (!def) return Object.values(value).forEach(visit); // an object shape
    const meta = Object.assign(
      {},
      ...(def.checks ?? []).map((check) =>
        Object.fromEntries(Object.entries(check._zod.check?.mendkitDoc ?? {}).filter(([, v]) => v !== undefined)),
      ),
    );
    // Object schemas are documented in zod's registry (documented()), fields by a doc() check.
    Object.assign(meta, globalRegistry.get(value));
    if (Object.keys(meta).length) docs.add(value, meta);
    for (const key of ['shape', 'element', 'innerType', 'options', 'keyType', 'valueType', 'in', 'out'])
      visit(def[key]);
  };
  visit(root);
  return docs;
}

const out = 'packages/core/schemas';
mkdirSync(out, { recursive: true });
for (const [kind, { schema }] of Object.entries(contentKinds)) {
  // io: 'input' so that fields with defaults are not marked required.
  const { $schema, ...json } = toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    cycles: 'ref',
    metadata: documentation(schema),
  });
  const document = {
    $schema,
    $id: `${schemaBase}${kind}.schema.json`,
    title: `mendkit ${kind} content`,
    description: `${about[kind]} Reference: https://github.com/mendkit/mendkit/blob/main/docs/content.md`,
    ...json,
  };
  // The stamp `mendkit validate --stamp` writes (docs/content.md): not content, so not in the zod
  // schema (the validator sets it aside), but an editor should not flag it.
  document.properties = {
    $validated: {
      type: 'string',
      pattern: '^\\d+:[0-9a-f]{14}$',
      description:
        'Written by `mendkit validate --stamp`: the schema version and a hash of this document. Widgets skip their checks while it matches; do not edit it.',
    },
    ...document.properties,
  };
  writeFileSync(`${out}/${kind}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
}

// Writes a JSON Schema per content kind from the zod schemas, for editors' completion and for
// docs/content.md (scripts/content-reference.mjs reads these). Every property carries the
// description given in the zod schema. Runs after the build (it reads core's dist).
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { contentKinds } from '../packages/core/dist/content/validate.js';

export const schemaBase = 'https://cdn.jsdelivr.net/npm/@mendkit/core/schemas/';

const about = {
  quiz: 'A <mend-quiz> document: a scored self-assessment with outcomes picked by rules and a safety gate.',
  explainer: 'A <mend-explainer> document: two ideas side by side, with scenarios and a short self-check.',
  checklist: 'A <mend-checklist> document: groups of actions to tick off, once or again every day or week.',
};

const out = 'packages/core/schemas';
mkdirSync(out, { recursive: true });
for (const [kind, { schema }] of Object.entries(contentKinds)) {
  // io: 'input' so that fields with defaults are not marked required.
  const { $schema, ...json } = toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' });
  const document = {
    $schema,
    $id: `${schemaBase}${kind}.schema.json`,
    title: `mendkit ${kind} content`,
    description: `${about[kind]} Reference: https://github.com/mendkit/mendkit/blob/main/docs/content.md`,
    ...json,
  };
  writeFileSync(`${out}/${kind}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
}

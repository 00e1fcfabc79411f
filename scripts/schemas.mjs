// Writes a JSON Schema per content kind from the zod schemas, for editors' autocompletion.
// Content files point at them with "$schema". Runs after the build (it reads core's dist).
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { contentKinds } from '../packages/core/dist/content/validate.js';

const out = 'packages/core/schemas';
mkdirSync(out, { recursive: true });
for (const [kind, { schema }] of Object.entries(contentKinds)) {
  // io: 'input' so that fields with defaults are not marked required.
  const json = toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' });
  const document = { title: `mendkit ${kind} content`, ...json };
  writeFileSync(`${out}/${kind}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
}

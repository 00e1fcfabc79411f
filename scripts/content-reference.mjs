// Writes the field tables of docs/content.md from the shipped JSON Schemas (packages/core/schemas,
// written by scripts/schemas.mjs from the zod schemas' own descriptions), between the markers
// <!-- fields:<kind> --> and <!-- /fields:<kind> -->. The prose around them is hand-written.
//   node scripts/content-reference.mjs          rewrites docs/content.md
//   node scripts/content-reference.mjs --check  fails when docs/content.md is stale (npm test)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { kindNames as kinds } from '../kinds.js';

export const referencePath = 'docs/content.md';
// The pattern of ids (kebab case), as zod writes it into the schemas.
const kebabId = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

const code = (value) => `\`${value}\``;
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const anchor = (kind, name) => `${kind}-${name}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

/** A readable type: `text`, `list of QuizOption`, `"once" \| "daily"`. */
function typeOf(node, kind) {
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    return `[${name}](#${anchor(kind, name)})`;
  }
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.enum) return node.enum.map((v) => code(JSON.stringify(v))).join(' or ');
  if (node.anyOf) return node.anyOf.map((n) => typeOf(n, kind)).join(' or ');
  if (node.type === 'array') {
    const size =
      node.minItems !== undefined && node.minItems === node.maxItems
        ? `exactly ${node.minItems} `
        : node.minItems
          ? `${node.minItems}+ `
          : '';
    return `list (${size}of ${typeOf(node.items ?? {}, kind)})`;
  }
  if (node.type === 'object' && node.additionalProperties && !node.properties)
    return `object of ${typeOf(node.additionalProperties, kind)} by concept id`;
  if (node.type === 'object') return 'object';
  if (node.type === 'string') return node.pattern === kebabId ? 'id' : 'text';
  if (node.type === 'number') {
    const range = node.minimum !== undefined && node.maximum !== undefined ? ` ${node.minimum}–${node.maximum}` : node.minimum !== undefined ? ` ≥ ${node.minimum}` : ''; // prettier-ignore
    return `number${range}`;
  }
  return node.type ?? 'any';
}

/** Sections for one kind: the document and its inline objects, then each named $def, in order. */
function sections(schema, kind) {
  const out = [];
  const queue = [];
  const inline = (node, path) => {
    if (node.type === 'object' && node.properties)
      queue.push({ title: code(path), id: anchor(kind, path), node, path });
    if (node.type === 'array' && node.items?.type === 'object' && node.items.properties)
      queue.push({ title: code(`${path}[]`), id: anchor(kind, `${path}-items`), node: node.items, path: `${path}[]` });
  };
  const table = (section) => {
    const required = new Set(section.node.required ?? []);
    const rows = Object.entries(section.node.properties).map(([name, node]) => {
      const target = node.$ref ? schema.$defs[node.$ref.replace('#/$defs/', '')] : undefined;
      const description = node.description ?? target?.description ?? '';
      const needed = required.has(name) ? 'yes' : node.default !== undefined ? `no (default ${code(JSON.stringify(node.default))})` : 'no'; // prettier-ignore
      const examples = node.examples?.length ? ` Example: ${node.examples.map((e) => code(JSON.stringify(e))).join(', ')}.` : ''; // prettier-ignore
      inline(node, section.path ? `${section.path}.${name}` : name);
      return `| ${code(name)} | ${cell(typeOf(node, kind))} | ${needed} | ${cell(description + examples)} |`;
    });
    const about = section.node === schema ? '' : section.node.description ? `${section.node.description}\n\n` : '';
    out.push(
      `#### ${section.title}\n\n<a id="${section.id}"></a>\n\n${about}| Field | Type | Required | What it is |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`,
    );
  };
  const drain = () => {
    while (queue.length) table(queue.shift());
  };
  queue.push({ title: `The ${kind} document`, id: anchor(kind, 'document'), node: schema, path: '' });
  drain();
  for (const [name, node] of Object.entries(schema.$defs ?? {})) {
    if (node.properties) {
      queue.push({ title: name, id: anchor(kind, name), node, path: name });
      drain();
    } else
      out.push(`#### ${name}\n\n<a id="${anchor(kind, name)}"></a>\n\n${node.description ?? ''} One of: ${typeOf({ ...node, $ref: undefined }, kind)}.\n`); // prettier-ignore
  }
  return out.join('\n');
}

/** docs/content.md with fresh tables, formatted as prettier would. */
export async function render(current) {
  let text = current;
  for (const kind of kinds) {
    const schema = JSON.parse(readFileSync(`packages/core/schemas/${kind}.schema.json`, 'utf8'));
    const start = `<!-- fields:${kind} -->`;
    const end = `<!-- /fields:${kind} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`${referencePath}: missing ${start} ... ${end}`);
    const generated = `${start}\n\n<!-- Generated by scripts/content-reference.mjs from packages/core/schemas/${kind}.schema.json. Do not edit by hand. -->\n\n${sections(schema, kind)}\n`;
    text = text.slice(0, from) + generated + text.slice(to);
  }
  const options = (await prettier.resolveConfig(referencePath)) ?? {};
  return prettier.format(text, { ...options, filepath: referencePath });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(referencePath, 'utf8');
  const next = await render(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${referencePath} is stale: run "node scripts/content-reference.mjs" and commit it.`);
      process.exit(1);
    }
  } else writeFileSync(referencePath, next);
}

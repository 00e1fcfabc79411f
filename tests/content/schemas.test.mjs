// The shipped JSON Schemas (packages/core/schemas), in plain Node with ajv: what an editor sees.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateKind } from '../../packages/core/dist/content/index.js';
import { kindNames } from '../../kinds.js';

const kinds = kindNames;
const schemas = Object.fromEntries(
  kinds.map((kind) => [kind, JSON.parse(readFileSync(`packages/core/schemas/${kind}.schema.json`, 'utf8'))]),
);
const ajv = new Ajv2020({ allErrors: true, strict: true, allowMatchingProperties: true });
const validators = Object.fromEntries(kinds.map((kind) => [kind, ajv.compile(schemas[kind])]));
const files = readdirSync('content', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json'))
  .map((f) => `content/${f.replaceAll('\\', '/')}`);

/** Every `properties` entry anywhere in a schema, with where it is. */
function* properties(node, at) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* properties(item, `${at}[${i}]`);
    return;
  }
  for (const [name, value] of Object.entries(node.properties ?? {})) yield [`${at}.properties.${name}`, value];
  for (const [key, value] of Object.entries(node)) yield* properties(value, `${at}/${key}`);
}

describe('JSON Schemas', () => {
  for (const kind of kinds) {
    const schema = schemas[kind];
    it(`${kind}: every property has a description (its own, or its $ref target's)`, () => {
      const found = [...properties(schema, '#')];
      assert.ok(found.length > 15, `found ${found.length} properties`);
      const missing = found
        .filter(([, value]) => {
          const target = value.$ref ? schema.$defs[value.$ref.replace('#/$defs/', '')] : undefined;
          return !(value.description ?? target?.description)?.trim();
        })
        .map(([path]) => path);
      assert.deepEqual(missing, []);
    });

    it(`${kind}: has an $id, a title, a description and readable $defs names`, () => {
      assert.equal(schema.$id, `https://cdn.jsdelivr.net/npm/@mendkit/core/schemas/${kind}.schema.json`);
      assert.equal(schema.title, `mendkit ${kind} content`);
      assert.ok(schema.description.length > 20);
      for (const name of Object.keys(schema.$defs ?? {})) assert.match(name, /^[A-Z][A-Za-z]+$/);
    });

    for (const file of files.filter((f) => f.startsWith(`content/${kind}/`))) {
      it(`${kind}: accepts ${file}`, () => {
        const validate = validators[kind];
        assert.ok(validate(JSON.parse(readFileSync(file, 'utf8'))), ajv.errorsText(validate.errors));
      });
    }
  }

  it('leaves out what has a sensible default', () => {
    assert.ok(!schemas.quiz.required.includes('scaleLabels'));
    assert.ok(!schemas.quiz.$defs.QuizOutcome.required.includes('steps'));
    assert.deepEqual(schemas.quiz.$defs.QuizOutcome.properties.steps.default, []);
    assert.ok(!schemas.quiz.$defs.QuizDimension.required.includes('description'));
    assert.ok(!schemas.explainer.required.includes('requirements'));
    assert.ok(!schemas.explainer.required.includes('scenarios'));
    assert.ok(!schemas.checklist.$defs.ChecklistGroup.required.includes('description'));
    assert.equal(schemas.checklist.$defs.ChecklistItem.properties.cadence.default, 'once');
  });

  // Shape mistakes: ajv (an editor) and the widget must both refuse each one.
  const base = (kind) => JSON.parse(readFileSync(files.find((f) => f.startsWith(`content/${kind}/`) && f.endsWith('/en.json')), 'utf8')); // prettier-ignore
  const shapeErrors = [
    ['quiz', 'no title', (d) => delete d.title],
    ['quiz', 'an empty intro', (d) => (d.intro = '')],
    ['quiz', 'an unknown top-level field', (d) => (d.colour = 'blue')],
    ['quiz', 'a wrong kind', (d) => (d.kind = 'survey')],
    ['quiz', 'schemaVersion as text', (d) => (d.schemaVersion = '1')],
    ['quiz', 'an id with capitals', (d) => (d.id = 'My-Quiz')],
    ['quiz', 'a version without patch', (d) => (d.version = '1.0')],
    ['quiz', 'a locale in words', (d) => (d.locale = 'english')],
    ['quiz', 'four scale labels', (d) => d.scaleLabels.pop()],
    ['quiz', 'a score as text', (d) => (d.questions[0].options[0].score = '2')],
    ['quiz', 'a negative score', (d) => (d.questions[0].options[0].score = -1)],
    ['quiz', 'one option only', (d) => (d.questions[0].options = d.questions[0].options.slice(0, 1))],
    ['quiz', 'a rule with an unknown field', (d) => (d.outcomes[1].rule = { score: 3 })],
    ['quiz', 'a share above 1', (d) => (d.outcomes.at(-2).rule = { total: { atLeast: 60 } })],
    ['quiz', 'a step target that is no widget', (d) => (d.outcomes[0].steps = [{ label: 'Go', target: 'forum' }])],
    ['quiz', 'no outcomes', (d) => (d.outcomes = [])],
    ['explainer', 'three concepts', (d) => d.concepts.push({ ...d.concepts[0], id: 'third' })],
    ['explainer', 'a comparison text that is a number', (d) => (d.comparison[0].text[d.concepts[0].id] = 3)],
    ['checklist', 'a monthly cadence', (d) => (d.groups[0].items[0].cadence = 'monthly')],
    ['checklist', 'a group with no items', (d) => (d.groups[0].items = [])],
  ];
  for (const [kind, name, change] of shapeErrors) {
    it(`${kind}: ajv and the widget both refuse ${name}`, () => {
      const doc = base(kind);
      change(doc);
      assert.equal(validators[kind](doc), false, 'ajv accepted it');
      assert.equal(validateKind(kind, doc).ok, false, 'the widget accepted it');
    });
  }
});

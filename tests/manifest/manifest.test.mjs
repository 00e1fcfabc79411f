// The element manifests against the source: every part in a template, every `--mend-*` a style
// reads and every event a widget dispatches is documented, and module paths exist in the package.
// Run after `npm run build` (node --test).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { kindNames } from '../../kinds.js';

const widgets = kindNames;
const read = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.includes('generated'))
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
    .join('\n');
const core = read('packages/core/src/element');
const elementOf = (pkg) => {
  const manifest = JSON.parse(readFileSync(`packages/${pkg}/custom-elements.json`, 'utf8'));
  return { manifest, elements: manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement) };
};
const names = (list) => new Set((list ?? []).map((x) => x.name));

for (const widget of widgets) {
  const source = read(`packages/${widget}/src`);
  const { manifest, elements } = elementOf(widget);
  const [element] = elements;

  test(`${widget}: every part in its templates is documented`, () => {
    const parts = new Set(
      [...(source + core).matchAll(/\bpart="([^"$]+)"/g)].flatMap(([, value]) => value.split(/\s+/)),
    );
    assert.ok(parts.size > 3);
    assert.deepEqual(
      [...parts].filter((p) => !names(element.cssParts).has(p)),
      [],
    );
  });

  test(`${widget}: every --mend-* its styles read is documented`, () => {
    const read = new Set([...(source + core).matchAll(/var\((--mend-[\w-]+)/g)].map(([, name]) => name));
    assert.ok(read.has('--mend-line-height'));
    assert.deepEqual(
      [...read].filter((p) => !names(element.cssProperties).has(p)),
      [],
    );
  });

  test(`${widget}: every dispatched event is documented with its type and detail`, () => {
    const dispatched = new Set(
      [...(source + core).matchAll(/new (Mend(?:Ready|Answer|Change|Complete|Error)Event)\b/g)].map(([, cls]) =>
        cls.replace(/^Mend(\w+)Event$/, (_, name) => `mend-${name.toLowerCase()}`),
      ),
    );
    assert.ok(dispatched.size >= 3);
    for (const name of dispatched) {
      const event = element.events.find((e) => e.name === name);
      assert.ok(event, `${name} is not in the manifest`);
      assert.match(event.type?.text ?? '', /Event/);
      assert.ok(event.detail.some((f) => f.name === 'contentId'));
    }
  });

  test(`${widget}: module paths are the package's own files`, () => {
    const walk = (value) => {
      if (!value || typeof value !== 'object') return;
      Object.values(value).forEach(walk);
      const dir = value.package === '@mendkit/core' ? 'core' : widget;
      for (const path of [value.path, value.module].filter((p) => typeof p === 'string'))
        assert.ok(existsSync(`packages/${dir}/${path}`), `${path} is not in ${dir}`);
    };
    walk(manifest);
  });
}

test('mendkit: its manifest lists the three elements in files it has', () => {
  const { manifest, elements } = elementOf('mendkit');
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['mend-checklist', 'mend-explainer', 'mend-quiz']);
  for (const module of manifest.modules) assert.ok(existsSync(`packages/mendkit/${module.path}`), module.path);
});

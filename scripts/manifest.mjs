// Writes custom-elements.json for each widget package and for mendkit (which has them all).
// The analyzer reads core's base element too, so inherited attributes, events, parts and custom
// properties appear on each widget. On top of what it finds, this script
// - types every event from the element's `Mend*Events` interface (with the detail's fields),
//   read with the TypeScript compiler, so the manifest cannot drift from the code;
// - leaves out internal reactive state and protected members;
// - writes module paths as each published package has them (dist/*.js).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { kindNames } from '../kinds.js';

const widgets = kindNames;
// MendQuiz, MendExplainer, MendChecklist: the class name follows the kind's name.
const classNames = Object.fromEntries(widgets.map((w) => [w, `Mend${w[0].toUpperCase()}${w.slice(1)}`]));
// The analyzer takes --outdir relative to the working directory.
const out = 'node_modules/.cache/mendkit-cem';
execFileSync(
  process.execPath,
  [
    'node_modules/@custom-elements-manifest/analyzer/cem.js',
    'analyze',
    '--litelement',
    '--quiet',
    '--outdir',
    out,
    '--globs',
    'packages/core/src/element/base-element.ts',
    ...widgets.map((w) => `packages/${w}/src/*.ts`),
  ],
  { stdio: 'inherit' },
);
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));

const sourceFiles = (pkg) =>
  readdirSync(`packages/${pkg}/src`, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.includes('generated'))
    .map((file) => `packages/${pkg}/src/${file}`);

// The analyzer lists `state: true` reactive properties as public attributes; they are internal.
const internalState = new Set(
  ['core', ...widgets].flatMap((pkg) =>
    sourceFiles(pkg)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(\w+):\s*\{[^}]*\bstate:\s*true/g)])
      .map(([, name]) => name),
  ),
);
const isPublic = (entry) =>
  !internalState.has(entry.fieldName ?? entry.name) && entry.privacy !== 'private' && entry.privacy !== 'protected';

/** Each widget's events as the compiler sees them: `{ 'mend-complete': { type, detail: [{ name, type, optional }] } }`. */
function eventTypes() {
  const program = ts.createProgram(
    widgets.map((w) => `packages/${w}/src/index.ts`),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      customConditions: ['@mendkit/source'],
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const result = {};
  for (const widget of widgets) {
    const file = program.getSourceFile(`packages/${widget}/src/index.ts`);
    const symbol = checker
      .getExportsOfModule(checker.getSymbolAtLocation(file))
      .find((s) => s.name === `${classNames[widget]}Events`);
    if (!symbol) throw new Error(`${classNames[widget]}Events is not exported from @mendkit/${widget}`);
    const events = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol));
    result[widget] = {};
    for (const event of checker.getPropertiesOfType(events)) {
      const eventType = checker.getTypeOfSymbol(event);
      const detail = checker.getTypeOfSymbol(checker.getPropertyOfType(eventType, 'detail'));
      const fields = checker.getPropertiesOfType(detail).map((field) => ({
        // An optional field's `| undefined` is said by `optional`.
        type: checker.typeToString(
          field.flags & ts.SymbolFlags.Optional
            ? checker.getNonNullableType(checker.getTypeOfSymbol(field))
            : checker.getTypeOfSymbol(field),
        ),
        name: field.name,
        optional: (field.flags & ts.SymbolFlags.Optional) !== 0,
        description: ts.displayPartsToString(field.getDocumentationComment(checker)) || undefined,
      }));
      result[widget][event.name] = { type: checker.typeToString(eventType), fields };
    }
  }
  return result;
}
const events = eventTypes();
const detailText = (fields) => `{ ${fields.map((f) => `${f.name}${f.optional ? '?' : ''}: ${f.type}`).join('; ')} }`;

const widgetOf = (path) => /packages\/(\w+)\/src\//.exec(path)?.[1];
// Getters without a setter (`status`, `locale`) can be read, not set.
const getterOnly = new Set(
  ['core', ...widgets].flatMap((pkg) => {
    const text = sourceFiles(pkg)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    return [...text.matchAll(/^\s+get (\w+)\(/gm)]
      .map(([, name]) => name)
      .filter((name) => !text.includes(`set ${name}(`));
  }),
);
// Each kind's document type is named after it: quiz → QuizContent.
const contentTypes = Object.fromEntries(
  kindNames.map((kind) => [kind, `${kind[0].toUpperCase()}${kind.slice(1)}Content`]),
);
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
    if (declaration.members) declaration.members = declaration.members.filter(isPublic);
    for (const member of declaration.members ?? []) {
      if (getterOnly.has(member.name)) member.readonly = true;
      // The base class's generic `content` is, on each widget, a document of its own kind.
      const kind = contentTypes[widgetOf(module.path)];
      if (member.name === 'content' && kind && member.type) member.type.text = `${kind} | undefined`;
    }
    if (!declaration.events) continue;
    declaration.events = declaration.events.filter((event) => event.name?.startsWith('mend-'));
    const typed = events[widgetOf(module.path)];
    if (!declaration.customElement || !typed) continue;
    for (const event of declaration.events) {
      const info = typed[event.name];
      if (!info) continue;
      event.type = { text: info.type };
      // Not in the schema's core fields, but allowed as extra data: the detail's shape, for docs.
      event.detail = info.fields;
      event.description =
        `${(event.description ?? '').replace(/\s*Detail:.*$/s, '')} Detail: \`${detailText(info.fields)}\`.`.trim();
    }
  }
}

const toDist = (path) => path.replace(/^(?:\/?packages\/[^/]+\/src|\.)\//, 'dist/').replace(/\.ts$/, '.js');
/** Module references as a package's users resolve them: its own dist files, or core's by package name. */
function rewrite(value) {
  if (Array.isArray(value)) return value.map(rewrite);
  if (!value || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, v]) => [key, rewrite(v)]));
  for (const key of ['path', 'module']) {
    if (typeof copy[key] !== 'string') continue;
    if (key === 'module' && /^\/?packages\/core\//.test(copy[key])) copy.package = '@mendkit/core';
    copy[key] = toDist(copy[key]);
  }
  return copy;
}
const modulesOf = (widget) => manifest.modules.filter((m) => m.path.startsWith(`packages/${widget}/src/`)).map(rewrite);

const write = (path, modules) =>
  writeFileSync(path, `${JSON.stringify({ schemaVersion: manifest.schemaVersion, readme: '', modules }, null, 2)}\n`);
for (const widget of widgets) write(`packages/${widget}/custom-elements.json`, modulesOf(widget));

// mendkit has none of the widgets' own files: its index re-exports the classes and define.js
// defines the tags, so those are the two modules its manifest names.
const elements = widgets.flatMap(modulesOf).flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));
write('packages/mendkit/custom-elements.json', [
  {
    kind: 'javascript-module',
    path: 'dist/index.js',
    declarations: elements,
    exports: elements.map((d) => ({
      kind: 'js',
      name: d.name,
      declaration: { name: d.name, module: 'dist/index.js' },
    })),
  },
  {
    kind: 'javascript-module',
    path: 'dist/define.js',
    declarations: [],
    exports: elements.map((d) => ({
      kind: 'custom-element-definition',
      name: d.tagName,
      declaration: { name: d.name, module: 'dist/index.js' },
    })),
  },
]);

// Writes custom-elements.json for each widget package (and mendkit, which has them all).
// The analyzer reads core's base element too, so inherited attributes, events, parts and
// custom properties appear on each widget; module paths are rewritten to the published dist.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindNames } from '../kinds.js';

const widgets = kindNames;
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

// The analyzer lists `state: true` reactive properties as public attributes; they are
// internal. Find them in each source and leave them out.
const internalState = new Set(
  ['core', ...widgets].flatMap((pkg) =>
    readdirSync(`packages/${pkg}/src`)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [
        ...readFileSync(`packages/${pkg}/src/${file}`, 'utf8').matchAll(/(\w+):\s*\{[^}]*\bstate:\s*true/g),
      ])
      .map(([, name]) => name),
  ),
);
const isPublic = (entry) =>
  !internalState.has(entry.fieldName ?? entry.name) && entry.privacy !== 'private' && entry.privacy !== 'protected';
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
    if (declaration.members) declaration.members = declaration.members.filter(isPublic);
    if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('mend-'));
  }
}

const toDist = (path) => path.replace(/^packages\/[^/]+\/src\//, 'dist/').replace(/\.ts$/, '.js');
const modulesOf = (widget) =>
  manifest.modules
    .filter((m) => m.path.startsWith(`packages/${widget}/src/`))
    .map((m) => JSON.parse(JSON.stringify(m).replaceAll(/packages\/[a-z]+\/src\/[\w.-]+\.ts/g, toDist)));

for (const widget of widgets) {
  writeFileSync(
    `packages/${widget}/custom-elements.json`,
    `${JSON.stringify({ ...manifest, modules: modulesOf(widget) }, null, 2)}\n`,
  );
}
writeFileSync(
  'packages/mendkit/custom-elements.json',
  `${JSON.stringify({ ...manifest, modules: widgets.flatMap(modulesOf) }, null, 2)}\n`,
);

// Consumer test: packs every package, installs the tarballs into one fresh project (with the
// frameworks' own type checkers), and runs tsc, vue-tsc and svelte-check on four small apps:
// Vite + TypeScript, React 19, Vue 3 and Svelte 5. Each app's `src/` must check clean, and
// every line marked EXPECT-ERROR in its `bad/` files must fail (a misspelled detail field, a
// wrong `content` kind...) with no error anywhere else. A generated file per app uses every
// field of every event's detail, read from the element manifest. publint and
// @arethetypeswrong/cli check each tarball, and Node gets a clear error from the CDN entries.
// Run after `npm run build`: `npm run test:consumers`.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const here = import.meta.dirname;
const started = Date.now();
const workspaces = ['core', 'quiz', 'explainer', 'checklist', 'mendkit', 'react'];
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tools = [
  'typescript',
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  'vue',
  'vue-tsc',
  'svelte',
  'svelte-check',
];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✔' : '✘'} ${name}${ok || !detail ? '' : `\n${detail}`}`);
}
/** Runs a command; resolves with its exit code and output, whatever the code. */
const exec = (cmd, args, cwd) =>
  run(cmd, args, { cwd, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (error) => ({ code: error.code ?? 1, out: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
  );
const npm = (args, cwd) => exec('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], cwd);

// --- Code that uses every detail field, generated from the manifest --------------------------
const manifest = JSON.parse(readFileSync(join(root, 'packages/mendkit/custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase());
const uses = elements.flatMap((el) =>
  el.events.map((event) => ({
    tag: el.tagName,
    component: el.name,
    event: event.name,
    fields: `use(${event.detail.map((f) => `event.detail.${f.name}`).join(', ')})`,
  })),
);
const generated = {
  'vite-ts/src/details.generated.ts': `import 'mendkit/define.js';
const use = (...values: unknown[]) => values;
${uses.map((u) => `document.createElement('${u.tag}').addEventListener('${u.event}', (event) => ${u.fields});`).join('\n')}
`,
  'react-ts/src/Details.generated.tsx': `import { ${[...new Set(uses.map((u) => u.component))].join(', ')} } from '@mendkit/react';
const use = (...values: unknown[]) => values;
export const Details = () => (
  <>
${uses.map((u) => `    <${u.component} on${pascal(u.event)}={(event) => ${u.fields}} />\n    <${u.tag} on${u.event}={(event) => ${u.fields}} />`).join('\n')}
  </>
);
`,
  'vue/src/Details.generated.vue': `<script setup lang="ts">
import 'mendkit/define.js';
const use = (...values: unknown[]) => values;
</script>
<template>
${uses.map((u) => `  <${u.tag} @${u.event}="(event) => ${u.fields}" />`).join('\n')}
</template>
`,
  'svelte/src/Details.generated.svelte': `<script lang="ts">
  import 'mendkit/define.js';
  const use = (...values: unknown[]) => values;
</script>
${uses.map((u) => `<${u.tag} on${u.event}={(event) => ${u.fields}}></${u.tag}>`).join('\n')}
`,
};

// --- Pack and install --------------------------------------------------------------------------
const scratch = mkdtempSync(join(tmpdir(), 'mendkit-consumers-'));
try {
  for (const dir of workspaces) {
    const packed = await npm(['pack', `--workspace=packages/${dir}`, '--pack-destination', scratch], root);
    if (packed.code) throw new Error(packed.out);
  }
  const tarballs = readdirSync(scratch).filter((f) => f.endsWith('.tgz'));
  const devDependencies = Object.fromEntries(tools.map((name) => [name, rootPackage.devDependencies[name]]));
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumers', private: true, type: 'module', devDependencies }, null, 2),
  );
  const install = await npm(
    ['install', '--prefer-offline', '--ignore-scripts', ...tarballs.map((t) => `./${t}`)],
    scratch,
  );
  if (install.code) throw new Error(`install failed:\n${install.out}`);
  console.log(`# packed and installed ${tarballs.length} tarballs in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  for (const app of ['vite-ts', 'react-ts', 'vue', 'svelte']) {
    cpSync(join(here, app), join(scratch, app), { recursive: true });
    // The bad files sit beside the good ones, so they see the same declarations.
    for (const file of readdirSync(join(here, app, 'bad')))
      cpSync(join(here, app, 'bad', file), join(scratch, app, 'src', file));
  }
  for (const [path, text] of Object.entries(generated)) writeFileSync(join(scratch, path), text);

  const bin = (name) => join(scratch, 'node_modules/.bin', name);
  const checkers = {
    'vite-ts': [bin('tsc'), ['-p', 'vite-ts', '--pretty', 'false']],
    'react-ts': [bin('tsc'), ['-p', 'react-ts', '--pretty', 'false']],
    vue: [bin('vue-tsc'), ['-p', 'vue', '--pretty', 'false']],
    svelte: [bin('svelte-check'), ['--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--output', 'machine']],
  };
  // publint and arethetypeswrong on every tarball, while the checkers run.
  const packageChecks = Promise.all(
    tarballs.map(async (tarball) => {
      const [lint, attw] = await Promise.all([
        exec(join(root, 'node_modules/.bin/publint'), ['run', join(scratch, tarball), '--strict'], scratch),
        // ESM-only packages: CommonJS require() resolutions are out of scope by design.
        exec(
          join(root, 'node_modules/.bin/attw'),
          // A stylesheet is not a module: attw cannot resolve it, and nothing imports it from JS.
          [
            join(scratch, tarball),
            '--profile',
            'esm-only',
            '--format',
            'ascii',
            '--exclude-entrypoints',
            'reserve.css',
          ],
          scratch,
        ),
      ]);
      check(`publint ${tarball}`, lint.code === 0 && /All good!/.test(lint.out), lint.out);
      check(`attw ${tarball} (esm-only profile)`, attw.code === 0, attw.out);
    }),
  );
  await Promise.all(
    Object.entries(checkers).map(async ([app, [cmd, args]]) => {
      const t = Date.now();
      const { code, out } = await exec(cmd, args, scratch);
      // Errors as "file:line", from tsc's `file(line,col): error` and svelte-check's `ERROR "file" line:col`.
      const errors = new Set(
        [
          ...[...out.matchAll(/^(\S+?)\((\d+),\d+\): error/gm)].map(
            ([, file, line]) => `${relative(app, file)}:${line}`,
          ),
          ...[...out.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+/gm)].map(
            ([, file, line]) => `${relative('src', file).replace(/^\.\.\/src\//, '')}:${line}`,
          ),
        ].map((e) => e.replace(/^src\//, '')),
      );
      const expected = new Set(
        readdirSync(join(here, app, 'bad')).flatMap((file) =>
          readFileSync(join(here, app, 'bad', file), 'utf8')
            .split('\n')
            .flatMap((text, i) => (text.includes('EXPECT-ERROR') ? [`${file}:${i + 1}`] : [])),
        ),
      );
      const missing = [...expected].filter((e) => !errors.has(e));
      const unexpected = [...errors].filter((e) => !expected.has(e));
      check(
        `${app}: ${cmd.split('/').pop()} passes on the app and on code using every detail field (${((Date.now() - t) / 1000).toFixed(1)} s)`,
        unexpected.length === 0,
        `unexpected errors: ${unexpected.join(', ')}\n${out}`,
      );
      check(
        `${app}: fails on each of ${expected.size} mistakes (misspelled field, wrong content kind...)`,
        missing.length === 0 && code !== 0,
        `no error at: ${missing.join(', ')}\n${out}`,
      );
    }),
  );

  await packageChecks;

  // The CDN entries in Node: a clear message, not "HTMLElement is not defined".
  const node = await exec(
    process.execPath,
    ['--input-type=module', '-e', "await import('mendkit/mend-quiz.js')"],
    scratch,
  );
  check(
    'Node gets a clear error from a CDN entry',
    /need a browser; for server rendering use mendkit\/ssr/.test(node.out),
    node.out,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`# consumers took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

// Follows CONTRIBUTING.md's "Adding a kind" for a made-up kind, `note`, in a scratch copy of the
// repository, then checks that the kind builds and keeps every shared promise: the typecheck,
// the build (JavaScript, declarations, JSON Schemas), the size budgets, the registry test and the
// shared behavioural suite run there. The new files come from tests/add-kind/note/; the edits to
// existing files are made below, one function per step. If a step's anchor has moved, the run
// stops naming the step, so the guide and the code cannot drift apart silently.
//   node scripts/add-kind-dry-run.mjs [--keep]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'mendkit-add-kind-'));
const keep = process.argv.includes('--keep');
const started = Date.now();

function log(line) {
  process.stdout.write(`add-kind: ${line}\n`);
}

/** Inserts `text` before (or after) the first match of `anchor` in a scratch file. */
function edit(step, file, anchor, text, { after = false } = {}) {
  const path = join(scratch, file);
  const source = readFileSync(path, 'utf8');
  const match = typeof anchor === 'string' ? { index: source.indexOf(anchor), 0: anchor } : anchor.exec(source);
  if (!match || match.index < 0) {
    throw new Error(`step ${step}: ${file} no longer has ${anchor}; update CONTRIBUTING.md and this script`);
  }
  const at = after ? match.index + match[0].length : match.index;
  writeFileSync(path, source.slice(0, at) + text + source.slice(at));
}

function run(label, command, args) {
  const t = Date.now();
  try {
    execFileSync(command, args, { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    process.stdout.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`${label} failed in the scratch copy with the new kind`, { cause: error });
  }
  log(`${label}: ok (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

// The scratch copy: the files git knows, and node_modules linked entry by entry, except the
// workspace packages, which must point at the scratch copy's own packages (with the new one).
function makeScratch() {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  for (const file of files.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(root, file), join(scratch, file));
  }
  const modules = join(scratch, 'node_modules');
  mkdirSync(join(modules, '@mendkit'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '@mendkit' || entry === 'mendkit') continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  symlinkSync('../packages/mendkit', join(modules, 'mendkit'));
  for (const name of ['core', 'quiz', 'explainer', 'checklist', 'react', 'note']) {
    symlinkSync(`../../packages/${name}`, join(modules, '@mendkit', name));
  }
}

/**
 * The size check measures the new kind from the registry: its CDN entry, own code and content
 * each within their budgets. (The all-widgets page grows by a fourth widget, which a real kind
 * would settle with a budget decision, so that row is not held here.)
 */
function sizesOfTheNewKind() {
  let out;
  try {
    const options = { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };
    out = execFileSync(process.execPath, ['scripts/size.mjs', '--json'], options);
  } catch (error) {
    out = error.stdout; // exits 1 when any row is over; the rows are still printed
  }
  const rows = JSON.parse(out).filter((row) => /mend-note|^note content/.test(row.what));
  const names = rows.map((row) => row.what);
  for (const expected of ['CDN mend-note.js + static chunks', '<mend-note> own code', 'note content, en'])
    if (!names.includes(expected)) throw new Error(`size: no row "${expected}" for the new kind`);
  const over = rows.filter((row) => row.brotli > row.budget);
  if (over.length) throw new Error(`size: ${over.map((row) => row.what).join(', ')} over budget`);
  log(`size budgets: ok (${names.join('; ')})`);
}

const steps = {
  1: () => edit(1, 'kinds.js', /\n\}\);/, `\n  note: { defaultContent: 'first-steps' },`),
  2: () => {
    cpSync(join(root, 'tests/add-kind/note/packages/core'), join(scratch, 'packages/core'), { recursive: true });
    edit(2, 'packages/core/src/content/validate.ts', /^import /m, `import { noteKind } from './schemas/note.js';\n`);
    edit(2, 'packages/core/src/content/validate.ts', /\n\};/, `\n  note: noteKind,`);
    edit(
      2,
      'packages/core/src/content/kinds.ts',
      /^import /m,
      `import type { NoteContent } from './schemas/note.js';\n`,
    );
    edit(2, 'packages/core/src/content/kinds.ts', 'export interface ContentByKind {', '\n  note: NoteContent;', {
      after: true,
    });
    edit(
      2,
      'packages/core/src/content/index.ts',
      /^export \* from '\.\/schemas\/quiz\.js';/m,
      `export * from './schemas/note.js';\n`,
    );
    edit(
      2,
      'packages/core/src/element/load.ts',
      `  checklist: () => import('../content/validators/checklist.js'),`,
      `\n  note: () => import('../content/validators/note.js'),`,
      { after: true },
    );
    // The quiz step's `target` lists the kinds a step may lead to.
    edit(2, 'packages/core/src/content/schemas/quiz.ts', `'explainer', 'checklist'`, `, 'note'`, { after: true });
  },
  3: () => {
    cpSync(join(root, 'tests/add-kind/note/packages/note'), join(scratch, 'packages/note'), { recursive: true });
    edit(3, 'package.json', `"packages/mendkit"`, `"packages/note",\n    `);
    edit(3, 'tsconfig.build.json', /\{\s*"path": "packages\/mendkit"\s*\}/, `{ "path": "packages/note" },\n    `);
    edit(3, 'packages/mendkit/tsconfig.json', `{ "path": "../checklist" }`, `, { "path": "../note" }`, { after: true });
    edit(3, 'packages/mendkit/package.json', `"@mendkit/core": "0.1.0",`, `\n    "@mendkit/note": "0.1.0",`, {
      after: true,
    });
  },
  4: () => {
    writeFileSync(
      join(scratch, 'packages/mendkit/cdn/mend-note.ts'),
      `import '@mendkit/core/localize.js';\nimport '@mendkit/note/mend-note.js';\n`,
    );
    edit(4, 'packages/mendkit/src/define.ts', /$/, `import '@mendkit/note/mend-note.js';\n`);
    edit(4, 'packages/mendkit/src/index.ts', /$/, `export * from '@mendkit/note';\n`);
    edit(
      4,
      'packages/mendkit/src/ssr.ts',
      /^import '@mendkit\/quiz\/mend-quiz\.js';/m,
      `import '@mendkit/note/mend-note.js';\n`,
    );
    edit(
      4,
      'packages/mendkit/src/ssr.ts',
      /^import \{ quizDefaultContent \}/m,
      `import { noteDefaultContent } from '@mendkit/note';\n`,
    );
    edit(4, 'packages/mendkit/src/ssr.ts', /\n\};/, `\n  note: { tag: 'mend-note', builtIn: noteDefaultContent },`);
  },
  5: () => {
    cpSync(join(root, 'tests/add-kind/note/content'), join(scratch, 'content'), { recursive: true });
    edit(
      5,
      'tests/support/fixtures.ts',
      /\n\};\s*$/,
      `\n  note: () => ({ kind: 'note', schemaVersion: 1, id: 'n', version: '1.0.0', locale: 'en', title: 'A note', lines: [{ id: 'a', text: 'First' }] }),`,
    );
    edit(
      5,
      'tests/shared/widgets.test.ts',
      /$/,
      `
import '@mendkit/note/mend-note.js';
import { fixtures } from '../support/fixtures.js';
runMendElementSuite({
  tag: 'mend-note',
  document: fixtures.note,
  defaultPersistence: 'session',
  act: (el) => click(el, 'input[type="checkbox"]'),
  acted: (el) => shadow(el).querySelector('input[type="checkbox"]:checked') !== null,
  actEvent: 'mend-change',
});
`,
    );
  },
};

try {
  makeScratch();
  log(`scratch copy in ${scratch}`);
  for (const [number, step] of Object.entries(steps)) step(number);
  log('steps 1–5 of CONTRIBUTING.md applied for the kind "note"');
  run('prepare:generated', process.execPath, ['scripts/generate.mjs']);
  run('typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);
  run('declarations', process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.build.json']);
  run('rollup', process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']);
  run('JSON Schemas', process.execPath, ['scripts/schemas.mjs']);
  sizesOfTheNewKind();
  run('registry test and shared suite', process.execPath, [
    'node_modules/@web/test-runner/dist/bin.js',
    'tests/core/registry.test.ts',
    'tests/shared/widgets.test.ts',
  ]);
  log(`the kind "note" builds and passes the shared suite (${((Date.now() - started) / 1000).toFixed(0)} s)`);
} finally {
  if (keep) log(`kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

/// <reference types="node" />
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import {
  CURRENT_SCHEMA_VERSION,
  STAMP_FIELD,
  stamped as stampHolds,
  validateKind,
  withStamp,
  type KindName,
} from '@mendkit/core/content';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { checkFiles, type FileProblem, type SourceFile } from './check.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, type Command } from './io.js';

export const validateUsage = `Usage: mendkit validate <files or folders...> [--format text|json] [--source-locale en]
                       [--stamp [--out <file>]]

Checks mendkit content documents (quiz, explainer, checklist) exactly as the widgets do, plus:
the folder layout content/<kind>/<id>/<locale>.json, and that each translation keeps the
structure, ids and numbers of its source language (--source-locale, default en).

Folders are searched for .json files (except package.json, tsconfig*.json and *.schema.json).

--stamp rewrites each valid file as the widget will read it (defaults filled in) with a
"$validated" stamp, so the widget can skip loading its validator; a file edited afterwards
loses the benefit, not its checks. --out writes the stamped document elsewhere (one file only).
Exit codes: 0 no problems, 1 problems found, 2 usage error.`;

// JSON files in a folder that are surely not content.
const notContent = /^(package(-lock)?\.json|tsconfig.*\.json|.*\.schema\.json)$/i;

async function collect(path: string, out: string[]): Promise<void> {
  const info = await stat(path);
  if (info.isFile()) {
    out.push(path);
    return;
  }
  const entries = await readdir(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) await collect(child, out);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json') && !notContent.test(entry.name))
      out.push(child);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function formatText(problems: readonly FileProblem[], fileCount: number): string {
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.path || '(document)'}: ${p.message}`);
  const files = new Set(problems.map((p) => p.file)).size;
  lines.push(
    problems.length
      ? `${plural(problems.length, 'problem', 'problems')} in ${plural(files, 'file', 'files')} (${plural(fileCount, 'file', 'files')} checked)`
      : `${plural(fileCount, 'file', 'files')} checked, no problems`,
  );
  return `${lines.join('\n')}\n`;
}

export const validate: Command = async (args, io) => {
  const parsed = parseArgs(args, {
    format: 'value',
    'source-locale': 'value',
    help: 'flag',
    stamp: 'flag',
    out: 'value',
  });
  if (!parsed.ok) {
    io.err(`mendkit validate: ${parsed.message}\n\n${validateUsage}\n`);
    return EXIT_USAGE;
  }
  if (parsed.options.help) {
    io.out(`${validateUsage}\n`);
    return EXIT_OK;
  }
  const format = parsed.options.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    io.err(`mendkit validate: --format should be "text" or "json"\n`);
    return EXIT_USAGE;
  }
  if (!parsed.positional.length) {
    io.err(`mendkit validate: name at least one file or folder\n\n${validateUsage}\n`);
    return EXIT_USAGE;
  }
  const paths: string[] = [];
  for (const given of parsed.positional) {
    try {
      await collect(resolve(io.cwd, given), paths);
    } catch {
      io.err(`mendkit validate: cannot read "${given}"\n`);
      return EXIT_USAGE;
    }
  }
  if (!paths.length) {
    io.err(`mendkit validate: no .json files in ${parsed.positional.join(', ')}\n`);
    return EXIT_USAGE;
  }
  // Names as the person would type them: relative to where they are, with "/".
  const display = (path: string) => {
    const rel = relative(io.cwd, path);
    return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
  };
  const files: SourceFile[] = await Promise.all(
    paths.map(async (path) => ({ name: display(path), text: await readFile(path, 'utf8') })),
  );
  if (parsed.options.out && (!parsed.options.stamp || paths.length !== 1)) {
    io.err(`mendkit validate: --out goes with --stamp and one file\n`);
    return EXIT_USAGE;
  }
  const sourceLocale = typeof parsed.options['source-locale'] === 'string' ? parsed.options['source-locale'] : 'en';
  const problems = checkFiles(files, { sourceLocale });
  let stamped: string[] = [];
  if (parsed.options.stamp) {
    const flawed = new Set(problems.map((p) => p.file));
    const out = typeof parsed.options.out === 'string' ? resolve(io.cwd, parsed.options.out) : undefined;
    stamped = await stampFiles(
      files.flatMap((file, i) => (flawed.has(file.name) ? [] : [{ ...file, path: out ?? (paths[i] as string) }])),
    );
  }
  const report = parsed.options.stamp ? { files: files.length, problems, stamped } : { files: files.length, problems };
  if (format === 'json') io.out(`${JSON.stringify(report, null, 2)}\n`);
  else {
    io.out(formatText(problems, files.length));
    if (parsed.options.stamp) io.out(`${plural(stamped.length, 'file', 'files')} stamped\n`);
    else {
      // Not a problem (the widget then checks the document in full), but the speed-up is lost.
      const stale = files.filter((file) => staleStamp(file.text)).map((file) => file.name);
      if (stale.length)
        io.err(
          `note: the "${STAMP_FIELD}" stamp of ${stale.join(', ')} no longer matches; run "mendkit validate --stamp" again\n`,
        );
    }
  }
  return problems.length ? EXIT_PROBLEMS : EXIT_OK;
};

/**
 * Writes each (valid) file back as the widget reads it, with its stamp: `$schema` first if the
 * file had one, then `$validated`, then the document. Returns the names stamped.
 */
async function stampFiles(files: readonly (SourceFile & { path: string })[]): Promise<string[]> {
  const done: string[] = [];
  for (const file of files) {
    const raw = JSON.parse(file.text.replace(/^\uFEFF/, '')) as { kind: KindName };
    const result = validateKind(raw.kind, raw);
    if (!result.ok) continue; // checkFiles reported it already
    const out = withStamp(result.value, CURRENT_SCHEMA_VERSION);
    await writeFile(file.path, `${JSON.stringify(out, null, 2)}\n`);
    done.push(file.name);
  }
  return done;
}

/** True when a file carries a stamp that no longer matches its document. */
function staleStamp(text: string): boolean {
  try {
    const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    if (typeof doc !== 'object' || doc === null || !Object.hasOwn(doc, STAMP_FIELD)) return false;
    return !stampHolds(String(doc.kind), doc, CURRENT_SCHEMA_VERSION);
  } catch {
    return false;
  }
}

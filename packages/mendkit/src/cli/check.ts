import { contentKinds, validateKind, type KindName, type Problem } from '@mendkit/core/content';
import { locate, parseJson, type JsonNode } from './json-source.js';

/**
 * The checks `mendkit validate` makes on a set of files, with no file system: the exact checks
 * the widget makes (validateKind), plus what only a set of files can show — the folder layout
 * `content/<kind>/<id>/<locale>.json` and translations that drifted from their source language.
 * Pure, so the playground and tests can run it too.
 */

export interface SourceFile {
  /** The file's path as the person gave it, with "/" between folders. */
  name: string;
  text: string;
}

export interface FileProblem extends Problem {
  file: string;
  line: number;
  column: number;
}

export interface CheckOptions {
  /** The language translations are compared with. Default "en". */
  sourceLocale?: string;
}

const kinds = Object.keys(contentKinds) as KindName[];
const kindList = kinds.map((kind) => `"${kind}"`).join(', ');
const isKind = (value: unknown): value is KindName => kinds.includes(value as KindName);
const localeTag = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

interface Parsed {
  file: SourceFile;
  tree: JsonNode;
  doc: Record<string, unknown>;
  kind: KindName;
  valid: boolean;
  /** Paths that already have a problem of their own. */
  flagged: string[];
}

/** Values a translation keeps as they are: ids, numbers, rules, links. Only words may change. */
const notWords = new Set(['$schema', 'kind', 'id', 'version', 'target', 'href', 'cadence', 'path', 'dimension', 'concept', 'flag', 'flags', 'question', 'option']); // prettier-ignore

/** Checks every file; problems come back in file order, then in order of position. */
export function checkFiles(files: readonly SourceFile[], options: CheckOptions = {}): FileProblem[] {
  const problems: FileProblem[] = [];
  const parsed: Parsed[] = [];
  for (const file of files) {
    const here = (list: readonly Problem[], tree: JsonNode) =>
      list.map((p) => {
        const { line, column } = locate(file.text, tree, p.path);
        return { file: file.name, path: p.path, line, column, message: p.message };
      });
    const json = parseJson(file.text);
    if (!json.ok) {
      problems.push({ file: file.name, path: '', ...json.position, message: json.message });
      continue;
    }
    const doc = json.value;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      problems.push(...here([{ path: '', message: 'should be a JSON object' }], json.tree));
      continue;
    }
    const record = doc as Record<string, unknown>;
    if (!isKind(record.kind)) {
      const message =
        record.kind === undefined ? `is missing: say which, one of ${kindList}` : `should be one of ${kindList}`;
      problems.push(...here([{ path: 'kind', message }], json.tree));
      continue;
    }
    const result = validateKind(record.kind, doc);
    const own = [...layoutProblems(file.name, record), ...(result.ok ? [] : result.problems)];
    problems.push(...here(own, json.tree));
    parsed.push({
      file,
      tree: json.tree,
      doc: record,
      kind: record.kind,
      valid: result.ok,
      flagged: own.map((p) => p.path),
    });
  }
  problems.push(...parityProblems(parsed, options.sourceLocale ?? 'en'));
  const order = new Map(files.map((f, i) => [f.name, i]));
  return problems.sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.column - b.column,
  );
}

/** The file's folders and name, when it follows `.../<kind>/<id>/<locale>.json`. */
function layoutOf(name: string): { kind?: string; id?: string; locale?: string } {
  const parts = name.split('/').filter((p) => p && p !== '.');
  const base = parts.at(-1)?.replace(/\.json$/i, '') ?? '';
  const locale = localeTag.test(base) ? base : undefined;
  const kind = parts.at(-3);
  // Only the layout says for sure that a file name is a locale ("faq.json" is a file, not Faroese).
  return isKind(kind) && locale ? { kind, id: parts.at(-2), locale } : {};
}

function layoutProblems(name: string, doc: Record<string, unknown>): Problem[] {
  const layout = layoutOf(name);
  const problems: Problem[] = [];
  if (layout.kind !== undefined && doc.kind !== layout.kind)
    problems.push({
      path: 'kind',
      message: `is "${String(doc.kind)}", but the file is in the folder "${layout.kind}"`,
    });
  if (layout.id !== undefined && typeof doc.id === 'string' && doc.id !== layout.id)
    problems.push({
      path: 'id',
      message: `is "${doc.id}", but the file is in the folder "${layout.id}": they should match`,
    });
  if (layout.locale !== undefined && typeof doc.locale === 'string' && doc.locale !== layout.locale)
    problems.push({ path: 'locale', message: `is "${doc.locale}", but the file is named "${layout.locale}.json"` });
  return problems;
}

/** Translations: same kind and id in one folder, compared with the source language's file. */
function parityProblems(parsed: readonly Parsed[], sourceLocale: string): FileProblem[] {
  const groups = new Map<string, Parsed[]>();
  for (const p of parsed) {
    const folder = p.file.name.split('/').slice(0, -1).join('/');
    const key = `${folder}\n${p.kind}\n${String(p.doc.id)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const problems: FileProblem[] = [];
  for (const group of groups.values()) {
    const source = group.find((p) => p.doc.locale === sourceLocale);
    // A source with problems of its own is no yardstick.
    if (!source?.valid) continue;
    const sourceName = source.file.name.split('/').at(-1) ?? source.file.name;
    for (const translation of group) {
      if (translation === source) continue;
      const found: Problem[] = [];
      const { $schema: _a, locale: _b, ...theirs } = translation.doc;
      const { $schema: _c, locale: _d, ...ours } = source.doc;
      compare(ours, theirs, '', '', sourceName, found);
      // A translation's own problem (a wrong type, say) is named once, not again as a difference.
      const own = (path: string) =>
        translation.flagged.some((f) => f === path || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
      for (const p of found.filter((f) => !own(f.path))) {
        const { line, column } = locate(translation.file.text, translation.tree, p.path);
        problems.push({ file: translation.file.name, path: p.path, line, column, message: p.message });
      }
    }
  }
  return problems;
}

const join = (path: string, key: string | number) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? path
        ? `${path}.${key}`
        : key
      : `${path}[${JSON.stringify(key)}]`;
const idOf = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id
    : undefined;
const show = (value: unknown) => JSON.stringify(value);

/** Reports where a translation's structure, ids, numbers or rules differ from its source's. */
function compare(source: unknown, other: unknown, path: string, key: string, sourceName: string, out: Problem[]): void {
  if (Array.isArray(source) && Array.isArray(other)) {
    const sourceIds = source.map(idOf);
    if (sourceIds.every((id) => id !== undefined)) {
      // Items with ids are matched by id, so one lost item is one problem, not a shifted list.
      const otherIds = other.map(idOf);
      const lost = sourceIds.filter((id) => !otherIds.includes(id));
      const extra = otherIds.filter((id) => id === undefined || !sourceIds.includes(id));
      for (const id of lost)
        out.push({ path, message: `has no item with the id "${String(id)}", which ${sourceName} has` });
      other.forEach((item, i) => {
        const id = otherIds[i];
        if (id === undefined || !sourceIds.includes(id))
          out.push({
            path: join(path, i),
            message:
              id === undefined ? `is not in ${sourceName}` : `has the id "${id}", which ${sourceName} does not have`,
          });
      });
      const shared = otherIds.filter((id) => id !== undefined && sourceIds.includes(id));
      if (!lost.length && !extra.length && shared.join('\n') !== sourceIds.join('\n'))
        out.push({ path, message: `lists its items in another order than ${sourceName}` });
      other.forEach((item, i) => {
        const at = sourceIds.indexOf(otherIds[i] ?? '');
        if (at !== -1) compare(source[at], item, join(path, i), key, sourceName, out);
      });
      return;
    }
    if (source.length !== other.length) {
      out.push({ path, message: `has ${other.length} items, but ${sourceName} has ${source.length}` });
      return;
    }
    source.forEach((item, i) => compare(item, other[i], join(path, i), key, sourceName, out));
    return;
  }
  if (
    source &&
    other &&
    typeof source === 'object' &&
    typeof other === 'object' &&
    !Array.isArray(source) &&
    !Array.isArray(other)
  ) {
    const a = source as Record<string, unknown>;
    const b = other as Record<string, unknown>;
    for (const k of Object.keys(a))
      if (!(k in b)) out.push({ path: join(path, k), message: `is missing, but ${sourceName} has it` });
    for (const k of Object.keys(b)) {
      if (!(k in a)) out.push({ path: join(path, k), message: `is not in ${sourceName}` });
      else compare(a[k], b[k], join(path, k), k, sourceName, out);
    }
    return;
  }
  const words = typeof source === 'string' && typeof other === 'string' && !notWords.has(key);
  if (!words && show(source) !== show(other))
    out.push({
      path,
      message: `is ${show(other)}, but ${sourceName} has ${show(source)}; only words change in a translation`,
    });
}

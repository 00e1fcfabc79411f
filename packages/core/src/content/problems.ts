import type { core } from 'zod/mini';

/** One thing wrong with a content document, located by its JSON path. */
export interface Problem {
  /** JSON path such as `questions[3].options[1].score`; empty for the document itself. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

type PathSegment = PropertyKey;

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Formats `['questions', 3, 'options']` as `questions[3].options`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      out += identifier.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const type = typeof value;
  // JSON.parse turns a number too large for a double (1e400) into Infinity.
  if (type === 'number' && !Number.isFinite(value)) return 'a number too large to use';
  if (type === 'number' && !Number.isInteger(value)) return 'a decimal number';
  return typeWords[type] ?? type;
}

function plural(count: number | bigint, one: string, many: string): string {
  return `${count} ${Number(count) === 1 ? one : many}`;
}

/** Turns zod issues into plain-word problems; messages never depend on zod's locale. */
export function problemsFromIssues(issues: readonly core.$ZodIssue[], base: readonly PathSegment[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    switch (issue.code) {
      case 'invalid_type':
        problems.push({
          path: formatPath(path),
          message:
            issue.input === undefined
              ? 'is missing'
              : `should be ${typeWords[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`,
        });
        break;
      case 'too_small':
        problems.push({
          path: formatPath(path),
          message:
            issue.origin === 'string'
              ? issue.minimum === 1
                ? 'is empty'
                : `needs at least ${plural(issue.minimum, 'character', 'characters')}`
              : issue.origin === 'array'
                ? `${issue.exact ? 'should have exactly' : 'needs at least'} ${plural(issue.minimum, 'item', 'items')}`
                : `should be at least ${issue.minimum}`,
        });
        break;
      case 'too_big':
        problems.push({
          path: formatPath(path),
          message:
            issue.origin === 'array'
              ? `${issue.exact ? 'should have exactly' : 'has more than'} ${plural(issue.maximum, 'item', 'items')}`
              : issue.origin === 'string'
                ? `is longer than ${plural(issue.maximum, 'character', 'characters')}`
                : `should be at most ${issue.maximum}`,
        });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({ path: formatPath([...path, key]), message: 'is not a field this content kind knows' });
        }
        break;
      case 'invalid_value':
        problems.push({
          path: formatPath(path),
          message:
            issue.values.length === 1
              ? `should be ${JSON.stringify(issue.values[0])}`
              : `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        });
        break;
      case 'invalid_union': {
        // Follow the branch the author most likely meant: the one that recognised the
        // most of the object's own fields. When none recognised any, name the choices.
        const fieldCount = typeof issue.input === 'object' && issue.input ? Object.keys(issue.input).length : 0;
        const strangers = (branch: readonly core.$ZodIssue[]) =>
          branch.reduce((n, i) => n + (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys.length : 0), 0);
        const ranked = issue.errors
          .filter((branch) => branch.length > 0)
          .sort((a, b) => strangers(a) - strangers(b) || a.length - b.length);
        const best = ranked[0];
        if (best && (fieldCount === 0 || strangers(best) < fieldCount))
          problems.push(...problemsFromIssues(best, path));
        else problems.push({ path: formatPath(path), message: issue.message });
        break;
      }
      default:
        // Checks in our schemas carry their own plain-word message.
        problems.push({ path: formatPath(path), message: issue.message });
    }
  }
  return problems;
}

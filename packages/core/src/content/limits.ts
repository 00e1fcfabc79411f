import type { Problem } from './problems.js';

import { LIMITS } from './limit-values.js';

export { LIMITS };

const ruleKeys = new Set(['all', 'any', 'not']);
const identifier = /^[A-Za-z_$][\w$]*$/;

const join = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : identifier.test(key)
      ? path
        ? `${path}.${key}`
        : key
      : `${path}[${JSON.stringify(key)}]`;

class LimitReached {
  constructor(readonly problem: Problem) {}
}

/**
 * Checks a parsed document (or an object a script handed over) against the structural limits
 * and refuses cycles, without recursion, so it cannot overflow the stack itself. Returns the
 * first limit reached as a problem, or none. Never throws, even for a hostile object whose
 * getters throw: that is reported as a problem too.
 */
export function checkLimits(input: unknown): Problem[] {
  // Each entry: a value, its path, its depth, its rule depth, and whether its children are done.
  type Frame = { value: unknown; path: string; depth: number; rules: number; exit?: true };
  const stack: Frame[] = [{ value: input, path: '', depth: 1, rules: 0 }];
  const open = new Set<object>();
  let values = 0;
  let chars = 0;
  const fail = (path: string, message: string): never => {
    throw new LimitReached({ path, message });
  };
  try {
    while (stack.length) {
      const frame = stack.pop() as Frame;
      const { value, path, depth, rules } = frame;
      if (frame.exit) {
        open.delete(value as object);
        continue;
      }
      values += 1;
      if (values > LIMITS.values)
        fail('', `has more than ${LIMITS.values.toLocaleString('en')} values; mendkit reads at most that many`);
      if (typeof value === 'string') {
        chars += value.length + 2;
        if (value.length > LIMITS.textChars)
          fail(path, `is longer than ${LIMITS.textChars.toLocaleString('en')} characters, the most mendkit reads`);
      } else chars += 8;
      if (chars > LIMITS.documentChars)
        fail('', `is larger than ${LIMITS.documentChars.toLocaleString('en')} characters, the most mendkit reads`);
      if (typeof value !== 'object' || value === null) continue;
      if (open.has(value)) fail(path, 'refers back to an object that contains it (a cycle); content must be a tree');
      if (depth > LIMITS.depth) fail(path, `is nested more than ${LIMITS.depth} levels deep, the most mendkit reads`);
      open.add(value);
      stack.push({ value, path, depth, rules, exit: true });
      if (Array.isArray(value)) {
        if (value.length > LIMITS.listItems)
          fail(path, `has more than ${LIMITS.listItems} items, the most mendkit reads in one list`);
        for (let i = value.length - 1; i >= 0; i -= 1)
          stack.push({ value: value[i] as unknown, path: join(path, i), depth: depth + 1, rules });
      } else {
        const keys = Object.keys(value);
        if (keys.length > LIMITS.listItems)
          fail(path, `has more than ${LIMITS.listItems} fields, the most mendkit reads in one object`);
        for (let i = keys.length - 1; i >= 0; i -= 1) {
          const key = keys[i] as string;
          chars += key.length + 4;
          // No content kind has this field, and a schema would drop it without a word.
          if (key === '__proto__') fail(join(path, key), 'is not a name content may use');
          const nested = ruleKeys.has(key) ? rules + 1 : rules;
          if (nested > LIMITS.ruleDepth)
            fail(join(path, key), `nests rules more than ${LIMITS.ruleDepth} levels deep, the most mendkit reads`);
          const child = (value as Record<string, unknown>)[key];
          stack.push({ value: child, path: join(path, key), depth: depth + 1, rules: nested });
        }
      }
    }
  } catch (error) {
    if (error instanceof LimitReached) return [error.problem];
    return [{ path: '', message: 'could not be read: reading it failed' }];
  }
  return [];
}

import { canonicalJson, cyrb53, STAMP_FIELD, stamped, stampOf, withStamp } from '@mendkit/core/content';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';

// The stamp's text and hash are a format: `mendkit validate --stamp` writes them, widgets check
// them. cyrb53 runs an unrolled loop (it runs cold on every page load); it and canonicalJson must
// give exactly what the written-out definitions below give, for any input.

const unhashed = new Set(['$validated', '$schema']);
function definition(value: unknown, top = true): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item: unknown) => definition(item, false)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined && !(top && unhashed.has(key)))
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${definition(record[key], false)}`).join(',')}}`;
}

function reference(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

describe('stamp text and hash', () => {
  it('writes any JSON value exactly as the definition does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).to.equal(definition(value));
        expect(canonicalJson(value, false)).to.equal(definition(value, false));
      }),
      { numRuns: 300 },
    );
  });

  it('writes documents with unusual keys and values exactly as the definition does', () => {
    const holes: unknown[] = [1];
    holes[2] = 3;
    const hidden = { a: 1 };
    Object.defineProperty(hidden, 'b', { value: 2, enumerable: false });
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: [2] });
    const samples: unknown[] = [
      { b: [1, { d: 1, c: null }], a: 'x', $validated: 'y', $schema: 'z' },
      { nested: { $schema: 's', $validated: 'v' }, $schema: 'top' },
      { '10': 1, '2': 2, a: 3, '': 4, é: 5, B: 6 },
      JSON.parse('{"__proto__": {"x": 1}, "a": 2}'),
      { a: undefined, b: [undefined, null], c: { d: undefined } },
      { when: new Date(0), a: 1 },
      { f: () => 1, a: 1 },
      { s: Symbol('s'), a: 1 },
      { boxed: Object('text') as unknown },
      { list: holes },
      hidden,
      bare,
      { toJSON: 'not a function', a: 1 },
      [{ b: 1, a: 2 }, [], {}],
      'text',
      3,
      null,
      undefined,
    ];
    for (const value of samples) expect(canonicalJson(value), String(definition(value))).to.equal(definition(value));
  });

  it('hashes any text exactly as the reference cyrb53 does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer(), (text, seed) => {
        expect(cyrb53(text)).to.equal(reference(text));
        expect(cyrb53(text, seed)).to.equal(reference(text, seed));
      }),
      { numRuns: 300 },
    );
    for (const text of ['', 'a', 'ab', 'abc', 'mendkit', '😀é'.repeat(1001)])
      expect(cyrb53(text)).to.equal(reference(text));
  });

  it('writes stamps one way: $schema first, a fresh stamp for the document, which then holds', () => {
    const doc = { kind: 'quiz', id: 'x', $validated: '1:stale', $schema: './quiz.schema.json', title: 'T' };
    const out = withStamp(doc, 1);
    expect(Object.keys(out)).to.deep.equal(['$schema', STAMP_FIELD, 'kind', 'id', 'title']);
    expect(out[STAMP_FIELD]).to.equal(stampOf({ kind: 'quiz', id: 'x', title: 'T' }, 1));
    expect(stamped('quiz', out, 1)).to.deep.equal({ $schema: './quiz.schema.json', kind: 'quiz', id: 'x', title: 'T' });
    expect(stamped('quiz', { ...out, title: 'Changed' }, 1)).to.equal(undefined);
    expect(Object.keys(withStamp({ kind: 'quiz' }, 1))).to.deep.equal([STAMP_FIELD, 'kind']);
  });
});

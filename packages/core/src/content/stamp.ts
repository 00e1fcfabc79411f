/**
 * The "validated" stamp: `mendkit validate --stamp` writes `"$validated": "<schemaVersion>:<hash>"`
 * into a document it found valid, the hash taken over the document's canonical JSON. A widget that
 * finds the stamp intact trusts the document as is and never loads the validator.
 *
 * The hash (cyrb53, 53 bits) guards against accidental edits — a changed word, a file saved half
 * way — not against anyone who means harm: whoever can edit a page's content can recompute it.
 * Rendering never trusts content for safety anyway (links go through the URL policy, text is
 * never HTML). It is synchronous and runs on plain-http pages, which crypto.subtle does not.
 */

/** The field the stamp is written to. */
export const STAMP_FIELD = '$validated';

/** Top-level fields the hash leaves out: the stamp itself, and `$schema`, which only editors read. */
const unhashed = new Set([STAMP_FIELD, '$schema']);

/**
 * JSON with every object's keys sorted, so the same document always gives the same text
 * whatever order its fields were written in. Fields whose value is `undefined` are left out,
 * as JSON.stringify does.
 */
export function canonicalJson(value: unknown, top = true): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item, false)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined && !(top && unhashed.has(key)))
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key], false)}`).join(',')}}`;
}

/** cyrb53 (public domain, by bryc): a fast 53-bit string hash, as 14 hex digits. */
export function cyrb53(text: string, seed = 0): string {
  // The reference loop, two characters a turn and with Math.imul at hand: it runs once per
  // page, before the engine optimises it, where this about halves its time.
  const imul = Math.imul;
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    let ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
    ch = text.charCodeAt(i + 1);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  if (i < n) {
    const ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The stamp for a document that passed validation at this schema version. */
export function stampOf(doc: object, schemaVersion: number): string {
  return `${schemaVersion}:${cyrb53(canonicalJson(doc))}`;
}

/**
 * The document without its stamp, when the stamp is there, was made for this kind and schema
 * version, and still matches the document; otherwise undefined (validate it in full).
 */
export function stamped(kind: string, input: unknown, schemaVersion: number): object | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  try {
    const doc = input as Record<string, unknown>;
    const stamp = Object.hasOwn(doc, STAMP_FIELD) ? doc[STAMP_FIELD] : undefined;
    if (typeof stamp !== 'string' || doc.kind !== kind || !stamp.startsWith(`${schemaVersion}:`)) return undefined;
    if (stampOf(doc, schemaVersion) !== stamp) return undefined;
    const { [STAMP_FIELD]: _stamp, ...rest } = doc;
    return rest;
  } catch {
    // A cycle (too deep to write out) or a throwing getter: the validator reports it properly.
    return undefined;
  }
}

/**
 * A validated document (the `value` of a successful `validateKind`, defaults filled in) as a
 * stamped file holds it: `$schema` first when it has one, then the stamp, then the document. The
 * one way stamps are written, by `mendkit validate --stamp` and by the WordPress plugin.
 */
export function withStamp(validated: object, schemaVersion: number): Record<string, unknown> {
  const { $schema, [STAMP_FIELD]: _old, ...doc } = validated as Record<string, unknown>;
  return { ...($schema === undefined ? {} : { $schema }), [STAMP_FIELD]: stampOf(doc, schemaVersion), ...doc };
}

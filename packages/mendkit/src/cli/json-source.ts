/**
 * JSON text with positions: a small parser that keeps where every value and key starts and
 * ends, so a problem's JSON path (`questions[3].options[1].score`) can be shown as a line and
 * column. Pure (no Node, no DOM): the CLI and the playground both use it.
 */

export interface JsonNode {
  type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  /** Offset of the value's first character, and one past its last. */
  start: number;
  end: number;
  /** Object members in order, with where each key starts. */
  members?: { key: string; keyStart: number; value: JsonNode }[];
  /** Array items in order. */
  items?: JsonNode[];
}

export interface Position {
  /** 1-based, as editors count. */
  line: number;
  column: number;
}

export type ParsedJson =
  { ok: true; value: unknown; tree: JsonNode } | { ok: false; message: string; offset: number; position: Position };

/** Line and column (both from 1) of an offset; a column counts UTF-16 code units, as editors do. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const describeChar = (c: string | undefined) => (c === undefined ? 'the end of the file' : `"${c}"`);

function parseTree(text: string): JsonNode {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const fail = (message: string, at = i): never => {
    throw new SyntaxProblem(message, at);
  };
  const string = (): number => {
    const start = i;
    i += 1;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i += 1;
        return start;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('has a broken \\u escape', i);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(`has an unknown escape "\\${next ?? ''}"`, i);
      } else if (c < ' ')
        fail(c === '\n' ? 'has a line break inside text (write \\n)' : 'has a control character inside text', i);
      else i += 1;
    }
    return fail('has text that is never closed with "', start);
  };
  const value = (): JsonNode => {
    space();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i += 1;
      const members: NonNullable<JsonNode['members']> = [];
      space();
      if (text[i] === '}') return ((i += 1), { type: 'object', start, end: i, members });
      for (;;) {
        space();
        if (text[i] !== '"')
          fail(
            text[i] === '}'
              ? 'has a comma before "}" (JSON allows none)'
              : `expected a field name in double quotes, found ${describeChar(text[i])}`,
          );
        const keyStart = string();
        const key = JSON.parse(text.slice(keyStart, i)) as string;
        space();
        if (text[i] !== ':') fail(`expected ":" after the field name, found ${describeChar(text[i])}`);
        i += 1;
        members.push({ key, keyStart, value: value() });
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return ((i += 1), { type: 'object', start, end: i, members });
        else fail(`expected "," or "}" after a value, found ${describeChar(text[i])}`);
      }
    }
    if (c === '[') {
      i += 1;
      const items: JsonNode[] = [];
      space();
      if (text[i] === ']') return ((i += 1), { type: 'array', start, end: i, items });
      for (;;) {
        space();
        if (text[i] === ']') fail('has a comma before "]" (JSON allows none)');
        items.push(value());
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return ((i += 1), { type: 'array', start, end: i, items });
        else fail(`expected "," or "]" after a value, found ${describeChar(text[i])}`);
      }
    }
    if (c === '"') return (string(), { type: 'string', start, end: i });
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      const word = literal[0];
      return {
        type: word === 'null' ? 'null' : word === 'true' || word === 'false' ? 'boolean' : 'number',
        start,
        end: i,
      };
    }
    if (c === "'") return fail('uses single quotes; JSON text needs double quotes');
    return fail(`expected a value, found ${describeChar(c)}`);
  };
  const root = value();
  space();
  if (i < text.length) fail(`has more after the end of the document: ${describeChar(text[i])}`);
  return root;
}

/** Parses JSON text, or says where and why it is not JSON. A leading byte-order mark is allowed. */
export function parseJson(source: string): ParsedJson {
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  try {
    const tree = parseTree(text);
    return { ok: true, value: JSON.parse(text) as unknown, tree };
  } catch (error) {
    const offset = error instanceof SyntaxProblem ? error.offset : 0;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `is not valid JSON: it ${message}`, offset, position: positionAt(text, offset) };
  }
}

/** Splits a problem path (`a.b[2]["odd key"].c-d`) into keys and indexes. */
export function splitPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') i += 1;
    else if (c === '[') {
      if (path[i + 1] === '"') {
        // A quoted key: a JSON string, then "]".
        let j = i + 2;
        while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        segments.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        i = j + 2;
      } else {
        const close = path.indexOf(']', i);
        const end = close === -1 ? path.length : close;
        segments.push(Number(path.slice(i + 1, end)));
        i = end + 1;
      }
    } else {
      let j = i;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j += 1;
      segments.push(path.slice(i, j));
      i = j;
    }
  }
  return segments;
}

export interface Location extends Position {
  /** Where the located text starts and ends (offsets), for an editor to underline. */
  start: number;
  end: number;
  /** False when the path names something absent (a missing field): the location is its parent. */
  found: boolean;
}

/**
 * Where a problem path points in the text: the field's key and value for an object member,
 * the item for an array index, or the nearest existing parent when the path is absent.
 */
export function locate(text: string, tree: JsonNode, path: string): Location {
  let node = tree;
  let start = tree.start;
  let found = true;
  for (const segment of splitPath(path)) {
    const next =
      typeof segment === 'number'
        ? node.items?.[segment]
        : [...(node.members ?? [])].reverse().find((m) => m.key === segment);
    if (next === undefined) {
      found = false;
      break;
    }
    if ('keyStart' in next) {
      start = next.keyStart;
      node = next.value;
    } else {
      start = next.start;
      node = next;
    }
  }
  // A missing field is located at its parent's opening brace, not the whole parent.
  const end = found ? node.end : Math.min(node.end, start + 1);
  return { ...positionAt(text, start), start, end, found };
}

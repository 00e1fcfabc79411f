import { safeUrl } from './links.js';

/**
 * Content text is plain text plus three inline marks: **strong**, *emphasis* and
 * [a link](https://…). Parsing yields data (no DOM, no lit); rendering is the element side's.
 */
export type RichNode =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: RichNode[] }
  | { type: 'link'; href: string; text: string };

/**
 * Where the next mark of each sort starts, at or after a position (the text's length when
 * there is none). The parser walks left to right, so each search picks up where the last one
 * found something: every character is searched over a bounded number of times and parsing stays
 * linear in the length of the text, whatever it holds.
 */
interface Scan {
  /** Next `**`. */
  strong: (from: number) => number;
  /** Next `*`. */
  star: (from: number) => number;
  /** Next `]` or line break: a link's words end at the first of these. */
  labelEnd: (from: number) => number;
  /** Next `)` or white space: a link's address ends at the first of these. */
  hrefEnd: (from: number) => number;
}

function remembering(find: (from: number) => number): (from: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found = -1;
  return (from) => {
    // Nothing between searchedFrom and found matched, so nothing between from and found does.
    if (from >= searchedFrom && from <= found) return found;
    searchedFrom = from;
    found = find(from);
    return found;
  };
}

/** White space as `\s` in a regular expression means it. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function scan(source: string): Scan {
  const n = source.length;
  const next = (needle: string) =>
    remembering((from) => {
      const at = source.indexOf(needle, from);
      return at === -1 ? n : at;
    });
  const nextSpace = remembering((from) => {
    let i = from;
    while (i < n && !isSpace(source.charCodeAt(i))) i += 1;
    return i;
  });
  const closeBracket = next(']');
  const lineBreak = next('\n');
  const closeParen = next(')');
  return {
    strong: next('**'),
    star: next('*'),
    labelEnd: (from) => Math.min(closeBracket(from), lineBreak(from)),
    hrefEnd: (from) => Math.min(closeParen(from), nextSpace(from)),
  };
}

const STAR = 42;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/** Parses `source` from `from` up to (not including) `to`; marks must close before `to`. */
function parseRange(source: string, marks: Scan, from: number, to: number): RichNode[] {
  const nodes: RichNode[] = [];
  let textStart = from;
  const flush = (end: number) => {
    if (end > textStart) nodes.push({ type: 'text', text: source.slice(textStart, end) });
  };
  let i = from;
  while (i < to) {
    const c = source.charCodeAt(i);
    if (c === STAR) {
      if (i + 1 < to && source.charCodeAt(i + 1) === STAR) {
        // Four stars in a row cannot open bold here (it would be empty): the common case in a run.
        if (source.charCodeAt(i + 2) === STAR && source.charCodeAt(i + 3) === STAR) {
          i += 1;
          continue;
        }
        const end = marks.strong(i + 2);
        if (end > i + 2 && end + 1 < to) {
          flush(i);
          nodes.push({ type: 'strong', children: parseRange(source, marks, i + 2, end) });
          i = textStart = end + 2;
          continue;
        }
      } else {
        const end = marks.star(i + 1);
        if (end > i + 1 && end < to && (end + 1 >= to || source.charCodeAt(end + 1) !== STAR)) {
          flush(i);
          nodes.push({ type: 'em', children: parseRange(source, marks, i + 1, end) });
          i = textStart = end + 1;
          continue;
        }
      }
    } else if (c === OPEN_BRACKET) {
      // [words](address): words without "]" or a line break, an address without ")" or spaces.
      const close = marks.labelEnd(i + 1);
      if (
        close > i + 1 &&
        close + 1 < to &&
        source.charCodeAt(close) === CLOSE_BRACKET &&
        source.charCodeAt(close + 1) === OPEN_PAREN
      ) {
        const end = marks.hrefEnd(close + 2);
        if (end > close + 2 && end < to && source.charCodeAt(end) === CLOSE_PAREN) {
          flush(i);
          const text = source.slice(i + 1, close);
          // An unsafe address keeps its words but loses the link.
          const href = safeUrl(source.slice(close + 2, end));
          nodes.push(href ? { type: 'link', href, text } : { type: 'text', text });
          i = textStart = end + 1;
          continue;
        }
      }
    }
    i += 1;
  }
  flush(to);
  return nodes;
}

/** Parsed texts by source, so a widget rendering again does not parse again. Bounded: oldest go first. */
const cache = new Map<string, readonly RichNode[]>();
const CACHE_SIZE = 500;
const CACHE_TEXT_CHARS = 20_000;

/**
 * Parses the inline subset in one pass; anything unmatched stays literal text. Results are
 * shared between callers (they are cached), so treat them as read-only.
 */
export function parseRichText(source: string): RichNode[] {
  const known = cache.get(source);
  if (known) return known as RichNode[];
  const nodes = parseRange(source, scan(source), 0, source.length);
  // Content fields are at most LIMITS.textChars long; anything longer is not worth keeping.
  if (source.length > CACHE_TEXT_CHARS) return nodes;
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(source, nodes);
  return nodes;
}

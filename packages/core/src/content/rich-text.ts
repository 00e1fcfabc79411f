import { safeUrl } from './links.js';

/**
 * Content text is plain text plus three inline marks: **strong**, *emphasis* and
 * [a link](https://…). Parsing yields data (no DOM, no lit); rendering is the element side's.
 */
export type RichNode =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: RichNode[] }
  | { type: 'link'; href: string; text: string };

/** Parses the inline subset; anything unmatched stays literal text. */
export function parseRichText(source: string): RichNode[] {
  const nodes: RichNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) nodes.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('**', i)) {
      const end = source.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        nodes.push({ type: 'strong', children: parseRichText(source.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    } else if (source[i] === '*') {
      const end = source.indexOf('*', i + 1);
      if (end > i + 1 && source[end + 1] !== '*') {
        flush();
        nodes.push({ type: 'em', children: parseRichText(source.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    } else if (source[i] === '[') {
      const match = /^\[([^\]\n]+)\]\(([^)\s]+)\)/.exec(source.slice(i));
      if (match) {
        const [whole, label = '', href = ''] = match;
        flush();
        // An unsafe scheme keeps its words but loses the link.
        const safe = safeUrl(href);
        nodes.push(safe ? { type: 'link', href: safe, text: label } : { type: 'text', text: label });
        i += whole.length;
        continue;
      }
    }
    buffer += source[i];
    i += 1;
  }
  flush();
  return nodes;
}

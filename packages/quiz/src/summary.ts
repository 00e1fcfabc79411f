import { parseRichText, type RichNode } from '@mendkit/core/content';

/** Rich content text as plain words: marks dropped, a link's words kept with its address. */
export const plainText = (source: string): string => parseRichText(source).map(plainNode).join('');

const plainNode = (node: RichNode): string =>
  node.type === 'text'
    ? node.text
    : node.type === 'link'
      ? `${node.text} (${node.href})`
      : node.children.map(plainNode).join('');

/** A result as plain text to copy: a title, paragraphs, then headed lists ("- " items). */
export function resultText(lines: readonly string[], sections: readonly [string, readonly string[]][]): string {
  const blocks = [lines.filter(Boolean).join('\n\n')];
  for (const [heading, items] of sections)
    if (items.length) blocks.push([heading, ...items.map((i) => `- ${i}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

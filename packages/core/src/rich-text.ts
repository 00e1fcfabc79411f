import { html, nothing, type TemplateResult } from 'lit';

/**
 * Content text is plain text plus three inline marks: **strong**, *emphasis* and
 * [a link](https://…). Parsing yields data; rendering goes through Lit templates, so
 * nothing in content can ever become markup.
 */
export type RichNode =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: RichNode[] }
  | { type: 'link'; href: string; text: string };

const safeHref = /^(https?:\/\/|mailto:)/i;

export function isSafeHref(href: string): boolean {
  return safeHref.test(href.trim());
}

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
        nodes.push(isSafeHref(href) ? { type: 'link', href, text: label } : { type: 'text', text: label });
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

function renderNode(node: RichNode): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'strong':
      return html`<strong>${node.children.map(renderNode)}</strong>`;
    case 'em':
      return html`<em>${node.children.map(renderNode)}</em>`;
    case 'link':
      return html`<a href=${node.href} rel="noopener noreferrer">${node.text}</a>`;
  }
}

/** Renders content text with its inline marks; `undefined` renders nothing. */
export function richText(source: string | undefined): unknown {
  return source === undefined ? nothing : parseRichText(source).map(renderNode);
}

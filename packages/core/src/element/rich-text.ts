import { html, nothing, type TemplateResult } from 'lit';
import { parseRichText, type RichNode } from '../content/rich-text.js';

// Rendering goes through Lit templates, so nothing in content can ever become markup.
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

// Template results are plain descriptions, safe to hand to Lit again: a widget rendering the
// same text again (every tick, every step) reuses them instead of parsing and building anew.
const rendered = new Map<string, unknown>();
const CACHE_SIZE = 500;
// Only `*` and `[` can start a mark: most content text has neither and renders as itself, which
// is what parsing it would give, without running the parser on a page's first screen.
const markStart = /[*[]/;

/** Renders content text with its inline marks; `undefined` renders nothing. */
export function richText(source: string | undefined): unknown {
  if (source === undefined) return nothing;
  let result = rendered.get(source);
  if (result === undefined) {
    result = markStart.test(source) ? parseRichText(source).map(renderNode) : source ? [source] : [];
    if (source.length > 20_000) return result;
    if (rendered.size >= CACHE_SIZE) rendered.delete(rendered.keys().next().value as string);
    rendered.set(source, result);
  }
  return result;
}

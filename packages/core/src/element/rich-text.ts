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

/** Renders content text with its inline marks; `undefined` renders nothing. */
export function richText(source: string | undefined): unknown {
  return source === undefined ? nothing : parseRichText(source).map(renderNode);
}

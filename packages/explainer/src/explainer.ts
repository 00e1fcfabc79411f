import { MendElement, type ExplainerContent } from '@mendkit/core';
import { html, type TemplateResult } from 'lit';
import { defaultContent } from './generated/default-content.js';

/**
 * Placeholder until the explainer issue lands: loads and validates its content, then shows its title.
 *
 * @tag mend-explainer
 */
export class MendExplainer extends MendElement<'explainer'> {
  protected readonly contentKind = 'explainer';

  protected loadDefaultContent(locale: string): Promise<unknown> {
    const load = defaultContent[locale.split('-')[0] ?? 'en'] ?? defaultContent['en'];
    return load ? load() : Promise.reject(new Error('no built-in content'));
  }

  protected renderContent(doc: ExplainerContent): TemplateResult {
    return html`<h2>${doc.title}</h2>`;
  }
}

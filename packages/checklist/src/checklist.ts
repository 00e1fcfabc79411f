import { MendElement, type ChecklistContent } from '@mendkit/core';
import { html, type TemplateResult } from 'lit';
import { defaultContent } from './generated/default-content.js';

/**
 * Placeholder until the checklist issue lands: loads and validates its content, then shows its title.
 *
 * @tag mend-checklist
 */
export class MendChecklist extends MendElement<'checklist'> {
  protected readonly contentKind = 'checklist';

  protected loadDefaultContent(locale: string): Promise<unknown> {
    const load = defaultContent[locale.split('-')[0] ?? 'en'] ?? defaultContent['en'];
    return load ? load() : Promise.reject(new Error('no built-in content'));
  }

  protected renderContent(doc: ChecklistContent): TemplateResult {
    return html`<h2>${doc.title}</h2>`;
  }
}

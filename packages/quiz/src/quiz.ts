import { MendElement, type QuizContent } from '@mendkit/core';
import { html, type TemplateResult } from 'lit';
import { defaultContent } from './generated/default-content.js';

/**
 * Placeholder until the quiz issue lands: loads and validates its content, then shows its title.
 *
 * @tag mend-quiz
 */
export class MendQuiz extends MendElement<'quiz'> {
  protected readonly contentKind = 'quiz';

  protected loadDefaultContent(locale: string): Promise<unknown> {
    const load = defaultContent[locale.split('-')[0] ?? 'en'] ?? defaultContent['en'];
    return load ? load() : Promise.reject(new Error('no built-in content'));
  }

  protected renderContent(doc: QuizContent): TemplateResult {
    return html`<h2>${doc.title}</h2>`;
  }
}

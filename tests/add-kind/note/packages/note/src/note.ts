import { MendChangeEvent, MendElement, ProgressController, type ContentRef, type NoteContent } from '@mendkit/core';
import { html, type TemplateResult } from 'lit';
import { noteStyles } from './note.styles.js';
import { defaultContent } from './generated/default-content.js';

/** Which lines the person has marked, by line id. */
type Marked = Record<string, boolean>;

export interface NoteChangeDetail extends ContentRef {
  itemId: string;
  checked: boolean;
}

/** A made-up kind that proves the steps in CONTRIBUTING.md: lines a person can mark. */
export class MendNote extends MendElement<'note'> {
  static override styles = [...MendElement.styles, noteStyles];
  static override properties = { ...MendElement.properties, marked: { state: true } };

  declare protected marked: Marked;

  protected readonly contentKind = 'note';
  protected override readonly defaultContent = defaultContent;
  readonly #progress = new ProgressController<Marked, NoteContent>(this, {
    kind: 'note',
    guard: (value, doc) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const known = new Set(doc.lines.map((line) => line.id));
      const entries = Object.entries(value).filter(([key, on]) => known.has(key) && typeof on === 'boolean');
      return Object.fromEntries(entries) as Marked;
    },
  });

  constructor() {
    super();
    this.marked = {};
  }

  protected override contentLoaded(doc: NoteContent): void {
    this.marked = this.#progress.restore(doc) ?? {};
  }

  #mark(itemId: string, checked: boolean): void {
    this.marked = { ...this.marked, [itemId]: checked };
    this.#progress.save(this.marked);
    this.dispatchEvent(new MendChangeEvent<NoteChangeDetail>({ ...this.contentRef, itemId, checked }));
  }

  protected renderContent(doc: NoteContent): TemplateResult {
    return html`<section part="base" class="card">
      <h2 class="title">${doc.title}</h2>
      <ul>
        ${doc.lines.map(
          (line) =>
            html`<li>
              <label>
                <input
                  type="checkbox"
                  .checked=${this.marked[line.id] === true}
                  @change=${(event: Event) => this.#mark(line.id, (event.target as HTMLInputElement).checked)}
                />
                ${line.text}
              </label>
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

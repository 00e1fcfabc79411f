import { autocompletion } from '@codemirror/autocomplete';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions, updateSchema } from 'codemirror-json-schema';
import type { JSONSchema7 } from 'json-schema';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import '@mendkit/checklist/mend-checklist.js';
import '@mendkit/explainer/mend-explainer.js';
import '@mendkit/quiz/mend-quiz.js';
import * as checklistContent from '../../packages/checklist/src/generated/default-content.js';
import * as explainerContent from '../../packages/explainer/src/generated/default-content.js';
import * as quizContent from '../../packages/quiz/src/generated/default-content.js';
import checklistSchema from '../../packages/core/schemas/checklist.schema.json';
import explainerSchema from '../../packages/core/schemas/explainer.schema.json';
import quizSchema from '../../packages/core/schemas/quiz.schema.json';
import { checkFiles } from '../../packages/mendkit/src/cli/check.js';
import { locate, parseJson } from '../../packages/mendkit/src/cli/json-source.js';

type Kind = 'quiz' | 'explainer' | 'checklist';
const kinds: readonly Kind[] = ['quiz', 'explainer', 'checklist'];
const examples = { quiz: quizContent, explainer: explainerContent, checklist: checklistContent };
const schemas = { quiz: quizSchema, explainer: explainerSchema, checklist: checklistSchema } as unknown as Record<
  Kind,
  JSONSchema7
>;
const locales = ['en', 'es', 'fr', 'de', 'ar'];

export interface PlaygroundProblem {
  path: string;
  message: string;
  line: number;
  column: number;
  from: number;
  to: number;
}

/**
 * The checks the widget and `mendkit validate` make, located in the text: the same code as the
 * CLI (check.ts), so the playground, the command line and the page never disagree.
 */
export function diagnose(text: string): { problems: PlaygroundProblem[]; value?: unknown } {
  const parsed = parseJson(text);
  if (!parsed.ok)
    return {
      problems: [{ path: '', message: parsed.message, ...parsed.position, from: parsed.offset, to: parsed.offset + 1 }],
    };
  const problems = checkFiles([{ name: 'playground.json', text }]).map((p) => {
    const at = locate(text, parsed.tree, p.path);
    return { path: p.path, message: p.message, line: p.line, column: p.column, from: at.start, to: Math.max(at.end, at.start + 1) }; // prettier-ignore
  });
  return problems.length ? { problems } : { problems, value: parsed.value };
}

/**
 * A playground for content authors: a JSON editor with completion and hover help from the
 * kind's JSON Schema, mendkit's own checks shown inline and as a list, and the live widget.
 * Everything runs in this page; nothing is sent anywhere.
 */
export class MendPlayground extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 1rem;
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      font:
        15px/1.45 system-ui,
        sans-serif;
      color: #1f2933;
    }
    .bar {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
    }
    label {
      display: grid;
      gap: 0.2rem;
      font-weight: 600;
    }
    select,
    button {
      font: inherit;
      padding: 0.35rem 0.7rem;
      border-radius: 6px;
      border: 1px solid #8a96a3;
      background: #fff;
      color: inherit;
    }
    button:focus-visible,
    select:focus-visible {
      outline: 3px solid #2563eb;
      outline-offset: 2px;
    }
    .editor {
      border: 1px solid #8a96a3;
      border-radius: 6px;
      overflow: hidden;
      min-block-size: 28rem;
    }
    .editor .cm-editor {
      block-size: 34rem;
    }
    .status {
      margin: 0.5rem 0;
      font-weight: 600;
    }
    .status.ok {
      color: #1a7f37;
    }
    .status.bad {
      color: #b42318;
    }
    ol {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    ol button {
      all: unset;
      cursor: pointer;
      text-decoration: underline;
      color: #1d4ed8;
    }
    ol button:focus-visible {
      outline: 3px solid #2563eb;
    }
    code {
      font-size: 0.9em;
    }
    .preview {
      min-inline-size: 0;
    }
    @media (max-width: 900px) {
      :host {
        grid-template-columns: 1fr;
      }
    }
  `;

  static override properties = {
    kind: { type: String },
    locale: { type: String },
    problems: { state: true },
    live: { state: true },
    liveKind: { state: true },
  };

  declare kind: Kind;
  declare locale: string;
  declare problems: PlaygroundProblem[];
  declare live: unknown;
  declare liveKind: Kind | undefined;
  #view: EditorView | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.kind = 'quiz';
    this.locale = 'en';
    this.problems = [];
    this.live = undefined;
    this.liveKind = undefined;
  }

  /** The editor's text (for tests and the download). */
  get text(): string {
    return this.#view?.state.doc.toString() ?? '';
  }

  /** Replaces the editor's text, as typing would. */
  set text(value: string) {
    const view = this.#view;
    if (view) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
  }

  get editor(): EditorView | undefined {
    return this.#view;
  }

  protected override firstUpdated(): void {
    const parent = this.renderRoot.querySelector('.editor') as HTMLElement;
    const extensions: Extension[] = [
      basicSetup,
      json(),
      lintGutter(),
      autocompletion(),
      jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
      hoverTooltip(jsonSchemaHover()),
      stateExtensions(schemas[this.kind]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Content JSON' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) this.#schedule();
      }),
    ];
    this.#view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions }) });
    void this.loadExample();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('kind') && this.#view) updateSchema(this.#view, schemas[this.kind]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /** Loads the built-in document of the chosen kind and language. */
  async loadExample(): Promise<void> {
    const { defaultContent, defaultContentLocales } = examples[this.kind];
    const locale = defaultContentLocales.includes(this.locale) ? this.locale : 'en';
    const doc = (await defaultContent[locale]?.()) as Record<string, unknown>;
    const withSchema = { $schema: `https://cdn.jsdelivr.net/npm/@mendkit/core/schemas/${this.kind}.schema.json`, ...doc }; // prettier-ignore
    this.text = `${JSON.stringify(withSchema, null, 2)}\n`;
    this.check();
  }

  /** Runs the checks now (typing runs them after a short pause). */
  check(): void {
    clearTimeout(this.#timer);
    const view = this.#view;
    if (!view) return;
    const { problems, value } = diagnose(view.state.doc.toString());
    this.problems = problems;
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      from: Math.min(p.from, view.state.doc.length),
      to: Math.min(p.to, view.state.doc.length),
      severity: 'error',
      message: p.path ? `${p.path}: ${p.message}` : p.message,
    }));
    view.dispatch(setDiagnostics(view.state, diagnostics));
    if (value !== undefined) {
      const kind = (value as { kind: Kind }).kind;
      this.liveKind = kind;
      this.live = value;
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.check(), 250);
  }

  #jump(problem: PlaygroundProblem): void {
    const view = this.#view;
    if (!view) return;
    view.dispatch({ selection: { anchor: problem.from, head: problem.to }, scrollIntoView: true });
    view.focus();
  }

  #download(): void {
    const doc = diagnose(this.text).value as { id?: string; locale?: string } | undefined;
    const name = doc?.id && doc.locale ? `${doc.id}.${doc.locale}.json` : 'content.json';
    const url = URL.createObjectURL(new Blob([this.text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  #renderWidget(): unknown {
    const doc = this.live as { locale?: string } | undefined;
    if (!doc) return html`<p>The widget appears here once the document has no problems.</p>`;
    const lang = doc.locale ?? 'en';
    if (this.liveKind === 'quiz') return html`<mend-quiz lang=${lang} .content=${doc}></mend-quiz>`;
    if (this.liveKind === 'explainer') return html`<mend-explainer lang=${lang} .content=${doc}></mend-explainer>`;
    return html`<mend-checklist lang=${lang} .content=${doc}></mend-checklist>`;
  }

  protected override render(): unknown {
    const count = this.problems.length;
    return html`
      <div class="bar">
        <label
          >Kind
          <select
            @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as Kind)}
            .value=${this.kind}
          >
            ${kinds.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${k}</option>`)}
          </select>
        </label>
        <label
          >Language
          <select @change=${(e: Event) => (this.locale = (e.target as HTMLSelectElement).value)} .value=${this.locale}>
            ${locales.map((l) => html`<option value=${l} ?selected=${l === this.locale}>${l}</option>`)}
          </select>
        </label>
        <button type="button" class="example" @click=${() => this.loadExample()}>Start from the example</button>
        <button type="button" class="download" @click=${() => this.#download()}>Download</button>
      </div>
      <section aria-label="Editor">
        <div class="editor"></div>
        <p class="status ${count ? 'bad' : 'ok'}" role="status">
          ${count ? `${count} ${count === 1 ? 'problem' : 'problems'}` : 'No problems: the widget shows this document.'}
        </p>
        ${
          count
            ? html`<ol class="problems">
                ${this.problems.map(
                  (p) =>
                    html`<li>
                      <button type="button" @click=${() => this.#jump(p)}>
                        Line ${p.line}, column ${p.column}${p.path ? html` · <code>${p.path}</code>` : nothing}
                      </button>
                      ${p.message}
                    </li>`,
                )}
              </ol>`
            : nothing
        }
      </section>
      <section class="preview" aria-label="Live widget">${this.#renderWidget()}</section>
    `;
  }
}

if (!customElements.get('mend-playground')) customElements.define('mend-playground', MendPlayground);

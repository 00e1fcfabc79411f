/// <reference types="node" />
/**
 * Server rendering (Node): a widget as HTML that reads before any script runs. The widget's
 * shadow DOM is written as declarative shadow DOM and its content is inlined as a
 * `<script type="application/json">` child, so the browser hydrates the same document.
 *
 * ```js
 * import { renderWidget } from 'mendkit/ssr';
 * const html = await renderWidget({ kind: 'quiz', lang: 'es' });
 * ```
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { formatPath, validateKind, type KindName, type Problem } from '@mendkit/core/content';
import { matchLocale, useValidator } from '@mendkit/core';
import { useInterfaceLocale } from '@mendkit/core/localize.js';
import { checklistDefaultContent } from '@mendkit/checklist';
import { explainerDefaultContent } from '@mendkit/explainer';
import { quizDefaultContent } from '@mendkit/quiz';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@mendkit/quiz/mend-quiz.js';
import '@mendkit/explainer/mend-explainer.js';
import '@mendkit/checklist/mend-checklist.js';
import { escapeAttribute, packageFile } from './package-files.js';

// Content handed to an element on the server is checked on its first update, synchronously.
useValidator(validateKind);

const widgets: Record<KindName, { tag: string; builtIn: Record<string, () => Promise<unknown>> }> = {
  quiz: { tag: 'mend-quiz', builtIn: quizDefaultContent },
  explainer: { tag: 'mend-explainer', builtIn: explainerDefaultContent },
  checklist: { tag: 'mend-checklist', builtIn: checklistDefaultContent },
};

/** The widget kinds `renderWidget` knows. */
export const widgetKinds = Object.keys(widgets) as KindName[];

export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderWidgetOptions {
  /** `quiz`, `explainer` or `checklist`. */
  kind: KindName;
  /** The language (BCP 47): picks the built-in content and the interface strings. Default `en`. */
  lang?: string;
  /** A site's own content document; validated here. Without it, the built-in content for `lang`. */
  content?: unknown;
  /** More attributes for the element (`theme`, `layout`, `support-href`, ...); `true` writes a bare attribute. */
  attrs?: Record<string, AttributeValue>;
}

/** Thrown when the content cannot be rendered; `problems` name each mistake by its JSON path. */
export class RenderWidgetError extends Error {
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[] = []) {
    const lines = problems.map((p) => `\n  ${p.path || '(document)'}: ${p.message}`).join('');
    super(message + lines);
    this.name = 'RenderWidgetError';
    this.problems = problems;
  }
}

const attributeName = /^[a-z][a-z0-9-]*$/;

/** JSON that cannot end its <script> element or open a comment inside it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

// @lit/localize has one interface language per process: renders take turns, so each one's
// strings are set (asynchronously) and then used (synchronously) without another render between.
let turn: Promise<unknown> = Promise.resolve();

function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = turn.then(task, task);
  turn = run.catch(() => undefined);
  return run;
}

/**
 * Switches the interface strings (Next, Start over, ...) to a language. @lit/localize announces
 * the switch on `window`, which Node lacks: lend it an EventTarget for the switch only, rather
 * than leave a `window` behind that makes other code in the process think it runs in a browser.
 */
async function interfaceStringsIn(locale: string): Promise<void> {
  const global = globalThis as { window?: unknown };
  const lent = global.window === undefined;
  if (lent) global.window = new EventTarget();
  try {
    await useInterfaceLocale(locale);
  } finally {
    if (lent) delete global.window;
  }
}

/**
 * Renders one widget to HTML: the element, its declarative shadow root with the first screen
 * (the quiz's intro, the explainer's comparison, the checklist's actions) and the content it
 * shows. Rejects with a `RenderWidgetError` when the content is not valid, so a site build stops
 * rather than publishing an error panel.
 */
export function renderWidget(options: RenderWidgetOptions): Promise<string> {
  return inTurn(() => renderNow(options));
}

async function renderNow({ kind, lang, content, attrs = {} }: RenderWidgetOptions): Promise<string> {
  const widget = Object.hasOwn(widgets, kind) ? widgets[kind] : undefined;
  if (!widget) throw new RenderWidgetError(`Unknown widget kind "${String(kind)}" (known: ${widgetKinds.join(', ')})`);
  const locale = (lang ?? (typeof attrs.lang === 'string' ? attrs.lang : undefined) ?? 'en').trim() || 'en';

  let doc: unknown = content;
  const builtIn = content === undefined || content === null;
  if (builtIn) {
    const match = matchLocale(locale, Object.keys(widget.builtIn)) ?? 'en';
    const load = widget.builtIn[match];
    if (!load) throw new RenderWidgetError(`<${widget.tag}> has no built-in content`);
    doc = await load();
  }
  const checked = validateKind(kind, doc);
  if (!checked.ok) {
    const problems = checked.problems.map((p) => ({ ...p, path: p.path || formatPath([]) }));
    throw new RenderWidgetError(`The ${kind} content is not valid:`, problems);
  }
  await interfaceStringsIn(checked.value.locale);

  let opening = widget.tag;
  for (const [name, value] of Object.entries<AttributeValue>({ ...attrs, lang: locale })) {
    if (!attributeName.test(name)) throw new RenderWidgetError(`"${name}" is not an attribute name this renders`);
    if (name === 'src' || name === 'content') continue; // the content is inlined below
    if (value === false || value === null || value === undefined) continue;
    opening += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  // Names are checked and values escaped above; the document goes in as a property.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static html: the tag is a static value
  const template = html`<${unsafeStatic(opening)} .content=${checked.value}></${unsafeStatic(widget.tag)}>`;
  let out = collectResultSync(render(template));
  // The page around the widget is not a Lit template: drop the outer template's markers.
  out = out.replace(/^<!--lit-part[^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
  // @lit-labs/ssr writes a false boolean property (`.checked=${false}`) as `checked="false"`,
  // which HTML reads as checked. Text and attribute values are escaped, so only markup matches.
  out = out.replace(/ (checked|disabled|hidden|open|selected)="false"(?=[\s/>])/g, '');
  const close = `</${widget.tag}>`;
  const at = out.lastIndexOf(close);
  const script = `<script type="application/json" data-mend-prerendered="${builtIn ? 'default' : 'site'}">${scriptJson(checked.value)}</script>`;
  return out.slice(0, at) + script + out.slice(at);
}

/**
 * Copies what a page with pre-rendered widgets loads into `folder`: `mendkit-hydrate.js` with
 * its chunks, and `reserve.css`. Link them as `<folder>/reserve.css` and, as a module script,
 * `<folder>/mendkit-hydrate.js`.
 */
export function copyBrowserFiles(folder: string): void {
  mkdirSync(folder, { recursive: true });
  cpSync(packageFile('dist', 'mendkit-hydrate.js'), join(folder, 'mendkit-hydrate.js'));
  cpSync(packageFile('dist', 'chunks'), join(folder, 'chunks'), { recursive: true });
  cpSync(packageFile('reserve.css'), join(folder, 'reserve.css'));
}

/// <reference types="vite/client" />
// Every widget story speaks the language chosen in the Locale toolbar, content and interface
// alike. Storybook's preview runs `localeLoader` before each story renders (again whenever the
// toolbar changes) and `withLocale` after: stories never keep a document of their own per
// language; the ones that need special content (seeded answers, broken documents) derive it
// from the document this loader hands them.
import type { Decorator, Loader, StoryContext } from '@storybook/web-components-vite';
import type { ContentByKind, KindName } from '@mendkit/core';
import { useInterfaceLocale } from '@mendkit/core/localize.js';
import { kinds, widgetSelector } from '../../kinds.js';

/** The toolbar's languages, in its order. */
export const storyLocales = ['en', 'es', 'fr', 'de', 'ar'] as const;
export type StoryLocale = (typeof storyLocales)[number];

// Every document in content/, each its own lazily loaded chunk.
const documents = import.meta.glob<unknown>('../../content/*/*/*.json', { import: 'default' });

const isKind = (name: string): name is KindName => Object.hasOwn(kinds, name);

/** The kind a story shows: its component's (`mend-quiz` → `quiz`), else `parameters.contentKind`. */
function kindOf(context: Pick<StoryContext, 'component' | 'parameters'>): KindName | undefined {
  const { component, parameters } = context;
  const name = typeof component === 'string' ? component.replace(/^mend-/, '') : String(parameters.contentKind ?? '');
  return isKind(name) ? name : undefined;
}

/** The toolbar's locale (or the one a story pins with `globals`), English if unknown. */
export function localeOf(context: Pick<StoryContext, 'globals'>): StoryLocale {
  const wanted = String(context.globals.locale ?? 'en');
  return storyLocales.find((l) => l === wanted) ?? 'en';
}

/**
 * A document from content/<kind>/<id>/<locale>.json (the kind's default id unless given), as a
 * fresh copy a story may change. A document not written in that language is an error here,
 * not a quiet fallback: a story shown in English under "Español" is the bug this guards.
 */
export async function storyContent<Kind extends KindName>(
  kind: Kind,
  locale: string,
  id: string = kinds[kind].defaultContent,
): Promise<ContentByKind[Kind]> {
  const load = documents[`../../content/${kind}/${id}/${locale}.json`];
  if (!load) throw new Error(`content/${kind}/${id}/${locale}.json does not exist`);
  return structuredClone(await load()) as ContentByKind[Kind];
}

/** What `localeLoader` gives a story's render function as `context.loaded`. */
export interface Loaded<Kind extends KindName = KindName> {
  locale: StoryLocale;
  content: ContentByKind[Kind];
}

/** The part of a story's render context that carries what loaders loaded. */
export interface Rendering {
  loaded: Record<string, unknown>;
}

/** The loaded document for a story of this kind (throws if the story is not one). */
export function loaded<Kind extends KindName>(context: Rendering, kind: Kind): Loaded<Kind> {
  const { locale, content } = context.loaded as Partial<Loaded<Kind>>;
  if (!locale || !content || content.kind !== kind) throw new Error(`this story has no ${kind} content loaded`);
  return { locale, content };
}

/**
 * Loads the document of the story's kind in the toolbar's locale (a story names another
 * document with `parameters.contentId`, a kind with `parameters.contentKind`) and switches the interface strings to that locale
 * first, so an error panel, which has no content to take its language from, speaks it too.
 */
export const localeLoader: Loader = async (context) => {
  const locale = localeOf(context);
  const kind = kindOf(context);
  const id = (context.parameters as { contentId?: string }).contentId;
  const [content] = await Promise.all([kind ? storyContent(kind, locale, id) : undefined, useInterfaceLocale(locale)]);
  return { locale, content };
};

/**
 * Gives every widget in the story the locale as its own `lang` (the page around it has it too),
 * so a widget showing its built-in content loads that language's and one given content
 * carries a matching attribute. A story that shows a site's own document in another language
 * pins it with `parameters.lang`.
 */
export const withLocale: Decorator = (story, context) => {
  const lang = (context.parameters as { lang?: string }).lang ?? localeOf(context);
  const rendered = story();
  // Only this story's widgets: a docs page shows many stories, each with its own language.
  const root: ParentNode = context.canvasElement instanceof Element ? context.canvasElement : document;
  requestAnimationFrame(() =>
    root.querySelectorAll<HTMLElement>(widgetSelector).forEach((el) => {
      if (el.lang !== lang) el.lang = lang;
    }),
  );
  return rendered;
};

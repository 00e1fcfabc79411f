import { safeUrl } from '../content/links.js';
import type { QuizStep } from '../content/schemas/quiz.js';

/** The widget kinds a step can lead to (content's `target`). */
export type TargetKind = NonNullable<QuizStep['target']>;

/** Where a step's `target` leads: a widget on this page, a page the site named, or nowhere. */
export type TargetLink = { element: HTMLElement; href?: undefined } | { element?: undefined; href: string } | undefined;

/**
 * Resolves a step's `target` in one place for every widget: first a widget of that kind on the
 * same page (searched from `from`'s own document or shadow root, then the page; never `from`
 * itself), else the URL the site gave (`explainer-href`, …) when the link policy accepts it as a
 * place to go, else undefined (the step stays plain text).
 */
export function resolveTarget(kind: TargetKind | undefined, from: Element, siteHref?: string | null): TargetLink {
  if (!kind) return undefined;
  const tag = `mend-${kind}`;
  const roots = new Set<ParentNode>([from.getRootNode() as ParentNode, from.ownerDocument]);
  for (const root of roots)
    for (const element of root.querySelectorAll<HTMLElement>(tag)) if (element !== from) return { element };
  const href = safeUrl(siteHref, 'navigation');
  return href ? { href } : undefined;
}

/**
 * Brings a widget into view and puts focus on its heading: smoothly, unless the reader asked
 * for reduced motion. Widgets without `focusHeading` (not upgraded yet) get focus themselves.
 */
export function goToWidget(element: HTMLElement): void {
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  const heading = element as HTMLElement & { focusHeading?: () => boolean };
  if (!heading.focusHeading?.()) element.focus({ preventScroll: true });
}

/**
 * The one link policy for every URL mendkit touches: links in content (rich text, steps,
 * support), the attributes a site sets (`support-href`, `quick-exit-url`) and content `src`.
 *
 * A URL is first normalised the way browsers do before they read a scheme (tabs and line
 * breaks removed anywhere, control characters and spaces trimmed at both ends), then accepted
 * only when it is relative to the page or uses a scheme the use allows. Protocol-relative
 * (`//host`) and backslash forms (`/\host`, `https:/\host`) are refused: browsers read them as
 * another host, which a relative link must never reach.
 */

/** What a URL is for: a link a person follows, a page the widget leaves to, or a document it fetches. */
export type LinkUse = 'link' | 'navigation' | 'fetch';

const schemesFor: Readonly<Record<LinkUse, readonly string[]>> = {
  // Help lines are often phone numbers, so links may call them.
  link: ['http', 'https', 'mailto', 'tel'],
  navigation: ['http', 'https'],
  fetch: ['http', 'https'],
};

const scheme = /^([a-z][a-z0-9+.-]*):/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const controlCharacter = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- browsers trim these before parsing
const edges = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** Returns the URL ready to use, or `undefined` when the policy refuses it for this use. */
export function safeUrl(raw: unknown, use: LinkUse = 'link'): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const url = raw.replace(/[\t\n\r]/g, '').replace(edges, '');
  if (!url || controlCharacter.test(url) || url.includes('\\')) return undefined;
  const named = scheme.exec(url)?.[1]?.toLowerCase();
  if (named === undefined) return url.startsWith('//') ? undefined : url;
  if (!schemesFor[use].includes(named)) return undefined;
  if (named === 'http' || named === 'https') return /^https?:\/\/[^/?#]/i.test(url) ? url : undefined;
  return url.length > named.length + 1 ? url : undefined;
}

/** Plain words for a refused URL, as a validation problem or a console warning says it. */
export function linkRule(use: LinkUse = 'link'): string {
  const schemes = schemesFor[use].map((name) => `${name}:`);
  return `should be a link starting with ${schemes.slice(0, -1).join(', ')} or ${schemes.at(-1)}, or a relative one like "/help"`;
}

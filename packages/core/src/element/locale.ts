/** The language an element speaks: its own `lang`, the nearest ancestor's, the document's, else English. */
export function resolveLocale(element: Element): string {
  // Server rendering's DOM shim keeps attributes but no tree: there the element's own `lang` decides.
  if (typeof element.closest !== 'function') return element.getAttribute('lang')?.trim() || 'en';
  const tagged = element.closest('[lang]')?.getAttribute('lang')?.trim();
  return tagged || element.ownerDocument.documentElement.lang.trim() || 'en';
}

/** Best available match for a wanted locale: exact, then its base language (es-MX → es), else undefined. */
export function matchLocale(wanted: string, available: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  const exact = available.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return available.find((l) => l.toLowerCase() === base);
}

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'dv', 'yi', 'ku', 'sd', 'ug']);

/** Writing direction of a locale's script. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(locale.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/*
 * @lit/localize keeps one interface locale per page and may be configured only once, by the
 * opt-in `localize.js`. Elements tell this bridge which language they show; when `localize.js`
 * is loaded it listens and switches the interface strings to match (the last request wins).
 * Without it (an app with its own @lit/localize setup), requests go nowhere.
 */
let interfaceLocaleHandler: ((locale: string) => unknown) | undefined;
let interfaceLocaleShows: ((locale: string) => boolean) | undefined;

/**
 * Used by `localize.js` to hear which language the widgets on the page show, and to say
 * whether the strings on screen already are those of a language.
 */
export function onInterfaceLocaleRequest(
  handler: (locale: string) => unknown,
  shows?: (locale: string) => boolean,
): void {
  interfaceLocaleHandler = handler;
  interfaceLocaleShows = shows;
}

/** Whether the interface strings are those for `locale` now (always so without `localize.js`). */
export function interfaceLocaleShown(locale: string): boolean {
  return interfaceLocaleShows?.(locale) ?? true;
}

/**
 * Interface strings whose module has run, by locale: each lists itself as it runs (see
 * scripts/generate.mjs), so strings a page ran before its widgets need no import.
 */
export const loadedStrings: Record<string, unknown> = {};

/**
 * Asks for the interface strings to follow `locale`, if localization is configured; resolves
 * once they are in (never rejects: without them the strings stay English).
 */
export function requestInterfaceLocale(locale: string): Promise<void> {
  return Promise.resolve(interfaceLocaleHandler?.(locale)).then(
    () => undefined,
    () => undefined,
  );
}

const warned = new Set<string>();

/**
 * The locale of the built-in content to show for `locale`: exact, base language, else English,
 * with one console warning per widget and locale when it has to fall back.
 */
export function defaultContentLocale(available: readonly string[], locale: string, widget: string): string {
  const match = matchLocale(locale, available);
  if (!match && available.includes('en') && !warned.has(`${widget}:${locale}`)) {
    warned.add(`${widget}:${locale}`);
    console.warn(`[mendkit] <${widget}> has no built-in content in "${locale}"; showing English.`);
  }
  return match ?? 'en';
}

/** The built-in content loader for a locale (see `defaultContentLocale`). */
export function pickDefaultContent(
  loaders: Readonly<Record<string, () => Promise<unknown>>>,
  locale: string,
  widget: string,
): () => Promise<unknown> {
  const loader = loaders[defaultContentLocale(Object.keys(loaders), locale, widget)];
  return loader ?? (() => Promise.reject(new Error(`<${widget}> has no built-in content`)));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = new Intl.NumberFormat('en');
    }
    numberFormats.set(locale, format);
  }
  return format;
}

/**
 * Formats a number for a locale. Building the first Intl.NumberFormat on a page costs tens of
 * milliseconds, so English integers (the same either way) skip it, and widgets call
 * `prepareNumberFormat` when content loads so no click ever pays for it.
 */
export function formatNumber(value: number, locale: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1000 && /^en(-|$)/i.test(locale)) return String(value);
  return numberFormat(locale).format(value);
}

/** Builds a locale's number format in idle time, ahead of the first count a widget shows. */
export function prepareNumberFormat(locale: string): void {
  if (/^en(-|$)/i.test(locale) || numberFormats.has(locale)) return;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  idle(() => numberFormat(locale));
}

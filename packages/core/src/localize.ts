import { configureLocalization, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import { matchLocale, onInterfaceLocaleRequest, resolveLocale } from './element/locale.js';

/*
 * Opt-in: @lit/localize allows one configuration per page, so no element module calls this.
 * The CDN bundle imports it; so can a page that uses the npm packages. An app that already
 * configures @lit/localize merges mendkit's XLIFF (xliff/*.xlf) into its own instead.
 *
 * The interface language follows the content the widgets show: the page's language at
 * first, then whatever language a widget last loaded (`lang` on the element or an ancestor).
 * One interface language per page is @lit/localize's rule; pages mixing languages get the last.
 */
const loaders: Record<string, () => Promise<LocaleModule>> = {
  ar: () => import('./generated/locales/ar.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => {
    const load = loaders[locale];
    return load ? load() : Promise.reject(new Error(`mendkit has no interface strings for "${locale}"`));
  },
});

/** Switches the interface strings to the closest language mendkit has, else English. */
export function useInterfaceLocale(locale: string): Promise<void> {
  const match = matchLocale(locale, allLocales) ?? sourceLocale;
  return match === getLocale() ? Promise.resolve() : setLocale(match);
}

onInterfaceLocaleRequest((locale) => useInterfaceLocale(locale));
if (typeof document !== 'undefined') void useInterfaceLocale(resolveLocale(document.documentElement));

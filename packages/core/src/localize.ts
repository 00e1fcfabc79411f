import { configureLocalization, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import { loadedStrings, matchLocale, onInterfaceLocaleRequest, resolveLocale } from './element/locale.js';

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
  ar: () => import('./generated/strings/ar.js'),
  de: () => import('./generated/strings/de.js'),
  es: () => import('./generated/strings/es.js'),
  fr: () => import('./generated/strings/fr.js'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => {
    // Strings the page ran ahead are used as they are: no import, so no task in between.
    const ran = loadedStrings[locale];
    if (ran) return Promise.resolve({ templates: ran } as LocaleModule);
    const load = loaders[locale];
    return load ? load() : Promise.reject(new Error(`mendkit has no interface strings for "${locale}"`));
  },
});

/** The language mendkit has for `locale`: the closest one, else English. */
const interfaceLocaleFor = (locale: string) => matchLocale(locale, allLocales) ?? sourceLocale;

/** Switches the interface strings to the closest language mendkit has, else English. */
export function useInterfaceLocale(locale: string): Promise<void> {
  const match = interfaceLocaleFor(locale);
  return match === getLocale() ? Promise.resolve() : setLocale(match);
}

onInterfaceLocaleRequest(useInterfaceLocale, (locale) => interfaceLocaleFor(locale) === getLocale());
// The page's language first, once the module scripts that ran with this one have listed their
// strings (a microtask later), so strings the page ran ahead are taken without an import.
if (typeof document !== 'undefined')
  void Promise.resolve().then(() => useInterfaceLocale(resolveLocale(document.documentElement)));

import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/*
 * Opt-in: @lit/localize allows one configuration per page, so no element module calls
 * this. A page (or the CDN bundle) that wants translated interface strings imports this
 * module once. An app that already configures @lit/localize merges mendkit's XLIFF
 * (xliff/*.xlf in the repository) into its own instead of importing this.
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

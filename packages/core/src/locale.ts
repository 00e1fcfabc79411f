/** The language an element speaks: its own `lang`, the nearest ancestor's, the document's, else English. */
export function resolveLocale(element: Element): string {
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

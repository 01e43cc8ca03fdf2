import {
  directionOf,
  setLocale,
  supportedLocales,
  type Locale,
} from '../../src/bank-connect-error.js';

export interface LocaleChoice {
  locale: Locale;
  /** The locale's name in itself ("français canadien"), then in English ("Canadian French"). */
  label: string;
}

function displayName(locale: Locale, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale; // an engine without that locale's data: the tag is still a usable name
  }
}

/** Every locale the element speaks, each named in its own language and in English. */
export const LOCALE_CHOICES: readonly LocaleChoice[] = supportedLocales.map((locale) => {
  const own = displayName(locale, locale);
  const english = displayName(locale, 'en');
  const name = own === english ? own : `${own} · ${english}`;
  return { locale, label: `${name} (${locale})` };
});

let latest = 0;

/**
 * Switches every element to the locale, then the page's own `lang` and `dir`, so the layout
 * mirrors for Arabic together with the text. Resolves `false` when a later switch overtook it.
 */
export async function showLocale(locale: Locale): Promise<boolean> {
  const request = ++latest;
  await setLocale(locale);
  if (request !== latest) return false;
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  return true;
}

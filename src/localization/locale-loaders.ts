import { BASE_LOCALE, LOCALE_LOADERS } from '../generated/locale-loaders.js';
import type { Templates } from './msg.js';

export { BASE_LOCALE };

/** A locale with a translations module: every one but English, the source. */
export type TranslatedLocale = keyof typeof LOCALE_LOADERS;

/** Downloads a locale's translations, most specific first (`fr-CA`, then `fr`). */
export function loadTranslations(locale: TranslatedLocale): Promise<Templates[]> {
  const base = BASE_LOCALE[locale];
  const chain = base ? [locale, base] : [locale];
  return Promise.all(chain.map((l) => LOCALE_LOADERS[l]().then((module) => module.templates)));
}

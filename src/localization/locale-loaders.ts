import { BASE_LOCALE, LOCALE_LOADERS } from '../generated/locale-loaders.js';
import { MESSAGE_IDS } from './message-ids.js';
import type { Templates } from './msg.js';

export { BASE_LOCALE };

/** A locale with a translations module: every one but English, the source. */
export type TranslatedLocale = keyof typeof LOCALE_LOADERS;

/** Downloads a locale's translations, most specific first (`fr-CA`, then `fr`). */
export function loadTranslations(locale: TranslatedLocale): Promise<Templates[]> {
  const base = BASE_LOCALE[locale];
  const chain = base ? [locale, base] : [locale];
  return Promise.all(
    chain.map((l) =>
      LOCALE_LOADERS[l]().then((module) => {
        // A module of another build (a cached file of an older version) names its messages'
        // ids otherwise: its words would go in the wrong places, so it counts as failed.
        if (module.ids !== MESSAGE_IDS) throw Error(`${l}: another build`);
        return module.templates;
      }),
    ),
  );
}

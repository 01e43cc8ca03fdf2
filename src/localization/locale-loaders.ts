import type { Templates } from './msg.js';
import type { Locale } from './match-locale.js';

/** A locale with a translations module: every one but English, the source. */
export type TranslatedLocale = Exclude<Locale, 'en'>;

type Loader = () => Promise<{ templates: Templates }>;

// One explicit import() per locale, so bundlers split each into its own lazily loaded file
// (a template-literal import() builds but fails at run time under Vite).
export const LOCALE_LOADERS: Readonly<Record<TranslatedLocale, Loader>> = {
  ar: () => import('../generated/locales/ar.js'),
  da: () => import('../generated/locales/da.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  et: () => import('../generated/locales/et.js'),
  fr: () => import('../generated/locales/fr.js'),
  'fr-CA': () => import('../generated/locales/fr-CA.js'),
  hi: () => import('../generated/locales/hi.js'),
  it: () => import('../generated/locales/it.js'),
  lt: () => import('../generated/locales/lt.js'),
  lv: () => import('../generated/locales/lv.js'),
  nb: () => import('../generated/locales/nb.js'),
  nl: () => import('../generated/locales/nl.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  ro: () => import('../generated/locales/ro.js'),
  sv: () => import('../generated/locales/sv.js'),
  vi: () => import('../generated/locales/vi.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

/** A regional locale reads its language's translations for whatever it does not override. */
export const BASE_LOCALE: Partial<Record<TranslatedLocale, TranslatedLocale>> = { 'fr-CA': 'fr' };

/** Downloads a locale's translations, most specific first (`fr-CA`, then `fr`). */
export function loadTranslations(locale: TranslatedLocale): Promise<Templates[]> {
  const base = BASE_LOCALE[locale];
  const chain = base ? [locale, base] : [locale];
  return Promise.all(chain.map((l) => LOCALE_LOADERS[l]().then((module) => module.templates)));
}

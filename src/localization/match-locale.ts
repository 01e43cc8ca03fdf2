import { allLocales, sourceLocale } from '../generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];

/** Every locale the element speaks, English (the source) first. */
export const supportedLocales: readonly Locale[] = Object.freeze([
  sourceLocale,
  ...allLocales.filter((locale) => locale !== sourceLocale),
]);

const byLowerCase = new Map<string, Locale>(allLocales.map((l) => [l.toLowerCase(), l]));

// Languages whose tags don't name the locale we ship: Norwegian (no, nn) reads Bokmål; every
// Chinese tag (zh, zh-CN, zh-SG, zh-Hant-TW…) gets Simplified, the only Chinese we ship.
const LANGUAGE_ALIASES: ReadonlyMap<string, Locale> = new Map<string, Locale>([
  ['no', 'nb'],
  ['nn', 'nb'],
  ['zh', 'zh-Hans'],
]);

/**
 * The supported locale closest to a BCP 47 tag: exact (`fr-CA`), then its language (`fr-BE` →
 * `fr`, `nb-NO` → `nb`, `zh-SG` → `zh-Hans`), then English. Anything malformed is English.
 */
export function matchLocale(tag: unknown): Locale {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 64) return sourceLocale;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? '';
  } catch {
    return sourceLocale; // not a well-formed language tag
  }
  const exact = byLowerCase.get(canonical.toLowerCase());
  if (exact) return exact;
  const language = canonical.split('-')[0]!.toLowerCase();
  return LANGUAGE_ALIASES.get(language) ?? byLowerCase.get(language) ?? sourceLocale;
}

/** Languages written right to left (Arabic, Persian, Hebrew, Urdu, Pashto, Sindhi, Yiddish…). */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set([
  'ar',
  'fa',
  'he',
  'ur',
  'ps',
  'sd',
  'yi',
  'ckb',
]);

/** Which way a locale's text runs, for `dir`. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]!) ? 'rtl' : 'ltr';
}

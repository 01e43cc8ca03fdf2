import { allLocales, sourceLocale } from '../generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];

/** Every locale the element speaks, English (the source) first. */
export const supportedLocales: readonly Locale[] = Object.freeze([...allLocales]);

const byLowerCase = new Map<string, Locale>(allLocales.map((l) => [l.toLowerCase(), l]));

// Languages whose tags don't name the locale we ship: Norwegian (no, nn) reads Bokmål; Filipino
// (fil) reads Tagalog, the language it is standardized from; Chinese in a script we don't ship
// reads Simplified.
const LANGUAGE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['no', 'nb'],
  ['nn', 'nb'],
  ['fil', 'tl'],
  ['zh', 'zh-Hans'],
]);

/** Where Chinese is written in Traditional characters when a tag names no script. */
const TRADITIONAL_CHINESE_REGIONS: ReadonlySet<string> = new Set(['TW', 'HK', 'MO']);

/**
 * Languages whose script or region picks the locale: Chinese by script (Taiwan, Hong Kong and
 * Macau write Traditional), Portuguese by region (Brazil's, or everyone else's European norm).
 */
function byScriptOrRegion({ language, script, region }: Intl.Locale): string | undefined {
  if (language === 'zh') {
    const traditional = script ? script === 'Hant' : TRADITIONAL_CHINESE_REGIONS.has(region ?? '');
    return traditional ? 'zh-Hant' : 'zh-Hans';
  }
  if (language === 'pt') return region && region !== 'BR' ? 'pt-PT' : 'pt-BR';
  return undefined;
}

/**
 * The supported locale closest to a BCP 47 tag: exact (`fr-CA`), then by script or region
 * (`zh-TW` → `zh-Hant`, `pt` → `pt-BR`, `pt-AO` → `pt-PT`), then its language (`fr-BE` → `fr`,
 * `nb-NO` → `nb`), then English. Anything malformed is English.
 */
export function matchLocale(tag: unknown): Locale {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 64) return sourceLocale;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return sourceLocale; // not a well-formed language tag
  }
  const candidates = [
    parsed.toString(),
    byScriptOrRegion(parsed),
    LANGUAGE_ALIASES.get(parsed.language),
    parsed.language,
  ];
  for (const candidate of candidates) {
    const locale = candidate && byLowerCase.get(candidate.toLowerCase());
    if (locale) return locale;
  }
  return sourceLocale;
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

import { loadTranslations } from './locale-loaders.js';
import { LocaleStore } from './locale-store.js';
import type { Locale } from './match-locale.js';
import { useTemplates } from './msg.js';

// A stalled download must not keep elements empty; normal ones come far sooner: no English flash.
const DOWNLOAD_DEADLINE_MS = 3000;

/** The page's one locale: every `<bank-connect-error>` on it speaks this store's. */
export const localeStore = new LocaleStore({
  load: loadTranslations,
  apply: useTemplates,
  page: () => document.documentElement,
  watchdog(overdue) {
    const timer = setTimeout(overdue, DOWNLOAD_DEADLINE_MS);
    return () => clearTimeout(timer);
  },
});

/** The locale the elements speak now. */
export function getLocale(): Locale {
  return localeStore.locale;
}

/**
 * Shows every `<bank-connect-error>` in this locale (the closest supported one: `fr-BE` → `fr`,
 * anything unknown → English) from now on, instead of following `<html lang>`. Resolves once the
 * elements can render it; never rejects (a locale that fails to load, or takes longer than 3 s,
 * leaves them in English, until it arrives in the second case).
 */
export function setLocale(locale: string): Promise<void> {
  return localeStore.choose(locale);
}

import { DEV_MODE, devWarning } from '../dev-warning.js';
import { sourceLocale } from '../generated/locale-codes.js';
import { BASE_LOCALE, LOCALE_LOADERS } from './locale-loaders.js';
import { matchLocale, type Locale } from './match-locale.js';
import { useTemplates, type Templates } from './msg.js';

let active: Locale = sourceLocale;
/** Set by `setLocale()`; until then the elements follow `<html lang>`. */
let chosen: Locale | null = null;
let latestRequest = 0;
let pending: Promise<void> | null = null;
/** The wait that first renders share while `pending` loads (see `localeSettled`). */
let settling: { load: Promise<void>; settled: Promise<void> } | null = null;

const cache = new Map<Locale, Promise<Templates[]>>();
const listeners = new Set<() => void>();
let pageLanguage: MutationObserver | null = null;

/** The locale the elements speak now. */
export function getLocale(): Locale {
  return active;
}

function templatesFor(locale: Locale): Promise<Templates[]> {
  if (locale === sourceLocale) return Promise.resolve([]);
  let templates = cache.get(locale);
  if (!templates) {
    const chain = [locale, BASE_LOCALE[locale]].filter((l): l is Exclude<Locale, 'en'> => !!l);
    templates = Promise.all(chain.map((l) => LOCALE_LOADERS[l]().then((m) => m.templates)));
    // A failed load is not cached, so a later switch tries again.
    templates.catch(() => cache.delete(locale));
    cache.set(locale, templates);
  }
  return templates;
}

/** Loads a locale and re-renders every element once it is ready; the latest request wins. */
function switchTo(locale: Locale): Promise<void> {
  const request = ++latestRequest;
  // Already showing it, and nothing else loading: no load for first renders to wait on.
  if (locale === active && !pending) return Promise.resolve();
  const done = templatesFor(locale).then(
    (templates) => {
      if (request !== latestRequest || locale === active) return;
      active = locale;
      useTemplates(templates);
      listeners.forEach((rerender) => rerender());
    },
    () => {
      if (request !== latestRequest) return;
      devWarning(`could not load the "${locale}" translations; showing English.`);
      if (active === sourceLocale) return;
      active = sourceLocale;
      useTemplates([]);
      listeners.forEach((rerender) => rerender());
    },
  );
  pending = done.finally(() => {
    if (request === latestRequest) pending = null;
  });
  return done;
}

function fromTag(tag: unknown, origin: string): Locale {
  const locale = matchLocale(tag);
  if (
    DEV_MODE &&
    locale === sourceLocale &&
    typeof tag === 'string' &&
    tag &&
    !/^en\b/i.test(tag)
  ) {
    devWarning(
      `${origin} ${JSON.stringify(tag.slice(0, 40))} is not a supported locale; showing English.`,
    );
  }
  return locale;
}

/**
 * Shows every `<bank-connect-error>` in this locale (the closest supported one: `fr-BE` → `fr`,
 * anything unknown → English) from now on, instead of following `<html lang>`. Resolves once the
 * elements can render it; never rejects (a locale that fails to load leaves them in English).
 */
export function setLocale(locale: string): Promise<void> {
  chosen = fromTag(locale, 'setLocale:');
  return switchTo(chosen);
}

function followPageLanguage() {
  if (chosen === null) void switchTo(fromTag(document.documentElement.lang, '<html lang>'));
}

/**
 * Calls `rerender` whenever the locale changes, and follows `<html lang>` while anyone listens.
 * Returns the function that stops listening.
 */
export function onLocaleChange(rerender: () => void): () => void {
  listeners.add(rerender);
  if (!pageLanguage) {
    pageLanguage = new MutationObserver(followPageLanguage);
    pageLanguage.observe(document.documentElement, { attributeFilter: ['lang'] });
    followPageLanguage();
  }
  return () => {
    listeners.delete(rerender);
    if (listeners.size === 0) {
      pageLanguage?.disconnect();
      pageLanguage = null;
    }
  };
}

/**
 * While a locale is loading: settles when it is ready, or after `maxWait` ms at most. Otherwise
 * `undefined`, so that callers stay synchronous in the usual case. Callers that ask while one
 * wait runs share it (a page of elements rendering at once, one timer); once it has settled, a
 * caller waits afresh, on a newer load or on the same one past the first caller's time.
 */
export function localeSettled(maxWait: number): Promise<void> | undefined {
  if (!pending || maxWait <= 0) return undefined;
  if (!settling || settling.load !== pending) {
    const load = pending;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWait)));
    const settled: Promise<void> = Promise.race([load, timeout]).finally(() => {
      clearTimeout(timer);
      if (settling?.settled === settled) settling = null;
    });
    settling = { load, settled };
  }
  return settling.settled;
}

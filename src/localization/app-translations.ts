import type { Templates } from './msg.js';

/**
 * Translations the app's own bundle holds, by locale: an app that imports
 * `bank-connect-error/locales/es` has Spanish in its main file, and the element reads it from there
 * rather than downloading it after the app has run (one round trip before the first words).
 */
const inApp = new Map<string, { templates: Templates }>();

/** Called by each `bank-connect-error/locales/<locale>` module when the app's bundle runs it. */
export function addAppTranslations(locale: string, templates: Templates): void {
  inApp.set(locale, { templates });
}

/** The locale's module as the app's bundle holds it, if it does. */
export function appTranslations(locale: string): Promise<{ templates: Templates }> | undefined {
  const module = inApp.get(locale);
  return module && Promise.resolve(module);
}

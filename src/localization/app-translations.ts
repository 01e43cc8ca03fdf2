import { MESSAGE_IDS } from './message-ids.js';
import type { Templates } from './msg.js';

/**
 * Translations the app's own bundle holds, by locale: an app that imports
 * `bank-connect-error/locales/es` has Spanish in its main file, and the element reads it from there
 * rather than downloading it after the app has run (one round trip before the first words).
 */
const inApp = new Map<string, Templates>();

/** Called by each `bank-connect-error/locales/<locale>` module when the app's bundle runs it. */
export function addAppTranslations(locale: string, templates: Templates): void {
  inApp.set(locale, templates);
}

/**
 * The locale's module as the app's bundle holds it, or else downloaded. The app's copy comes from
 * the same package as the element, so from the same build: its ids are the element's. Looked up a
 * microtask later: a bundle runs all its modules at once, and the element, defined by one of them,
 * connects the page's elements (which ask for their locale) before the app's later imports run.
 */
export async function appTranslationsOr<Module>(
  locale: string,
  download: () => Promise<Module>,
): Promise<Module | { templates: Templates; ids: string | undefined }> {
  await undefined;
  const templates = inApp.get(locale);
  return templates ? { templates, ids: MESSAGE_IDS } : download();
}

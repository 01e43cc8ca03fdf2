import { expect } from '@open-wc/testing';
import { getLocale } from '../../src/bank-connect-error.js';
import { LOCALE_LOADERS } from '../../src/generated/locale-loaders.js';
import { localeStore } from '../../src/localization/localization.js';

/** The translations as the XLIFF files hold them (fr-CA completed from fr), from the test server. */
export async function readTargets(locale: string): Promise<Map<string, string>> {
  const read = async (name: string) => {
    const xml = await (await fetch(`/locales/${name}.xlf`)).text();
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const targets = new Map<string, string>();
    for (const unit of doc.querySelectorAll('trans-unit')) {
      const target = unit.querySelector('target');
      if (!target) continue;
      // Placeholders (<x id="0"/>) become {0}, as in the checks of test/node/xliff.ts.
      const text = [...target.childNodes]
        .map((node) =>
          node.nodeType === Node.ELEMENT_NODE ? `{${(node as Element).id}}` : node.textContent,
        )
        .join('');
      targets.set(unit.id, text.replace(/\s+/g, ' ').trim());
    }
    return targets;
  };
  if (locale === 'en') return new Map();
  return locale === 'fr-CA'
    ? new Map([...(await read('fr')), ...(await read('fr-CA'))])
    : read(locale);
}

/** Sets `<html lang>` and waits until the elements have re-rendered in `expected`. */
export async function setPageLanguage(
  lang: string,
  expected: string,
  ...elements: { updateComplete: Promise<boolean> }[]
) {
  document.documentElement.lang = lang;
  await Promise.resolve(); // the store hears of the change in a microtask
  await localeStore.ready;
  expect(getLocale()).to.equal(expected);
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Makes locale modules fail to load, as they would offline, until `restore()`. */
export function failToLoad(...locales: (keyof typeof LOCALE_LOADERS)[]) {
  const loaders = LOCALE_LOADERS as Record<string, () => Promise<unknown>>;
  const working = Object.fromEntries(locales.map((locale) => [locale, loaders[locale]!]));
  for (const locale of locales) {
    loaders[locale] = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  }
  return { restore: () => Object.assign(loaders, working) };
}

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchedPage } from './support/browser.js';
import {
  ENGINE_NAMES,
  launchEngine,
  PAGE_ENGINES,
  PROBLEMS_PAGE,
  PROBLEMS_SCRIPT,
} from './support/engines.js';
import { serve, type StaticServer } from './support/server.js';

const title = `(document.querySelector('bank-connect-error')?.shadowRoot?.querySelector('[part~=title]')?.textContent.trim() ?? '')`;

const page = (lang: string, head = '') => `<!doctype html>
<html lang="${lang}">
  <head>
    <link rel="icon" href="data:," />${head}
    <script type="module" src="/bank-connect-error.bundled.js"></script>
  </head>
  <body><bank-connect-error provider="finicity" code="936" institution="Tangerine"></bank-connect-error></body>
</html>`;

/**
 * A page in `lang` that runs its locale modules before the drop-in, as the README's recipe says.
 * The script after the drop-in waits out the drop-in's promises (WebKit may run it before they
 * settle), never a task: what it sees in `window.firstTitle` is there before anything a later task
 * brings, such as an `import()` that Chromium and Firefox hand over a task later.
 */
const handingOverPage = (lang: string, modules: readonly string[]) => `<!doctype html>
<html lang="${lang}">
  <head>
    <link rel="icon" href="data:," />
    ${PROBLEMS_SCRIPT}
    ${modules.map((l) => `<script type="module" src="/bundled/${l}.js"></script>`).join('\n    ')}
    <script type="module" src="/bank-connect-error.bundled.js"></script>
    <script type="module">
      for (let turn = 0; turn < 50; turn++) await null;
      window.firstTitle = ${title};
    </script>
  </head>
  <body><bank-connect-error provider="finicity" code="936" institution="Tangerine"></bank-connect-error></body>
</html>`;

describe('the bundled drop-in (dist/bank-connect-error.bundled.js)', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    browser = await launchBrowser();
    server = await serve('dist', {
      pages: {
        ...PROBLEMS_PAGE,
        '/en.html': page('en'),
        '/fr.html': page('fr-CA'),
        '/es.html': page('es'),
        '/es-handed.html': handingOverPage('es', ['es']),
        '/fr-CA-handed.html': handingOverPage('fr-CA', ['fr', 'fr-CA']),
      },
    });
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  it('renders from one script tag, with Lit inside and nothing else to load in English', async () => {
    const { page, problems } = await watchedPage(browser);
    server.requests.length = 0;
    await page.goto(`${server.origin}/en.html`);
    await page.waitForFunction(`${title}.length > 0`);
    assert.match(await page.evaluate(title), /Online banking must be in English/);
    assert.deepEqual(server.requests, ['/en.html', '/bank-connect-error.bundled.js']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('loads only the page’s locale, from beside itself', async () => {
    const { page, problems } = await watchedPage(browser);
    server.requests.length = 0;
    await page.goto(`${server.origin}/fr.html`);
    await page.waitForFunction(
      `document.querySelector('bank-connect-error').shadowRoot.querySelector('[lang="fr-CA"]')`,
    );
    const locales = server.requests.filter((path) => path.startsWith('/bundled/'));
    assert.deepEqual(locales.sort(), ['/bundled/fr-CA.js', '/bundled/fr.js']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  // The recipe for a page not in English: its locale modules download beside the drop-in, not after
  // it has run, and run before it, handing their words over: the element's first render is in the
  // page's language, with no import() (which resolves a task later, after the next frame).
  const handedOver = [
    ['es', ['es'], /en inglés/],
    ['fr-CA', ['fr', 'fr-CA'], /en anglais/],
  ] as const;
  for (const engine of PAGE_ENGINES) {
    it(`a page that runs its locale's modules first renders in its language at once, downloading nothing more, in ${ENGINE_NAMES[engine]}`, async () => {
      const driven = await launchEngine(engine);
      try {
        for (const [lang, modules, words] of handedOver) {
          const tab = await driven.newPage();
          server.requests.length = 0;
          await tab.goto(`${server.origin}/${lang}-handed.html`);
          await tab.waitForFunction(`window.firstTitle !== undefined`);
          assert.match(await tab.evaluate<string>('window.firstTitle'), words);
          assert.equal(
            await tab.evaluate(`document.querySelector('bank-connect-error').resolution.reason`),
            'language_not_supported',
          );
          assert.deepEqual(
            server.requests.filter((path) => path !== '/__problems.js').sort(),
            [
              `/${lang}-handed.html`,
              '/bank-connect-error.bundled.js',
              ...modules.map((l) => `/bundled/${l}.js`),
            ].sort(),
          );
          await tab.close();
          assert.deepEqual(tab.problems, []);
        }
      } finally {
        await driven.close();
      }
    });
  }

  it('a page that runs another locale’s module first still loads its own', async () => {
    const { page, problems } = await watchedPage(browser);
    server.requests.length = 0;
    await page.goto(`${server.origin}/fr-CA-handed.html`);
    await page.waitForFunction(`${title}.length > 0`);
    await page.evaluate(`document.documentElement.lang = 'es'`);
    await page.waitForFunction(`/en inglés/.test(${title})`);
    assert.ok(server.requests.includes('/bundled/es.js'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  /** Holds the Spanish module's download back until `release()`; `requested` once it is asked for. */
  async function holdSpanish(page: Page) {
    let asked!: () => void;
    let release!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/bundled/es.js', async (route) => {
      asked();
      await released;
      await route.continue();
    });
    return { requested, release };
  }

  it('renders a Spanish page first in Spanish: nothing, not English, while Spanish downloads', async () => {
    const { page, problems } = await watchedPage(browser);
    const spanish = await holdSpanish(page);
    await page.goto(`${server.origin}/es.html`, { waitUntil: 'commit' });
    await spanish.requested; // by the connected element, which would have rendered by now
    assert.equal(
      await page.evaluate(`document.querySelector('bank-connect-error').hasUpdated`),
      false,
    );
    spanish.release();
    await page.waitForFunction(`${title}.length > 0`);
    assert.match(await page.evaluate(title), /en inglés/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows English when the download stalls, then Spanish once it arrives', async () => {
    const { page, problems } = await watchedPage(browser);
    const spanish = await holdSpanish(page);
    await page.goto(`${server.origin}/es.html`, { waitUntil: 'commit' });
    await page.waitForFunction(`${title}.length > 0`);
    assert.match(await page.evaluate(title), /Online banking must be in English/);
    spanish.release();
    await page.waitForFunction(`${title}.includes('en inglés')`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('refuses a locale module of another build (its message ids differ) and shows English', async () => {
    const { page, problems } = await watchedPage(browser);
    // The same module as an older or newer build would have it: another fingerprint of its ids.
    const file = 'dist/bundled/es.js';
    const { ids } = (await import(pathToFileURL(file).href)) as { ids: string };
    const other = readFileSync(file, 'utf8').replace(ids, 'another');
    await page.route('**/bundled/es.js', (route) =>
      route.fulfill({ body: other, contentType: 'text/javascript' }),
    );
    await page.goto(`${server.origin}/es.html`);
    await page.waitForFunction(`${title}.length > 0`);
    assert.match(await page.evaluate(title), /Online banking must be in English/);
    const shown = `document.querySelector('bank-connect-error').shadowRoot.querySelector('[part~=base]').lang`;
    assert.equal(await page.evaluate(shown), 'en');
    assert.deepEqual(problems, []);
    await page.close();
  });

  // Firefox keeps a failed import() in its module map: a retry of the same URL fails again there.
  for (const engine of PAGE_ENGINES) {
    it(`downloads a locale again on the next switch after its download failed, in ${ENGINE_NAMES[engine]}`, async () => {
      let down = true;
      const host = await serve('dist', {
        pages: { ...PROBLEMS_PAGE, '/en.html': page('en', PROBLEMS_SCRIPT) },
        unavailable: (path) => down && path === '/bundled/es.js',
      });
      const driven = await launchEngine(engine);
      try {
        const tab = await driven.newPage();
        await tab.goto(`${host.origin}/en.html`);
        await tab.waitForFunction(`${title}.length > 0`);
        const switchTo = (locale: string) =>
          tab.evaluate(async (locale) => {
            const { setLocale, getLocale } = (await import(
              '/bank-connect-error.bundled.js' as string
            )) as typeof import('../../src/bank-connect-error.js');
            await setLocale(locale);
            return getLocale();
          }, locale);

        assert.equal(await switchTo('es'), 'en');
        assert.match(await tab.evaluate<string>(title), /Online banking must be in English/);
        down = false;
        assert.equal(await switchTo('es'), 'es');
        assert.match(await tab.evaluate<string>(title), /en inglés/);
        assert.deepEqual(
          host.requests.filter((path) => path === '/bundled/es.js'),
          ['/bundled/es.js', '/bundled/es.js'],
        );
        await tab.close();
        // The failed download, as each engine reports it.
        assert.ok(
          tab.problems.every((problem) => /es\.js|503|import|module/i.test(problem)),
          String(tab.problems),
        );
      } finally {
        await driven.close();
        await host.close();
      }
    });
  }

  it('keeps the presets through minification: light, dark, and auto following the system', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.origin}/en.html`);
    await page.waitForFunction(`${title}.length > 0`);
    const surface = (theme: string) =>
      page.evaluate(async (theme) => {
        const el = document.querySelector('bank-connect-error')!;
        el.setAttribute('theme', theme);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const base = el.shadowRoot!.querySelector('[part~=base]')!;
        return getComputedStyle(base).backgroundColor;
      }, theme);
    const { THEME_TOKENS } = await import('../../src/theme.js');
    const token = THEME_TOKENS.find(({ name }) => name === '--bank-connect-error-surface')!;
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    assert.equal(await surface('light'), rgb(token.light));
    assert.equal(await surface('dark'), rgb(token.dark));
    assert.equal(await surface('auto'), rgb(token.light));
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await surface('auto'), rgb(token.dark));
    assert.deepEqual(problems, []);
    await page.close();
  });
});

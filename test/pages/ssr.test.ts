import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { render } from '@lit-labs/ssr';
import { html } from 'lit';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchedPage } from './support/browser.js';
import { bundleFixture } from './support/fixture.js';
import { serve, type StaticServer } from './support/server.js';
import { shadowText } from './support/shadow-text.js';

let fixtureDir: string;

describe('server-side rendering with @lit-labs/ssr', () => {
  let serverHtml: string;
  let browser: Browser;
  let server: StaticServer;

  before(async () => {
    // The published module, rendered in plain Node (Lit's node build brings its DOM shim).
    await import(new URL('../../dist/bank-connect-error.js', import.meta.url).href);
    serverHtml = await collectResult(
      render(
        html`<bank-connect-error
          provider="finicity"
          code="936"
          institution="Tangerine"
        ></bank-connect-error>`,
      ),
    );
    fixtureDir = await bundleFixture('test/pages/fixtures/hydrate.ts', 'ssr-fixture');
    const page = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
      <script type="module" src="/hydrate.js"></script></head><body>${serverHtml}</body></html>`;
    server = await serve(fixtureDir, { pages: { '/index.html': page } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(fixtureDir, { recursive: true, force: true });
  });

  it('renders declarative shadow DOM that already holds the words', () => {
    assert.match(serverHtml, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(serverHtml, /Online banking must be in English/);
    assert.match(serverHtml, /Sign in on the Tangerine website/);
    assert.match(serverHtml, /Reference: Finicity 936/);
  });

  it('renders a page whose element was given properties no string can be made of', async () => {
    // (A revoked proxy is left out: Lit's own template binding reads it before the element does.)
    const throwing = {
      toString() {
        throw new Error('toString');
      },
    };
    const noPrimitive = {
      [Symbol.toPrimitive]() {
        throw new Error('toPrimitive');
      },
    };
    const page = await collectResult(
      render(
        html`<bank-connect-error
          provider="finicity"
          code="936"
          .institution=${Object.create(null)}
          .institutionUrl=${throwing}
          .actions=${noPrimitive}
        ></bank-connect-error>`,
      ),
    );
    assert.match(page, /Online banking must be in English/);
    assert.match(page, /Sign in on your bank(&#39;|')s website/);
    assert.doesNotMatch(page, /<a /);
  });

  it('hydrates in the browser without a visible change, and its actions work', async () => {
    const noScript = await browser.newPage({ javaScriptEnabled: false });
    await noScript.goto(`${server.origin}/index.html`);
    const before = (await noScript.evaluate(shadowText)) as string;
    const beforeBox = await noScript.locator('bank-connect-error').boundingBox();
    await noScript.close();
    assert.match(before, /Online banking must be in English/);

    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(
      `customElements.get('bank-connect-error') && document.querySelector('bank-connect-error').hasUpdated`,
    );
    assert.equal(await page.evaluate(shadowText), before);
    assert.deepEqual(await page.locator('bank-connect-error').boundingBox(), beforeBox);

    const detail = page.evaluate(
      () =>
        new Promise((resolve) =>
          document.addEventListener(
            'bank-connect-action',
            (e) => resolve((e as CustomEvent).detail),
            {
              once: true,
            },
          ),
        ),
    );
    await page.locator('bank-connect-error [part~="button-primary"]').click();
    assert.deepEqual(await detail, {
      action: 'retry',
      reason: 'language_not_supported',
      provider: 'finicity',
      code: '936',
    });
    assert.deepEqual(problems, []);
  });
});

describe('server-side rendering in the page’s language', () => {
  const element = html`<bank-connect-error
    provider="finicity"
    code="936"
    institution="Tangerine"
  ></bank-connect-error>`;
  let spanishHtml: string;
  let browser: Browser;
  let server: StaticServer;
  let clientDir: string;
  let downloadingClientDir: string;

  before(async () => {
    const { renderIn } = await import('./fixtures/render-in.js');
    spanishHtml = await renderIn('es', element);
    clientDir = await bundleFixture('test/pages/fixtures/hydrate-es.ts', 'ssr-es-fixture');
    downloadingClientDir = await bundleFixture('test/pages/fixtures/hydrate.ts', 'ssr-es-download');
    const page = (client: string) => `<!doctype html><html lang="es"><head>
      <link rel="icon" href="data:,"><script type="module" src="/${client}"></script></head>
      <body>${spanishHtml}</body></html>`;
    server = await serve('node_modules/.cache', {
      pages: {
        '/es.html': page('ssr-es-fixture/hydrate-es.js'),
        '/es-downloading.html': page('ssr-es-download/hydrate.js'),
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [clientDir, downloadingClientDir])
      rmSync(dir, { recursive: true, force: true });
  });

  it('renders each page in its own language, also when renders overlap', async () => {
    const { renderIn } = await import('./fixtures/render-in.js');
    const [es, frCA, en] = await Promise.all([
      renderIn('es', element),
      renderIn('fr-CA', element),
      renderIn('en', element),
    ]);
    const says = (markup: string, lang: string, words: string) =>
      markup.includes(`lang="${lang}"`) && markup.includes(words);
    assert.equal(es, spanishHtml);
    assert.ok(says(es, 'es', 'Su banca en línea debe estar en inglés'), 'es');
    assert.ok(says(frCA, 'fr-CA', 'en anglais'), 'fr-CA');
    assert.ok(says(en, 'en', 'Online banking must be in English'), 'en');
  });

  /** What the borrower reads before any script runs: the server's words. */
  async function servedText(path: string) {
    const noScript = await browser.newPage({ javaScriptEnabled: false });
    await noScript.goto(`${server.origin}${path}`);
    const text = (await noScript.evaluate(shadowText)) as string;
    await noScript.close();
    return text;
  }

  const hydrated = `customElements.get('bank-connect-error') && document.querySelector('bank-connect-error').hasUpdated`;

  it('hydrates a Spanish page with Spanish in its bundle: no download, no change to the words', async () => {
    const served = await servedText('/es.html');
    assert.match(served, /inglés/);
    const { page, problems } = await watchedPage(browser);
    server.requests.length = 0;
    await page.goto(`${server.origin}/es.html`);
    await page.waitForFunction(hydrated);
    assert.equal(await page.evaluate(shadowText), served);
    assert.deepEqual(
      server.requests.filter((path) => /\/es-[\w-]+\.js$/.test(path)),
      [],
      'no locale module downloaded',
    );
    assert.deepEqual(problems, []);
  });

  it('keeps the server’s Spanish while a client without it downloads Spanish, then hydrates', async () => {
    const served = await servedText('/es-downloading.html');
    const { page, problems } = await watchedPage(browser);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    await page.route(/\/es-[\w-]+\.js$/, async (route) => {
      asked();
      await released;
      await route.continue();
    });
    await page.goto(`${server.origin}/es-downloading.html`, { waitUntil: 'commit' });
    await requested;
    assert.equal(await page.evaluate(hydrated), false);
    assert.equal(await page.evaluate(shadowText), served);
    release();
    await page.waitForFunction(hydrated);
    assert.equal(await page.evaluate(shadowText), served);
    assert.deepEqual(problems, []);
  });
});

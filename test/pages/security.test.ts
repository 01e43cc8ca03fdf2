import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchedPage } from './support/browser.js';
import {
  ENGINE_NAMES,
  PAGE_ENGINES,
  PROBLEMS_PAGE,
  launchEngine,
  type EngineBrowser,
} from './support/engines.js';
import { serve, type StaticServer } from './support/server.js';

/** The policy docs/security.md gives hosts: nothing inline, nothing from elsewhere, Trusted Types on. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const NPM_BUNDLE = 'node_modules/.cache/npm-consumer';

/** Watches for CSP violations and records actions; loaded first, as its own module. */
const WATCH = `
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
  document.addEventListener('bank-connect-action', (e) => { window.lastAction = e.detail.action; });
`;

/** A page that mounts and removes many elements on command, with locale switches between. */
const LAB = `
  import { setLocale } from '/dist/bank-connect-error.bundled.js';
  const codes = ['103', '910', 'invalid_login', 'token_invalid_or_expired', 'nope', '0'];
  window.churn = async (rounds) => {
    const locales = ['es', 'fr-CA', 'ar', 'en'];
    for (let round = 0; round < rounds; round++) {
      const box = document.createElement('div');
      document.body.append(box);
      const elements = Array.from({ length: 250 }, (_, i) => {
        const el = document.createElement('bank-connect-error');
        el.setAttribute('code', codes[i % codes.length]);
        el.setAttribute('institution-url', 'https://bank.example/');
        return el;
      });
      box.append(...elements);
      await setLocale(locales[round % locales.length]);
      await Promise.all(elements.map((el) => el.updateComplete));
      box.remove();
    }
    await setLocale('en');
  };
`;

const page = (lang: string, ...scripts: string[]) => `<!doctype html>
<html lang="${lang}">
  <head>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    <bank-connect-error provider="finicity" code="910" institution="Tangerine"></bank-connect-error>
  </body>
</html>`;

const frenchTitle = readFileSync('locales/fr.xlf', 'utf8')
  .match(/id="reason.institution_outage.title.named">[\s\S]*?<target>([\s\S]*?)<\/target>/)![1]!
  .replace(/<x[^>]*\/>/, 'Tangerine');

const title = (p: Page) => p.locator('bank-connect-error [part~="title"]').innerText();

describe('security and reliability on real pages', () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => {
    rmSync(NPM_BUNDLE, { recursive: true, force: true });
    // A lender's bundler consuming the npm build (dist/bank-connect-error.js, Lit external).
    await build({
      stdin: {
        contents: `import { setLocale } from './dist/bank-connect-error.js'; window.bce = { setLocale };`,
        resolveDir: '.',
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      splitting: true,
      minify: true,
      outdir: NPM_BUNDLE,
      entryNames: 'consumer',
      conditions: ['production'],
      logLevel: 'error',
    });
    const bundledVersion = readFileSync('dist/development/bank-connect-error.bundled.js', 'utf8');
    server = await serve('.', {
      headers: (path): Record<string, string> =>
        path.startsWith('/strict/') ? { 'content-security-policy': STRICT_CSP } : {},
      pages: {
        ...PROBLEMS_PAGE,
        '/watch.js': WATCH,
        '/favicon.ico': '',
        '/strict/bundled.html': page(
          'fr',
          '/__problems.js',
          '/watch.js',
          '/dist/bank-connect-error.bundled.js',
        ),
        '/strict/npm.html': page('fr', '/__problems.js', '/watch.js', `/${NPM_BUNDLE}/consumer.js`),
        '/twice/same.html': page(
          'en',
          '/dist/development/bank-connect-error.bundled.js',
          '/dist/development/bank-connect-error.bundled.js?copy',
        ),
        '/twice/other-version.html': page(
          'en',
          '/dist/development/bank-connect-error.bundled.js',
          '/twice/older.js',
        ),
        '/twice/older.js': bundledVersion.replace(/"0\.1\.0"|`0\.1\.0`|'0\.1\.0'/, '"0.0.9"'),
        '/lab.html': page('en', '/lab.js'),
        '/lab.js': LAB,
        '/twice/beside-npm.html': page(
          'en',
          '/dist/bank-connect-error.bundled.js',
          `/${NPM_BUNDLE}/consumer.js`,
        ),
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(NPM_BUNDLE, { recursive: true, force: true });
  });

  // In every engine: the page a careful lender serves.
  for (const engine of PAGE_ENGINES) {
    describe(`under a strict Content-Security-Policy with Trusted Types, in ${ENGINE_NAMES[engine]}`, () => {
      let driven: EngineBrowser;
      before(async () => {
        driven = await launchEngine(engine);
      });
      after(() => driven?.close());

      for (const [name, path] of [
        ['the bundled drop-in', '/strict/bundled.html'],
        ['the npm build, bundled by a lender', '/strict/npm.html'],
      ]) {
        it(`${name} renders, localizes and handles clicks with no violation`, async () => {
          const response = await fetch(`${server.origin}${path}`);
          assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
          await response.body?.cancel();
          const p = await driven.newPage();
          await p.goto(`${server.origin}${path}`);
          await p.waitForFunction(
            () =>
              !!document
                .querySelector('bank-connect-error')
                ?.shadowRoot?.querySelector('[part~="base"][lang="fr"]'),
          );
          const shown = await p.evaluate(
            () =>
              document
                .querySelector('bank-connect-error')!
                .shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!.innerText,
          );
          assert.ok(shown.endsWith(frenchTitle), shown);
          await p.click('bank-connect-error', '[part~="button-secondary"]');
          await p.waitForFunction('window.lastAction !== undefined');
          assert.equal(await p.evaluate('window.lastAction'), 'retry');
          assert.deepEqual(await p.evaluate('window.violations'), []);
          await p.close();
          assert.deepEqual(p.problems, []);
        });
      }
    });
  }

  describe('loaded twice', () => {
    it('the same file from two URLs: one definition, no exception, no warning', async () => {
      const { page: p, problems } = await watchedPage(browser);
      const warnings: string[] = [];
      p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await p.goto(`${server.origin}/twice/same.html`);
      await p.locator('bank-connect-error [part~="title"]').waitFor();
      assert.match(await title(p), /The connection to .* is down/);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        warnings.filter((w) => w.includes('already defined')),
        [],
      );
      await p.close();
    });

    it('two versions: the first definition stays, with a development warning', async () => {
      const { page: p, problems } = await watchedPage(browser);
      const warnings: string[] = [];
      p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await p.goto(`${server.origin}/twice/other-version.html`);
      await p.locator('bank-connect-error [part~="title"]').waitFor();
      assert.deepEqual(problems, []);
      assert.equal(
        warnings.filter((w) => /0\.1\.0 is already defined; this copy \(0\.0\.9\)/.test(w)).length,
        1,
      );
      assert.equal(await p.evaluate(`customElements.get('bank-connect-error').version`), '0.1.0');
      await p.close();
    });

    it('the bundled file beside the npm build: one definition, no exception', async () => {
      const { page: p, problems } = await watchedPage(browser);
      await p.goto(`${server.origin}/twice/beside-npm.html`);
      await p.locator('bank-connect-error [part~="title"]').waitFor();
      assert.match(await title(p), /The connection to .* is down/);
      assert.deepEqual(problems, []);
      await p.close();
    });
  });

  describe('leaves nothing behind', () => {
    /** Event listeners on an object of the page, counted through the DevTools protocol. */
    async function listeners(p: Page, expression: string) {
      const cdp = await p.context().newCDPSession(p);
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId!,
      });
      await cdp.detach();
      return found.map((l) => l.type).sort();
    }

    async function liveElements(p: Page) {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('HeapProfiler.collectGarbage');
      const { result: prototype } = await cdp.send('Runtime.evaluate', {
        expression: `customElements.get('bank-connect-error').prototype`,
      });
      const { objects } = await cdp.send('Runtime.queryObjects', {
        prototypeObjectId: prototype.objectId!,
      });
      const { result: count } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId!,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      await cdp.detach();
      return count.value as number;
    }

    it('mounting and removing 1,000 elements, switching locales, leaks no listener or element (Chromium only: CDP counts listeners and live objects)', async () => {
      const { page: p, problems } = await watchedPage(browser);
      await p.goto(`${server.origin}/lab.html`);
      await p.locator('bank-connect-error [part~="title"]').waitFor();
      await p.evaluate(() => document.querySelector('bank-connect-error')!.remove());
      const before = {
        window: await listeners(p, 'window'),
        document: await listeners(p, 'document'),
      };
      await p.evaluate('window.churn(4)');
      assert.deepEqual(await listeners(p, 'window'), before.window);
      assert.deepEqual(await listeners(p, 'document'), before.document);
      assert.equal(await liveElements(p), 0);
      assert.deepEqual(problems, []);
      await p.close();
    });

    it('makes no request but its own locale modules, and keeps no cookie, storage or timer', async () => {
      const { page: p, problems } = await watchedPage(browser);
      // Count the timers and intervals still pending, as the page sees them.
      await p.addInitScript(`
        const pending = new Set();
        const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
        window.pendingTimers = pending;
        window.setTimeout = (fn, ms, ...rest) => {
          const id = set(() => { pending.delete(id); fn(...rest); }, ms);
          pending.add(id);
          return id;
        };
        window.clearTimeout = (id) => { pending.delete(id); clear(id); };
        window.setInterval = (fn, ms, ...rest) => { const id = every(fn, ms, ...rest); pending.add(id); return id; };
        window.clearInterval = (id) => { pending.delete(id); stop(id); };
      `);
      const requests: string[] = [];
      p.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await p.goto(`${server.origin}/lab.html`);
      await p.locator('bank-connect-error [part~="title"]').waitFor();
      await p.evaluate('window.churn(4)');
      await p.waitForTimeout(100);
      const visited = requests.filter((path) => !/^\/(lab\.(html|js)|favicon\.ico)$/.test(path));
      assert.deepEqual(visited.sort(), [
        '/dist/bank-connect-error.bundled.js',
        '/dist/bundled/ar.js',
        '/dist/bundled/es.js',
        '/dist/bundled/fr-CA.js',
        '/dist/bundled/fr.js',
      ]);
      assert.deepEqual(
        await p.evaluate(async () => ({
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
          databases: (await indexedDB.databases()).length,
          timers: (window as unknown as { pendingTimers: Set<number> }).pendingTimers.size,
        })),
        { cookie: '', local: 0, session: 0, databases: 0, timers: 0 },
      );
      assert.deepEqual(problems, []);
      await p.close();
    });
  });
});

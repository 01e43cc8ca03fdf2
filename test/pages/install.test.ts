import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser, watchedPage } from './support/browser.js';
import {
  ENGINE_NAMES,
  PAGE_ENGINES,
  PROBLEMS_PAGE,
  PROBLEMS_SCRIPT,
  launchEngine,
} from './support/engines.js';
import { serve, type StaticServer } from './support/server.js';
import { assertTextBecomes } from './support/settled-text.js';
import { shadowText } from './support/shadow-text.js';
import { readUnits } from '../node/xliff.js';
import { listCodes } from '../../src/catalog.js';
import { ACTIONS, REASONS } from '../../src/core/index.js';
import { supportedLocales } from '../../src/localization/match-locale.js';
import { THEME_TOKENS } from '../../src/theme.js';

/** A message's translation, read from the catalogue the build was made from. */
const translation = (locale: string, id: string) =>
  readUnits(`locales/${locale}.xlf`).find((unit) => unit.id === id)!.target!;

// Proves the published package, not the repository: pack it, install the tarball into a new
// project elsewhere, and use every entry point from there.
describe('the packed package, installed into a new project', () => {
  const project = mkdtempSync(join(tmpdir(), 'bank-connect-error-install-'));
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  let browser: Browser;

  before(async () => {
    const tarball = execFileSync(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', project],
      {
        encoding: 'utf8',
      },
    );
    const [{ filename }] = JSON.parse(tarball) as { filename: string }[];
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'lender-app', type: 'module', private: true }),
    );
    run('npm', [
      'install',
      '--no-audit',
      '--no-fund',
      '--silent',
      join(project, filename),
      'react@19',
      'react-dom@19',
      'lit@3',
      '@lit-labs/ssr@4',
      '@lit-labs/ssr-client@1',
      // The framework consumers' checkers (TypeScript 5: vue-tsc and svelte-check need it).
      'typescript@~5.9',
      '@types/react@19',
      'vue@3',
      'vue-tsc@3',
      'svelte@5',
      'svelte-check@4',
    ]);
    cpSync('test/pages/fixtures/lender-app', join(project, 'app'), { recursive: true });
    cpSync('test/pages/fixtures/framework-consumers', project, { recursive: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    rmSync(project, { recursive: true, force: true });
  });

  it('ships only what users need', () => {
    const pkg = join(project, 'node_modules/bank-connect-error');
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: pkg, encoding: 'utf8' }).split(
      '\n',
    );
    assert.ok(files.includes('./dist/bank-connect-error.bundled.js'));
    assert.ok(files.includes('./dist/custom-elements.json'));
    assert.ok(files.includes('./bin/bank-connect-error.js'));
    assert.deepEqual(
      files.filter((f) => /^\.\/(src|test|locales|demo|scripts)\//.test(f) || f.endsWith('.map')),
      [],
    );
    // Source maps are not shipped, so no file may point to one (bundlers and dev servers warn).
    assert.deepEqual(
      files.filter(
        (f) => f.endsWith('.js') && readFileSync(join(pkg, f), 'utf8').includes('sourceMappingURL'),
      ),
      [],
    );
  });

  it('imports every entry point in Node', () => {
    const script = `
      import { resolve, fromPayload, REASONS, ACTIONS } from 'bank-connect-error/resolve';
      import { listCodes } from 'bank-connect-error/catalog';
      import { bridgeFrame } from 'bank-connect-error/host';
      import { THEME_TOKENS } from 'bank-connect-error/theme';
      import { BankConnectError, setLocale, getLocale, supportedLocales } from 'bank-connect-error';
      import { BankConnectError as ReactBankConnectError } from 'bank-connect-error/react';
      console.log(JSON.stringify({
        reason: resolve({ provider: 'finicity', code: 936 }).reason,
        payload: fromPayload({ FlinksCode: 'INVALID_LOGIN' }).reason,
        reasons: REASONS.length, actions: ACTIONS.length, codes: listCodes().length,
        bridge: typeof bridgeFrame, element: typeof BankConnectError, setLocale: typeof setLocale,
        locale: getLocale(), locales: supportedLocales.length, react: typeof ReactBankConnectError,
        tokens: THEME_TOKENS.length,
      }));`;
    writeFileSync(join(project, 'entries.mjs'), script);
    assert.deepEqual(JSON.parse(run('node', ['entries.mjs'])), {
      reason: 'language_not_supported',
      payload: 'invalid_credentials',
      reasons: REASONS.length,
      actions: ACTIONS.length,
      codes: listCodes().length,
      bridge: 'function',
      element: 'function',
      setLocale: 'function',
      locale: 'en',
      locales: supportedLocales.length,
      react: 'object',
      tokens: THEME_TOKENS.length,
    });
  });

  // Every entry point's types, under each module resolution a lender's tsconfig may use (`node10`
  // is the older `node`, which reads `typesVersions` instead of `exports`).
  for (const [module, resolution] of [
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
    ['commonjs', 'node10'],
  ]) {
    it(`type-checks a TypeScript consumer against the shipped types (${resolution})`, () => {
      writeFileSync(
        join(project, `consumer-${resolution}.ts`),
        `import { resolve, type Resolution } from 'bank-connect-error/resolve';
         import type { BankConnectActionEvent } from 'bank-connect-error';
         import { setLocale } from 'bank-connect-error/bundled';
         import 'bank-connect-error/locales/fr-CA';
         import { listCodes } from 'bank-connect-error/catalog';
         import { bridgeFrame } from 'bank-connect-error/host';
         import { THEME_TOKENS } from 'bank-connect-error/theme';
         import type { BankConnectError } from 'bank-connect-error/react';
         const r: Resolution = resolve({ provider: 'argyle', code: 'invalid_credentials' });
         document.addEventListener('bank-connect-action', (e: BankConnectActionEvent) => e.detail.action);
         const el = document.createElement('bank-connect-error');
         el.code = r.code;
         el.hideReference = listCodes().length > 0;
         export const uses = [setLocale('fr'), bridgeFrame, THEME_TOKENS[0]!.light, null as unknown as typeof BankConnectError];`,
      );
      run(resolve('node_modules/.bin/tsc'), [
        '--noEmit',
        '--strict',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        '--target',
        'es2022',
        '--lib',
        'es2022,dom',
        '--skipLibCheck',
        '--noUncheckedSideEffectImports',
        `consumer-${resolution}.ts`,
      ]);
    });
  }

  // Each consumer has a page that must type-check and one deliberate error that must be caught.
  /** A checker's output (it fails on any error), run from the temp project. */
  const check = (command: string, args: string[], cwd = project) => {
    try {
      execFileSync(resolve(project, 'node_modules/.bin', command), args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return '';
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      return `${stdout}${stderr}`;
    }
  };
  /** The lines naming an error, each in the file it names. */
  const errorsIn = (output: string) =>
    output.split('\n').filter((line) => /error/i.test(line) && /\.(tsx?|vue|svelte)\b/.test(line));

  it('React 19 JSX: <bank-connect-error> is an intrinsic element, its attributes and event typed', () => {
    const errors = errorsIn(check('tsc', ['-p', 'react']));
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /^react\/bad\.tsx.*'"huge"' is not assignable/);
  });

  it('Vue with strictTemplates: a global component, camel-cased props and the event', () => {
    const errors = errorsIn(check('vue-tsc', ['-p', 'vue']));
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /^vue\/Bad\.vue.*'"huge"' is not assignable/);
  });

  it('Svelte 5: SvelteHTMLElements, with onbank-connect-action', () => {
    const output = check(
      'svelte-check',
      ['--tsconfig', './tsconfig.json', '--output', 'machine'],
      join(project, 'svelte'),
    );
    const errors = output.split('\n').filter((line) => / ERROR /.test(line));
    assert.equal(errors.length, 1, output);
    assert.match(errors[0]!, /"Bad\.svelte".*'\\"huge\\"' is not assignable/);
  });

  it('lit-analyzer, in a Lit template, knows every attribute and the event', () => {
    const analyze = (file: string) =>
      check(
        resolve('node_modules/.bin/lit-analyzer'),
        [
          file,
          '--strict',
          '--rules.no-unknown-attribute',
          'error',
          '--rules.no-unknown-event',
          'error',
        ],
        join(project, 'lit'),
      );
    assert.equal(analyze('app.ts'), '');
    assert.match(analyze('bad.ts'), /Unknown attribute 'institution-link'/);
  });

  it('ships editor data where editors look for it', () => {
    const pkg = JSON.parse(
      readFileSync(join(project, 'node_modules/bank-connect-error/package.json'), 'utf8'),
    );
    const inPackage = (path: string) => join(project, 'node_modules/bank-connect-error', path);
    assert.equal(JSON.parse(readFileSync(inPackage(pkg['web-types']), 'utf8')).name, pkg.name);
    for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
      assert.ok(JSON.parse(readFileSync(inPackage(`dist/${file}`), 'utf8')).version);
    }
    // A CDN's bare-package URL serves the drop-in, which imports nothing by a bare name.
    assert.equal(pkg.unpkg, pkg.jsdelivr);
    assert.doesNotMatch(readFileSync(inPackage(pkg.unpkg), 'utf8'), /from\s*["'](lit|@lit)/);
  });

  it('runs the command-line tool', () => {
    const out = run('npx', [
      '--no-install',
      'bank-connect-error',
      'explain',
      'finicity',
      '936',
      '--locale',
      'es',
    ]);
    assert.match(out, /finicity 936: language_not_supported/);
    assert.match(out, /The borrower sees \(es\)/);
    assert.throws(
      () => run('npx', ['--no-install', 'bank-connect-error', 'explain', 'akoya', '1']),
      /unknown provider/,
    );
    assert.match(run('npx', ['--no-install', 'bank-connect-error', '--help']), /^usage: /);
  });

  // In every engine: the drop-in as most lenders will first meet it.
  for (const engine of PAGE_ENGINES) {
    it(`loads the bundled file in a plain HTML page in ${ENGINE_NAMES[engine]}`, async () => {
      const dist = join(project, 'node_modules/bank-connect-error/dist');
      const server = await serve(dist, {
        pages: {
          ...PROBLEMS_PAGE,
          '/page.html': `<!doctype html><html lang="de"><head><link rel="icon" href="data:,">
            ${PROBLEMS_SCRIPT}<script type="module" src="./bank-connect-error.bundled.js"></script></head>
            <body><bank-connect-error code="token_invalid_or_expired"></bank-connect-error></body></html>`,
        },
      });
      const driven = await launchEngine(engine);
      try {
        const page = await driven.newPage();
        await page.goto(`${server.origin}/page.html`);
        await page.waitForFunction(
          () =>
            !!document
              .querySelector('bank-connect-error')
              ?.shadowRoot?.querySelector('[part~="base"][lang="de"]'),
        );
        const german = translation('de', 'reason.reconnect_required.title');
        const shown = await page.evaluate(
          () =>
            document
              .querySelector('bank-connect-error')!
              .shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!.innerText,
        );
        assert.equal(shown.endsWith(german), true, shown);
        await page.close();
        assert.deepEqual(page.problems, []);
      } finally {
        await driven.close();
        await server.close();
      }
    });
  }

  // The other ways in: a bundler, React and server rendering, each built from the installed
  // package with Vite, the way a lender's app would be.
  describe('in apps built from it', { timeout: 120_000 }, () => {
    let server: StaticServer;
    let serverHtml: string;
    const out = join(project, 'out');

    /** Builds one app with Vite into out/<name>/: each is its own app, as a lender's would be. */
    const bundle = (name: string) =>
      build({
        root: project,
        configFile: false,
        logLevel: 'error',
        build: {
          outDir: join(out, name),
          emptyOutDir: true,
          rolldownOptions: {
            input: join(project, `app/${name}.js`),
            output: { entryFileNames: '[name].js' },
          },
        },
      });

    before(async () => {
      serverHtml = run('node', ['app/render.js']);
      await Promise.all(['main', 'spanish', 'react', 'hydrate'].map(bundle));
      const page = (app: string, body = '', lang = 'en') =>
        `<!doctype html><html lang="${lang}"><head><link rel="icon" href="data:,">
          <script type="module" src="/${app}/${app}.js"></script></head><body>${body}</body></html>`;
      server = await serve(out, {
        pages: {
          '/main.html': page('main'),
          '/spanish.html': page('spanish', '', 'es'),
          '/react.html': page('react', '<div id="root"></div>'),
          '/hydrate.html': page('hydrate', serverHtml),
        },
      });
    });
    after(() => server?.close());

    it('bundles: English at first, and each locale split into its own file, loaded on demand', async () => {
      const spanish = translation('es', 'reason.language_not_supported.title');
      const chunks = join(out, 'main/assets');
      const inMain = readFileSync(join(out, 'main/main.js'), 'utf8');
      assert.ok(!inMain.includes(spanish), 'Spanish is not in the app’s own file');
      assert.ok(
        readdirSync(chunks).some((file) =>
          readFileSync(join(chunks, file), 'utf8').includes(spanish),
        ),
      );

      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/main.html`);
      const title = page.locator('bank-connect-error [part~="title"]');
      assert.match(await title.innerText(), /Online banking must be in English/);
      await page.evaluate(() =>
        (window as unknown as { switchLocale(l: string): Promise<void> }).switchLocale('es'),
      );
      await assertTextBecomes(title, (text) => text.endsWith(spanish));
      await page.locator('bank-connect-error [part~="button-primary"]').click();
      assert.equal(await page.locator('body').getAttribute('data-action'), 'retry');
      assert.deepEqual(problems, []);
    });

    it('bundles a locale imported from bank-connect-error/locales/: no download before its words', async () => {
      const spanish = translation('es', 'reason.language_not_supported.title');
      assert.ok(readFileSync(join(out, 'spanish/spanish.js'), 'utf8').includes(spanish));

      const { page, problems } = await watchedPage(browser);
      server.requests.length = 0;
      await page.goto(`${server.origin}/spanish.html`);
      const title = page.locator('bank-connect-error [part~="title"]');
      assert.ok((await title.innerText()).endsWith(spanish));
      assert.deepEqual(server.requests, ['/spanish.html', '/spanish/spanish.js']);
      assert.deepEqual(problems, []);
    });

    it('renders from React and calls onAction', async () => {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/react.html`);
      const title = page.locator('bank-connect-error [part~="title"]');
      assert.match(await title.innerText(), /Please reconnect your account/);
      await page.locator('bank-connect-error [part~="button-primary"]').click();
      await assertTextBecomes(page.locator('#actions'), 'reconnect');
      assert.deepEqual(problems, []);
    });

    it('renders on the server, and hydrates without a change to the words', async () => {
      assert.match(serverHtml, /<template shadowroot="open" shadowrootmode="open">/);
      assert.match(serverHtml, /Online banking must be in English/);

      const noScript = await browser.newPage({ javaScriptEnabled: false });
      await noScript.goto(`${server.origin}/hydrate.html`);
      const served = await noScript.evaluate(shadowText);
      await noScript.close();

      const { page, problems } = await watchedPage(browser);
      await page.goto(`${server.origin}/hydrate.html`);
      await page.waitForFunction(
        `customElements.get('bank-connect-error') && document.querySelector('bank-connect-error').hasUpdated`,
      );
      assert.equal(await page.evaluate(shadowText), served);
      const action = page.evaluate(
        () =>
          new Promise((resolve) =>
            document.addEventListener(
              'bank-connect-action',
              (event) => resolve((event as CustomEvent).detail.action),
              { once: true },
            ),
          ),
      );
      await page.locator('bank-connect-error [part~="button-primary"]').click();
      assert.equal(await action, 'retry');
      assert.deepEqual(problems, []);
    });
  });
});

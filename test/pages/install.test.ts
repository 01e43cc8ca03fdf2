import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchedPage } from './support/browser.js';
import { serve } from './support/server.js';

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

  before(() => {
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
    ]);
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
  });

  it('imports every entry point in Node', () => {
    const script = `
      import { resolve, fromPayload, REASONS, ACTIONS } from 'bank-connect-error/resolve';
      import { listCodes } from 'bank-connect-error/catalog';
      import { bridgeFrame } from 'bank-connect-error/host';
      import { BankConnectError, setLocale, getLocale, supportedLocales } from 'bank-connect-error';
      import { BankConnectError as ReactBankConnectError } from 'bank-connect-error/react';
      console.log(JSON.stringify({
        reason: resolve({ provider: 'finicity', code: 936 }).reason,
        payload: fromPayload({ FlinksCode: 'INVALID_LOGIN' }).reason,
        reasons: REASONS.length, actions: ACTIONS.length, codes: listCodes().length,
        bridge: typeof bridgeFrame, element: typeof BankConnectError, setLocale: typeof setLocale,
        locale: getLocale(), locales: supportedLocales.length, react: typeof ReactBankConnectError,
      }));`;
    writeFileSync(join(project, 'entries.mjs'), script);
    assert.deepEqual(JSON.parse(run('node', ['entries.mjs'])), {
      reason: 'language_not_supported',
      payload: 'invalid_credentials',
      reasons: 29,
      actions: 8,
      codes: 135,
      bridge: 'function',
      element: 'function',
      setLocale: 'function',
      locale: 'en',
      locales: 20,
      react: 'object',
    });
  });

  it('type-checks a TypeScript consumer against the shipped types', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { resolve, type Resolution } from 'bank-connect-error/resolve';
       import type { BankConnectActionEvent } from 'bank-connect-error';
       const r: Resolution = resolve({ provider: 'argyle', code: 'invalid_credentials' });
       document.addEventListener('bank-connect-action', (e: BankConnectActionEvent) => e.detail.action);
       const el = document.createElement('bank-connect-error');
       el.code = r.code;`,
    );
    const tsc = resolve('node_modules/.bin/tsc');
    run(tsc, [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom',
      '--skipLibCheck',
      'consumer.ts',
    ]);
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
      () => run('npx', ['--no-install', 'bank-connect-error', 'explain', 'plaid', '1']),
      /unknown provider/,
    );
  });

  it('loads the bundled file in a plain HTML page in Chromium', async () => {
    const dist = join(project, 'node_modules/bank-connect-error/dist');
    const server = await serve(dist, {
      pages: {
        '/page.html': `<!doctype html><html lang="de"><head><link rel="icon" href="data:,">
          <script type="module" src="./bank-connect-error.bundled.js"></script></head>
          <body><bank-connect-error code="token_invalid_or_expired"></bank-connect-error></body></html>`,
      },
    });
    browser = await launchBrowser();
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.origin}/page.html`);
    const base = page.locator('bank-connect-error [part~="base"][lang="de"]');
    await base.waitFor();
    const german = readFileSync('locales/de.xlf', 'utf8').match(
      /id="reason.reconnect_required.title">[\s\S]*?<target>(.*?)<\/target>/,
    )![1];
    assert.equal(
      (await page.locator('bank-connect-error [part~="title"]').innerText()).endsWith(german!),
      true,
    );
    assert.deepEqual(problems, []);
    await server.close();
  });
});

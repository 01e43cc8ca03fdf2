import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchedPage } from './support/browser.js';
import { assertTextBecomes } from './support/settled-text.js';
import { bundleFixture } from './support/fixture.js';
import { serve, type StaticServer } from './support/server.js';

let fixtureDir: string;

describe('bank-connect-error/react', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    fixtureDir = await bundleFixture('test/pages/fixtures/react-app.tsx', 'react-fixture', {
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    server = await serve(fixtureDir, {
      pages: {
        '/index.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
          <script type="module" src="/react-app.js"></script></head><body><div id="root"></div></body></html>`,
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.close();
    rmSync(fixtureDir, { recursive: true, force: true });
  });

  it('renders the element from props, follows prop changes, and maps onAction', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.origin}/index.html`);
    const title = page.locator('bank-connect-error [part~="title"]');
    await title.waitFor();
    assert.match(await title.innerText(), /Please reconnect your account/);

    await page.locator('bank-connect-error [part~="button-primary"]').click();
    await page.locator('bank-connect-error [part~="button-secondary"]').click();
    await assertTextBecomes(page.locator('#actions'), 'reconnect,contact_support');

    await page.locator('#switch').click();
    await assertTextBecomes(title, /couldn't sign in to Tangerine/);
    assert.deepEqual(problems, []);
  });
});

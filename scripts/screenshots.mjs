// Takes screenshots of the element's variants, light and dark, desktop and phone width, into
// docs/screenshots/. Run with `npm run screenshots`; look at them before changing the styles.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { BROWSER_ARGS, ensureBrowser } from './browser.mjs';
import { ROOT } from './project.mjs';

// Vite reads its config, and the demo, from the current folder.
process.chdir(ROOT);

const server = await createServer({ server: { port: 0 }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: BROWSER_ARGS });
await mkdir('docs/screenshots', { recursive: true });

try {
  for (const theme of ['light', 'dark']) {
    for (const [name, width] of [
      ['desktop', 900],
      ['phone', 375],
    ]) {
      const page = await browser.newPage({
        viewport: { width, height: 800 },
        deviceScaleFactor: 2,
      });
      await page.goto(`http://localhost:${port}/variants.html?theme=${theme}`);
      await page.waitForFunction(() => document.querySelectorAll('bank-connect-error').length > 0);
      await page.evaluate(() => document.fonts.ready);
      const path = `docs/screenshots/variants-${theme}-${name}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

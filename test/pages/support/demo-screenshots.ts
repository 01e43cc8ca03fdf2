// Screenshots of the built demo (demo-dist/): each view, light and dark, desktop and 375 px, into
// docs/screenshots/demo-<view>-<theme>[-phone].png, plus the gallery in Arabic (demo-locale-*).
// Run `npm run build:demo`, then `node --import tsx test/pages/support/demo-screenshots.ts`,
// and look at every file before relying on it.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { elementsRendered } from './demo-page.js';
import { serve } from './server.js';

const WIDTHS = [
  { suffix: '', width: 1280, height: 1000, scale: 1 },
  { suffix: '-phone', width: 375, height: 1000, scale: 2 },
];

// What each view shows: the playground with a log entry, the theme editor with a lender's brand.
const SHOTS: { name: string; query: (theme: string) => string; themes: string[] }[] = [
  { name: 'gallery', query: (theme) => `?theme=${theme}`, themes: ['light', 'dark'] },
  {
    name: 'playground',
    query: (theme) => `?view=playground&theme=${theme}&variant=panel`,
    themes: ['light', 'dark'],
  },
  {
    name: 'theme',
    query: (theme) =>
      `?view=theme&theme=${theme}&preset=${theme === 'dark' ? 'nightjar' : 'maple'}`,
    themes: ['light', 'dark'],
  },
  { name: 'support', query: (theme) => `?view=support&theme=${theme}`, themes: ['light', 'dark'] },
  { name: 'locale', query: (theme) => `?theme=${theme}&locale=ar`, themes: ['light'] },
];

async function prepare(page: Page, name: string) {
  await page.locator('main h1').waitFor();
  if ((await page.locator('bank-connect-error').count()) > 0) await elementsRendered(page);
  if (name === 'locale') await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  if (name === 'playground') {
    await page.waitForFunction(() => document.querySelector('#resolution')?.textContent?.trim());
    await page.locator('#playground-preview [part~="button-secondary"]').click();
  }
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
}

const server = await serve('demo-dist');
const browser = await launchBrowser();
await mkdir('docs/screenshots', { recursive: true });
try {
  for (const shot of SHOTS) {
    for (const theme of shot.themes) {
      for (const { suffix, width, height, scale } of WIDTHS) {
        const page = await browser.newPage({
          viewport: { width, height },
          deviceScaleFactor: scale,
        });
        await page.goto(`${server.origin}/index.html${shot.query(theme)}`);
        await prepare(page, shot.name);
        const path = `docs/screenshots/demo-${shot.name}-${theme}${suffix}.png`;
        // The top of each view, down to a screen and a half: what a visitor sees first.
        const full = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path,
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(full, height * 1.5) },
        });
        console.log(path);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

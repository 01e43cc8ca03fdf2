// The browser suite, in Chromium, Firefox and WebKit (docs/browsers.md). TEST_BROWSERS picks
// some of them (`npm run test:browser -- --browsers firefox` sets it).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS } from './scripts/browser.mjs';
import {
  ensureEngines,
  firefoxPrefs,
  selectedEngines,
  startWebKitDriver,
  startXvfb,
  webkitCapabilities,
} from './scripts/engines.mjs';
import { engineCommandsPlugin, viewportPerFile } from './scripts/wtr-commands.mjs';

const engines = selectedEngines();
const found = ensureEngines(engines);

/** WebKit's MiniBrowser has no headless mode: one virtual display for every WebKit window. */
const display = engines.includes('webkit') ? (await startXvfb(found.webkit.xvfb)).display : null;

/** One launcher per engine, started light or dark (what `prefers-color-scheme` answers). */
async function launcher(engine, { dark }) {
  const named = (browser, name) => Object.assign(browser, { name: dark ? `${name} (dark)` : name });
  if (engine === 'chromium') {
    return named(
      chromeLauncher({
        launchOptions: {
          executablePath: found.chromium,
          headless: true,
          args: [...BROWSER_ARGS, ...(dark ? ['--force-dark-mode'] : [])],
        },
      }),
      'Chromium',
    );
  }
  if (engine === 'firefox') {
    return named(
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath: found.firefox,
          headless: true,
          extraPrefsFirefox: firefoxPrefs({ dark }),
        },
      }),
      'Firefox',
    );
  }
  // WebKitWebDriver runs one session at a time: a driver of its own for each launcher.
  const { port } = await startWebKitDriver({ display, driver: found.webkit.driver });
  const browser = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    connectionRetryTimeout: 120_000,
    capabilities: webkitCapabilities(found.webkit.browser, { dark }),
  });
  // The launcher names itself from the capabilities when it starts.
  const initialize = browser.initialize.bind(browser);
  browser.initialize = async (...args) => {
    await initialize(...args);
    named(browser, 'WebKit');
  };
  return viewportPerFile(browser);
}

const light = await Promise.all(engines.map((engine) => launcher(engine, { dark: false })));
const dark = await Promise.all(engines.map((engine) => launcher(engine, { dark: true })));

export default {
  // Files named *.dark.test.ts run only in browsers started in dark mode (the "dark" group).
  files: ['test/browser/**/*.test.ts', '!test/browser/**/*.dark.test.ts'],
  groups: [{ name: 'dark', files: ['test/browser/**/*.dark.test.ts'], browsers: dark }],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    engineCommandsPlugin(),
  ],
  browsers: light,
  // Two browsers at a time, one test file each: two cores, and no test depends on timing.
  concurrentBrowsers: 2,
  concurrency: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
};

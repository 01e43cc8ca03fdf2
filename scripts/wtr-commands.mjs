// Test commands that work in every engine the browser suite runs in (see docs/browsers.md).
// `@web/test-runner-commands`' setViewport works over CDP and BiDi only, not under WebDriver.

/** Sizes the page's viewport to `{ width, height }` CSS pixels, in any engine. */
async function resizeViewport(session, { width, height }) {
  const { browser } = session;
  if (browser.type === 'puppeteer' || browser.type === 'playwright') {
    const page = browser.getPage(session.id);
    if (browser.type === 'puppeteer') await page.setViewport({ width, height });
    else await page.setViewportSize({ width, height });
    return true;
  }
  if (browser.type === 'webdriver') return sizeWindow(browser.driver, { width, height });
  throw new Error(`No way to size the viewport of a ${browser.type} browser.`);
}

/** What the browser's own chrome adds to the page's size, learnt once per WebDriver session. */
const chromeSize = new WeakMap();

/**
 * In the page: resolves to its inner size once it is `width`×`height`, or after 10 s (a window's
 * new size reaches the page some time after the WebDriver command returns).
 */
const AWAIT_SIZE = `const [width, height] = arguments;
  const size = () => [innerWidth, innerHeight];
  return new Promise((resolve) => {
    const started = Date.now();
    (function check() {
      if ((innerWidth === width && innerHeight === height) || Date.now() - started > 10000) resolve(size());
      else setTimeout(check, 25);
    })();
  });`;

/**
 * Sizes a WebDriver browser's window so that its page gets `{ width, height }`: the window
 * includes the browser's own chrome, which is measured the first time and whenever it misses.
 */
export async function sizeWindow(driver, { width, height }) {
  const measure = async () => {
    const rect = await driver.getWindowRect();
    const now = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    chromeSize.set(driver, [rect.width - now[0], rect.height - now[1]]);
  };
  if (!chromeSize.has(driver)) await measure();
  let inner = [0, 0];
  for (let attempt = 0; attempt < 5; attempt++) {
    const [dw, dh] = chromeSize.get(driver);
    await driver.setWindowSize(width + dw, height + dh);
    inner = await driver.execute(AWAIT_SIZE, width, height);
    if (inner[0] === width && inner[1] === height) return true;
    await measure();
  }
  throw new Error(
    `The viewport stayed ${inner[0]}×${inner[1]} where ${width}×${height} was asked for.`,
  );
}

/**
 * A WebDriver launcher runs every test file in one window, which keeps the last file's size:
 * give each file the 800×600 viewport Chromium and Firefox start with.
 */
export function viewportPerFile(launcher, size = { width: 800, height: 600 }) {
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    await sizeWindow(launcher.driver, size);
    return startSession(id, url);
  };
  return launcher;
}

/** Server commands for the browser tests: `resize-viewport`. */
export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'resize-viewport') {
        const { width, height } = /** @type {{ width: number, height: number }} */ (payload);
        if (!Number.isInteger(width) || !Number.isInteger(height)) {
          throw new Error('resize-viewport takes { width, height } in whole CSS pixels');
        }
        return resizeViewport(session, { width, height });
      }
      return undefined;
    },
  };
}

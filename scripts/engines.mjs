// The three browser engines the tests run in: Chromium, Firefox (WebDriver BiDi, through
// puppeteer-core) and WebKit (WebKitGTK's MiniBrowser, through WebKitWebDriver under Xvfb).
// Finds each one, installs Debian's packages where it can (root on Debian or Ubuntu), and starts
// the helper processes WebKit needs, stopping them when the process that started them exits.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ensureBrowser, findBrowser, isDebianLike, isExecutable } from './browser.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** What to install by hand where `npm test` can't install it itself. */
export const INSTALL_HINT =
  'Install Chromium, Firefox and WebKitGTK’s WebDriver with Xvfb (on Debian or Ubuntu: `apt-get install chromium firefox-esr webkit2gtk-driver xvfb`), or run one engine alone with TEST_BROWSERS=chromium.';

/**
 * The engines to run: `TEST_BROWSERS` (a list such as `firefox` or `chromium,webkit`), else all
 * three. Throws on a name it doesn't know.
 */
export function selectedEngines(value = process.env.TEST_BROWSERS) {
  if (!value?.trim()) return [...ENGINES];
  const names = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => ({ chrome: 'chromium', safari: 'webkit', minibrowser: 'webkit' })[name] ?? name);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`Unknown browser ${unknown.join(', ')}: choose among ${ENGINES.join(', ')}.`);
  }
  return ENGINES.filter((engine) => names.includes(engine));
}

function onPath(...names) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      if (isExecutable(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** Firefox: `FIREFOX_PATH`, then Firefox ESR or Firefox on the PATH; `null` if none. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) {
    return isExecutable(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : null;
  }
  return onPath('firefox-esr', 'firefox');
}

/** WebKitGTK's MiniBrowser (`MINIBROWSER_PATH`, else where Debian's libwebkit2gtk puts it). */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) {
    return isExecutable(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : null;
  }
  for (const lib of ['/usr/lib', '/usr/lib64', '/usr/libexec']) {
    let entries = [];
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    const dirs = [lib, ...entries.map((entry) => join(lib, entry))];
    for (const dir of dirs) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = join(dir, api, 'MiniBrowser');
        if (isExecutable(candidate)) return candidate;
      }
    }
  }
  return null;
}

/** Everything WebKit needs: the driver, the browser and a virtual display. */
export function findWebKit() {
  const driver = onPath('WebKitWebDriver');
  const browser = findMiniBrowser();
  const xvfb = onPath('Xvfb');
  return driver && browser && xvfb ? { driver, browser, xvfb } : null;
}

const FINDERS = {
  chromium: () => findBrowser(),
  firefox: () => findFirefox(),
  webkit: () => findWebKit(),
};
const PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/**
 * Makes sure each engine is there, installing Debian's packages for the missing ones in one go
 * (root on Debian or Ubuntu). Throws, saying what to install, where it can't.
 */
export function ensureEngines(engines = selectedEngines()) {
  const missing = engines.filter((engine) => !FINDERS[engine]());
  if (
    missing.length &&
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    isDebianLike()
  ) {
    const packages = missing.flatMap((engine) => PACKAGES[engine]);
    console.log(`Installing Debian’s ${packages.join(', ')} for ${missing.join(', ')}…`);
    const quiet = {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    };
    try {
      execFileSync('apt-get', ['update', '-qq'], quiet);
      execFileSync('apt-get', ['install', '-y', '-qq', ...packages], quiet);
    } catch (error) {
      console.error(`apt-get failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (engines.includes('chromium')) ensureBrowser();
  const still = engines.filter((engine) => !FINDERS[engine]());
  if (still.length) throw new Error(`No ${still.join(', ')} found. ${INSTALL_HINT}`);
  return Object.fromEntries(engines.map((engine) => [engine, FINDERS[engine]()]));
}

/** Firefox preferences for the tests: no first-run pages, no updates, a fixed colour scheme. */
export function firefoxPrefs({ dark = false } = {}) {
  return {
    // 0 dark, 1 light: what `prefers-color-scheme` answers in pages.
    'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
  };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
let cleanupHooked = false;
function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  if (!cleanupHooked) {
    cleanupHooked = true;
    process.on('exit', () => {
      for (const running of children) running.kill('SIGTERM');
    });
  }
  return child;
}

/** Stops a helper process started here, and waits for it to go. */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve(undefined));
    child.kill('SIGTERM');
  });
}

/**
 * Starts Xvfb on a free display (Xvfb picks it and writes it to fd 3). Resolves to the display
 * (`:N`) and a `stop()`.
 */
export function startXvfb(xvfb = onPath('Xvfb') ?? 'Xvfb') {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      }),
    );
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => {
      output += chunk;
      const match = /^(\d+)\n/.exec(output);
      if (match) {
        child.stdio[3].destroy();
        child.stderr.destroy();
        resolve({ display: `:${match[1]}`, stop: () => stopChild(child) });
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim()}`)));
  });
}

/**
 * A GTK stylesheet for MiniBrowser's own window: without it, its toolbar keeps the window at
 * least about 447 px wide, and a 320 px viewport can't be had. It styles only the browser's chrome.
 */
function gtkConfigHome() {
  const home = mkdtempSync(join(tmpdir(), 'bank-connect-error-gtk-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(
    join(home, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 4px; }\n',
  );
  process.on('exit', () => rmSync(home, { recursive: true, force: true }));
  return home;
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('WebKitWebDriver did not start within 60 s');
}

/**
 * Starts WebKitWebDriver on a free port, showing its browsers on `display`. Resolves to the port
 * and a `stop()`.
 */
export async function startWebKitDriver({ display, driver = onPath('WebKitWebDriver') }) {
  // A free port can be taken between our look and the driver's bind: then try another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = track(
      spawn(driver ?? 'WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          DISPLAY: display,
          XDG_CONFIG_HOME: gtkConfigHome(),
          // No accessibility bus to look for under Xvfb.
          NO_AT_BRIDGE: '1',
          WEBKIT_DISABLE_COMPOSITING_MODE: '1',
        },
      }),
    );
    try {
      await waitForDriver(port, child);
      return { port, stop: () => stopChild(child) };
    } catch (error) {
      await stopChild(child);
      if (attempt === 3) throw error;
    }
  }
}

/** WebDriver capabilities for MiniBrowser, light or dark. */
export function webkitCapabilities(binary, { dark = false } = {}) {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary,
      // Without --automation, session creation hangs: given a binary, the driver passes only these.
      args: ['--automation', ...(dark ? ['--dark-mode'] : [])],
    },
    'wdio:enforceWebDriverClassic': true,
  };
}

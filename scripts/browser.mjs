// Finds the Chromium or Chrome that the browser tests drive, installing Debian's `chromium`
// where that is possible. Shared by `npm test` (scripts/ensure-browser.mjs) and the test configs.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Whether `path` is a file this process may run. */
export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's path: `CHROME_PATH`, then Chromium or Chrome on the PATH; `null` if none. */
export function findBrowser() {
  if (process.env.CHROME_PATH) {
    return isExecutable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  }
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

export function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

/** Finds the browser, or installs Debian's `chromium` as root on Debian/Ubuntu; throws otherwise. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(
      `CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable.`,
    );
  }
  if (process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    const quiet = {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    };
    execFileSync('apt-get', ['update', '-qq'], quiet);
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet);
    const installed = findBrowser();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium or Chrome found: install one (e.g. `apt-get install chromium`) or set CHROME_PATH to its executable.',
  );
}

/** Flags for headless Chromium in containers and CI: no sandbox as root, no background traffic. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

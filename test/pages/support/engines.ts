// The page tests that run in every engine drive the browser through this small layer: Chromium
// through playwright-core, Firefox through puppeteer-core (WebDriver BiDi) and WebKit (MiniBrowser)
// through webdriverio (WebDriver). It offers only what those tests need: open a page, run a
// function in it or in one of its iframes, wait for a condition, click in a shadow root, and the
// problems the page met (console errors, uncaught exceptions, failed requests).
import type {
  Browser as PlaywrightBrowser,
  Frame as PlaywrightFrame,
  Page as PlaywrightPage,
} from 'playwright-core';
import puppeteer, {
  type Browser as PuppeteerBrowser,
  type Frame as PuppeteerFrame,
  type Page as PuppeteerPage,
} from 'puppeteer-core';
import { remote } from 'webdriverio';
import {
  ensureEngines,
  firefoxPrefs,
  selectedEngines,
  startWebKitDriver,
  startXvfb,
  webkitCapabilities,
  type Engine,
} from '../../../scripts/engines.mjs';
import { poll } from './poll.js';
import { sizeWindow } from '../../../scripts/wtr-commands.mjs';
import { launchBrowser, watchedPage } from './browser.js';

export type { Engine };

/** The engines the cross-engine page tests run in: TEST_BROWSERS, else all three. */
export const PAGE_ENGINES: readonly Engine[] = selectedEngines();

export const ENGINE_NAMES: Record<Engine, string> = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
};

type PageFunction<A, R> = string | ((arg: A) => R | Promise<R>);

export interface EngineFrame {
  /**
   * Runs `fn(arg)` in the frame and returns its JSON result. The argument travels as JSON text
   * with tags for what JSON lacks (undefined, NaN, ±Infinity, -0, null prototypes), so every
   * driver passes it alike and keys such as `__proto__` arrive as own keys.
   */
  evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the frame. */
  waitForFunction<A = undefined>(fn: PageFunction<A, unknown>, arg?: A): Promise<void>;
  /** Clicks, as a user would, the first element matching `inner` in `host`'s shadow root. */
  click(host: string, inner: string): Promise<void>;
}

export interface EnginePage extends EngineFrame {
  readonly engine: Engine;
  /** Console errors, uncaught exceptions and failed requests, as text. */
  readonly problems: string[];
  goto(url: string): Promise<void>;
  /** The frame shown by the iframe that `selector` finds in this page. */
  frame(selector: string): Promise<EngineFrame>;
  close(): Promise<void>;
}

export interface EngineBrowser {
  readonly engine: Engine;
  newPage(options?: { width?: number; height?: number }): Promise<EnginePage>;
  close(): Promise<void>;
}

// ---- arguments and results --------------------------------------------------------------------

type Encoded = null | boolean | number | string | Encoded[];

/** Encodes a value as JSON: plain values as they are, everything else as a tagged array. */
export function encode(value: unknown): Encoded {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return ['number', 'NaN'];
    if (value === Infinity) return ['number', 'Infinity'];
    if (value === -Infinity) return ['number', '-Infinity'];
    if (Object.is(value, -0)) return ['number', '-0'];
    return value;
  }
  if (value === undefined) return ['undefined'];
  if (typeof value === 'bigint') return ['bigint', String(value)];
  if (Array.isArray(value)) return ['array', Array.from(value, encode)];
  if (value instanceof Date) return ['date', value.toISOString()];
  if (typeof value === 'object') {
    const entries = Object.keys(value).map((key): Encoded => [
      key,
      encode((value as Record<string, unknown>)[key]),
    ]);
    return ['object', Object.getPrototypeOf(value) === null, entries];
  }
  throw new TypeError(`Can't pass a ${typeof value} to the page`);
}

/** The page's side of `encode`, as source text (no helpers of the test's own build inside). */
const DECODE = `(function decode(v) {
  if (!Array.isArray(v)) return v;
  switch (v[0]) {
    case 'number': return Number(v[1]);
    case 'undefined': return undefined;
    case 'bigint': return BigInt(v[1]);
    case 'array': return v[1].map(decode);
    case 'date': return new Date(v[1]);
    case 'object': {
      var o = v[1] ? Object.create(null) : {};
      v[2].forEach(function (entry) {
        Object.defineProperty(o, entry[0], { value: decode(entry[1]), enumerable: true, writable: true, configurable: true });
      });
      return o;
    }
  }
  throw new Error('unknown tag ' + v[0]);
})`;

/**
 * An expression that runs `fn(arg)` and resolves to its result as JSON text (undefined stays
 * undefined). A string `fn` is an expression, evaluated as it is.
 */
function expression(fn: PageFunction<never, unknown>, arg: unknown): string {
  // Source text, not eval(): a page's CSP may forbid eval even to the test's driver.
  const call =
    typeof fn !== 'string'
      ? `(${fn.toString()})(${DECODE}(${JSON.stringify(encode(arg))}))`
      : isExpression(fn)
        ? `(${fn})`
        : `(() => { ${fn}\n})()`;
  return `(async () => { const result = await (${call}); return result === undefined ? undefined : JSON.stringify(result); })()`;
}

/** Whether `source` is one expression (its value is the result) rather than statements. */
function isExpression(source: string) {
  try {
    new Function(`return (${source}\n);`);
    return true;
  } catch {
    return false;
  }
}

const parse = <R>(text: unknown): R =>
  (typeof text === 'string' ? JSON.parse(text) : undefined) as R;

/** The expression of `waitForFunction`: true once `fn(arg)` is truthy. */
const truthy = (fn: PageFunction<never, unknown>, arg: unknown) =>
  `(async () => !!(await ${expression(fn, arg)}.then((t) => t === undefined ? undefined : JSON.parse(t))))()`;

const describeFn = (fn: PageFunction<never, unknown>) => String(fn).slice(0, 120);

/** Finds `inner` in `host`'s shadow root, as page source text. */
const shadowQuery = (host: string, inner: string) =>
  `document.querySelector(${JSON.stringify(host)})?.shadowRoot?.querySelector(${JSON.stringify(inner)})`;

/** A frame over one "evaluate this expression" primitive. */
function frameOver(
  run: (source: string) => Promise<unknown>,
  click: (host: string, inner: string) => Promise<void>,
): EngineFrame {
  return {
    async evaluate<R, A>(fn: PageFunction<A, R>, arg?: A) {
      return parse<R>(await run(expression(fn as PageFunction<never, unknown>, arg)));
    },
    async waitForFunction<A>(fn: PageFunction<A, unknown>, arg?: A) {
      const source = truthy(fn as PageFunction<never, unknown>, arg);
      await poll(() => run(source), describeFn(fn as PageFunction<never, unknown>));
    },
    async click(host: string, inner: string) {
      await poll(() => run(`!!${shadowQuery(host, inner)}`), `${inner} in ${host}'s shadow root`);
      await click(host, inner);
    },
  };
}

// ---- Chromium: playwright-core -----------------------------------------------------------------

function playwrightFrame(frame: PlaywrightFrame): EngineFrame {
  return frameOver(
    (source) => frame.evaluate(source),
    (host, inner) => frame.locator(`${host} ${inner}`).first().click(),
  );
}

async function chromium(): Promise<EngineBrowser> {
  const browser: PlaywrightBrowser = await launchBrowser();
  return {
    engine: 'chromium',
    async newPage({ width = 1280, height = 720 } = {}) {
      const { page, problems } = await watchedPage(browser, { viewport: { width, height } });
      return playwrightPage(page, problems);
    },
    close: () => browser.close(),
  };
}

function playwrightPage(page: PlaywrightPage, problems: string[]): EnginePage {
  return {
    ...playwrightFrame(page.mainFrame()),
    engine: 'chromium',
    problems,
    async goto(url) {
      await page.goto(url);
    },
    async frame(selector) {
      const element = await page.waitForSelector(selector);
      return playwrightFrame((await element.contentFrame())!);
    },
    close: () => page.close(),
  };
}

// ---- Firefox: puppeteer-core over WebDriver BiDi -----------------------------------------------

function puppeteerFrame(frame: PuppeteerFrame): EngineFrame {
  return frameOver(
    (source) => frame.evaluate(source),
    async (host, inner) => {
      const handle = await frame.waitForSelector(`${host} >>> ${inner}`);
      await handle!.click();
      await handle!.dispose();
    },
  );
}

async function firefox(executablePath: string): Promise<EngineBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: firefoxPrefs(),
  });
  return {
    engine: 'firefox',
    async newPage({ width = 1280, height = 720 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) =>
        problems.push(`exception: ${error instanceof Error ? error.message : String(error)}`),
      );
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      // Chromium logs a response such as a 404 as a console error; Firefox doesn't.
      page.on('response', (response) => {
        if (response.status() >= 400) {
          problems.push(`request failed: ${response.url()} (${response.status()})`);
        }
      });
      return puppeteerPage(page, problems);
    },
    close: () => browser.close(),
  };
}

function puppeteerPage(page: PuppeteerPage, problems: string[]): EnginePage {
  return {
    ...puppeteerFrame(page.mainFrame()),
    engine: 'firefox',
    problems,
    async goto(url) {
      await page.goto(url);
    },
    async frame(selector) {
      const element = await page.waitForSelector(selector);
      const frame = await element!.contentFrame();
      await element!.dispose();
      return puppeteerFrame(frame!);
    },
    close: () => page.close(),
  };
}

// ---- WebKit: webdriverio over WebDriver (classic) ----------------------------------------------

type WebdriverBrowser = Awaited<ReturnType<typeof remote>>;

/**
 * What a page records of its own problems, for WebDriver classic, which reports none: uncaught
 * exceptions and rejections, console errors, failed loads of scripts, styles and images, and CSP
 * violations (which Chromium logs as errors). The driver installs it when it first reaches a page;
 * a test page that loads it first (`<script src="/__problems.js">`, `PROBLEMS_PAGE`) records
 * from the start.
 */
export const WATCH = `(() => {
  if (window.__problems) return;
  const problems = (window.__problems = []);
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) problems.push('exception: ' + event.message);
    else if (event.target && event.target !== window) problems.push('request failed: ' + (event.target.src || event.target.href));
  }, true);
  addEventListener('unhandledrejection', (event) => problems.push('exception: ' + String(event.reason && event.reason.message || event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => problems.push('console: CSP ' + event.violatedDirective + ' ' + event.blockedURI));
  const error = console.error;
  console.error = function (...args) { problems.push('console: ' + args.join(' ')); return error.apply(this, args); };
})()`;

/** The watcher as a file a test page serves and loads first (a classic script, so it runs first). */
export const PROBLEMS_PAGE = { '/__problems.js': `${WATCH};\n` } as const;
export const PROBLEMS_SCRIPT = '<script src="/__problems.js"></script>';

async function webkit(binaries: {
  driver: string;
  browser: string;
  xvfb: string;
}): Promise<EngineBrowser> {
  const xvfb = await startXvfb(binaries.xvfb);
  const driver = await startWebKitDriver({ display: xvfb.display, driver: binaries.driver });
  const session: WebdriverBrowser = await remote({
    hostname: '127.0.0.1',
    port: driver.port,
    path: '/',
    logLevel: 'error',
    connectionRetryTimeout: 120_000,
    capabilities: webkitCapabilities(binaries.browser) as WebdriverIO.Capabilities,
  });
  const firstWindow = await session.getWindowHandle();
  let current = firstWindow;
  let firstTaken = false;
  /** Every WebDriver command runs alone: the session has one current window and frame. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    engine: 'webkit',
    async newPage({ width = 1280, height = 720 } = {}) {
      const handle = await serial(async () => {
        let window = firstWindow;
        if (firstTaken) window = (await session.createWindow('window')).handle;
        else firstTaken = true;
        await session.switchToWindow(window);
        current = window;
        await sizeWindow(session, { width, height });
        return window;
      });
      return webdriverPage(session, handle, {
        serial,
        current: () => current,
        switched: (to) => (current = to),
        closed: (page) => {
          if (page === firstWindow) firstTaken = false;
        },
        firstWindow,
      });
    },
    async close() {
      await session.deleteSession().catch(() => undefined);
      await driver.stop();
      await xvfb.stop();
    },
  };
}

/** What the pages of one WebDriver session share: its queue and which window is current. */
interface WindowKeeper {
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  current(): string;
  switched(to: string): void;
  closed(handle: string): void;
  /** The session's own window: kept (blank) when its page closes, as a session needs one. */
  firstWindow: string;
}

function webdriverPage(
  session: WebdriverBrowser,
  handle: string,
  { serial, current, switched, closed: released, firstWindow }: WindowKeeper,
): EnginePage {
  let closed = false;
  const problems: string[] = [];
  /** Frames by iframe selector, from this page's top document; `[]` is the top document. */
  const enter = async (path: string[]) => {
    if (current() !== handle) {
      await session.switchToWindow(handle);
      switched(handle);
    }
    await session.switchFrame(null);
    for (const selector of path) {
      await session.switchFrame(await session.$(selector));
    }
  };
  /** Collects what the page recorded, then runs `source` (a promise's expression) there. */
  const runIn = (path: string[]) => async (source: string) =>
    serial(async () => {
      await enter(path);
      const [result, recorded] = (await session.execute(
        `${WATCH}; const problems = window.__problems.splice(0); return Promise.resolve(${source}).then((r) => [r, problems]);`,
      )) as [unknown, string[]];
      problems.push(...recorded);
      return result;
    });
  const clickIn = (path: string[]) => (host: string, inner: string) =>
    serial(async () => {
      await enter(path);
      const target = await session.execute(`return ${shadowQuery(host, inner)}`);
      await session.$(target as unknown as WebdriverIO.Element).click();
    });
  const frameAt = (path: string[]) => frameOver(runIn(path), clickIn(path));
  return {
    ...frameAt([]),
    engine: 'webkit',
    problems,
    goto: (url) =>
      serial(async () => {
        await enter([]);
        await session.url(url);
        await session.execute(WATCH);
      }),
    async frame(selector) {
      await poll(
        () => runIn([])(`Promise.resolve(!!document.querySelector(${JSON.stringify(selector)}))`),
        selector,
      );
      return frameAt([selector]);
    },
    close: () =>
      serial(async () => {
        if (closed) return;
        closed = true;
        await enter([]);
        const recorded = (await session.execute(
          'return (window.__problems || []).splice(0)',
        )) as string[];
        problems.push(...recorded);
        if (handle === firstWindow) {
          await session.url('about:blank');
        } else {
          await session.closeWindow();
          await session.switchToWindow(firstWindow);
          switched(firstWindow);
        }
        released(handle);
      }),
  };
}

// ---- launching ----------------------------------------------------------------------------------

/** Starts `engine` headless (WebKit under its own Xvfb), installing it first where it can. */
export async function launchEngine(engine: Engine): Promise<EngineBrowser> {
  const found = ensureEngines([engine]);
  if (engine === 'chromium') return chromium();
  if (engine === 'firefox') return firefox(found.firefox!);
  return webkit(found.webkit!);
}

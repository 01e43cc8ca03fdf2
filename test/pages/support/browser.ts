import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_ARGS, ensureBrowser } from '../../../scripts/browser.mjs';

/** Headless Chromium, found (or installed) the same way as for the other browser tests. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureBrowser(),
    args: [...BROWSER_ARGS, ...extraArgs],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests, as text. */
  problems: string[];
}

/** A new page that records everything that went wrong on it. */
export async function watchedPage(
  browser: Browser,
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<WatchedPage> {
  const page = await browser.newPage(options);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  return { page, problems };
}

import type { Page } from 'playwright-core';

/** What one `<bank-connect-error>` shows, read from its shadow root. */
export interface ShownText {
  title: string;
  message: string;
  reference: string;
  buttons: string[];
  lang: string;
  dir: string;
  /** The container's classes (variant, severity, theme), sorted. */
  classes: string;
}

// Runs in the page. Plain JavaScript in a string: the test runner's transform would otherwise wrap
// the inner functions in a helper (`__name`) that exists only in Node.
const READ_SHOWN_TEXTS = `(selector) => {
  const clean = (node) => (node?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  return [...document.querySelectorAll(selector)].map((element) => {
    const root = element.shadowRoot;
    const part = (name) => root.querySelector('[part~="' + name + '"]');
    const base = part('base');
    return {
      title: clean(part('title')),
      message: clean(part('message')),
      reference: clean(part('reference')),
      buttons: [...root.querySelectorAll('[part~="button"]')].map((button) =>
        clean(button).replace(/ \\(opens in a new tab\\)$/, ''),
      ),
      lang: base?.getAttribute('lang') ?? '',
      dir: base?.getAttribute('dir') ?? '',
      classes: (base?.getAttribute('class') ?? '').split(/\\s+/).filter(Boolean).sort().join(' '),
    };
  });
}`;

/** The text of every element matching `selector` (light DOM), in document order. */
export function shownTexts(page: Page, selector = 'bank-connect-error'): Promise<ShownText[]> {
  return page.evaluate(`(${READ_SHOWN_TEXTS})(${JSON.stringify(selector)})`);
}

/** Waits until every element matching `selector` has rendered a title. */
export async function elementsRendered(page: Page, selector = 'bank-connect-error') {
  await page.waitForFunction((selector) => {
    const elements = [...document.querySelectorAll(selector)];
    return (
      elements.length > 0 &&
      elements.every((element) =>
        element.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(),
      )
    );
  }, selector);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Runs axe-core (injected from node_modules) on the whole page, shadow roots included. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: {
          id: string;
          impact: string | null;
          nodes: { target: unknown[] }[];
        }[];
      }>;
    };
    const { axe } = window as unknown as { axe: Axe };
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      nodes: nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
    }));
  });
}

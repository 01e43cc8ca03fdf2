import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';

/** Long enough for a loaded machine; only a wrong text ever waits this long. */
const PATIENCE_MS = 15_000;

/**
 * Asserts the text a locator settles on: equal to a string, matching a pattern, or passing a test.
 * A click or a prop change shows in a later task (React commits its state, Lit its update), so one
 * read right after the action can still see the old text.
 */
export async function assertTextBecomes(
  locator: Locator,
  expected: string | RegExp | ((text: string) => boolean),
): Promise<void> {
  const matches = (text: string) =>
    typeof expected === 'string'
      ? text === expected
      : expected instanceof RegExp
        ? expected.test(text)
        : expected(text);
  const deadline = Date.now() + PATIENCE_MS;
  let text = await locator.innerText();
  while (!matches(text) && Date.now() < deadline) {
    await locator.page().waitForTimeout(50);
    text = await locator.innerText();
  }
  if (typeof expected === 'string') assert.equal(text, expected);
  else if (expected instanceof RegExp) assert.match(text, expected);
  else assert.ok(expected(text), `unexpected text: ${text}`);
}

import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { poll } from './poll.js';

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
  let text = '';
  // A timeout is reported by the assertion below, with the text last seen.
  await poll(async () => matches((text = await locator.innerText())), 'the text').catch(() => {});
  if (typeof expected === 'string') assert.equal(text, expected);
  else if (expected instanceof RegExp) assert.match(text, expected);
  else assert.ok(expected(text), `unexpected text: ${text}`);
}

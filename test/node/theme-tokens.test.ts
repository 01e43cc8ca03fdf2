import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { styles } from '../../src/element/bank-connect-error.styles.js';
import { THEME_TOKENS, type ThemeToken } from '../../src/theme.js';

/** Every `var(--bank-connect-error-…, fallback)` in the element's styles, in order. */
function tokenReads(cssText: string): { name: string; fallback: string | undefined }[] {
  const reads = [];
  for (const match of cssText.matchAll(/var\((--bank-connect-error-[\w-]+)\s*(,?)/g)) {
    let fallback: string | undefined;
    if (match[2]) {
      // The fallback runs to the parenthesis that closes this var(), however deeply it nests.
      let depth = 0;
      let end = match.index + match[0].length;
      for (; end < cssText.length; end++) {
        if (cssText[end] === '(') depth++;
        else if (cssText[end] === ')' && depth-- === 0) break;
      }
      fallback = cssText.slice(match.index + match[0].length, end).trim();
      // A variant's own default, set in a private variable, comes first: read on to the table's.
      fallback = /^var\(--_[\w-]+,\s*(.+)\)$/.exec(fallback)?.[1] ?? fallback;
    }
    reads.push({ name: match[1]!, fallback });
  }
  return reads;
}

/** The fallback a token's reads must carry: both presets' defaults, or the one they share. */
const expectedFallback = ({ light, dark }: ThemeToken) =>
  light === dark ? light : `light-dark(${light}, ${dark})`;

describe('theme tokens', () => {
  const reads = tokenReads(styles.cssText);
  const byName = new Map(THEME_TOKENS.map((token) => [token.name, token]));

  it('the styles read only tokens of the table, each with the table’s defaults', () => {
    assert.ok(reads.length > 0);
    for (const { name, fallback } of reads) {
      const token = byName.get(name as ThemeToken['name']);
      assert.ok(token, `${name} is read by the styles but not in src/theme.ts`);
      assert.equal(fallback, expectedFallback(token), name);
    }
  });

  it('every token of the table is read by the styles', () => {
    const read = new Set(reads.map(({ name }) => name));
    for (const { name } of THEME_TOKENS) assert.ok(read.has(name), `${name} is never read`);
  });

  it('names each token once, with a description and both defaults', () => {
    assert.equal(byName.size, THEME_TOKENS.length);
    for (const token of THEME_TOKENS) {
      assert.match(token.name, /^--bank-connect-error-[a-z]+(-[a-z]+)*$/);
      assert.match(token.description, /^[A-Z].+\.$/);
      assert.ok(token.light && token.dark, token.name);
    }
  });
});

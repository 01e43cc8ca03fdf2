import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import {
  REFERENCE,
  elementReference,
  findElement,
  readManifest,
  type Manifest,
} from '../../scripts/element-reference.mjs';

// The manifest is dist/custom-elements.json (`npm run build`, `npm run analyze`), or the one
// CUSTOM_ELEMENTS_MANIFEST names; without either, a fresh analysis.
describe('docs/reference.md is generated from the element’s manifest', () => {
  let manifest: Manifest;
  before(() => {
    manifest = readManifest();
  });

  it('the manifest names the tag, and every list is there', () => {
    const { element } = findElement(manifest);
    assert.equal(element.tagName, 'bank-connect-error');
    assert.ok(element.attributes!.length >= 8);
    assert.ok(element.events!.length >= 1);
    assert.ok(element.slots!.length >= 3);
    assert.ok(element.cssParts!.length >= 10);
    assert.ok(element.cssProperties!.length >= 20);
  });

  it('is current (if not: npm run docs)', async () => {
    const expected = (await elementReference(manifest)).split('\n');
    const actual = readFileSync(REFERENCE, 'utf8').split('\n');
    const line = expected.findIndex((text, i) => text !== actual[i]);
    const differs = line !== -1 || actual.length !== expected.length;
    const at = line === -1 ? Math.min(actual.length, expected.length) : line;
    assert.ok(
      !differs,
      `${REFERENCE} is out of date: run npm run docs.\n` +
        `line ${at + 1}\n  file:      ${actual[at] ?? '(end)'}\n  generated: ${expected[at] ?? '(end)'}`,
    );
  });
});

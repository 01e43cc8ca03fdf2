import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ENGINES, selectedEngines } from '../../scripts/engines.mjs';

// Every skip in the browser and page suites is listed, with its reason, in docs/browsers.md, and
// every listed one is in the code: a new skip can't slip in silently, nor an old one linger.

const DOC = readFileSync('docs/browsers.md', 'utf8');

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));

/** The skips the code makes: mocha's and node:test's ways of skipping, one per occurrence. */
const SKIP = /\b(?:it|describe|test|suite)\.skip\(|\bthis\.skip\(|\bt\.skip\(|\{\s*skip\s*:/g;
const skipsInCode = [...testFiles('test/browser'), ...testFiles('test/pages')].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(SKIP)].map(() => file),
);

/** The rows of the skips table, below its marker. */
function skipsInDocs(): { test: string; engines: string; why: string }[] {
  const after = DOC.slice(DOC.indexOf('<!-- skips:'));
  const table = after.slice(after.indexOf('\n|')).split(/\n(?!\|)/)[0]!;
  return table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // the header and its rule
    .map((line) => {
      const [test, engines, why] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return { test: test!, engines: engines!, why: why! };
    });
}

describe('engines and skips (docs/browsers.md)', () => {
  it('lists the skips table', () => {
    assert.ok(DOC.includes('<!-- skips:'), 'docs/browsers.md has no skips table');
  });

  it('lists every skip in the code, with the engines and a reason, and no other', () => {
    const listed = skipsInDocs();
    for (const row of listed) {
      assert.ok(row.test && row.why, `a row without a test or a reason: ${JSON.stringify(row)}`);
      for (const engine of row.engines
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean)) {
        assert.ok(ENGINES.includes(engine as never), `unknown engine ${engine}`);
      }
    }
    assert.equal(
      skipsInCode.length,
      listed.length,
      `skips in the code (${skipsInCode.join(', ') || 'none'}) and in the docs (${listed.length}) differ`,
    );
  });

  it('names every Chromium-only page test as such, and the docs list each', () => {
    const chromiumOnly = testFiles('test/pages').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\(Chromium only: ([^)]+)\)/g)].map((m) => m[1]!),
    );
    assert.ok(chromiumOnly.length > 0);
    for (const why of chromiumOnly) {
      assert.ok(DOC.includes(`(Chromium only: ${why})`), `docs/browsers.md doesn't list: ${why}`);
    }
  });

  it('runs the cross-engine page tests in every engine it names', () => {
    for (const file of ['install', 'security', 'iframe']) {
      const source = readFileSync(`test/pages/${file}.test.ts`, 'utf8');
      assert.match(source, /for \(const engine of PAGE_ENGINES\)/, file);
    }
    for (const engine of ENGINES) {
      assert.match(DOC, new RegExp(`\\| ${engine} `, 'i'), `docs/browsers.md lists ${engine}`);
    }
  });

  it('picks engines by name, and refuses an unknown one', () => {
    assert.deepEqual(selectedEngines(''), ['chromium', 'firefox', 'webkit']);
    assert.deepEqual(selectedEngines('WebKit, firefox'), ['firefox', 'webkit']);
    assert.deepEqual(selectedEngines('chrome'), ['chromium']);
    assert.throws(() => selectedEngines('opera'), /Unknown browser opera/);
  });
});

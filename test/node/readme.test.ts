import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

/** When any source or the analyzer's config last changed. */
function lastChange(): number {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) =>
    join('src', f),
  );
  return Math.max(
    ...[...files, 'custom-elements-manifest.config.mjs'].map((f) => statSync(f).mtimeMs),
  );
}

/**
 * The manifest of the last `npm run build` (in `npm test`, the one just made), or, without a build
 * or with sources changed since, a fresh analysis into a scratch folder.
 */
function readManifest() {
  const built = 'dist/custom-elements.json';
  if (existsSync(built) && statSync(built).mtimeMs >= lastChange()) {
    return JSON.parse(readFileSync(built, 'utf8'));
  }
  // The analyzer writes relative to the project, so the scratch folder lives in node_modules/.cache.
  mkdirSync('node_modules/.cache', { recursive: true });
  const outdir = mkdtempSync('node_modules/.cache/cem-');
  try {
    execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', outdir], { stdio: 'ignore' });
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

describe('README documents the element’s whole public surface', () => {
  const readme = readFileSync('README.md', 'utf8');
  let element: Declaration;

  before(() => {
    element = readManifest()
      .modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? [])
      .find((d: Declaration) => d.customElement);
  });

  it('the manifest names the tag, and every list is there', () => {
    assert.equal(element.tagName, 'bank-connect-error');
    assert.ok(element.attributes!.length >= 8);
    assert.ok(element.cssParts!.length >= 10);
    assert.ok(element.cssProperties!.length >= 20);
  });

  for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties'] as const) {
    it(kind, () => {
      for (const { name } of element[kind]!) {
        assert.ok(readme.includes(`\`${name}\``), `README mentions \`${name}\``);
      }
    });
  }

  it('slots', () => {
    for (const { name } of element.slots!) {
      assert.ok(
        readme.includes(name ? `\`${name}\`` : '(default)'),
        `README mentions slot ${name}`,
      );
    }
  });
});

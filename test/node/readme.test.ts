import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

describe('README documents the element’s whole public surface', () => {
  const readme = readFileSync('README.md', 'utf8');
  // The analyzer writes relative to the project, so the scratch folder lives in node_modules/.cache.
  mkdirSync('node_modules/.cache', { recursive: true });
  const outdir = mkdtempSync('node_modules/.cache/cem-');
  let element: Declaration;

  before(() => {
    execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', outdir], { stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
    element = manifest.modules
      .flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? [])
      .find((d: Declaration) => d.customElement);
  });
  after(() => rmSync(outdir, { recursive: true, force: true }));

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

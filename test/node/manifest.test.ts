// What editors, Storybook and analyzers read from the package: custom-elements.json, the editor
// data generated from it, and the attributes and event the analyzers find in the shipped types.
// Reads the build's dist/ (`npm test` builds first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateCem } from '@wc-toolkit/cem-validator';
import { Ajv } from 'ajv';
import type { CustomElementDeclaration, Package } from 'custom-elements-manifest/schema.d.ts';
import { THEME_TOKENS } from '../../src/theme.js';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest: Package = read('dist/custom-elements.json');
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((d) => 'tagName' in d && d.tagName === 'bank-connect-error') as CustomElementDeclaration;
const pkg = read('package.json');

describe('custom-elements.json', () => {
  it('is valid against the current Custom Elements Manifest schema', () => {
    const schema = read('node_modules/custom-elements-manifest/schema.json');
    const ajv = new Ajv({ allErrors: true, strict: false });
    assert.equal(ajv.validate(schema, manifest), true, ajv.errorsText(ajv.errors));
    assert.equal(
      manifest.schemaVersion,
      read('node_modules/custom-elements-manifest/package.json').version,
    );
  });

  it('passes the WC Toolkit validator, every rule an error', async () => {
    // It throws on the first failing rule (with `logErrors` off).
    await validateCem(manifest, {
      packageJsonPath: './package.json',
      cemFileName: 'custom-elements.json',
      rules: {
        packageJson: {
          packageType: 'error',
          main: 'error',
          module: 'error',
          types: 'error',
          exports: 'error',
          customElementsProperty: 'error',
          publishedCem: 'error',
        },
        manifest: {
          schemaVersion: 'error',
          modulePath: 'error',
          definitionPath: 'error',
          typeDefinitionPath: 'error',
          exportTypes: 'error',
          tagName: 'error',
        },
      },
    } as Parameters<typeof validateCem>[1]);
  });

  it('names only shipped modules, each a file of dist/ that package.json exports', () => {
    const exported = new Set(
      Object.values(pkg.exports as Record<string, string | { default?: string }>).map((e) =>
        typeof e === 'string' ? e : e.default,
      ),
    );
    for (const module of manifest.modules) {
      assert.match(module.path, /^dist\/[\w-]+\.js$/);
      assert.ok(existsSync(module.path), module.path);
      assert.ok(exported.has(`./${module.path}`), `${module.path} is exported`);
      for (const entry of module.exports ?? []) {
        assert.ok(existsSync(entry.declaration.module!), JSON.stringify(entry));
      }
    }
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
    );
    assert.deepEqual(definitions, [
      {
        kind: 'custom-element-definition',
        name: 'bank-connect-error',
        declaration: { name: 'BankConnectError', module: 'dist/bank-connect-error.js' },
      },
    ]);
  });

  it('lists the public surface only, with types written out as their values', () => {
    const members = element.members ?? [];
    assert.deepEqual(
      members.filter(
        (m) => m.static || (m.privacy && m.privacy !== 'public') || /^[#_]/.test(m.name),
      ),
      [],
    );
    const types = Object.fromEntries(element.attributes!.map((a) => [a.name, a.type?.text]));
    assert.equal(types.variant, "'inline' | 'panel' | 'compact'");
    assert.equal(types.theme, "'light' | 'dark' | 'auto'");
    assert.deepEqual(Object.keys(types), [
      'code',
      'provider',
      'institution',
      'institution-url',
      'actions',
      'variant',
      'theme',
      'hide-reference',
      'parent-origin',
    ]);
    assert.deepEqual(
      element.events!.map((e) => [e.name, e.type?.text]),
      [['bank-connect-action', 'BankConnectActionEvent']],
    );
  });

  it('gives every CSS property its default, from the token table', () => {
    assert.deepEqual(
      element.cssProperties!.map((p) => [p.name, p.default]),
      THEME_TOKENS.map((t) => [t.name, t.light]),
    );
  });

  it('has no part named like an attribute or a slot (Storybook keeps one of each name)', () => {
    const taken = new Set([
      ...element.attributes!.map((a) => a.name),
      ...element.slots!.map((s) => s.name),
    ]);
    assert.deepEqual(
      element.cssParts!.filter((part) => taken.has(part.name)),
      [],
    );
  });
});

describe('editor data', () => {
  it('VS Code: HTML data with every attribute and its values, CSS data with every property', () => {
    const html = read('dist/vscode.html-custom-data.json');
    const [tag] = html.tags;
    assert.equal(tag.name, 'bank-connect-error');
    const attributes = Object.fromEntries(
      tag.attributes.map((a: { name: string; values?: { name: string }[] }) => [
        a.name,
        (a.values ?? []).map((v) => v.name),
      ]),
    );
    assert.deepEqual(
      Object.keys(attributes),
      element.attributes!.map((a) => a.name),
    );
    assert.deepEqual(attributes.variant, ['inline', 'panel', 'compact']);
    const css = read('dist/vscode.css-custom-data.json');
    assert.deepEqual(
      css.properties.map((p: { name: string }) => p.name),
      THEME_TOKENS.map((t) => t.name),
    );
  });

  it('JetBrains: web-types named by package.json, with the attributes, event and parts', () => {
    const webTypes = read(pkg['web-types']);
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const [tag] = webTypes.contributions.html.elements;
    assert.equal(tag.name, 'bank-connect-error');
    assert.deepEqual(
      tag.attributes.map((a: { name: string }) => a.name),
      element.attributes!.map((a) => a.name),
    );
    assert.deepEqual(
      tag.events.map((e: { name: string }) => e.name),
      ['bank-connect-action'],
    );
    assert.deepEqual(
      webTypes.contributions.css['pseudo-elements'].map((p: { name: string }) => p.name),
      element.cssParts!.map((p) => `part(${p.name})`),
    );
  });
});

describe('the shipped types, as analyzers read them', () => {
  it('web-component-analyzer finds every attribute and the event', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wca-'));
    try {
      execFileSync(
        'node_modules/.bin/wca',
        [
          'analyze',
          'dist/types/bank-connect-error.d.ts',
          '--format',
          'json',
          '--outFile',
          join(dir, 'wca.json'),
        ],
        { stdio: 'ignore' },
      );
      const [tag] = read(join(dir, 'wca.json')).tags;
      assert.equal(tag.name, 'bank-connect-error');
      assert.deepEqual(
        tag.attributes.map((a: { name: string }) => a.name).sort(),
        element.attributes!.map((a) => a.name).sort(),
      );
      assert.deepEqual(
        tag.events.map((e: { name: string }) => e.name),
        ['bank-connect-action'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

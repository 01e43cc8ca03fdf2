import assert from 'node:assert/strict';
import { it } from 'node:test';
import { build } from 'esbuild';
import { resolve } from '../../src/core/index.js';

it('runs in plain Node, with no DOM', () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  assert.equal(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement, 'undefined');
  assert.equal(resolve({ code: 936 }).reason, 'language_not_supported');
});

it('imports nothing but its own modules: no Lit, no DOM library', async () => {
  const result = await build({
    entryPoints: ['src/core/index.ts'],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'neutral',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.length > 0);
  assert.deepEqual(
    inputs.filter((path) => !path.startsWith('src/core/')),
    [],
  );
});

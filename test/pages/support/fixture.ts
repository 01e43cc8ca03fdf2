import { mkdirSync, rmSync } from 'node:fs';
import { build, type BuildOptions } from 'esbuild';

/**
 * Bundles a test page's script, as a lender's bundler would, into a fresh folder under
 * node_modules/.cache. Returns the folder; `rmSync` it when done.
 */
export async function bundleFixture(entry: string, name: string, options: BuildOptions = {}) {
  const outdir = `node_modules/.cache/${name}`;
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir,
    logLevel: 'silent',
    ...options,
  });
  return outdir;
}

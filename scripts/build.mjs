// Writes dist/ from src/ and the generated locale modules (`npm run build` runs
// `npm run localize:build` first): ES modules for npm (Lit external), types and
// custom-elements.json, and dist/bank-connect-error.bundled.js (Lit inside) for a plain
// <script type="module">. Each comes in a production build and, under dist/development/, one that
// keeps the warnings. Everything is written to a temporary folder beside dist/, which replaces
// dist/ only once all of it succeeded: a failed build leaves the previous dist/ alone.
// Rolldown, not Vite: Vite wraps every dynamic import() (the lazily loaded locales) in its
// preload helper, which a library has no use for and which cost the drop-in ~600 bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { rolldown } from 'rolldown';
import { minifyLiterals } from './minify-literals.mjs';
import { shortMsgIds } from './short-msg-ids.mjs';
import { ENTRIES } from './entry-points.mjs';
import { documentAttributes, writeIntegrations } from './integrations.mjs';
import { ROOT, fromRoot } from './project.mjs';
import { stripMsgDesc } from './strip-msg-desc.mjs';

const { targetLocales } = JSON.parse(readFileSync(fromRoot('lit-localize.json'), 'utf8'));

/**
 * The drop-in: the element's entry point with everything inside, and beside it each locale's
 * module under a stable name (`bundled/es.js`), which a page can preload alongside the drop-in.
 */
const BUNDLED = {
  'bank-connect-error.bundled': ENTRIES['bank-connect-error'],
  ...Object.fromEntries(
    targetLocales.map((locale) => [
      `bundled/${locale}`,
      `src/generated/locale-handoff/${locale}.ts`,
    ]),
  ),
};

/**
 * The npm build: the entry points; `locales/<locale>`, which an app imports to have that locale in
 * its own bundle (`bank-connect-error/locales/es`); and each locale's module, which both that and
 * the lazy import() load. An entry too, so that it stays one plain module: as a shared chunk,
 * Rolldown wraps it in a namespace object from a runtime file, one more request before the words.
 * It keeps the chunks' names (`chunks/es-<hash>.js`).
 */
const NPM = {
  ...ENTRIES,
  ...Object.fromEntries(
    targetLocales.flatMap((locale) => [
      [`locales/${locale}`, `src/generated/locale-entries/${locale}.ts`],
      [`chunks/${locale}`, `src/generated/locales/${locale}.ts`],
    ]),
  ),
};

/** The drop-in loads its locale modules by their stable names: one import() for them all. */
const stableLocaleNames = () => ({
  name: 'stable-locale-names',
  resolveId(source) {
    if (source.endsWith('/generated/locale-loaders.js')) {
      return fromRoot('src/generated/locale-loaders.bundled.ts');
    }
  },
});

const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
const isExternal = (id) => /^(lit|@lit\/|react|node:)/.test(id);

async function build({ mode, outDir, bundled }) {
  const production = mode === 'production';
  const bundle = await rolldown({
    // Relative paths here are the project's, whatever the current folder.
    cwd: ROOT,
    input: bundled ? BUNDLED : NPM,
    external: bundled ? [] : isExternal,
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    preserveEntrySignatures: 'strict',
    logLevel: 'warn',
    plugins: [
      stripMsgDesc(),
      ...(production ? [minifyLiterals(), shortMsgIds()] : []),
      ...(bundled ? [stableLocaleNames()] : []),
    ],
    // Lit's own development build (with its warnings) goes into dist/development/.
    resolve: { conditionNames: ['import', 'module', 'browser', mode, 'default'] },
    transform: {
      target: 'es2022',
      define: {
        'process.env.NODE_ENV': JSON.stringify(mode),
        __BANK_CONNECT_ERROR_VERSION__: JSON.stringify(version),
        // Also replaces `import.meta.env?.DEV` (src/dev-warning.ts), so that production builds
        // drop what only development runs.
        'import.meta.env.DEV': JSON.stringify(!production),
      },
    },
  });
  await bundle.write({
    dir: outDir,
    format: 'es',
    minify: production,
    // Lit's licence headers are in its package, not needed again in every user's download.
    comments: !production,
    // The maps stay beside the files for our own tools (`npm run size`), but are not published
    // (see `files`), so the files do not point to them.
    sourcemap: 'hidden',
    entryFileNames: ({ name }) => (name.startsWith('chunks/') ? '[name]-[hash].js' : '[name].js'),
    chunkFileNames: bundled ? 'bundled/[name]-[hash].js' : 'chunks/[name]-[hash].js',
  });
  await bundle.close();
}

if (!existsSync(fromRoot('src/generated'))) {
  console.error('src/generated/ is missing: run `npm run localize:build` first.');
  process.exit(1);
}
// Beside dist/, so that the source maps' relative paths stay right when it becomes dist/.
const staging = mkdtempSync(fromRoot('.dist-'));
const run = (command, args) =>
  execFileSync(fromRoot('node_modules/.bin', command), args, { cwd: ROOT, stdio: 'inherit' });
try {
  // Types first: a type error stops the build before the slower bundling.
  run('tsc', ['-p', 'tsconfig.build.json', '--declarationDir', join(staging, 'types')]);
  for (const mode of ['production', 'development']) {
    const outDir = mode === 'production' ? staging : join(staging, 'development');
    await build({ mode, outDir, bundled: false });
    await build({ mode, outDir, bundled: true });
  }
  // The analyzer takes its output folder relative to the project.
  run('cem', ['analyze', '--quiet', '--outdir', basename(staging)]);
  // Editor data and framework types, from the manifest.
  await writeIntegrations(staging);
  documentAttributes(staging);
  rmSync(fromRoot('dist'), { recursive: true, force: true });
  renameSync(staging, fromRoot('dist'));
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  throw error;
}
console.log('dist/ written');

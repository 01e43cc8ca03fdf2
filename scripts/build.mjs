// `npm run build`: writes dist/ for npm (ES modules, Lit external, types, custom-elements.json)
// and dist/bank-connect-error.bundled.js (Lit inside) for a plain <script type="module">.
// Each comes in a production build and, under dist/development/, one that keeps the warnings.
// Rolldown, not Vite: Vite wraps every dynamic import() (the lazily loaded locales) in its
// preload helper, which a library has no use for and which cost the drop-in ~600 bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { rolldown } from 'rolldown';
import { minifyChunks } from './minify-chunks.mjs';
import { minifyLiterals } from './minify-literals.mjs';
import { shortMsgIds } from './short-msg-ids.mjs';
import { stripMsgDesc } from './strip-msg-desc.mjs';

const ENTRIES = {
  'bank-connect-error': 'src/bank-connect-error.ts',
  resolve: 'src/core/index.ts',
  catalog: 'src/catalog.ts',
  host: 'src/bridge-frame.ts',
  theme: 'src/theme.ts',
  react: 'src/react.ts',
  cli: 'src/cli.ts',
};
const entries = Object.fromEntries(Object.entries(ENTRIES).filter(([, path]) => existsSync(path)));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const isExternal = (id) => /^(lit|@lit\/|react|node:)/.test(id);

async function build({ mode, outDir, bundled }) {
  const production = mode === 'production';
  const bundle = await rolldown({
    input: bundled ? { 'bank-connect-error.bundled': ENTRIES['bank-connect-error'] } : entries,
    external: bundled ? [] : isExternal,
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    preserveEntrySignatures: 'strict',
    logLevel: 'warn',
    plugins: production ? [stripMsgDesc(), shortMsgIds(), minifyLiterals()] : [stripMsgDesc()],
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
  const { output } = await bundle.write({
    dir: outDir,
    format: 'es',
    // The maps stay beside the files for our own tools (`npm run size`), but are not published
    // (see `files`), so the files do not point to them.
    sourcemap: 'hidden',
    entryFileNames: '[name].js',
    chunkFileNames: bundled ? 'bundled/[name]-[hash].js' : 'chunks/[name]-[hash].js',
  });
  await bundle.close();
  if (production) await minifyChunks(outDir, output);
}

rmSync('dist', { recursive: true, force: true });
execFileSync('node', ['scripts/build-locales.mjs'], { stdio: 'inherit' });
for (const mode of ['production', 'development']) {
  const outDir = mode === 'production' ? 'dist' : 'dist/development';
  await build({ mode, outDir, bundled: false });
  await build({ mode, outDir, bundled: true });
}
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', 'dist'], { stdio: 'ignore' });
console.log('dist/ written');

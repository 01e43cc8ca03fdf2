// `npm run build`: writes dist/ for npm (ES modules, Lit external, types, custom-elements.json)
// and dist/bank-connect-error.bundled.js (Lit inside) for a plain <script type="module">.
// Each comes in a production build and, under dist/development/, one that keeps the warnings.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.mjs';
import { stripMsgDesc } from './strip-msg-desc.mjs';

const ENTRIES = {
  'bank-connect-error': 'src/bank-connect-error.ts',
  resolve: 'src/core/index.ts',
  catalog: 'src/catalog.ts',
  host: 'src/host/index.ts',
  react: 'src/react.ts',
  cli: 'src/cli.ts',
};
const entries = Object.fromEntries(Object.entries(ENTRIES).filter(([, path]) => existsSync(path)));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const isExternal = (id) => /^(lit|@lit\/|react|node:)/.test(id);

function config({ mode, outDir, bundled }) {
  return {
    configFile: false,
    mode,
    logLevel: 'warn',
    plugins: mode === 'production' ? [stripMsgDesc(), minifyLiterals()] : [stripMsgDesc()],
    define: {
      'process.env.NODE_ENV': JSON.stringify(mode),
      __BANK_CONNECT_ERROR_VERSION__: JSON.stringify(version),
    },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      // Application mode, not library mode: Vite's library mode leaves whitespace unminified.
      minify: mode === 'production',
      sourcemap: true,
      modulePreload: false,
      copyPublicDir: false,
      rollupOptions: {
        input: bundled ? { 'bank-connect-error.bundled': ENTRIES['bank-connect-error'] } : entries,
        external: bundled ? [] : isExternal,
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: bundled ? 'bundled/[name]-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

rmSync('dist', { recursive: true, force: true });
execFileSync('node', ['scripts/build-locales.mjs'], { stdio: 'inherit' });
for (const mode of ['production', 'development']) {
  // Vite derives import.meta.env.DEV from NODE_ENV, which it sets to production for any build.
  process.env.NODE_ENV = mode;
  const outDir = mode === 'production' ? 'dist' : 'dist/development';
  await build(config({ mode, outDir, bundled: false }));
  await build(config({ mode, outDir, bundled: true }));
}
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', 'dist'], { stdio: 'ignore' });
console.log('dist/ written');

// The npm entry points, shared by the build and the manifest: each file in dist/ and the source
// it is built from.

/** `dist/<name>.js` ← source. */
export const ENTRIES = {
  'bank-connect-error': 'src/bank-connect-error.ts',
  resolve: 'src/core/index.ts',
  catalog: 'src/catalog.ts',
  host: 'src/bridge-frame.ts',
  theme: 'src/theme.ts',
  react: 'src/react.ts',
  cli: 'src/cli.ts',
};

/** The shipped module built from a source, e.g. `src/bridge-frame.ts` → `dist/host.js`. */
export const SHIPPED = Object.fromEntries(
  Object.entries(ENTRIES).map(([name, source]) => [source, `dist/${name}.js`]),
);

import { defineConfig } from 'vite';

// `npm start` serves the demo from demo/ with the package's own sources;
// `npm run build:demo` writes a static copy with relative paths to demo-dist/.
export default defineConfig({
  root: 'demo',
  base: './',
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
  server: { open: false },
});

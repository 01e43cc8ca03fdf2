import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demoDir = fileURLToPath(new URL('./demo/', import.meta.url));

// Every page in demo/ is an entry, so a new page (demo/connect-flow.html) builds without an edit here.
const demoPages = Object.fromEntries(
  readdirSync(demoDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.slice(0, -'.html'.length), `${demoDir}${file}`]),
);

// `npm start` serves the demo from demo/ with the package's own sources;
// `npm run build:demo` writes a static copy with relative paths to demo-dist/.
export default defineConfig({
  root: 'demo',
  base: './',
  build: {
    outDir: '../demo-dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: demoPages },
  },
  server: { open: false },
});

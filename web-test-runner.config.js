import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { BROWSER_ARGS, ensureBrowser } from './scripts/browser.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureBrowser(), headless: true, args: BROWSER_ARGS },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
};

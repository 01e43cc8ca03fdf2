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
  middleware: [
    // Lets a test make one locale's module fail to load, by setting the cookie `fail-locale=<code>`.
    function failLocale(context, next) {
      const failing = /(?:^|;\s*)fail-locale=([\w-]+)/.exec(context.get('cookie') ?? '')?.[1];
      if (failing && context.path.endsWith(`/generated/locales/${failing}.ts`)) {
        context.status = 503;
        return undefined;
      }
      return next();
    },
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
};

// `npm run test:browser`: the browser suite (wtr) in Chromium, Firefox and WebKit.
// `--browsers firefox` (or `--browsers chromium,webkit`, or TEST_BROWSERS=firefox) runs some of
// them; any other argument goes to wtr as it is (e.g. `--files test/browser/actions.test.ts`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from './engines.mjs';

const args = process.argv.slice(2);
const passed = [];
const browsers = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--browsers' || arg === '--browser') {
    while (args[i + 1] && !args[i + 1].startsWith('-')) browsers.push(args[++i]);
  } else if (arg.startsWith('--browsers=') || arg.startsWith('--browser=')) {
    browsers.push(arg.slice(arg.indexOf('=') + 1));
  } else {
    passed.push(arg);
  }
}
const env = { ...process.env };
if (browsers.length) env.TEST_BROWSERS = browsers.join(',');
try {
  console.log(`Browsers: ${selectedEngines(env.TEST_BROWSERS).join(', ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const { status, signal } = spawnSync(process.execPath, [wtr, ...passed], { stdio: 'inherit', env });
process.exit(status ?? (signal ? 1 : 0));

// `npm run bench`: one headless Chromium run comparing <bank-connect-error> with baselines
// measured in the same run, then resolve() calls per second in Node. Prints medians and ratios.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { launchBrowser } from '../test/pages/support/browser.js';
import { serve } from '../test/pages/support/server.js';
import { resolve } from '../src/core/index.js';
import { listCodes } from '../src/catalog.js';

const OUT = 'node_modules/.cache/bench';
const REPEATS_1K = Number(process.env.BENCH_REPEATS ?? 9);
const REPEATS_10K = Math.max(3, Math.round(REPEATS_1K / 3));

execFileSync('node', ['scripts/build.mjs'], { stdio: 'ignore' }); // the drop-in under test
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: ['bench/page.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  outdir: OUT,
  conditions: ['production'],
  define: { 'import.meta.env': '{"DEV":false}', 'process.env.NODE_ENV': '"production"' },
  external: ['/dist/*'],
  logLevel: 'error',
});
const server = await serve('.', {
  pages: {
    '/index.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
      <script type="module" src="/${OUT}/page.js"></script></head><body></body></html>`,
  },
});
// `gc()` lets each measurement start from a collected heap (see bench/page.ts).
const browser = await launchBrowser(['--js-flags=--expose-gc']);
const page = await browser.newPage();
await page.goto(`${server.origin}/index.html`);
await page.waitForFunction('typeof window.runBench === "function"');
const results = (await page.evaluate((options) => window.runBench(options), {
  repeats1k: REPEATS_1K,
  repeats10k: REPEATS_10K,
})) as { render1k: Record<string, number>; render10k: Record<string, number>; switch1k: number };
await browser.close();
await server.close();

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ours = (table: Record<string, number>) => table['bank-connect-error']!;
function report(title: string, table: Record<string, number>) {
  console.log(`\n${title} (median)`);
  for (const [name, value] of Object.entries(table)) {
    const ratio =
      name === 'bank-connect-error'
        ? ''
        : `   bank-connect-error is ${(ours(table) / value).toFixed(2)}× this`;
    console.log(`  ${name.padEnd(22)} ${ms(value).padStart(10)}${ratio}`);
  }
}
console.log(
  `Chromium, ${REPEATS_1K} repeats of 1,000 and ${REPEATS_10K} of 10,000 instances, interleaved.`,
);
report('Create, append and render 1,000', results.render1k);
report('Create, append and render 10,000', results.render10k);
console.log(
  `\n10,000 cost ${(ours(results.render10k) / ours(results.render1k)).toFixed(2)}× 1,000 (linear would be 10×)`,
);
console.log(
  `Switching 1,000 mounted elements from English to Spanish: ${ms(results.switch1k)} (median)`,
);

// resolve() in Node, over every documented code in all the spellings a backend meets.
const inputs = listCodes().flatMap(({ provider, code }) => [
  { provider, code },
  { code: code.toUpperCase().replace(/ /g, '_') },
]);
let calls = 0;
const start = process.hrtime.bigint();
while (process.hrtime.bigint() - start < 1_000_000_000n) {
  for (const input of inputs) resolve(input);
  calls += inputs.length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  `resolve() in Node: ${Math.round(calls / seconds).toLocaleString('en')} calls per second`,
);

// Regenerates src/generated/ (one module per locale, and the locale codes) from locales/*.xlf.
// fr-CA translates only what differs from fr, so its other units are expected to be missing:
// the element falls back to fr for them at run time. Other missing units are reported.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('src/generated', { recursive: true, force: true });
const output = execFileSync('node_modules/.bin/lit-localize', ['build'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const missing = output
  .split('\n')
  .filter((line) => / is missing/.test(line) && !/^fr-CA /.test(line));
if (missing.length) console.warn(missing.join('\n'));

// Regenerates src/generated/ (one module per locale, and the locale codes) from locales/*.xlf.
// fr-CA translates only what differs from fr, so its other units are expected to be missing:
// the element reads fr for them at run time. Other missing units are reported.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

rmSync('src/generated', { recursive: true, force: true });
const output = execFileSync('node_modules/.bin/lit-localize', ['build'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});

// Each locale module defines the three-line `str` tag itself instead of importing @lit/localize,
// so it loads as one standalone file (a shared chunk would cost the drop-in a second request).
const STR = `const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });`;

/** Ids of the units a locale leaves untranslated (for fr-CA: all it takes from fr). */
function untranslated(locale) {
  const xliff = readFileSync(`locales/${locale}.xlf`, 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)]
    .filter(([, , body]) => !body.includes('<target>'))
    .map(([, id]) => id);
}

for (const file of readdirSync('src/generated/locales')) {
  const path = `src/generated/locales/${file}`;
  // lit-localize writes the English source for an untranslated unit; drop it instead, so a
  // regional module carries only its own words and the lookup reads on to its language.
  const skip = new Set(untranslated(file.replace(/\.ts$/, '')));
  const lines = readFileSync(path, 'utf8')
    .replace(/import \{\s*str\s*\} from '@lit\/localize';/, STR)
    .split('\n')
    .filter((line) => !skip.has(/^\s*'([^']+)':/.exec(line)?.[1] ?? ''));
  writeFileSync(path, lines.join('\n'));
}

const missing = output
  .split('\n')
  .filter((line) => / is missing/.test(line) && !/^fr-CA /.test(line));
if (missing.length) console.warn(missing.join('\n'));

// `npm run localize:build`: writes src/generated/ from locales/*.xlf through @lit/localize-tools'
// own API: one module per locale, in the shape src/localization/msg.ts reads, the locale codes,
// and the loader of each locale's module.
// Stops, writing nothing, on a translation whose placeholders differ from the source's, and on a
// message that some locale does not translate (a msg() id missing from the XLIFF files included).
// `--if-missing` leaves an existing src/generated/ alone (for `npm run test:unit`).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { stringifyDiagnostics } from '@lit/localize-tools/lib/typescript.js';
import { toTemplate } from './locale-template.mjs';
import { fromRoot } from './project.mjs';

const config = readConfigFileAndWriteSchema(fromRoot('lit-localize.json'));
const outputDir = config.resolve(config.output.outputDir);
if (process.argv.includes('--if-missing') && existsSync(outputDir)) process.exit(0);

const localizer = new RuntimeLitLocalizer(config);
const { messages, errors } = localizer.extractSourceMessages();
const problems = [
  ...(errors.length ? [stringifyDiagnostics(errors)] : []),
  ...localizer.validateTranslations().errors,
];
const { translations } = localizer.readTranslationsSync();
const translated = (locale) => new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));

/**
 * The locale a regional one reads on to for what it does not translate itself: `fr-CA` → `fr`
 * (also written out for the run time, in src/generated/locale-loaders.ts).
 */
const baseOf = (locale) => {
  const language = locale.split('-')[0];
  return language !== locale && config.targetLocales.includes(language) ? language : undefined;
};

const modules = new Map();
for (const locale of config.targetLocales) {
  const own = translated(locale);
  const base = baseOf(locale);
  const inherited = base ? translated(base) : new Map();
  const templates = {};
  for (const source of messages) {
    const translation = own.get(source.name);
    if (translation) templates[source.name] = toTemplate(translation, source);
    else if (!inherited.has(source.name)) {
      problems.push(`${locale}: no translation of "${source.name}"`);
    }
  }
  for (const name of own.keys()) {
    if (!messages.some((m) => m.name === name)) {
      problems.push(`${locale}: "${name}" is translated but no msg() has that id`);
    }
  }
  modules.set(locale, templates);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    '\nFix locales/*.xlf. After changing the words in src/messages/, run' +
      ' `npm run localize:extract` and translate what it adds.',
  );
  process.exit(1);
}

/** How a generated module in `dir` imports a module of src/localization/ (`msg.js`). */
const localizationModuleFrom = (dir, file) =>
  relative(dir, fromRoot('src/localization', file)).split('\\').join('/');
const msgModuleFrom = (dir) => localizationModuleFrom(dir, 'msg.js');
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });
for (const [locale, templates] of modules) {
  writeFileSync(
    join(outputDir, `${locale}.ts`),
    `// Generated from locales/${locale}.xlf by \`npm run localize:build\`: do not edit.
import type { Templates } from '${msgModuleFrom(outputDir)}';

export const templates: Templates = ${JSON.stringify(templates, null, 2)};

/** How these templates' ids are named: as written, until a production build names them short. */
export const ids: string | undefined = undefined;
`,
  );
}
// One explicit import() per locale, so bundlers split each into its own lazily loaded file (a
// template-literal import() builds but fails at run time under Vite), unless the app's bundle holds
// that locale already; and each regional locale's base.
const loaders = config.targetLocales.map(
  (l) => `  '${l}': () => appTranslationsOr('${l}', () => import('./locales/${l}.js')),`,
);
const bases = config.targetLocales
  .filter((locale) => baseOf(locale))
  .map((locale) => `  '${locale}': '${baseOf(locale)}',`);
writeFileSync(
  join(outputDir, '..', 'locale-loaders.ts'),
  `// Generated from lit-localize.json by \`npm run localize:build\`: do not edit.
import { appTranslationsOr } from '${localizationModuleFrom(join(outputDir, '..'), 'app-translations.js')}';
import type { Templates } from '${msgModuleFrom(join(outputDir, '..'))}';
import type { targetLocales } from './locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

/** Downloads each locale's module of translations, unless the app's bundle holds it. */
export const LOCALE_LOADERS: Readonly<
  Record<TargetLocale, () => Promise<{ templates: Templates; ids?: string }>>
> = {
${loaders.join('\n')}
};

/** The language a regional locale reads on to for what it does not translate itself. */
export const BASE_LOCALE: Readonly<Partial<Record<TargetLocale, TargetLocale>>> = {
${bases.join('\n')}
};
`,
);
// The npm build's `bank-connect-error/locales/<locale>`: importing one puts that locale in the app's
// own bundle (a regional one with its base), so that the element has it without a download.
const entriesDir = join(outputDir, '..', 'locale-entries');
rmSync(entriesDir, { recursive: true, force: true });
mkdirSync(entriesDir, { recursive: true });
for (const locale of config.targetLocales) {
  const base = baseOf(locale);
  writeFileSync(
    join(entriesDir, `${locale}.ts`),
    `// Generated from lit-localize.json by \`npm run localize:build\`: do not edit.
// \`bank-connect-error/locales/${locale}\`: the ${locale} translations inside the app's bundle.
${base ? `import './${base}.js';\n` : ''}import { addAppTranslations } from '${localizationModuleFrom(entriesDir, 'app-translations.js')}';
import { templates } from '../locales/${locale}.js';

addAppTranslations('${locale}', templates);
`,
  );
}
// The drop-in's locale modules (`bundled/es.js`), under stable names beside it. Each also hands its
// words over under a global key when it runs, so that a page running it before the drop-in has them
// with no import() at all: Chromium resolves even a loaded module's import() a task later, after the
// next frame. A regional one (`fr-CA`) does not bring its base (`fr`): importing it would make the
// base a shared chunk, one more download for every page in the base language.
const HANDOVER_KEY = `Symbol.for('bank-connect-error.translations')`;
const handoffDir = join(outputDir, '..', 'locale-handoff');
rmSync(handoffDir, { recursive: true, force: true });
mkdirSync(handoffDir, { recursive: true });
for (const locale of config.targetLocales) {
  writeFileSync(
    join(handoffDir, `${locale}.ts`),
    `// Generated from lit-localize.json by \`npm run localize:build\`: do not edit.
// The drop-in's \`bundled/${locale}.js\`: the ${locale} translations, handed over to the drop-in.
import { ids, templates } from '../locales/${locale}.js';

export { ids, templates };

((globalThis as { [key: symbol]: Record<string, unknown> })[${HANDOVER_KEY}] ??= {})['${locale}'] = {
  ids,
  templates,
};
`,
  );
}
// The drop-in's loader: its locale modules sit beside it under stable names, so one
// template-literal import() serves them all (scripts/build.mjs swaps this module in for the drop-in
// only; bundlers need the explicit imports above), unless the page ran the module already.
writeFileSync(
  join(outputDir, '..', 'locale-loaders.bundled.ts'),
  `// Generated from lit-localize.json by \`npm run localize:build\`: do not edit.
import { targetLocales } from './locale-codes.js';
import type { BASE_LOCALE as Bases, LOCALE_LOADERS as Loaders } from './locale-loaders.js';

/** Downloads failed so far: after one, each asks for another URL. */
let failures = 0;

/** Each locale's module of translations: handed over by the page, or else downloaded from beside the drop-in. */
export const LOCALE_LOADERS = Object.fromEntries(
  targetLocales.map((locale) => [
    locale,
    async () =>
      (globalThis as { [key: symbol]: Record<string, unknown> | undefined })[${HANDOVER_KEY}]?.[
        locale
      ] ??
      // Firefox keeps a failed import() in its module map and fails every later one of that URL.
      import(\`./bundled/\${locale}.js\${failures ? \`?\${failures}\` : ''}\`).catch((error) => {
        failures++;
        throw error;
      }),
  ]),
) as typeof Loaders;

export const BASE_LOCALE: typeof Bases = {
${bases.join('\n')}
};
`,
);
// The locale codes, each written once (`allLocales` is the source and the targets).
writeFileSync(
  config.resolve(config.output.localeCodesModule),
  `// Generated from lit-localize.json by \`npm run localize:build\`: do not edit.

/** The locale the messages are written in. */
export const sourceLocale = '${config.sourceLocale}';

/** The other locales, each translated in its own module. */
export const targetLocales = [
${[...config.targetLocales]
  .sort()
  .map((locale) => `  '${locale}',`)
  .join('\n')}
] as const;

/** Every locale: the source, then the others. */
export const allLocales = [sourceLocale, ...targetLocales] as const;
`,
);

// `cem analyze` writes custom-elements.json from the element's JSDoc, and its CSS custom
// properties from the token table (src/theme.ts), the one place they are written.
import { tsImport } from 'tsx/esm/api';

const { THEME_TOKENS } = await tsImport('./src/theme.ts', import.meta.url);

export default {
  globs: ['src/**/*.ts'],
  // Tooling needs the element and the entry points, not the core's tables or the translations.
  exclude: ['src/core/**', 'src/messages/**', 'src/generated/**'],
  litelement: true,
  // package.json names dist/custom-elements.json itself; an analysis into another folder (the
  // docs test's) must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer also lists each `dispatchEvent(new …Event())` call, without a name; the
      // named, documented `@event` entry is the one users need.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of elementDeclarations(customElementsManifest)) {
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      },
    },
    {
      name: 'theme-tokens',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of elementDeclarations(customElementsManifest)) {
          declaration.cssProperties = THEME_TOKENS.map(({ name, description, light, dark }) => ({
            name,
            description: light === dark ? description : `${description} Dark preset: ${dark}.`,
            default: light,
          }));
        }
      },
    },
  ],
};

function elementDeclarations(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement);
}

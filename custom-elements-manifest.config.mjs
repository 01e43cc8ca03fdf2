// `npm run analyze` writes custom-elements.json from the element's JSDoc.
export default {
  globs: ['src/**/*.ts'],
  // Tooling needs the element and the entry points, not the core's tables or the translations.
  exclude: ['src/core/**', 'src/messages/**', 'src/generated/**'],
  litelement: true,
  // package.json names dist/custom-elements.json itself; an analysis into another folder (the
  // reference test's) must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer also lists each `dispatchEvent(new …Event())` call, without a name; the
      // named, documented `@event` entry is the one users need.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};

// `npm run analyze` writes custom-elements.json from the element's JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/core/**', 'src/messages/**'],
  litelement: true,
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

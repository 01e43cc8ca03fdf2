// `cem analyze` writes custom-elements.json from the element's JSDoc, and its CSS custom
// properties from the token table (src/theme.ts), the one place they are written. The plugins
// below turn the analyzer's view of src/ into what a user's tools need: the shipped modules
// (dist/*.js) only, the public surface only, and types spelled out as values.
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import ts from 'typescript';
import { SHIPPED } from './scripts/entry-points.mjs';

const { THEME_TOKENS } = await tsImport('./src/theme.ts', import.meta.url);
/** The schema the manifest is written to, and validated against (test/node/manifest.test.ts). */
const { version: SCHEMA_VERSION } = JSON.parse(
  readFileSync(new URL('./node_modules/custom-elements-manifest/package.json', import.meta.url)),
);

/** Type aliases of string literals (`Variant`), by name: their values are what tools show. */
const literalUnions = new Map();

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
      name: 'read-types',
      analyzePhase({ ts, node }) {
        if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
          const members = node.type.types;
          if (members.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
            literalUnions.set(
              node.name.text,
              members.map((t) => `'${t.literal.text}'`).join(' | '),
            );
          }
        }
      },
    },
    {
      name: 'public-surface',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of elementDeclarations(customElementsManifest)) {
          // The analyzer also lists each `dispatchEvent(new …Event())` call, without a name; the
          // named, documented `@event` entry is the one users need.
          declaration.events = (declaration.events ?? []).filter((e) => e.name);
          // Private fields, reactive state and statics (`version`, Lit's `properties`) are ours.
          declaration.members = (declaration.members ?? []).filter(
            (m) => !m.static && !/private|protected/.test(m.privacy ?? '') && !/^[#_]/.test(m.name),
          );
          for (const entry of [...declaration.members, ...(declaration.attributes ?? [])]) {
            if (entry.type) entry.type.text = spelledOut(entry.type.text);
          }
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
    {
      // Last: the manifest describes the package as shipped, so its modules are the entry points'
      // files in dist/, each holding what it exports. Declarations found in internal modules move
      // into the first entry point that exports them.
      name: 'shipped-modules',
      packageLinkPhase({ customElementsManifest: manifest }) {
        manifest.schemaVersion = SCHEMA_VERSION;
        const byPath = new Map(manifest.modules.map((module) => [module.path, module]));
        const sources = Object.keys(SHIPPED).filter((source) => source !== 'src/cli.ts');
        const exported = exportsOf(sources);
        const placed = new Map();
        const modules = [];
        for (const source of sources) {
          const path = SHIPPED[source];
          const module = byPath.get(source);
          const shipped = { kind: 'javascript-module', path, declarations: [], exports: [] };
          for (const name of exported.get(source)) {
            const entry = module?.exports?.find((e) => e.kind === 'js' && e.name === name);
            const declaration = entry && findDeclaration(byPath, source, entry.declaration);
            if (declaration && !placed.has(declaration)) {
              placed.set(declaration, path);
              shipped.declarations.push(declaration);
            }
            // Types, and the core's functions (documented by their types), are named without a
            // declaration: their documentation is the module's .d.ts.
            const from = (declaration && placed.get(declaration)) ?? path;
            shipped.exports.push({ kind: 'js', name, declaration: { name, module: from } });
          }
          for (const declaration of shipped.declarations.filter((d) => d.customElement)) {
            shipped.exports.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: path },
            });
          }
          modules.push(shipped);
        }
        manifest.modules = modules;
      },
    },
  ],
};

/** Each source's exported names, types and `export *` included, as TypeScript sees them. */
function exportsOf(sources) {
  const program = ts.createProgram(sources, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  return new Map(
    sources.map((source) => {
      const symbol = checker.getSymbolAtLocation(program.getSourceFile(source));
      return [source, symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []];
    }),
  );
}

function elementDeclarations(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement);
}

/** `Variant` → `'inline' | 'panel' | 'compact'`, also inside a union. */
function spelledOut(text) {
  return text.replace(/\b[A-Z]\w*\b/g, (name) => literalUnions.get(name) ?? name);
}

/**
 * The declaration that an export of module `from` names, following re-exports. The analyzer writes
 * a reference's module as the import specifier (`./element/x.js`) or as a project path.
 */
function findDeclaration(byPath, from, reference, depth = 0) {
  if (!reference || depth > 5) return undefined;
  const path = modulePath(from, reference.module);
  const module = byPath.get(path);
  if (!module) return undefined;
  const declaration = (module.declarations ?? []).find((d) => d.name === reference.name);
  if (declaration) return declaration;
  const reexport = (module.exports ?? []).find((e) => e.kind === 'js' && e.name === reference.name);
  return reexport && path !== from
    ? findDeclaration(byPath, path, reexport.declaration, depth + 1)
    : undefined;
}

function modulePath(from, specifier = from) {
  const path = specifier.startsWith('.')
    ? new URL(specifier, `file:///${from}`).pathname.slice(1)
    : specifier.replace(/^\//, '');
  return path.replace(/\.js$/, '.ts');
}

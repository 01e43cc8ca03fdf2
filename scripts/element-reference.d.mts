export const REFERENCE: string;
export const MANIFEST: string;
export interface ElementDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
}
export interface Manifest {
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}
export function readManifest(path?: string): Manifest;
export function findElement(manifest: Manifest): { element: ElementDeclaration; path: string };
export function elementReference(manifest: Manifest): Promise<string>;

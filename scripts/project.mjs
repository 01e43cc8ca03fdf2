// Where the project is, from this file's own location, so that scripts work from any current
// folder and plugins decide which files they touch by their place in the project, whatever
// folders (even one named `src`) the checkout lives in.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (the one holding package.json). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** An absolute path to a file of the project, given its path from the root. */
export const fromRoot = (...path) => resolve(ROOT, ...path);

/**
 * A module id's path from the project root, with `/` separators (`src/messages/reasons.ts`), or
 * `null` for a file outside the project or a virtual module.
 */
export function projectPath(id) {
  const file = id.split('?')[0];
  if (!isAbsolute(file)) return null;
  const path = relative(ROOT, file);
  if (path.startsWith('..') || isAbsolute(path)) return null;
  return path.split(sep).join('/');
}

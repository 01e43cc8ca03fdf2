/**
 * Development builds (the sources, and the package's `development` export condition) warn about
 * input a lender's page should fix; production builds, where the bundler sets `import.meta.env.DEV` to
 * false, stay silent and drop the messages. A caller whose message takes work to write tests
 * `DEV_MODE` first, so that production builds drop that work too.
 */
export const DEV_MODE = import.meta.env?.DEV !== false;

const warned = new Set<string>();

/**
 * Warns once per distinct message, so a re-rendering element does not flood the console. The
 * message goes as an argument, never as the format string: a `%c` or `%s` in a quoted value is
 * shown as written. Quote values from input with `quoted`.
 */
export function devWarning(message: string): void {
  if (!DEV_MODE || warned.has(message)) return;
  warned.add(message);
  console.warn('<bank-connect-error>:', message);
}

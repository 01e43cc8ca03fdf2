/**
 * Development builds warn about input a host should fix; production builds stay silent.
 * Bundlers replace `process.env.NODE_ENV`; a page without one counts as development.
 */
const DEV_MODE =
  typeof process === 'undefined' || (process.env && process.env.NODE_ENV !== 'production');

const warned = new Set<string>();

/** Warns once per distinct message, so a re-rendering element does not flood the console. */
export function devWarning(message: string): void {
  if (!DEV_MODE || warned.has(message)) return;
  warned.add(message);
  console.warn(`<bank-connect-error>: ${message}`);
}

/** What the playground shows, as the HTML that reproduces it. */
export interface SnippetInput {
  provider: string;
  code: string;
  /** The `error` property's value, when a payload is shown instead of a code. */
  payload: unknown;
  institution: string;
  institutionUrl: string;
  actions: readonly string[];
  variant: string;
  theme: string;
  hideReference: boolean;
  locale: string;
  /** Custom properties from the theme editor, as CSS; '' for none. */
  css: string;
}

/** The drop-in module, expected beside the page (copied from the package's dist/). */
export const BUNDLED_SCRIPT = './bank-connect-error.bundled.js';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON as a script literal: `<` escaped so no value can close the script element. */
const scriptLiteral = (value: unknown) =>
  (JSON.stringify(value, null, 2) ?? 'undefined').replace(/</g, '\\u003c');

const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');

/**
 * The HTML a lender pastes into a page (next to `bank-connect-error.bundled.js`) to get exactly
 * what the playground shows: attributes the element defaults are left out; the allowlist is
 * always spelled out, since its default depends on the URL.
 */
export function snippetHtml(input: SnippetInput): string {
  const attributes: [string, string | true][] = [];
  if (input.provider) attributes.push(['provider', input.provider]);
  if (input.code) attributes.push(['code', input.code]);
  if (input.institution) attributes.push(['institution', input.institution]);
  if (input.institutionUrl) attributes.push(['institution-url', input.institutionUrl]);
  attributes.push(['actions', input.actions.join(' ')]);
  if (input.variant !== 'inline') attributes.push(['variant', input.variant]);
  if (input.theme !== 'light') attributes.push(['theme', input.theme]);
  if (input.hideReference) attributes.push(['hide-reference', true]);

  const element = [
    '<bank-connect-error',
    ...attributes.map(([name, value]) =>
      value === true ? `  ${name}` : `  ${name}="${escapeAttribute(value)}"`,
    ),
    '></bank-connect-error>',
  ].join('\n');

  const setup: string[] = [];
  if (input.locale !== 'en') {
    setup.push(`import { setLocale } from '${BUNDLED_SCRIPT}';`, `setLocale('${input.locale}');`);
  }
  if (input.payload !== undefined) {
    setup.push(
      `document.querySelector('bank-connect-error').error = ${scriptLiteral(input.payload)};`,
    );
  }

  return [
    `<script type="module" src="${BUNDLED_SCRIPT}"></script>`,
    ...(input.css ? [`<style>\n${indent(input.css, 2)}\n</style>`] : []),
    element,
    ...(setup.length ? [`<script type="module">\n${indent(setup.join('\n'), 2)}\n</script>`] : []),
  ].join('\n');
}

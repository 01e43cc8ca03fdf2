import { TOKENS, propertyName, type TokenValues } from './theme-tokens.js';

const SELECTOR = 'bank-connect-error';

// One constructed stylesheet, adopted once: values go in through the CSSOM (`setProperty`), so
// no value can end its declaration and inject a rule, and the page needs no inline styles.
const sheet = new CSSStyleSheet();
let adopted = false;

/** Styles every `<bank-connect-error>` on the page with these values (and only these). */
export function applyTokens(values: TokenValues): void {
  if (!adopted) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    adopted = true;
  }
  sheet.replaceSync(`${SELECTOR} {}`);
  const { style } = sheet.cssRules[0] as CSSStyleRule;
  for (const token of TOKENS) {
    const value = values[token.name];
    if (value !== undefined) style.setProperty(propertyName(token), value);
  }
}

/** The CSS a lender pastes into their stylesheet to get the same look; '' when nothing is set. */
export function tokensCss(values: TokenValues): string {
  const declarations = TOKENS.filter((token) => values[token.name] !== undefined).map(
    (token) => `  ${propertyName(token)}: ${values[token.name]};`,
  );
  return declarations.length ? `${SELECTOR} {\n${declarations.join('\n')}\n}` : '';
}

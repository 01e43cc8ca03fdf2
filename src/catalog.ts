/**
 * `bank-connect-error/catalog`: every documented code with its reason, what it means, and its
 * source (the provider's own words, verbatim), for galleries, support tables and tooling. Kept
 * apart from `resolve` so that the element and the headless core ship without the quotes.
 */
export { listCodes, type DocumentedCode, type Source } from './core/list-codes.js';

/**
 * `bank-connect-error/catalog`: every documented code with its reason and the provider's own
 * description, for galleries, support tables and tooling. Kept apart from `resolve` so that the
 * element and the headless core ship without the providers' descriptions.
 */
export { listCodes, type DocumentedCode } from './core/list-codes.js';

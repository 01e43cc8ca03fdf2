import type { CodeSource } from './source.js';

/** Where each Plaid code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const PLAID_SOURCES: Readonly<Record<string, CodeSource>> = {};

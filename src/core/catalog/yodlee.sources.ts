import type { CodeSource } from './source.js';

/** Where each Yodlee code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const YODLEE_SOURCES: Readonly<Record<string, CodeSource>> = {};

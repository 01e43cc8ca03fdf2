import type { CodeSource } from './source.js';

/** Where each MX code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const MX_SOURCES: Readonly<Record<string, CodeSource>> = {};

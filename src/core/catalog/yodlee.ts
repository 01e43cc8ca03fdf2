import { entries } from './entry.js';

/** Yodlee: its documented error codes (the sources are in yodlee.sources.ts). */
export const YODLEE = entries([]);

import { entries } from './entry.js';

/** Plaid: its documented error codes (the sources are in plaid.sources.ts). */
export const PLAID = entries([]);

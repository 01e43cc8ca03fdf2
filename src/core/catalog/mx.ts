import { entries } from './entry.js';

/** MX: its documented error codes (the sources are in mx.sources.ts). */
export const MX = entries([]);

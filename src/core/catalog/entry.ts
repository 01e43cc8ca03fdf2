import type { Action, Reason, RetryAfter } from '../vocabulary.js';

/** One row of a provider's catalog, as the provider documents the code. */
export interface CatalogEntry {
  /** The code exactly as the provider documents it. */
  readonly code: string;
  readonly reason: Reason;
  readonly retryAfter?: RetryAfter;
  /** Only where this code needs other steps than its reason's defaults. */
  readonly actions?: readonly Action[];
}

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

// Waiting times, in seconds, each for the codes whose own source states it (the quotes are in the
// providers' `.sources.ts` tables). No time is borrowed from one provider or code for another.
// Internal: `resolve` copies what it returns, so callers never hold these objects.

/** Finicity 102/320/580: "Please wait a few minutes and try again." (shown as "a few minutes") */
export const FEW_MINUTES: RetryAfter = { min: 2 * MINUTE, max: 10 * MINUTE };
/** Finicity 910: "please try back in 3 to 5 days". */
export const THREE_TO_FIVE_DAYS: RetryAfter = { min: 3 * DAY, max: 5 * DAY };
/** Finicity 900–907, 915, 916: "wait and try again in a week". */
export const ABOUT_A_WEEK: RetryAfter = { min: 7 * DAY };
/**
 * Plaid INSTITUTION_DOWN, INSTITUTION_NOT_RESPONDING, INSTITUTION_NOT_AVAILABLE and
 * INTERNAL_SERVER_ERROR: "Prompt your user to retry connecting their Item in a few hours, or the
 * following day." (shown as "about a day": by the following day, both of Plaid's times have passed)
 */
export const ABOUT_A_DAY: RetryAfter = { min: DAY };
/** Plaid RATE_LIMIT: "Have your user wait 1-2 days and attempt to log in again later." */
export const ONE_TO_TWO_DAYS: RetryAfter = { min: DAY, max: 2 * DAY };

/**
 * A catalog row as written in the provider's table: code, reason, extras. Each code's source (the
 * provider's own words) sits in a separate table beside it, so that `resolve` ships without them.
 */
export type Row = readonly [
  code: string,
  reason: Reason,
  extras?: Pick<CatalogEntry, 'retryAfter' | 'actions'>,
];

/** Turns a provider's table, written as rows, into catalog entries. */
export function entries(rows: readonly Row[]): CatalogEntry[] {
  return rows.map(([code, reason, extras]) => ({ code, reason, ...extras }));
}

/**
 * A reason's codes on one line, space-separated (each still gets its own row), for the providers
 * that publish their codes in upper case (or as numbers). Written in lower case: a line of them
 * packs smaller beside the reasons' names than a row each.
 */
export function group(reason: Reason, codes: string, extras?: Row[2]): Row[] {
  return codes.split(' ').map((code): Row => [code.toUpperCase(), reason, extras]);
}

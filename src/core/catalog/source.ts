/** Where a code's meaning comes from: the provider's own words about it. */
export interface Source {
  /** The document or page, named as its provider names it. */
  readonly title: string;
  /** The public page, for a source beyond the provider documents shipped in test/fixtures. */
  readonly url?: string;
  /** The source's own sentence about the code, verbatim. */
  readonly quote: string;
}

/** What a code means, as `listCodes()` publishes it (never loaded by `resolve`). */
export interface CodeSource {
  /** What the code means, in a line for developers and support staff: true, not copied blindly. */
  readonly description: string;
  readonly source: Source;
  /** What we concluded where the source is wrong or ambiguous, and why. */
  readonly note?: string;
}

/** The three documents the catalogs are built from, as their providers title them. */
export const DOCUMENTS = {
  argyle: 'Argyle, "Bank Connection Errors"',
  flinks: 'Flinks, "API error codes" and "Errors in the Client Dashboard"',
  finicity: 'Finicity (Mastercard Open Banking), "Aggregation Status Codes"',
} as const;

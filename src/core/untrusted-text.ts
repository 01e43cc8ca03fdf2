/**
 * Text from outside (a code, a bank name, an argument): the one place that says which characters
 * never show and where a long text is cut. Everything that shows or echoes such text goes through
 * here, so a character hidden from one path is hidden from all of them.
 */

/**
 * Characters a reader cannot see or that change how the rest reads: controls (C0, C1), format
 * characters (bidirectional overrides, tags, interlinear annotations), default-ignorable code
 * points (fillers, variation selectors) and lone surrogates. By Unicode property, so new ones
 * are covered too.
 */
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;

/**
 * At most `max` code units of `text` (what `length` counts), cut between code points: never in
 * the middle of a surrogate pair, which would leave half a character.
 */
export function cut(text: string, max: number): string {
  return text.length > max ? text.slice(0, max).replace(/[\ud800-\udbff]$/, '') : text;
}

/** Display text from untrusted input: no invisible characters, one line, at most `max` code units. */
export function plainText(value: string, max: number): string {
  // Cut first, then clean: what is cut off is never read, however long the input.
  const text = cut(value, max * 4)
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${cut(text, max - 1).trimEnd()}…` : text;
}
